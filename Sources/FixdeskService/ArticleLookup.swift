import FixdeskIndex

/// Finds the article a user means by an id, or by an error code one article claims.
public enum ArticleLookup {
    public static func article(named name: String, language: String, in index: KnowledgeIndex) throws -> IndexedArticle? {
        var id = name
        if try index.translations(of: name).isEmpty, let claimed = try index.articleIDs(claiming: name).first {
            id = claimed
        }
        return try index.article(id: id, preferring: language)
    }
}
