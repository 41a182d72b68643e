import FixdeskAnalysis
/// Turns one article file's text into an `Article`, collecting every problem with its line.
///
/// The file is YAML front matter between `---` lines, then a CommonMark body. The fix steps are
/// the first ordered list under a heading named in the language's `fix_headings`.
public struct ArticleParser {
    /// One step is a hint; a fix says what to check and then what to change.
    static let minimumFixSteps = 2

    public static let knownKeys: Set<String> = ["id", "title", "summary", "section", "codes", "errors",
                                                "tags", "related", "updated", "sources", TranslationRecord.key]
    static let requiredKeys = ["id", "title", "summary", "section", "updated"]

    public var language: LanguageSettings

    public init(language: LanguageSettings) {
        self.language = language
    }

    /// Where the parsed article also points: links and related ids, checked against the whole catalog by the linter.
    public struct References: Sendable, Equatable {
        public var links: [(destination: String, line: Int)]
        public var related: [(id: String, line: Int)]
        public var codeLines: [String: Int]
        public var idLine: Int
        /// Lines of the title and summary, and the file's line where the body starts: for terminology.
        public var titleLine = 1
        public var summaryLine = 1
        public var bodyLine = 1
        /// The line of each `errors` entry, in order.
        public var errorLines: [Int] = []
        /// The version of the other language this translation follows, when recorded.
        public var translation: TranslationRecord?

        public static func == (lhs: References, rhs: References) -> Bool {
            lhs.links.map(\.destination) == rhs.links.map(\.destination) && lhs.related.map(\.id) == rhs.related.map(\.id)
        }
    }

    public struct Output: Sendable {
        public var article: Article?
        public var references: References
        public var diagnostics: [Diagnostic]
    }

