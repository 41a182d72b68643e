import ArgumentParser
import Foundation
import FixdeskContent
import FixdeskIndex

/// The options of every command: where the content is, and whether to print JSON.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: "The content folder.")
    var content: String = "content"

    @Flag(name: .long, help: "Print machine-readable JSON on standard output.")
    var json = false

    var loader: ContentLoader {
        ContentLoader(directory: URL(fileURLWithPath: content, isDirectory: true), displayRoot: content)
    }
}

/// The options of the commands that read the index and answer in a language.
struct GlobalOptions: ParsableArguments {
    @OptionGroup var contentOptions: ContentOptions

    @Option(name: .long, help: "Output language (tr, en, …). Default: FIXDESK_LANG, then the locale, then en.")
    var lang: String?

    @Option(name: .long, help: "The index file. Default: .fixdesk/<content>-<hash>.sqlite in the current folder.")
    var index: String?

    var content: String { contentOptions.content }
    var json: Bool { contentOptions.json }
    var loader: ContentLoader { contentOptions.loader }

    /// The default index file, one per content folder, so two content folders never share one.
    var indexPath: String {
        if let index { return index }
        let absolute = loader.directory.path
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in absolute.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let name = loader.directory.lastPathComponent.isEmpty ? "content" : loader.directory.lastPathComponent
        return ".fixdesk/\(name)-\(String(hash, radix: 16).prefix(8)).sqlite"
    }

    func openIndex() throws -> KnowledgeIndex {
        try KnowledgeIndex.open(at: indexPath, content: loader)
    }

    func language(for index: KnowledgeIndex) throws -> String {
        try LanguageResolver(available: index.settings.site.languages, fallback: index.settings.site.defaultLanguage)
            .resolve(option: lang, environment: ProcessInfo.processInfo.environment)
    }
}

extension GlobalOptions {
    /// `--lang`, `FIXDESK_LANG` or the locale, for a server that answers in it when a request names no language.
    /// Checked against the content's languages when `--lang` is given.
    func preferredLanguage() throws -> String? {
        let settings = try loader.loadSettings(files: loader.listFiles())
        return try LanguageResolver(available: settings.site.languages, fallback: settings.site.defaultLanguage)
            .resolve(option: lang, environment: ProcessInfo.processInfo.environment)
    }
}
