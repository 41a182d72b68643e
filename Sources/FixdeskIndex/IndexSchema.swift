/// All of the index's DDL. An index whose `user_version` differs is rebuilt from scratch.
///
/// `article_terms` holds each article's analysed terms (stemmed, folded) per weighted field;
/// `vocabulary` copies its distinct terms for typo tolerance; `postings` and `document_lengths` hold
/// the same terms as posting lists for ranking (see `BM25Ranker`). https://sqlite.org/fts5.html
enum IndexSchema {
    static let version = 5

    /// bm25 weights of title, errors, codes, summary, body: whole numbers, so that weighted counts are exact.
    static let fieldWeights = [10, 6, 8, 3, 1]
    static let bm25Weights = fieldWeights.map { "\($0).0" }.joined(separator: ", ")

    /// FTS5 buffers new terms in a hash of this many bytes before it writes them out (1 MiB by default):
    /// a larger one writes fewer, larger segments, which cut FTS5's share of a build by about a fifth.
    static let ftsHashSize = 16 << 20

    static let create = """
    PRAGMA user_version = \(version);
    CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE files(path TEXT PRIMARY KEY, size INTEGER NOT NULL, modified INTEGER NOT NULL, hash TEXT NOT NULL);
    CREATE TABLE articles(
        rowid INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        id TEXT NOT NULL,
        lang TEXT NOT NULL,
        section TEXT NOT NULL,
        slug TEXT NOT NULL,
        title TEXT NOT NULL,
        summary TEXT NOT NULL,
        codes TEXT NOT NULL,
        errors TEXT NOT NULL,
        steps TEXT NOT NULL,
        tags TEXT NOT NULL,
        body_text TEXT NOT NULL,
        updated TEXT NOT NULL,
        match_data TEXT NOT NULL
    );
    CREATE INDEX articles_by_id ON articles(id, lang);
    CREATE TABLE codes(code TEXT NOT NULL, article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE);
    CREATE INDEX codes_by_code ON codes(code);
    CREATE VIRTUAL TABLE article_terms USING fts5(title, errors, codes, summary, body, tokenize = 'unicode61 remove_diacritics 2');
    INSERT INTO article_terms(article_terms, rank) VALUES ('hashsize', \(ftsHashSize));
    CREATE TABLE vocabulary(term TEXT PRIMARY KEY, length INTEGER NOT NULL, documents INTEGER NOT NULL) WITHOUT ROWID;
    CREATE INDEX vocabulary_by_length ON vocabulary(length);
    CREATE TABLE postings(term TEXT PRIMARY KEY, list BLOB NOT NULL) WITHOUT ROWID;
    CREATE TABLE document_lengths(id INTEGER PRIMARY KEY CHECK (id = 1), counts BLOB NOT NULL);
    """
}
