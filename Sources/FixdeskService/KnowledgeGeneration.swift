import Foundation
import FixdeskContent
import FixdeskIndex
import FixdeskSite

/// One build of the content folder: an index of its own and, when asked for, the site in memory.
///
/// Never changed once built. A content change makes a new generation; requests that hold the old
/// one finish on it, and its index file is removed when the last of them lets go.
public final class KnowledgeGeneration: @unchecked Sendable {
    /// Counts up from 1 with every rebuild; the live-reload script watches it.
    public let number: Int
    public let languages: [String]
    public let siteDefaultLanguage: String
    /// The generated site, path (as `site --out` writes it) → bytes; nil when the site is not served
    /// or cannot be built.
    public let site: [String: Data]?
    /// The content's problems (`file:line: message`), shown by `serve` like `lint` shows them; the site is
    /// still built from what could be read, as a preview.
    public let problems: [String]
    /// The site and language settings the index was built with: the documents take links and words from them.
    public let settings: ContentLoader.Settings
    /// The content files as listed when this generation was built, to notice changes.
    let files: [ContentFile]
    let pool: IndexPool
    /// Answers of this generation only: a rebuild starts with an empty cache.
    let answers: AnswerCache
    private let indexFile: URL

    init(number: Int, loader: ContentLoader, folder: URL, poolSize: Int, cacheCapacity: Int, buildsSite: Bool) throws {
        let files = try loader.listFiles()
        let indexFile = folder.appendingPathComponent("index-\(number).sqlite")
        pool = try IndexPool(size: poolSize) { try KnowledgeIndex.open(at: indexFile.path, content: loader) }
        let settings = pool.withHandle { $0.index.settings }
        self.settings = settings
        self.number = number
        answers = AnswerCache(capacity: cacheCapacity)
        self.files = files
        self.indexFile = indexFile
        languages = settings.site.languages
        siteDefaultLanguage = settings.site.defaultLanguage
        if buildsSite {
            let preview = Self.generateSite(loader: loader)
            site = preview.site
            problems = preview.problems
        } else {
            site = nil
            problems = []
        }
    }

    deinit {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: indexFile.path + suffix)
        }
    }

    /// The site as `fixdesk site` would write it, kept in memory, and the problems of the content.
    static func generateSite(loader: ContentLoader) -> (site: [String: Data]?, problems: [String]) {
        do {
            let content = try loader.load(renderingBodies: true)
            let problems = content.diagnostics.map(\.description)
            let theme = try SiteTheme.load(overridesIn: loader.directory.appendingPathComponent("_theme", isDirectory: true),
                                           displayPath: loader.displayPath("_theme"))
            let files = try SiteGenerator(content: content, theme: theme, contentDisplayPath: loader.displayRoot).generate()
            return (Dictionary(files.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first }), problems)
        } catch {
            return (nil, [error.message])
        }
    }

    /// The language to answer in: the one asked for, checked, or the preferred one, or the site's default.
    func language(requested: String?, preferred: String?) throws(ServiceError) -> String {
        if let requested, !requested.isEmpty {
            let code = requested.lowercased()
            guard languages.contains(code) else {
                throw ServiceError(.badRequest, "Unknown language '\(requested)'; this content has \(languages.joined(separator: ", ")).")
            }
            return code
        }
        if let preferred, languages.contains(preferred) { return preferred }
        return siteDefaultLanguage
    }
}
