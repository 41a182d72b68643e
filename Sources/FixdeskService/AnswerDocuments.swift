import Foundation
import FixdeskContent
import FixdeskIndex
import FixdeskMatch

/// Builds the JSON documents the answers are sent as.
///
/// The command line supplies these, so `serve` and `mcp` answer exactly what `match --json`,
/// `search --json` print, and a change to those documents reaches every front end. An article needs no
/// supplier: its document (`ArticleDocument`) and encoder (`JSONDocument`) are shared by every front end.
/// `settings` are the content's, for the public addresses and the language's words.
public protocol AnswerDocuments: Sendable {
    func match(_ report: MatchReport, settings: ContentLoader.Settings) throws -> Data
    func search(_ results: [SearchResult], settings: ContentLoader.Settings) throws -> Data
}
