import ArgumentParser
import Foundation
import FixdeskAnalysis
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
        let hash = FNV1a.hash(absolute.utf8)
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
