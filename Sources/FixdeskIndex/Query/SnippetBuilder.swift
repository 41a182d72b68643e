import Foundation
import FixdeskAnalysis

/// Picks the passage of an article that best matches a query and marks the matching words `**like this**`.
public struct SnippetBuilder {
    public var maxWords = 28

    public init() {}

    /// The best passage of `texts` for the query words; words whose folded form or stem matches are marked.
    public func snippet(from texts: [String], words: [QueryWord], analyzer: TextAnalyzer?) -> String {
        let wanted = Set(words.filter { !$0.isStopWord }.flatMap(\.terms))
        let prefixes = words.filter { !$0.isStopWord && !$0.isNumber && $0.surface.count >= 3 }.map(\.surface)
        var best: (score: Int, sentence: String, tokens: [Token])?
        // A passage with every query word cannot be beaten by much: stop there rather than read the
        // whole body (texts come title and summary first).
        let enough = max(1, Set(words.filter { !$0.isStopWord }.map(\.surface)).count)
        search: for text in texts {
            for sentence in Self.sentences(in: text) {
                let language = analyzer?.profile.code ?? "en"
                let tokens = Tokenizer.tokens(in: sentence, language: language)
                var seen: Set<String> = []
                for token in tokens where matches(token, wanted: wanted, prefixes: prefixes, analyzer: analyzer) {
                    seen.insert(TextFolding.fold(token.text))
                }
                if best == nil || seen.count > best!.score { best = (seen.count, sentence, tokens) }
                if seen.count >= enough { break search }
            }
        }
        guard let best else { return "" }
        return highlight(best.sentence, tokens: best.tokens, wanted: wanted, prefixes: prefixes, analyzer: analyzer)
    }

    private func matches(_ token: Token, wanted: Set<String>, prefixes: [String], analyzer: TextAnalyzer?) -> Bool {
        let folded = TextFolding.fold(token.text)
        if wanted.contains(folded) { return true }
        if let analyzer, let term = analyzer.term(for: token), wanted.contains(term) { return true }
        return prefixes.contains { folded.hasPrefix($0) }
    }

    private func highlight(_ sentence: String, tokens: [Token], wanted: Set<String>, prefixes: [String], analyzer: TextAnalyzer?) -> String {
        let marked = tokens.enumerated().filter { matches($0.element, wanted: wanted, prefixes: prefixes, analyzer: analyzer) }.map(\.offset)
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
    static func sentences(in text: String) -> [String] {
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