    /// Parses `text` of the file at `path` (`content/<lang>/<section>/<slug>.md`); with `rendersBody`, the
    /// article keeps its body rendered for the site (`Article.renderedBody`), from the same parse.
    public func parse(_ text: String, path: String, section folder: String, slug: String, rendersBody: Bool = false) -> Output {
        var diagnostics: [Diagnostic] = []
        var references = References(links: [], related: [], codeLines: [:], idLine: 1)
        // Lines are found by scanning bytes: splitting a whole file into lines of Characters costs more than parsing it.
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 0
        var yamlStart = utf8.endIndex
        var closing: (line: Int, start: String.Index, bodyStart: String.Index)?
        while closing == nil {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
            let next = lineEnd == utf8.endIndex ? lineEnd : utf8.index(after: lineEnd)
            let line = text[lineStart..<lineEnd].trimmedWhitespace
            if lineNumber == 0 {
                guard line == "---" else {
                    diagnostics.append(Diagnostic(path: path, line: 1, message: "the file must start with YAML front matter between '---' lines"))
                    return Output(article: nil, references: references, diagnostics: diagnostics)
                }
                yamlStart = next
            } else if line == "---" || line == "..." {
                closing = (lineNumber, lineStart, next)
            }
            if lineEnd == utf8.endIndex { break }
            lineStart = next
            lineNumber += 1
        }
        guard let closing else {
            diagnostics.append(Diagnostic(path: path, line: 1, message: "the front matter is not closed by a '---' line"))
            return Output(article: nil, references: references, diagnostics: diagnostics)
        }
        // The lines between, without the newline that ends the last of them.
        let yaml = closing.line == 1 ? "" : String(text[yamlStart..<utf8.index(before: closing.start)])
        let body = String(text[closing.bodyStart...])
        let bodyLineOffset = closing.line + 1

        guard let mapping = YAMLMapping.parse(yaml, path: path, lineOffset: 1, into: &diagnostics) else {
            return Output(article: nil, references: references, diagnostics: diagnostics)
        }
        mapping.reportUnknownKeys(known: Self.knownKeys, kind: "front matter key", listingKnown: true, into: &diagnostics)
        for key in Self.requiredKeys where mapping[key] == nil {
            diagnostics.append(Diagnostic(path: path, line: 1, message: "missing required front matter key '\(key)'"))
        }
        var ignored: [Diagnostic] = []
        let id = mapping.string("id", required: true, into: &ignored) ?? ""
        let title = mapping.string("title", required: true, into: &ignored) ?? ""
        let summary = mapping.string("summary", required: true, into: &ignored) ?? ""
        let section = mapping.string("section", required: true, into: &ignored) ?? folder
        let updated = mapping.string("updated", required: true, into: &ignored) ?? ""
        diagnostics += ignored.filter { !$0.message.hasPrefix("missing required key") }
        references.idLine = mapping["id"]?.line ?? 1
        references.titleLine = mapping["title"]?.line ?? 1
        references.summaryLine = mapping["summary"]?.line ?? 1
        references.bodyLine = bodyLineOffset + 1
        if let entry = mapping[TranslationRecord.key] {
            references.translation = TranslationRecord.parse(entry)
            if references.translation == nil {
                diagnostics.append(Diagnostic(path: path, line: entry.line, message: TranslationRecord.formatProblem))
            }
        }

        if mapping["id"] != nil, !Slug.isValid(id) {
            diagnostics.append(Diagnostic(path: path, line: references.idLine, message: "id '\(id)' may use only a-z, 0-9 and '-'"))
        }
        if !Slug.isValid(slug) {
            diagnostics.append(Diagnostic(path: path, line: 1, message: "file name '\(slug).md' may use only a-z, 0-9 and '-'"))
        }
        if mapping["section"] != nil, section != folder {
            diagnostics.append(Diagnostic(path: path, line: mapping["section"]?.line,
                                          message: "section '\(section)' does not match the folder '\(folder)'"))
        }
        if mapping["updated"] != nil, !Self.isDate(updated) {
            diagnostics.append(Diagnostic(path: path, line: mapping["updated"]?.line, message: "'updated' must be a date like 2026-11-25"))
        }

        let codeEntries = mapping.strings("codes", into: &diagnostics)
        for (code, line) in codeEntries {
            if !ErrorCode.isWellFormed(code) {
                diagnostics.append(Diagnostic(path: path, line: line,
                                              message: "code '\(code)' is not well formed (a number like 131047, a range like 200-299, or provider:code like twilio:63016)"))
            }
            if references.codeLines[code] != nil {
                diagnostics.append(Diagnostic(path: path, line: line, message: "code '\(code)' is listed twice"))
            }
            references.codeLines[code] = line
        }
        let errorEntries = mapping.strings("errors", into: &diagnostics)
        let errors = errorEntries.map(\.value)
        references.errorLines = errorEntries.map(\.line)
        let tags = mapping.strings("tags", into: &diagnostics).map(\.value)
        references.related = mapping.strings("related", into: &diagnostics).map { (id: $0.value, line: $0.line) }
        let sourceEntries = mapping.strings("sources", into: &diagnostics)
        if sourceEntries.isEmpty {
            diagnostics.append(Diagnostic(path: path, line: mapping["sources"]?.line ?? 1,
                                          message: "no sources: list the public pages this article's facts come from under 'sources'"))
        }
        for (source, line) in sourceEntries where !Self.isWebAddress(source) {
            diagnostics.append(Diagnostic(path: path, line: line, message: "source '\(source)' is not an http(s) address"))
        }

        if let (line, scalar) = ControlCharacters.first(in: body) {
            diagnostics.append(Diagnostic(path: path, line: line + bodyLineOffset, message: ControlCharacters.message(for: scalar)))
        }
        let (document, renderedBody) = CommonMarkDocument.parse(body, renderingWith: rendersBody ? language.fixHeadings : nil)
        references.links = document.links.map { (destination: $0.destination, line: $0.line + bodyLineOffset) }
        let steps = fixSteps(in: document)
        let fixHeadings = Set(language.fixHeadings.map(Self.headingKey))
        let fixHeadingLine = (document.headings.first { fixHeadings.contains(Self.headingKey($0.text)) }?.line ?? 1) + bodyLineOffset
        if let steps, steps.count < Self.minimumFixSteps {
            diagnostics.append(Diagnostic(path: path, line: fixHeadingLine, message:
                "only \(steps.count) fix step: give at least \(Self.minimumFixSteps) (what to check, then what to change)"))
        }
        if steps == nil {
            let headings = language.fixHeadings.map { "'## \($0)'" }.joined(separator: " or ")
            diagnostics.append(Diagnostic(path: path, line: fixHeadingLine,
                                          message: "no fix steps: add a numbered list under a \(headings) heading"))
        }

        let article = Article(
            id: id, language: language.code, section: folder, slug: slug, title: title, summary: summary,
            codes: codeEntries.map(\.value), errors: errors, tags: tags, related: references.related.map(\.id),
            sources: sourceEntries.map(\.value), updated: updated, steps: steps ?? [], body: body, bodyText: document.plainText, path: path,
            renderedBody: renderedBody)
        return Output(article: article, references: references, diagnostics: diagnostics)
    }

    /// The items of the first ordered list under a fix heading, or nil when there is none.
    func fixSteps(in document: CommonMarkDocument) -> [String]? {
        let wanted = Set(language.fixHeadings.map(Self.headingKey))
        for list in document.orderedLists {
            guard let index = list.headingIndex, wanted.contains(Self.headingKey(document.headings[index].text)) else { continue }
            let items = list.items.filter { !$0.isEmpty }
            if !items.isEmpty { return items }
        }
        return nil
    }

    static func headingKey(_ text: String) -> String {
        text.trimmedWhitespace.lowercased()
    }

    /// A source is a public page: an absolute http or https address with a host.
    static func isWebAddress(_ text: String) -> Bool {
        guard text.hasPrefix("https://") || text.hasPrefix("http://"),
              let host = text.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first else { return false }
        return host.contains(".") && !text.contains(where: \.isWhitespace)
    }

    private static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        return parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
            && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
    }
}
