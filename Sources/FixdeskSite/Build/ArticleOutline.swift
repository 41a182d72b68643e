/// The table of contents of an article page: its second-level headings with their anchors, read
/// from the rendered body so the anchors are exactly the ones on the page.
enum ArticleOutline {
    struct Entry: Equatable {
        var title: String
        var anchor: String
    }

    static func sections(inHTML html: String) -> [Entry] {
        var entries: [Entry] = []
        var rest = html[...]
        while let open = rest.range(of: "<h2 id=\"") {
            let afterID = rest[open.upperBound...]
            guard let quote = afterID.firstIndex(of: "\""), let tagEnd = afterID[quote...].firstIndex(of: ">"),
                  let close = afterID[tagEnd...].range(of: "</h2>") else { break }
            let anchor = String(afterID[..<quote])
            let inner = afterID[afterID.index(after: tagEnd)..<close.lowerBound]
            entries.append(Entry(title: withoutTags(inner), anchor: anchor))
            rest = afterID[close.upperBound...]
        }
        return entries
    }

    /// The heading's text, still HTML-escaped, without inline tags such as `<code>`.
    private static func withoutTags(_ html: Substring) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        return text
    }
}
