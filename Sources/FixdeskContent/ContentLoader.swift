import Foundation

/// Reads a content folder from disk: `_site.yml`, each language's `_strings.yml` and its articles.
///
/// Problems in files become diagnostics; only a missing folder or unusable `_site.yml` throws.
public struct ContentLoader: Sendable {
    public var directory: URL
    /// How paths are shown in diagnostics: the content folder as the user named it (`content`).
    public var displayRoot: String
    /// Advanced once per article file read, when someone wants to show progress.
    public var progress: ProgressMeter?

    public init(directory: URL, displayRoot: String? = nil) {
        self.directory = directory.standardizedFileURL
        var root = displayRoot ?? directory.path
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        self.displayRoot = root
    }

    public func displayPath(_ relativePath: String) -> String {
        displayRoot.isEmpty || displayRoot == "." ? relativePath : "\(displayRoot)/\(relativePath)"
    }

    /// The settings and the files of the folder, without parsing articles: cheap, for freshness checks.
    public func listFiles() throws(FixdeskError) -> [ContentFile] {
        try listing().files
    }

    /// The content files, and the entries that were not taken, each with a diagnostic saying why.
    ///
    /// Walks the tree with readdir(3) and lstat(2), one level at a time with the folders of a level
    /// on every core; hidden entries and `_theme/` are skipped. Links to folders are never followed (two
    /// links to `.` would make the walk endless) and links to files are read only when they stay
    /// inside the content folder, so content cannot pull in files of the machine it is built on.
    public func listing() throws(FixdeskError) -> (files: [ContentFile], problems: [Diagnostic]) {
        try checkDirectory()
        let root = ContentWalk(loader: self)
        guard let top = root.listFolder("") else {
            throw FixdeskError(.io, "Cannot list the content folder '\(displayRoot)'.")
        }
        var files = top.files
        var problems = top.problems
        var level = top.folders
        while !level.isEmpty {
            let folders = level
            let listings = folders.orderedParallelMap { root.listFolder($0) }
            level = []
            for (folder, listing) in zip(folders, listings) {
                guard let listing else {
                    problems.append(Diagnostic(path: displayPath(folder), line: nil, message: "cannot list this folder"))
                    continue
                }
                files += listing.files
                problems += listing.problems
                level += listing.folders
            }
        }
        return (files.sorted { $0.relativePath < $1.relativePath }, problems)
    }

    /// The site and language settings: what every article needs before it can be parsed.
    public struct Settings: Sendable, Codable {
        public var site: SiteSettings
        public var languages: [String: LanguageSettings]
        /// The languages pastes may come in without articles of their own, by code.
        public var lexicons: [PasteLexicon] = []
        public var diagnostics: [Diagnostic]
    }

    /// Reads `_site.yml` and each language's `_strings.yml`.
    public func loadSettings(files: [ContentFile]) throws(FixdeskError) -> Settings {
        var diagnostics: [Diagnostic] = []
        let sitePath = displayPath(SiteSettings.fileName)
        let siteURL = directory.appendingPathComponent(SiteSettings.fileName)
        guard files.contains(where: { $0.relativePath == SiteSettings.fileName }) else {
            throw FixdeskError(.content, key: "error_content_no_site", ["folder": displayRoot, "file": SiteSettings.fileName],
                               english: "The content folder '{folder}' has no {file} (the site settings with the list of languages).")
        }
        let siteText: String
        switch ContentFile.readText(at: siteURL, displayPath: sitePath) {
        case let .success(text): siteText = text
        case let .failure(diagnostic): throw FixdeskError(.content, diagnostic.description)
        }
        guard let site = SiteSettings.parse(siteText, path: sitePath, into: &diagnostics) else {
            throw FixdeskError(.content, diagnostics.first?.description ?? "\(sitePath): the site settings are unusable.")
        }
        var languages: [String: LanguageSettings] = [:]
        for code in site.languages {
            let relative = "\(code)/\(LanguageSettings.fileName)"
            let path = displayPath(relative)
            guard files.contains(where: { $0.relativePath == relative }) else {
                diagnostics.append(Diagnostic(path: sitePath, line: nil,
                                              message: "language '\(code)' has no \(relative) with its name, stemmer, headings and strings"))
                continue
            }
            switch ContentFile.readText(at: directory.appendingPathComponent(relative), displayPath: path) {
            case let .success(text):
                if let settings = LanguageSettings.parse(text, code: code, path: path, into: &diagnostics) {
                    languages[code] = settings
                }
            case let .failure(diagnostic):
                diagnostics.append(diagnostic)
            }
        }
        var lexicons: [PasteLexicon] = []
        for file in files.sorted(by: { $0.relativePath < $1.relativePath }) {
            guard let code = PasteLexicon.code(ofFile: file.relativePath) else { continue }
            let path = displayPath(file.relativePath)
            switch ContentFile.readText(at: directory.appendingPathComponent(file.relativePath), displayPath: path) {
            case let .success(text):
                if let lexicon = PasteLexicon.parse(text, code: code, path: path, into: &diagnostics) { lexicons.append(lexicon) }
            case let .failure(diagnostic):
                diagnostics.append(diagnostic)
            }
        }
        return Settings(site: site, languages: languages, lexicons: lexicons, diagnostics: diagnostics)
    }

