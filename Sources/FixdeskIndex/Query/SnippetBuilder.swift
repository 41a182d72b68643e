import Foundation
import FixdeskAnalysis

/// Picks the passage of an article that best matches a query and marks the matching words `**like this**`.
public struct SnippetBuilder {
    public var maxWords = 28

    public init() {}

    /// The best passage of `texts` (title, summary, error texts, body) for the query words; words whose
    /// folded form or term matches are marked. `prepared` holds the words of `texts`' sentences as the
    /// index analysed them, so only the passage shown is tokenised again, for where its words stand.
    public func snippet(from texts: [String], words: [QueryWord], prepared: SnippetWords, language: String) -> String {
        let content = words.filter { !$0.isStopWord }
        let query = SnippetWords.Query(terms: Set(content.flatMap(\.terms)),
                                       prefixes: content.filter { !$0.isNumber && $0.surface.count >= 3 }.map(\.surface))
        // A passage with every query word cannot be beaten by much: stop there rather than read the
        // whole body (texts come title and summary first).
        let enough = max(1, Set(content.map(\.surface)).count)
        var best: SnippetWords.Sentence?
        prepared.forEachSentence(comparedWith: query) { sentence in
            if best == nil || sentence.score > best!.score { best = sentence }
            return sentence.score < enough
        }
        guard let best, best.text < texts.count else { return "" }
        let sentences = Self.sentences(in: texts[best.text])
        guard best.position < sentences.count else { return "" }
        let sentence = sentences[best.position]
        let tokens = Tokenizer.tokens(in: sentence, language: language)
        // The index analysed these very sentences: a mismatch would mean another tokeniser wrote it.
        guard tokens.count == best.marked.count else { return sentence }
        return highlight(sentence, tokens: tokens, marked: best.marked.indices.filter { best.marked[$0] })
    }

    private func highlight(_ sentence: String, tokens: [Token], marked: [Int]) -> String {
        var startToken = 0
        var endToken = tokens.count
        if tokens.count > maxWords {
            let first = marked.first ?? 0
            startToken = max(0, min(first - 4, tokens.count - maxWords))
            endToken = min(tokens.count, startToken + maxWords)
        }
        guard startToken < endToken else { return sentence }
        let lower = startToken == 0 ? sentence.startIndex : tokens[startToken].range.lowerBound
        let upper = endToken == tokens.count ? sentence.endIndex : tokens[endToken - 1].range.upperBound
        var result = startToken > 0 ? "…" : ""
        var cursor = lower
        for index in marked where index >= startToken && index < endToken {
            let range = tokens[index].range
            result += sentence[cursor..<range.lowerBound] + "**" + sentence[range] + "**"
            cursor = range.upperBound
        }
        result += sentence[cursor..<upper]
        if endToken < tokens.count { result += "…" }
        return result.trimmedWhitespace
    }

    /// Sentences and lines of `text`, trimmed, without empty ones.
    public static func sentences(in text: String) -> [String] {
        var result: [String] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        func close(_ end: String.UnicodeScalarView.Index) {
            let sentence = Substring(text.unicodeScalars[start..<end]).trimmedWhitespace
            if !sentence.isEmpty { result.append(sentence) }
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == "\n" {
                close(index)
                start = next
            } else if scalar == "." || scalar == "!" || scalar == "?" {
                close(next)
                start = next
            }
            index = next
        }
        close(scalars.endIndex)
        return result
    }
}
