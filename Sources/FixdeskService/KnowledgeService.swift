import Foundation
import FixdeskContent
import FixdeskIndex
import FixdeskMatch

/// Answers matches, searches and articles from the current generation of the content, and swaps
/// in a new generation when the content changes. Shared by `serve` and `mcp`; safe from any thread.
public final class KnowledgeService: @unchecked Sendable {
    public struct Options: Sendable {
        /// Handles per generation: the number of requests worked on at the same moment.
        public var concurrency = max(2, ProcessInfo.processInfo.activeProcessorCount)
        /// Answers kept per generation for pastes asked again (up to twice this many); 0 keeps none.
        public var answerCacheCapacity = 2048
        /// Keep the generated site in memory (for `serve`).
        public var buildsSite = false
        /// The language used when a request names none (resolved from the command line and locale).
        public var preferredLanguage: String?
        /// Called with each paste that matched nothing and the language asked for (for `--log-unmatched`).
        public var onUnmatched: (@Sendable (_ text: String, _ language: String) -> Void)?

        public init() {}
    }

    /// At most this many results for a search, whatever the request asks for.
    public static let maximumSearchLimit = 100

    public let loader: ContentLoader
    let documents: any AnswerDocuments
    let options: Options
    private let folder: URL
    private let lock = NSLock()
    private var generation: KnowledgeGeneration
    /// The listing of the last content that failed to build: not tried again until the files change.
    private var failedFiles: [ContentFile]?

    /// Builds the first generation; throws when the content cannot be indexed at all.
    public init(loader: ContentLoader, documents: any AnswerDocuments, options: Options = Options()) throws {
        self.loader = loader
        self.documents = documents
        self.options = options
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("fixdesk-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        do {
            generation = try KnowledgeGeneration(number: 1, loader: loader, folder: folder,
                                                 poolSize: options.concurrency,
                                               cacheCapacity: options.answerCacheCapacity, buildsSite: options.buildsSite)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
    }

    deinit { removeFiles() }

    /// Removes the private index files; for the end of the process, where deinitialisers do not run.
    public func removeFiles() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The generation requests are answered from now.
    public var current: KnowledgeGeneration { lock.withLock { generation } }

    // MARK: Answers

    /// `match --json` for `text`; nothing in the text is a bad request.
    public func match(text: String, language: String?) throws -> Data {
        guard !text.isBlank else { throw ServiceError(.badRequest, "The request has no error text to match.") }
        let generation = current
        let code = try generation.language(requested: language, preferred: options.preferredLanguage)
        let key = AnswerCache.Key(text: text, language: code)
        let answer: AnswerCache.Answer
        if let cached = generation.answers.answer(for: key) {
            answer = cached
        } else {
            let report = try generation.pool.withHandle { try $0.matcher.match(PasteInput(text: text), language: code) }
            answer = AnswerCache.Answer(document: try documents.match(report, settings: generation.settings), matchedNothing: report.matches.isEmpty)
            generation.answers.store(answer, for: key)
        }
        if answer.matchedNothing { options.onUnmatched?(text, code) }
        return answer.document
    }

    /// `search --json` for `query`.
    public func search(query: String, language: String?, limit: Int = 10) throws -> Data {
        guard !query.isBlank else { throw ServiceError(.badRequest, "The search has no words; give them as q.") }
        guard query.utf8.count <= KnowledgeIndex.maximumQueryLength else {
            throw ServiceError(.tooLarge, "The query is longer than 1 MiB; search for a few words instead.")
        }
        guard limit > 0 else { throw ServiceError(.badRequest, "The limit must be a positive number.") }
        let generation = current
        let code = try generation.language(requested: language, preferred: options.preferredLanguage)
        let results = try generation.pool.withHandle {
            try $0.index.search(query, language: code, limit: min(limit, Self.maximumSearchLimit))
        }
        return try documents.search(results, settings: generation.settings)
    }

    /// `show --json` for the article `id` (or an error code an article claims).
    public func article(id: String, language: String?) throws -> Data {
        let generation = current
        let code = try generation.language(requested: language, preferred: options.preferredLanguage)
        let document = try generation.pool.withHandle { handle in
            try ArticleLookup.article(named: id, language: code, in: handle.index).map { try ArticleDocument($0, in: handle.index) }
        }
        guard let document else { throw ServiceError(.notFound, "No article has the id '\(id)'.") }
        return try JSONDocument.encode(document)
    }

    // MARK: Content changes

    public enum ReloadOutcome: Equatable, Sendable {
        case unchanged
        case reloaded(generation: Int)
        /// The new content could not be built; the previous generation goes on answering.
        case failed(String)
    }

    /// Rebuilds and swaps in a new generation when the content files changed since the current one.
    @discardableResult
    public func reloadIfChanged() -> ReloadOutcome {
        let old = current
        guard let files = try? loader.listFiles(), files != old.files,
              files != lock.withLock({ failedFiles }) else { return .unchanged }
        do {
            let next = try KnowledgeGeneration(number: old.number + 1, loader: loader, folder: folder,
                                               poolSize: options.concurrency,
                                               cacheCapacity: options.answerCacheCapacity, buildsSite: options.buildsSite)
            lock.withLock {
                generation = next
                failedFiles = nil
            }
            return .reloaded(generation: next.number)
        } catch {
            lock.withLock { failedFiles = files }
            return .failed((error as? FixdeskError)?.message ?? "\(error)")
        }
    }

    /// Checks the content every `interval` until the task is cancelled; reports each outcome but `unchanged`.
    public func watch(every interval: Duration = .milliseconds(300),
                      report: @Sendable (ReloadOutcome) -> Void) async {
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            let outcome = reloadIfChanged()
            if outcome != .unchanged { report(outcome) }
        }
    }
}