    /// Reads and parses one article file; nil with diagnostics when it is not an article or cannot be read.
    /// `contents` are the file's bytes when the caller has read them already; `rendersBody` as for `ArticleParser`.
    func parseArticle(_ file: ContentFile, settings: Settings, contents: [UInt8]? = nil,
                      rendersBody: Bool = false) -> (ParsedArticle?, [Diagnostic]) {
        defer { progress?.advance() }
        let path = displayPath(file.relativePath)
        let components = file.relativePath.split(separator: "/").map(String.init)
        guard components.count == 3, settings.site.languages.contains(components[0]) else {
            if components.count > 1, !settings.site.languages.contains(components[0]) {
                return (nil, [Diagnostic(path: path, line: nil,
                                         message: "'\(components[0])' is not a language listed in \(SiteSettings.fileName)")])
            }
            return (nil, [Diagnostic(path: path, line: nil, message: "articles belong at <lang>/<section>/<slug>.md")])
        }
        guard let language = settings.languages[components[0]] else { return (nil, []) }
        guard file.size <= ContentFile.maximumArticleBytes else {
            return (nil, [Diagnostic(path: path, line: nil,
                                     message: "the article is \(file.size) bytes, more than the \(ContentFile.maximumArticleBytes) an article may have; split it")])
        }
        let bytes = contents.map(Result.success)
            ?? ContentFile.readBytes(atPath: absolutePath(of: file.relativePath), displayPath: path)
        let text: String
        switch bytes.flatMap({ ContentFile.decodeText($0, displayPath: path) }) {
        case let .success(value): text = value
        case let .failure(diagnostic): return (nil, [diagnostic])
        }
        let slug = String(components[2].dropLast(3))
        let output = ArticleParser(language: language).parse(text, path: path, section: components[1], slug: slug,
                                                             rendersBody: rendersBody)
        let parsed = output.article.map { ParsedArticle(article: $0, references: output.references, relativePath: file.relativePath) }
        return (parsed, output.diagnostics)
    }

    /// Reads and parses one article; nil when it cannot be used. `contents` are the file's bytes when
    /// the caller has read them already (to hash them, say).
    public func loadArticle(_ file: ContentFile, settings: Settings, contents: [UInt8]? = nil) -> Article? {
        parseArticle(file, settings: settings, contents: contents).0?.article
    }

    /// The file's path on disk, without going through URL (this runs for every file of a build).
    public func absolutePath(of relativePath: String) -> String {
        let root = directory.path
        return root.hasSuffix("/") ? root + relativePath : root + "/" + relativePath
    }

    /// Reads and parses everything, and runs the cross-file checks. With `renderingBodies`, bodies are rendered
    /// for the site as they are parsed (`Article.renderedBody`), so that building a site parses each body once;
    /// commands that build no site (lint, coverage) skip the rendering.
    public func load(renderingBodies: Bool = false) throws(FixdeskError) -> ContentSet {
        let (files, problems) = try listing()
        let settings = try loadSettings(files: files)
        var diagnostics = settings.diagnostics + problems
        let articleFiles = files.filter { $0.relativePath.hasSuffix(".md") && $0.relativePath.contains("/") }
        let results = articleFiles.orderedParallelMap(perWorker: 32) { parseArticle($0, settings: settings, rendersBody: renderingBodies) }
        var parsed: [ParsedArticle] = []
        for (article, problems) in results {
            diagnostics += problems
            if let article { parsed.append(article) }
        }
        let terms = loadTerminology(files: files, site: settings.site, into: &diagnostics)
        diagnostics += ContentLinter(site: settings.site, languages: settings.languages, terms: terms).check(parsed)
        let translations = TranslationLinter(site: settings.site).check(parsed)
        let ids = Set(parsed.map(\.article.id))
        for id in settings.site.commonErrors where !ids.contains(id) {
            diagnostics.append(Diagnostic(path: displayPath(SiteSettings.fileName), line: nil,
                                          message: "common_errors names '\(id)', which is not an article id"))
        }
        var content = ContentSet(site: settings.site, languages: settings.languages,
                                 articles: parsed.map(\.article).sorted { ($0.language, $0.path) < ($1.language, $1.path) },
                                 diagnostics: diagnostics.sorted())
        content.warnings = translations.warnings.sorted()
        content.unrecordedTranslations = translations.unrecorded
        content.lexicons = settings.lexicons
        return content
    }

    /// Each language's `_terms.yml`, for the languages that have one.
    func loadTerminology(files: [ContentFile], site: SiteSettings, into diagnostics: inout [Diagnostic]) -> [String: Terminology] {
        var terms: [String: Terminology] = [:]
        for code in site.languages {
            let relative = "\(code)/\(Terminology.fileName)"
            guard files.contains(where: { $0.relativePath == relative }) else { continue }
            let path = displayPath(relative)
            switch ContentFile.readText(at: directory.appendingPathComponent(relative), displayPath: path) {
            case let .success(text):
                terms[code] = Terminology.parse(text, path: path, into: &diagnostics)
            case let .failure(diagnostic):
                diagnostics.append(diagnostic)
            }
        }
        return terms
    }

    private func checkDirectory() throws(FixdeskError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
            throw FixdeskError(.content, key: "error_content_missing", ["folder": displayRoot],
                               english: "The content folder '{folder}' does not exist; pass --content DIR to name another.")
        }
        guard isDirectory.boolValue else {
            throw FixdeskError(.content, key: "error_content_is_file", ["folder": displayRoot],
                               english: "'{folder}' is a file, not a content folder.")
        }
    }
}

/// An article with what the linter needs to check it against the rest of the catalog.
struct ParsedArticle {
    var article: Article
    var references: ArticleParser.References
    var relativePath: String
}
