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
}

/// One article's index terms with their bm25-weighted counts, and its length in tokens.
struct WeightedTerms {
    /// Weights of title, errors, codes, summary and body, in `IndexSchema`'s column order.
    static let fieldWeights: [Int64] = IndexSchema.fieldWeights.map { Int64($0) }

    var weights: [String: Int64] = [:]
    var tokenCount: Int32 = 0

    /// `fields` are the five columns' terms, in `IndexSchema`'s order.
    init(fields: [[String]]) {
        Self.forEachToken(in: fields) { token, weight in
            weights[token, default: 0] += weight
            tokenCount += 1
        }
    }

    /// Calls `body` with each token of the fields and its field's weight. A term that FTS5 would split
    /// (a code range such as `200-299`) gives its tokens.
    @inline(__always)
    static func forEachToken(in fields: [[String]], _ body: (String, Int64) -> Void) {
        for (field, terms) in fields.enumerated() {
            let weight = fieldWeights[field]
            for term in terms {
                if isOneToken(term) {
                    body(term, weight)
                } else {
                    for token in IndexTokens.tokens(in: term) { body(String(token), weight) }
                }
            }
        }
    }

    /// True for ASCII letters and digits only, the usual case; anything else goes through `IndexTokens`.
    static func isOneToken(_ term: String) -> Bool {
        !term.isEmpty && term.utf8.allSatisfy(ASCII.isLetterOrDigit)
    }
}
