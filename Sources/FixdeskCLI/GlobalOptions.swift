import ArgumentParser
import Foundation
import FixdeskAnalysis
import FixdeskContent
import FixdeskIndex

/// The options of every command: where the content is, the output language, and whether to print JSON.
package struct ContentOptions: ParsableArguments {
    package init() {}

    @Option(name: .long, help: "The content folder. Default: FIXDESK_CONTENT, then content/ here or in the nearest parent folder.")
    var content: String?

    @Option(name: .long, help: "Output language (tr, en, tr-TR, tr_TR.UTF-8, …). Default: FIXDESK_LANG, then the locale, then en.")
    var lang: String?

    @Flag(name: .long, help: "Print machine-readable JSON on standard output.")
    var json = false

    var location: ContentLocator.Location {
        ContentLocator(currentDirectory: FileManager.default.currentDirectoryPath, environment: ProcessEnvironment.variables)
            .locate(option: content)
    }

    /// The content folder as the user should see it in messages (`content`, `../../content`, or as given).
    package var folderShown: String { location.path }

    /// The content's loader; an error in the output language when no content folder was found.
    package func checkedLoader() throws -> ContentLoader {
        let location = self.location
        guard location.found else {
            throw FixdeskError(.content, key: "error_content_not_found", english: CLIText.english["error_content_not_found"]!)
        }
        return loader
    }

    var loader: ContentLoader {
        let path = location.path
        return ContentLoader(directory: URL(fileURLWithPath: path, isDirectory: true), displayRoot: path)
    }

    /// Chooses the output language from the settings files alone, before long work that reports progress.
    func chooseLanguageEarly(_ loader: ContentLoader) {
        guard let files = try? loader.listFiles(), let settings = try? loader.loadSettings(files: files) else { return }
        _ = try? useLanguage(site: settings.site, languages: settings.languages)
    }

    /// Resolves the output language against the content's languages and makes its strings the ones printed.
    func useLanguage(site: SiteSettings, languages: [String: LanguageSettings]) throws -> String {
        let environment = ProcessEnvironment.variables
        let resolver = LanguageResolver(available: site.languages, fallback: site.defaultLanguage)
        // Errors about the language itself are said in the language the environment asks for.
        CLIText.current = CLIText(languages[resolver.resolve(environment: environment)])
        let language = try resolver.resolve(option: lang, environment: environment)
        CLIText.current = CLIText(languages[language])
        return language
    }
}

/// The process's environment, read once: `ProcessInfo` builds a new dictionary of it on every call, and
/// a command looks up the content folder and the output language in it several times before it answers.
enum ProcessEnvironment {
    static let variables = ProcessInfo.processInfo.environment
}

/// The options of the commands that read the index and answer in a language.
package struct GlobalOptions: ParsableArguments {
    package init() {}

    @OptionGroup package var contentOptions: ContentOptions

    @Option(name: .long, help: "The index file. Default: .fixdesk/<content>-<hash>.sqlite next to the content folder.")
    var index: String?

    var json: Bool { contentOptions.json }
    var loader: ContentLoader { contentOptions.loader }

    /// The default index file, one per content folder, so two content folders never share one.
    var indexPath: String {
        if let index { return index }
        let location = contentOptions.location
        let loader = self.loader
        let absolute = loader.directory.path
        let hash = FNV1a.hash(absolute.utf8)
        let name = loader.directory.lastPathComponent.isEmpty ? "content" : loader.directory.lastPathComponent
        return "\(location.indexFolder).fixdesk/\(name)-\(String(hash, radix: 16).prefix(8)).sqlite"
    }

    /// Opens the index and says on standard error what the user should know about it.
    func openIndex(rebuild: Bool = false, progress: ProgressMeter? = nil) throws -> KnowledgeIndex {
        var loader = try contentOptions.checkedLoader()
        loader.progress = progress
        do {
            let index = try KnowledgeIndex.open(at: indexPath, content: loader, rebuild: rebuild)
            for warning in index.warnings { Console.error("fixdesk: \(warning)") }
            return index
        } catch {
            // Said in the output language, which is otherwise known only once the index is open.
            contentOptions.chooseLanguageEarly(loader)
            throw error
        }
    }

    /// Runs `body` on the index; when a query finds the index damaged, rebuilds it once and runs `body` again.
    func withIndex<T>(progress: ProgressMeter? = nil, _ body: (KnowledgeIndex) throws -> T) throws -> T {
        do {
            return try body(openIndex(progress: progress))
        } catch let error as SQLiteError where error.meansDamage {
            Console.error("fixdesk: the index at \(indexPath) is damaged (\(error.message)); rebuilding it.")
            return try body(openIndex(rebuild: true, progress: progress))
        }
    }

    func language(for index: KnowledgeIndex) throws -> String {
        try contentOptions.useLanguage(site: index.settings.site, languages: index.settings.languages)
    }

    /// The public address of an article page, from the site's `base_url`.
    func href(_ article: IndexedArticle, in index: KnowledgeIndex) -> String {
        PublicAddress.of(article, site: index.settings.site)
    }
}

extension GlobalOptions {
    /// `--lang`, `FIXDESK_LANG` or the locale, for a server that answers in it when a request names no language.
    /// Checked against the content's languages when `--lang` is given.
    package func preferredLanguage() throws -> String? {
        let loader = try contentOptions.checkedLoader()
        let settings = try loader.loadSettings(files: loader.listFiles())
        return try contentOptions.useLanguage(site: settings.site, languages: settings.languages)
    }
}
