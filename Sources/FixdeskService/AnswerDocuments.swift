import Foundation
import FixdeskIndex
import FixdeskMatch

/// Builds the JSON documents the answers are sent as.
///
/// The command line supplies these, so `serve` and `mcp` answer exactly what `match --json`,
/// `search --json` and `show --json` print, and a change to those documents reaches every front end.
public protocol AnswerDocuments: Sendable {
    func match(_ report: MatchReport) throws -> Data
    func search(_ results: [SearchResult]) throws -> Data
    func article(_ article: IndexedArticle) throws -> Data
}
