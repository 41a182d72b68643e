/// All of the index's DDL. An index whose `user_version` differs is rebuilt from scratch.
///
/// - `articles`: one row per article file, everything commands show; lists are JSON arrays.
///   `snippet_words` holds the words of its sentences as search's snippets compare them (`SnippetWords`).
///   `literal_terms` holds the analysed terms of its title and of each literal error text (`LiteralTerms`),
///   so that a reader comparing pastes with them need not tokenise, fold and stem them in every process.
/// - `codes`: the codes each article claims, lowercased (`131047`, `twilio:63016`, `200-299`).
/// - `article_terms`: the FTS5 table that answers search and match. Its columns hold each article's
///   analysed terms (folded words and their stems, separated by spaces), so that a `MATCH` on a
///   folded word (`sablon`) finds what was written `şablonunuzu`. Its `rank` is bm25 with the column
///   weights below, so `ORDER BY rank` ranks as fixdesk does.
/// - `article_vocab`: FTS5's own vocabulary of `article_terms` (`fts5vocab`, type `row`): each term
///   with the number of articles holding it. It counts them by reading the term's whole list of rows
///   (most of a millisecond for a common word at 40,000 articles), so queries read `term_docs` instead.
/// - `term_docs`: the same counts, stored: each FTS5 term and the number of articles holding it (in any
///   column), written from `article_vocab` when the index is built and kept equal to it by a refresh
///   (`TermDocumentCounts`); read by primary key for idf, typo tolerance and query planning.
/// - `files`, `meta`: what the freshness check and the settings cache read.
/// - `settings_lexicons`: the stored settings' lexicons, one row each (see `StoredSettings`).
///
/// https://sqlite.org/fts5.html
enum IndexSchema {
    static let version = 11

    /// bm25 weights of title, errors, codes, summary, body.
    static let fieldWeights = [10, 6, 8, 3, 1]
    static let bm25Weights = fieldWeights.map { "\($0).0" }.joined(separator: ", ")

    /// FTS5 buffers new terms in a hash of this many bytes before it writes them out (1 MiB by default):
    /// a larger one writes fewer, larger segments, which cut FTS5's share of a build by about a fifth.
    static let ftsHashSize = 16 << 20

    static let create = """
    PRAGMA user_version = \(version);
    CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE settings_lexicons(position INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, word_table TEXT NOT NULL);
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
        related TEXT NOT NULL,
        body_text TEXT NOT NULL,
        updated TEXT NOT NULL,
        snippet_words TEXT NOT NULL,
        literal_terms TEXT NOT NULL
    );
    CREATE INDEX articles_by_id ON articles(id, lang);
    CREATE TABLE codes(code TEXT NOT NULL, article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE);
    CREATE INDEX codes_by_code ON codes(code);
    CREATE VIRTUAL TABLE article_terms USING fts5(title, errors, codes, summary, body, tokenize = 'unicode61 remove_diacritics 2');
    INSERT INTO article_terms(article_terms, rank) VALUES ('hashsize', \(ftsHashSize));
    INSERT INTO article_terms(article_terms, rank) VALUES ('rank', 'bm25(\(bm25Weights))');
    CREATE VIRTUAL TABLE article_vocab USING fts5vocab(article_terms, row);
    CREATE TABLE term_docs(term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
    """
}
