import ArgumentParser
import Foundation

/// `serve` and `mcp` run in the `fixdesk-server` executable beside `fixdesk`, so that every other
/// command starts without loading the HTTP server's libraries or the MCP SDK, whose networking brings
/// libcurl and some thirty shared libraries with it. Their names and abstracts are kept here, for
/// `fixdesk --help`; their options live with the commands in `fixdesk-server`.
package enum ServerCommandInfo {
    package static let serve = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the help-center site with live reload, and the JSON API under /api/v1/.",
        discussion: """
        The site and the index are rebuilt in memory when a content file changes; open pages reload \
        themselves. SIGTERM or Ctrl-C finishes the requests in flight and exits 0.
        """)

    package static let mcp = CommandConfiguration(
        commandName: "mcp",
        abstract: "Run an MCP tool server on standard input/output (match_error, search_articles, get_article).",
        discussion: "Content changes are picked up while it runs. Standard output carries the protocol only.")
}

/// `fixdesk serve …` as listed by `fixdesk --help`; `FixdeskCommand.main` hands it over before parsing.
struct ServeEntry: ParsableCommand {
    static let configuration = ServerCommandInfo.serve

    @Argument(parsing: .captureForPassthrough) var arguments: [String] = []

    func run() throws { ServerHandoff.replaceProcess(arguments: ["serve"] + arguments) }
}

/// `fixdesk mcp …` as listed by `fixdesk --help`; `FixdeskCommand.main` hands it over before parsing.
struct MCPEntry: ParsableCommand {
    static let configuration = ServerCommandInfo.mcp

    @Argument(parsing: .captureForPassthrough) var arguments: [String] = []

    func run() throws { ServerHandoff.replaceProcess(arguments: ["mcp"] + arguments) }
}

/// Replaces this process with `fixdesk-server` (same arguments, environment, standard streams and
/// process id), so that a signal or an MCP client's input reaches the server as if it were `fixdesk`.
enum ServerHandoff {
    static let executableName = "fixdesk-server"

    static let commands: Set<String> = ["serve", "mcp"]

    /// `serve …`, `mcp …`, and `help serve` / `help mcp`, whose options only the server executable knows.
    static func handsOver(_ arguments: [String]) -> Bool {
        guard let first = arguments.first else { return false }
        if commands.contains(first) { return true }
        return first == "help" && arguments.count > 1 && commands.contains(arguments[1])
    }

    /// The server executable's path: in the folder of the running `fixdesk` (symbolic links resolved).
    static func executablePath() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let running = length > 0 ? String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            : CommandLine.arguments[0]
        return URL(fileURLWithPath: running).deletingLastPathComponent().appendingPathComponent(executableName).path
    }

    /// The sentence printed when the server executable cannot be started.
    static func failure(path: String, command: String, error: Int32) -> String {
        if error == ENOENT {
            return """
            fixdesk: `\(command)` runs in \(executableName), which is missing: \(path). Build it beside fixdesk with \
            `swift build -c release --static-swift-stdlib --product \(executableName)` (as scripts/setup.sh does), \
            or `swift build --product \(executableName)` for the debug build.
            """
        }
        return "fixdesk: cannot start \(path) (\(String(cString: strerror(error))))."
    }

    static func replaceProcess(arguments: [String]) -> Never {
        let path = executablePath()
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        execv(path, argv)
        let error = errno
        let command = arguments.first == "help" ? arguments.dropFirst().first ?? "serve" : arguments.first ?? "serve"
        Console.error(failure(path: path, command: command, error: error))
        Foundation.exit(4)
    }
}
