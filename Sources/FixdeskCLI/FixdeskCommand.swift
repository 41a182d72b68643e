import ArgumentParser
import Foundation
import FixdeskContent
import FixdeskIndex

/// The `fixdesk` root command. Its own `main` hands `serve` and `mcp` to the server executable and
/// maps errors to exit statuses (`CommandRunner`).
public struct FixdeskCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "fixdesk",
        abstract: "Turn a pasted error into the right help article and its fix steps.",
        discussion: """
        Exit status: 0 success; 1 match or search found nothing; 2 bad usage or input;
        3 the content has problems; 4 a file or the index could not be read or written.
        """,
        version: "fixdesk \(FixdeskVersion.current)",
        subcommands: [MatchCommand.self, SearchCommand.self, ShowCommand.self, IndexCommand.self, LintCommand.self, CoverageCommand.self, SiteCommand.self,
                      ServeEntry.self, MCPEntry.self, TriageCommand.self, GapsCommand.self])

    public init() {}

    public static func main(arguments: [String]? = nil) -> Never {
        let given = arguments ?? Array(CommandLine.arguments.dropFirst())
        if ServerHandoff.handsOver(given) { ServerHandoff.replaceProcess(arguments: given) }
        CommandRunner.main(FixdeskCommand.self, arguments: given, everyday: EverydayInvocation.command(for:))
    }
}

/// Runs a root command the way every fixdesk executable does: errors map to fixdesk's exit statuses,
/// because swift-argument-parser exits 1 on any thrown error and 1 means "found nothing" here.
package enum CommandRunner {
    /// `everyday` reads the common command lines the parser need not (`EverydayInvocation`); nil leaves them to it.
    package static func main<Root: ParsableCommand>(_ root: Root.Type, arguments: [String]? = nil,
                                                    everyday: ([String]) -> (any ParsableCommand)? = { _ in nil }) -> Never {
        Console.reserveStandardStreams()
        let command: any ParsableCommand
        do {
            command = try arguments.flatMap(everyday) ?? Root.parseAsRoot(arguments)
        } catch {
            Console.exit(parsing: error, message: Root.fullMessage(for: error), status: Root.exitCode(for: error).rawValue)
        }
        do {
            var runnable = command
            try runnable.run()
            Foundation.exit(0)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch let error as FixdeskError {
            Console.error("fixdesk: " + CLIText.current.message(for: error))
            Foundation.exit(status(for: error.kind))
        } catch {
            // Help and usage errors keep the parser's own output and statuses; anything else is ours.
            guard Root.exitCode(for: error) == .failure else {
                Console.exit(parsing: error, message: Root.fullMessage(for: error), status: Root.exitCode(for: error).rawValue)
            }
            Console.error("fixdesk: " + ErrorWording.sentence(for: error, in: CLIText.current))
            Foundation.exit(4)
        }
    }

    static func status(for kind: FixdeskError.Kind) -> Int32 {
        switch kind {
        case .usage: 2
        case .content: 3
        case .io: 4
        }
    }
}
