/// Where phrases of several terms occur, for an index whose postings have no positions (the browser's).
///
/// A phrase occurs in a text when its terms are, in order, consecutive terms of the text's analysis (stop words
/// are dropped by the analysis on both sides, as in the command line's index).
struct PhrasePostings {
    /// The phrases looked for, each as its terms.
    let members: [[String]]

    /// For each phrase found, joined by a space: `[document, field mask, …]`, documents in order, bit `i` of the
    /// mask set when field `i` of the document has the phrase. `documents` are the texts of each field of each
    /// document; `analyse` turns a text into its terms.
    func postings(of documents: [[[String]]], analyse: (String) -> [String]) -> [String: [Int]] {
        let wanted = Set(members.map { $0.joined(separator: " ") })
        let lengths = Set(members.map(\.count)).sorted()
        guard !wanted.isEmpty else { return [:] }
        var result: [String: [Int]] = [:]
        for (document, fields) in documents.enumerated() {
            var masks: [String: Int] = [:]
            for (bit, texts) in fields.enumerated() {
                for text in texts {
                    let terms = analyse(text)
                    for start in terms.indices {
                        for length in lengths where start + length <= terms.count {
                            let phrase = terms[start..<(start + length)].joined(separator: " ")
                            if wanted.contains(phrase) { masks[phrase, default: 0] |= 1 << bit }
                        }
                    }
                }
            }
            for (phrase, mask) in masks { result[phrase, default: []] += [document, mask] }
        }
        return result
    }
}
