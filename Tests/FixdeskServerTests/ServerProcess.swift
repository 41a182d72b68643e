import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import FixdeskTestSupport

/// The `fixdesk` built with these tests, and the `fixdesk-server` it runs (never stale ones, see `BuiltBinary`).
enum Binary {
    static var url: URL { get throws { try BuiltBinary.fixdeskWithServer() } }

    static var environment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["FIXDESK_LANG"] = nil
        env["LANG"] = "C"
        env["LC_ALL"] = nil
        env["LC_MESSAGES"] = nil
        return env
    }

    /// Runs a command to its end and returns its status and standard output.
    static func run(_ arguments: [String], in directory: URL) throws -> (status: Int32, stdout: Data) {
        let process = Process()
        process.executableURL = try url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data)
    }
}

/// `fixdesk serve --port 0` running in a content fixture, stopped with SIGTERM.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    let address: URL
    private let output = Pipe()

    init(in directory: URL, arguments: [String] = [], environment: [String: String] = [:]) throws {
        process.executableURL = try Binary.url
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = directory
        process.environment = Binary.environment.merging(environment) { $1 }
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line of standard output names the address.
        var text = ""
        let deadline = Date().addingTimeInterval(60)
        while !text.contains("\n"), Date() < deadline, process.isRunning {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let range = text.range(of: #"http://[0-9.]+:[0-9]+/"#, options: .regularExpression),
              let url = URL(string: String(text[range])) else {
            process.terminate()
            throw ServerFailure(message: "serve printed no address: \(text)")
        }
        address = url
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// Sends SIGTERM and waits for the exit status.
    func stop() -> Int32 {
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        return process.terminationStatus
    }

    struct ServerFailure: Error { var message: String }

    struct Answer {
        var status: Int
        var body: Data
        var contentType: String?

        var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] }
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    func get(_ path: String) async throws -> Answer {
        try await send(URLRequest(url: URL(string: path, relativeTo: address)!))
    }

    func post(_ path: String, body: Data, contentType: String) async throws -> Answer {
        var request = URLRequest(url: URL(string: path, relativeTo: address)!)
        request.httpMethod = "POST"
        request.httpBody = body
        request.setValue(contentType, forHTTPHeaderField: "Content-Type")
        return try await send(request)
    }

    private func send(_ request: URLRequest) async throws -> Answer {
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as? HTTPURLResponse
        return Answer(status: http?.statusCode ?? 0, body: data, contentType: http?.value(forHTTPHeaderField: "Content-Type"))
    }
}
