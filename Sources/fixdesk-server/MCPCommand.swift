import ArgumentParser
import FixdeskCLI
import FixdeskMCP
import FixdeskService

struct MCPCommand: ParsableCommand {
    static let configuration = ServerCommandInfo.mcp

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Append the pastes that matched nothing to FILE (JSON lines, personal data removed).",
                                            valueName: "FILE"))
    var logUnmatched: String?

    func run() throws {
        var serviceOptions = KnowledgeService.Options()
        serviceOptions.preferredLanguage = try options.preferredLanguage()
        serviceOptions.onUnmatched = try UnmatchedLogOption.hook(path: logUnmatched)
        let service = try KnowledgeService(loader: try options.contentOptions.checkedLoader(), documents: CommandDocuments(), options: serviceOptions)
        defer { service.removeFiles() }
        try AsyncBridge.run {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    await service.watch(every: .seconds(1)) { outcome in
                        if case let .failed(message) = outcome { Console.error("fixdesk: the changed content was not used: \(message)") }
                    }
                }
                try await ToolServer(service: service).runOverStandardIO()
                group.cancelAll()
            }
        }
    }
}
