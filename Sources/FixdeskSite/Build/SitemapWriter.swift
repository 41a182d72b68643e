/// `sitemap.xml` with `hreflang` alternates (https://www.sitemaps.org/protocol.html).
enum SitemapWriter {
    struct Alternate: Equatable {
        var language: String
        var url: String
    }

    struct Entry {
        var url: String
        /// `YYYY-MM-DD`, when known.
        var updated: String?
        var alternates: [Alternate]
    }

    static func xml(_ entries: [Entry]) -> String {
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

        """
        for entry in entries {
            xml += "<url><loc>\(escape(entry.url))</loc>"
            if let updated = entry.updated { xml += "<lastmod>\(escape(updated))</lastmod>" }
            for alternate in entry.alternates {
                xml += "<xhtml:link rel=\"alternate\" hreflang=\"\(escape(alternate.language))\" href=\"\(escape(alternate.url))\"/>"
            }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.append(character)
            }
        }
        return result
    }
}
