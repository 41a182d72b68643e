import ArgumentParser
import Testing
@testable import FixdeskCLI

/// Issue 12: the everyday `match` and `search` command lines skip swift-argument-parser's start-up, so
/// they must make exactly the command the parser makes, and leave every other command line to it.
@Suite struct EverydayInvocationTests {
    /// What a parsed `match` or `search` holds, as one comparable line.
    static func summary(_ command: any ParsableCommand) -> String? {
        func options(_ options: GlobalOptions) -> String {
            let content = options.contentOptions
            return "content=\(content.content ?? "-") lang=\(content.lang ?? "-") json=\(content.json) index=\(options.index ?? "-")"
        }
        if let match = command as? MatchCommand { return "match \(options(match.options)) text=\(match.text)" }
        if let search = command as? SearchCommand {
            return "search \(options(search.options)) limit=\(search.limit) query=\(search.query)"
        }
        return nil
    }

    static let everyday: [[String]] = [
        ["match"],
        ["match", "131047"],
        ["match", "--json", "Mesajınız gönderilemedi. Alıcı 24 saatten uzun süredir aktif değil"],
        ["match", "{\"error\":{\"code\":131047}}", "--json", "--content", "content", "--index", "x.sqlite"],
        ["match", "--lang", "tr", "a", "b", "--content", "../content", "c d"],
        ["match", "match", "search", "help", "show"],
        ["match", " -not an option", "5"],
        ["search", "sablonunuzu", "duraklatildi"],
        ["search", "--limit", "3", "template", "paused", "--json"],
        ["search", "--index", "i.sqlite", "--lang", "en", "--content", "c", "rate", "limit", "--limit", "1"],
        ["search", "x", "--limit", "+7"],
    ]

    @Test func everydayCommandLinesMakeWhatTheParserMakes() throws {
        for arguments in Self.everyday {
            let direct = try #require(EverydayInvocation.command(for: arguments), "\(arguments)")
            let parsed = try FixdeskCommand.parseAsRoot(arguments)
            #expect(Self.summary(direct) != nil, "\(arguments)")
            #expect(Self.summary(direct) == Self.summary(parsed), "\(arguments)")
        }
    }

    @Test func everyOtherCommandLineIsLeftToTheParser() {
        let others: [[String]] = [
            [], ["--help"], ["--version"], ["help", "match"], ["show", "x"], ["index"],
            ["match", "--help"], ["match", "-h"], ["match", "x", "--version"], ["match", "--generate-completion-script", "bash"],
            ["match", "--json", "--json", "x"], ["match", "--content"], ["match", "--content", "--json", "x"],
            ["match", "--content=c", "x"], ["match", "--", "-x"], ["match", "-"], ["match", ""], ["match", "--lang", "tr", "--lang", "en", "x"],
            ["match", "--limit", "3", "x"], ["match", "--unknown", "x"], ["search"], ["search", "--json"],
            ["search", "--limit", "0", "x"], ["search", "--limit", "three", "x"], ["search", "   "],
            ["---completion", "match", "--", "x"],
        ]
        for arguments in others {
            #expect(EverydayInvocation.command(for: arguments) == nil, "\(arguments)")
        }
    }

    /// A property added to these commands or their options would be left unset on the everyday path,
    /// and reading it would stop the process: this counts the properties `EverydayInvocation` sets.
    @Test func everyPropertyOfTheEverydayCommandsIsSet() {
        #expect(Mirror(reflecting: MatchCommand()).children.count == 2)
        #expect(Mirror(reflecting: SearchCommand()).children.count == 3)
        #expect(Mirror(reflecting: GlobalOptions()).children.count == 2)
        #expect(Mirror(reflecting: ContentOptions()).children.count == 3)
    }

    /// The option names this module knows are the ones the parser derives from the properties.
    @Test func theKnownOptionsAreTheParsersNames() throws {
        let parsed = try #require(try FixdeskCommand.parseAsRoot(
            ["search", "--content", "c", "--lang", "tr", "--index", "i", "--limit", "2", "--json", "q"]) as? SearchCommand)
        #expect(parsed.options.contentOptions.content == "c")
        #expect(parsed.options.contentOptions.lang == "tr")
        #expect(parsed.options.index == "i")
        #expect(parsed.limit == 2)
        #expect(parsed.options.json)
        let names = EverydayInvocation.commonValueOptions.union([EverydayInvocation.jsonFlag, EverydayInvocation.limitOption])
        #expect(names == ["--content", "--lang", "--index", "--limit", "--json"])
    }
}
