import ArgumentParser
import Foundation
import FixdeskContent
import FixdeskIndex

/// The options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The content folder.")
    var content: String = "content"

    @Option(name: .long, help: "Output language (tr, en, …). Default: FIXDESK_LANG, then the locale, then en.")
    var lang: String?

    @Flag(name: .long, help: "Print machine-readable JSON on standard output.")
    var json = false

    @Option(name: .long, help: "The index file. Default: .fixdesk/<content>-<hash>.sqlite in the current folder.")
    var index: String?

    var loader: ContentLoader {
        ContentLoader(directory: URL(fileURLWithPath: content, isDirectory: true), displayRoot: content)
    }

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
