import FixdeskAnalysis
import FixdeskContent
import FixdeskIndex

/// All the matcher reads from an index: the catalog's codes and who claims them, FTS5's candidates for
/// the paste's words, the candidates' analysed terms, the words' document frequencies and typo
/// corrections, and the articles to show. Everything else about a paste the matcher works out itself.
protocol MatchSource: AnyObject {
    var settings: ContentLoader.Settings { get }
    var analyzers: AnalyzerSet { get }
    var articleCount: Int { get }
    /// Every code the catalog knows, lowercased.
    func allCodes() throws -> Set<String>
    func articleIDs(claiming code: String) throws -> [String]
    /// Ids of the articles FTS5 ranks best for `query`, each once.
    func rankedArticleIDs(_ query: FTSQuery, matchAll: Bool, limit: Int) throws -> [String]
    func articleTerms(of ids: [String]) throws -> [String: [ArticleTerms]]
    func documentFrequencies(of terms: some Sequence<String>) throws -> [String: Int]
    func typoCorrections(of word: String, excluding known: Set<String>) throws -> [String]
    func article(id: String, preferring language: String) throws -> IndexedArticle?
    /// Runs `body`, whose reads make one read transaction rather than one each.
    func reading<T>(_ body: () throws -> T) throws -> T
}

extension KnowledgeIndex: MatchSource {}
