import ArgumentParser
import FixdeskCLI

/// `fixdesk serve` and `fixdesk mcp`, which `fixdesk` hands over to this executable: they alone need the
/// HTTP server's and the MCP SDK's libraries, which every other command is better off not loading.
struct FixdeskServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fixdesk",
        abstract: "The server commands of fixdesk; run them as `fixdesk serve` and `fixdesk mcp`.",
        subcommands: [ServeCommand.self, MCPCommand.self])
}

CommandRunner.main(FixdeskServerCommand.self)
