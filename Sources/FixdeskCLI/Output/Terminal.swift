import Foundation

/// What the terminal on standard output is like, and paging long output through it as git does.
enum Terminal {
    /// Long lines are hard to read even on a wide terminal.
    static let maximumTextWidth = 100
    /// Into a pipe or a file nothing is wrapped, so copied steps have no line breaks of ours.
    static let unwrapped = Int.max / 2

    static var isInteractive: Bool { isatty(STDOUT_FILENO) != 0 }

    /// The columns to wrap to: the terminal's, else `COLUMNS`, else none; never more than 100.
    static var textWidth: Int {
        var size = winsize()
        if isInteractive, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return min(Int(size.ws_col) - 1, maximumTextWidth)
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 {
            return min(columns - 1, maximumTextWidth)
        }
        return unwrapped
    }

    static var rows: Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return 24 }
        return Int(size.ws_row)
    }

    /// Prints `text`, through `$PAGER` (default `less -FRX`) when standard output is a terminal and
    /// the text is taller than it; `PAGER=cat` or an empty `PAGER` turns paging off.
    static func page(_ text: String) {
        let environment = ProcessInfo.processInfo.environment
        let lineCount = text.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let pager = environment["PAGER"] ?? "less -FRX"
        guard isInteractive, lineCount >= rows, !pager.isEmpty, pager != "cat" else {
            Console.out(text)
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", pager]
        var childEnvironment = environment
        if childEnvironment["LESS"] == nil { childEnvironment["LESS"] = "FRX" }
        process.environment = childEnvironment
        let input = Pipe()
        process.standardInput = input
        do {
            try process.run()
        } catch {
            Console.out(text)
            return
        }
        // A pager quit early closes the pipe; the write must not kill fixdesk with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        try? input.fileHandleForWriting.write(contentsOf: Data((text + "\n").utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
