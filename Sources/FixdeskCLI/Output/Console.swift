import Foundation
import FixdeskContent

/// Writes to standard output and error; knows whether colour is wanted.
///
/// Everything goes through `write(_:to:)`: a full, closed or unwritable stream ends the command with
/// exit status 4 and one sentence, instead of a crash; and text meant for a terminal is cleaned of
/// control characters by `TerminalText.clean` first.
package enum Console {
    package static func out(_ text: String) {
        write(TerminalText.clean(text, keepingStyles: usesColor) + "\n", to: STDOUT_FILENO)
    }

    package static func error(_ text: String) {
        write(TerminalText.clean(text, keepingStyles: false) + "\n", to: STDERR_FILENO)
    }

    /// The exit status of a command whose output could not be written (README: 4, a file could not be written).
    static let writeFailureStatus: Int32 = 4

    /// Writes all of `text` to `descriptor`, or ends the process with one sentence when it cannot.
    static func write(_ text: String, to descriptor: Int32) {
        var text = text
        let failure: Int32? = text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return written < 0 ? errno : EIO }
                offset += written
            }
            return nil
        }
        guard let failure else { return }
        let stream = descriptor == STDOUT_FILENO ? "standard output" : "standard error"
        if descriptor != STDERR_FILENO {
            let sentence = "fixdesk: cannot write to \(stream) (\(String(cString: strerror(failure)))).\n"
            _ = sentence.withCString { Foundation.write(STDERR_FILENO, $0, strlen($0)) }
        }
        Foundation.exit(writeFailureStatus)
    }

    /// Makes sure descriptors 0, 1 and 2 are taken before any file is opened: a closed one is given
    /// `/dev/null` opened for the other direction, so nothing fixdesk opens later (an index, a content
    /// file) can become "standard output", and using the closed stream fails cleanly.
    static func reserveStandardStreams() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
            let reserved = open("/dev/null", descriptor == STDIN_FILENO ? O_WRONLY : O_RDONLY)
            if reserved >= 0, reserved != descriptor {
                dup2(reserved, descriptor)
                close(reserved)
            }
        }
    }

    /// Ends the process with the argument parser's own message (help on standard output, a usage
    /// error on standard error), cleaned like everything else, since it echoes the arguments.
    static func exit(parsing error: any Error, message: String, status: Int32) -> Never {
        if !message.isEmpty {
            if status == 0 { out(message) } else { self.error(message) }
        }
        Foundation.exit(status)
    }

    /// Standard input, read up to `limit` bytes.
    static func readStandardInput(limit: Int) throws(FixdeskError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count < limit {
            let wanted = min(chunk.count, limit - bytes.count)
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress!, wanted) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 {
                throw FixdeskError(.io, "Cannot read standard input (\(String(cString: strerror(errno)))).")
            }
            if count == 0 { break }
            bytes += chunk[0..<count]
        }
        return bytes
    }

    /// Colour only on a terminal, and never when `NO_COLOR` is set (https://no-color.org).
    static var usesColor: Bool {
        isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    static func printJSON(_ value: some Encodable) throws {
        write(String(decoding: try JSONDocument.encode(value), as: UTF8.self), to: STDOUT_FILENO)
    }
}

/// ANSI styles that vanish when colour is off.
struct TextStyle {
    var enabled: Bool

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func accent(_ text: String) -> String { wrap(text, "36") }
    func good(_ text: String) -> String { wrap(text, "32") }
    /// Emphasis; dim rather than italic, which not every terminal shows.
    func italic(_ text: String) -> String { wrap(text, "2") }
    /// An address; in the accent colour, since fixdesk prints only bold, dim and two colours.
    func link(_ text: String) -> String { wrap(text, "36") }

    /// Turns `**marked**` words into bold, or leaves the markers off without colour.
    func highlights(_ text: String) -> String {
        let parts = text.components(separatedBy: "**")
        return parts.enumerated().map { $0.offset % 2 == 1 ? (enabled ? bold($0.element) : $0.element) : $0.element }.joined()
    }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? TerminalText.style(code) + text + TerminalText.style(TerminalText.reset) : text
    }
}

/// Text on its way to a terminal, without the control characters that content, file names or
/// arguments may carry (ESC, BEL, OSC, CSI, …), which would let them move the cursor, retitle the
/// window or hide text.
enum TerminalText {
    /// The only escape sequences fixdesk prints itself: these SGR codes (bold, dim, green, cyan, reset).
    static let styleCodes: Set<String> = ["0", "1", "2", "32", "36"]
    static let reset = "0"

    static func style(_ code: String) -> String { "\u{1B}[\(code)m" }

    /// `text` with every C0 control but line feed and tab, DEL and every C1 control written visibly
    /// (`^[`, `^G`, `<U+009B>`); with `keepingStyles`, fixdesk's own style sequences stay.
    static func clean(_ text: String, keepingStyles: Bool) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var position = 0
        while position < scalars.count {
            let scalar = scalars[position]
            if keepingStyles, scalar == "\u{1B}", let length = styleLength(scalars, at: position) {
                result += scalars[position..<position + length]
                position += length
                continue
            }
            if needsEscape(scalar) {
                result += visible(scalar).unicodeScalars
            } else {
                result.append(scalar)
            }
            position += 1
        }
        return String(result)
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }

    private static func visible(_ scalar: Unicode.Scalar) -> String {
        if scalar.value < 0x20 { return "^" + String(Unicode.Scalar(UInt8(scalar.value + 0x40))) }
        if scalar.value == 0x7F { return "^?" }
        return "<U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4) + ">"
    }

    /// The length of one of fixdesk's style sequences starting at `position`, or nil.
    private static func styleLength(_ scalars: [Unicode.Scalar], at position: Int) -> Int? {
        guard position + 2 < scalars.count, scalars[position + 1] == "[" else { return nil }
        var end = position + 2
        var code = ""
        while end < scalars.count, ("0"..."9").contains(scalars[end]), code.count < 3 {
            code.unicodeScalars.append(scalars[end])
            end += 1
        }
        guard end < scalars.count, scalars[end] == "m", styleCodes.contains(code) else { return nil }
        return end + 1 - position
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
