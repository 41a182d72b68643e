import ArgumentParser
import Foundation
import FixdeskCLI
import FixdeskContent
import FixdeskServer
import FixdeskService

struct ServeCommand: ParsableCommand {
    static let configuration = ServerCommandInfo.serve

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on; 0 picks a free one.")
    var port = 8080

    @Option(name: .long, help: ArgumentHelp("Append the pastes that matched nothing to FILE (JSON lines, personal data removed).",
                                            valueName: "FILE"))
    var logUnmatched: String?

    @Option(name: .long, help: ArgumentHelp("Index connections, one per request worked on at once (default: the number of cores).",
                                            visibility: .hidden))
    var handles: Int?

    @Option(name: .long, help: ArgumentHelp("Answers kept for pastes asked again, per content generation (0: none).",
                                            visibility: .hidden))
    var answerCache: Int?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
        if let handles, handles < 1 { throw ValidationError("--handles must be at least 1.") }
    }

    func run() throws {
        var serviceOptions = KnowledgeService.Options()
        serviceOptions.buildsSite = true
        if let handles { serviceOptions.concurrency = handles }
        if let answerCache { serviceOptions.answerCacheCapacity = max(0, answerCache) }
        serviceOptions.preferredLanguage = try options.preferredLanguage()
        serviceOptions.onUnmatched = try UnmatchedLogOption.hook(path: logUnmatched)
        let service = try KnowledgeService(loader: try options.contentOptions.checkedLoader(), documents: CommandDocuments(), options: serviceOptions)
        defer { service.removeFiles() }
        let server = APIServer(service: service, host: host, port: port)
        let contentName = options.contentOptions.folderShown
        Self.reportProblems(of: service.current)
        try AsyncBridge.run {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    await service.watch { outcome in
                        switch outcome {
                        case let .reloaded(generation):
                            Console.error("fixdesk: content changed; rebuilt (generation \(generation)).")
                            Self.reportProblems(of: service.current)
                        case let .failed(message): Console.error("fixdesk: the changed content was not used: \(message)")
                        case .unchanged: break
                        }
                    }
                }
                try await server.run { address in
                    Console.out("Serving \(contentName) at \(address) (API under \(address)api/v1/). Stop with Ctrl-C.")
                }
                group.cancelAll()
            }
        }
    }
}

extension ServeCommand {
    /// The content's problems on standard error, as `lint` shows them; the preview is built all the same.
    static func reportProblems(of generation: KnowledgeGeneration) {
        guard !generation.problems.isEmpty else { return }
        for problem in generation.problems { Console.error(problem) }
        Console.error("fixdesk: the content has \(generation.problems.count) problem(s); `fixdesk site` will refuse it until they are fixed.")
    }
}

/// Runs async work from a synchronous command and waits for it.
enum AsyncBridge {
    static func run(_ work: @escaping @Sendable () async throws -> Void) throws {
        let box = ResultBox()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await work() } catch { box.error = error }
            done.signal()
        }
        done.wait()
        if let error = box.error { throw error }
    }

    private final class ResultBox: @unchecked Sendable {
        var error: (any Error)?
    }
}
