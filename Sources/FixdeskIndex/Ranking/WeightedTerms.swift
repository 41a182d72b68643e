import FixdeskAnalysis

/// The tokens FTS5's `unicode61` tokenizer makes of already analysed index text: runs of letters and digits.
///
/// Posting lists and document lengths count exactly these, so that our bm25 equals FTS5's.
enum IndexTokens {
    static func tokens(in text: String) -> [Substring] {
        var result: [Substring] = []
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            var start: String.Index?
            var index = utf8.startIndex
            while index < utf8.endIndex {
                let byte = utf8[index]
                if ASCII.isLetterOrDigit(byte) {
                    if start == nil { start = index }
                } else if let first = start {
                    result.append(text[first..<index])
                    start = nil
                }
                index = utf8.index(after: index)
            }
            if let first = start { result.append(text[first...]) }
            return result
        }
        return text.split { !($0.isLetter || $0.isNumber) }
    }

    /// Calls `body` with the tokens of one analysed term: the term itself when it is ASCII letters and
    /// digits only (the usual case, returning true), else the tokens FTS5 splits it into (a code range
    /// such as `200-299` gives two).
    @inline(__always)
    @discardableResult
    static func forEachToken(of term: String, _ body: (String) -> Void) -> Bool {
        if !term.isEmpty && term.utf8.allSatisfy(ASCII.isLetterOrDigit) {
            body(term)
            return true
        }
        for token in tokens(in: term) { body(String(token)) }
        return false
    }
}

/// One article's index terms with their bm25-weighted counts, and its length in tokens.
struct WeightedTerms {
    /// Weights of title, errors, codes, summary and body, in `IndexSchema`'s column order.
    static let fieldWeights: [Int64] = IndexSchema.fieldWeights.map { Int64($0) }

    var weights: [String: Int64] = [:]
    var tokenCount: Int32 = 0

    /// `fields` are the five columns' terms, in `IndexSchema`'s order.
    init(fields: [[String]]) {
        for (field, terms) in fields.enumerated() {
            let weight = Self.fieldWeights[field]
            for term in terms {
                IndexTokens.forEachToken(of: term) { token in
                    weights[token, default: 0] += weight
                    tokenCount += 1
                }
            }
        }
    }
}
