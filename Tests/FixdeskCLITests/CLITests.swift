import Foundation
import Testing
import FixdeskTestSupport

/// Runs the built `fixdesk` binary, as a user would.
struct CLIRun {
    var status: Int32
    var stdout: String
    var stderr: String

    /// The `fixdesk` built with these tests; see `BuiltBinary`.
    static func binary() throws -> URL { try BuiltBinary.fixdesk() }

    init(_ arguments: [String], stdin: String? = nil, in directory: URL, environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = try Self.binary()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["FIXDESK_LANG"] = nil
        env["LANG"] = "C"
        env["LC_ALL"] = nil
        env["LC_MESSAGES"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        // Standard error goes to a file and standard output is drained before waiting, so large output cannot deadlock.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("fixdesk-stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let output = Pipe(), input = Pipe()
        let errors = try FileHandle(forWritingTo: errorFile)
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errors.close()
        let errData = try Data(contentsOf: errorFile)
        status = process.terminationStatus
        stdout = String(decoding: outData, as: UTF8.self)
        stderr = String(decoding: errData, as: UTF8.self)
    }
}

@Suite(.serialized) struct CLITests {
    let fixture: ContentFixture

    init() throws { fixture = try ContentFixture() }

    func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> CLIRun {
        try CLIRun(arguments, stdin: stdin, in: fixture.directory.url, environment: environment)
    }

    @Test func helpListsTheCommands() throws {
        let result = try run(["--help"])
        #expect(result.status == 0)
        for command in ["match", "search", "show", "index", "lint", "site"] { #expect(result.stdout.contains("  \(command)")) }
    }

    @Test func matchJSONFromStandardInputFollowsTheContract() throws {
        let paste = #"{"error":{"message":"(#131047) Re-engagement message","code":131047}}"#
        let result = try run(["match", "--json", "--lang", "tr"], stdin: paste)
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let input = try #require(json["input"] as? [String: Any])
        #expect(input["codes"] as? [String] == ["131047"])
        #expect(input["language"] as? String == "tr")
        let first = try #require((json["matches"] as? [[String: Any]])?.first)
        #expect(first["id"] as? String == "window")
        #expect(first["lang"] as? String == "tr")
        #expect((first["steps"] as? [String])?.count == 2)
        #expect(first["url"] as? String == "tr/messaging/window/")
        #expect(first["path"] as? String == "content/tr/messaging/window.md")
        #expect((first["confidence"] as? Double).map { $0 > 0.9 && $0 <= 1 } == true)
    }

    @Test func nothingFoundExitsOne() throws {
        let match = try run(["match", "--json", "The weather is lovely today"])
        #expect(match.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(match.stdout.utf8)) as? [String: Any]
        #expect((json?["matches"] as? [Any])?.isEmpty == true)
        #expect(try run(["search", "kumquat"]).status == 1)
    }

    @Test func languageComesFromTheEnvironmentThenTheLocale() throws {
        let fromVariable = try run(["show", "window", "--json"], environment: ["FIXDESK_LANG": "tr"])
        #expect(fromVariable.stdout.contains(#""lang" : "tr""#))
        let fromLocale = try run(["show", "window", "--json"], environment: ["LANG": "tr_TR.UTF-8"])
        #expect(fromLocale.stdout.contains(#""lang" : "tr""#))
        let fallback = try run(["show", "window", "--json"], environment: ["LANG": "de_DE.UTF-8"])
        #expect(fallback.stdout.contains(#""lang" : "en""#))
    }

    @Test func showRendersStepsInBothLanguages() throws {
        let turkish = try run(["show", "paused", "--lang", "tr"])
        #expect(turkish.status == 0)
        #expect(turkish.stdout.contains("Düşük kalite nedeniyle şablon duraklatıldı"))
        #expect(turkish.stdout.contains("2. Şablonu düzenleyip İNCELEMEYE yeniden gönderin."))
        #expect(!turkish.stdout.contains("\u{1B}["))
        let english = try run(["show", "132015", "--lang", "en", "--json"])
        #expect(english.stdout.contains(#""title" : "Template paused for low quality""#))
    }

    @Test func badInputIsOneClearSentence() throws {
        let language = try run(["show", "window", "--lang", "xx"])
        #expect(language.status == 2)
        #expect(language.stderr == "fixdesk: Unknown language 'xx'; this content has en, tr.\n")
        let folder = try run(["lint", "--content", "missing"])
        #expect(folder.status == 3)
        #expect(folder.stderr == "fixdesk: The content folder 'missing' does not exist; pass --content DIR to name another.\n")
        let unknown = try run(["show", "no-such-article"])
        #expect(unknown.status == 2)
        #expect(unknown.stdout.isEmpty)
    }

    @Test func lintReportsFileAndLineAndExitsNonZero() throws {
        #expect(try run(["lint"]).status == 0)
        let text = try fixture.read("en/templates/paused.md")
        try fixture.write(text.replacingOccurrences(of: "updated: 2026-11-25", with: "updated: 2026-11-25\nauthor: me"),
                          to: "en/templates/paused.md")
        let broken = try run(["lint"])
        #expect(broken.status == 3)
        #expect(broken.stdout.hasPrefix("content/en/templates/paused.md:10: unknown front matter key 'author'"))
    }

    @Test func siteIsWrittenThenKeptAndNeverOverTheContent() throws {
        let out = fixture.directory.url.appendingPathComponent("public")
        let arguments = ["site", "--content", PackageRoot.content.path, "--out", out.path]
        let built = try run(arguments)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout.hasPrefix("Wrote the site to"))
        #expect(FileManager.default.fileExists(atPath: out.path + "/tr/messaging/whatsapp-24-hour-window/index.html"))
        #expect(try run(arguments).stdout.contains("(0 new or changed"))

        let overContent = try run(["site", "--out", "content"])
        #expect(overContent.status == 2)
        #expect(overContent.stderr.contains("content folder"))
        // The mini content has no interface strings: one clear error naming the file, no site.
        let noStrings = try run(["site", "--out", "public2"])
        #expect(noStrings.status == 3)
        #expect(noStrings.stderr.contains("content/en/_strings.yml: 'ui' is missing"))
        #expect(!FileManager.default.fileExists(atPath: fixture.directory.path + "/public2"))
    }

    @Test func indexIsBuiltOnceThenRefreshed() throws {
        let first = try run(["index"])
        #expect(first.stdout.hasPrefix("Built the index of 4 articles"))
        let second = try run(["index"])
        #expect(second.stdout.contains("is up to date"))
    }
}
