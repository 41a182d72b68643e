import Foundation
import Testing
import FixdeskTestSupport

/// `fixdesk serve` and `fixdesk mcp` are run by `fixdesk-server` beside `fixdesk`, which itself
/// stays free of the server's libraries (and of libcurl, which the MCP SDK's networking brings).
@Suite(.serialized) struct ServerHandoffTests {
    let fixture: ContentFixture

    init() throws {
        fixture = try ContentFixture()
        _ = try BuiltBinary.product("fixdesk-server")
    }

    func run(_ arguments: [String]) throws -> CLIRun {
        try CLIRun(arguments, in: fixture.directory.url)
    }

    @Test func helpStillListsServeAndMCP() throws {
        let result = try run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("  serve "), "\(result.stdout)")
        #expect(result.stdout.contains("  mcp "), "\(result.stdout)")
    }

    @Test func serverCommandsHelpShowsTheirOptions() throws {
        for arguments in [["serve", "--help"], ["help", "serve"]] {
            let result = try run(arguments)
            #expect(result.status == 0, "\(arguments)")
            for option in ["--host", "--port", "--log-unmatched", "--content", "--index", "--lang"] {
                #expect(result.stdout.contains(option), "\(arguments): \(option) in \(result.stdout)")
            }
            #expect(result.stdout.contains("fixdesk serve"), "\(result.stdout)")
        }
        let mcp = try run(["mcp", "--help"])
        #expect(mcp.status == 0)
        #expect(mcp.stdout.contains("--log-unmatched") && mcp.stdout.contains("fixdesk mcp"), "\(mcp.stdout)")
    }

    @Test func serverUsageErrorsKeepTheirStatus() throws {
        let result = try run(["serve", "--port", "70000"])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("--port must be between 0 and 65535"), "\(result.stderr)")
    }

    @Test func fixdeskLinksNeitherLibcurlNorFoundationNetworking() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        process.arguments = [try CLIRun.binary().path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let libraries = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(libraries.contains("libsqlite3"), "ldd listed the libraries: \(libraries)")
        #expect(!libraries.contains("libcurl"), "\(libraries)")
        #expect(!libraries.contains("FoundationNetworking"), "\(libraries)")
    }

    @Test func aMissingServerExecutableIsNamedWithHowToBuildIt() throws {
        // A folder holding `fixdesk` alone (a hard link, so /proc/self/exe points into it).
        let built = try CLIRun.binary()
        let folder = built.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("handoff-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let alone = folder.appendingPathComponent("fixdesk")
        do { try FileManager.default.linkItem(at: built, to: alone) } catch { try FileManager.default.copyItem(at: built, to: alone) }

        let process = Process()
        process.executableURL = alone
        process.arguments = ["mcp"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 4)
        #expect(message.contains(folder.appendingPathComponent("fixdesk-server").path), "\(message)")
        #expect(message.contains("`mcp`") && message.contains("--product fixdesk-server"), "\(message)")
    }
}
