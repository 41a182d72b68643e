import ArgumentParser

/// The everyday forms of `match` and `search` — their own options, each given once and followed by its
/// value, and words that cannot be taken for options — turned into the command the argument parser
/// would make of them, without running it. The parser's start-up (building its argument sets by
/// reflection, and its check for `--generate-completion-script`, which parses two more commands first)
/// was a seventh of a whole-process `match`, almost all of it the runtime's first type look-ups.
///
/// Anything else is left to the parser (nil): help and version flags, `--`, `--name=value`, an option
/// given twice or without its value, a value that starts with `-`, another command, an option this
/// does not know. So the parser alone ever says what is wrong with a command line, and a new option
/// works at once through the parser. The commands are validated as the parser validates them.
enum EverydayInvocation {
    /// The options of `GlobalOptions` that take a value, and its flag, as swift-argument-parser names
    /// them after their properties (`EverydayInvocationTests` holds the two readings equal).
    static let commonValueOptions: Set<String> = ["--content", "--lang", "--index"]
    static let jsonFlag = "--json"
    static let limitOption = "--limit"

    /// The command `arguments` (without the program's name) make, or nil when the parser must read them.
    static func command(for arguments: [String]) -> (any ParsableCommand)? {
        guard let name = arguments.first else { return nil }
        let valueOptions: Set<String>
        switch name {
        case MatchCommand.configuration.commandName: valueOptions = commonValueOptions
        case SearchCommand.configuration.commandName: valueOptions = commonValueOptions.union([limitOption])
        default: return nil
        }
        var values: [String: String] = [:]
        var json = false
        var words: [String] = []
        var rest = arguments.dropFirst().makeIterator()
        while let argument = rest.next() {
            if isWord(argument) {
                words.append(argument)
            } else if argument == jsonFlag, !json {
                json = true
            } else if valueOptions.contains(argument), values[argument] == nil, let value = rest.next(), isWord(value) {
                values[argument] = value
            } else {
                return nil
            }
        }
        var content = ContentOptions()
        content.content = values["--content"]
        content.lang = values["--lang"]
        content.json = json
        var options = GlobalOptions()
        options.contentOptions = content
        options.index = values["--index"]
        var command: any ParsableCommand
        if name == MatchCommand.configuration.commandName {
            var match = MatchCommand()
            match.options = options
            match.text = words
            command = match
        } else {
            var search = SearchCommand()
            guard !words.isEmpty else { return nil }
            search.limit = 10
            if let limit = values[limitOption] {
                guard let number = Int(argument: limit) else { return nil }
                search.limit = number
            }
            search.options = options
            search.query = words
            command = search
        }
        do {
            try command.validate()
        } catch {
            return nil
        }
        return command
    }

    /// An argument the parser reads as a value, never as an option or the end of options.
    private static func isWord(_ argument: String) -> Bool {
        guard let first = argument.utf8.first else { return false }
        return first != UInt8(ascii: "-")
    }
}
