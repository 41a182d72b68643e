import Foundation
import FixdeskAnalysis
internal import CCmark

/// Renders an article body as safe HTML for the site: headings get anchors, the fix list becomes
/// `<ol class="steps">` with one `id="step-N"` per item, and links are rewritten by the caller.
///
/// Raw HTML in the Markdown is omitted (cmark's default safe mode).
public enum ArticleBodyRenderer {
    /// - Parameters:
    ///   - fixHeadings: heading texts under which the first ordered list is the fix.
    ///   - rewriteLink: the new destination of a link, or nil to keep it.
    public static func render(markdown: String, fixHeadings: [String],
                              rewriteLink: (String) -> String?) -> String {
        guard let root = markdown.withCString({ cmark_parse_document($0, strlen($0), CMARK_OPT_DEFAULT) }) else { return "" }
        defer { cmark_node_free(root) }
        return render(root, fixHeadings: fixHeadings).html(rewritingLinks: rewriteLink)
    }

    /// Renders the parsed body at `root` (the caller's, whose link destinations become the slots of the result).
    static func render(_ root: OpaquePointer, fixHeadings: [String]) -> RenderedBody {
        RenderedBody.render(root) { html(of: $0, fixHeadings: fixHeadings) }
    }

    private static func html(of root: OpaquePointer, fixHeadings: [String]) -> String {
        let wanted = Set(fixHeadings.map(ArticleParser.headingKey))
        var html = ""
        var usedAnchors: Set<String> = []
        var underFixHeading = false
        var stepsRendered = false
        var child = cmark_node_first_child(root)
        while let node = child {
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HEADING {
                let text = CommonMarkDocument.inlineText(of: node)
                underFixHeading = wanted.contains(ArticleParser.headingKey(text))
                let anchor = uniqueAnchor(for: text, used: &usedAnchors)
                let level = cmark_node_get_heading_level(node)
                html += replacingOpeningTag(of: renderHTML(node), tag: "h\(level)", with: "<h\(level) id=\"\(anchor)\">")
            } else if type == CMARK_NODE_LIST, cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                      underFixHeading, !stepsRendered {
                stepsRendered = true
                html += "<ol class=\"steps\">\n"
                var item = cmark_node_first_child(node)
                var number = 1
                while let current = item {
                    html += replacingOpeningTag(of: renderHTML(current), tag: "li", with: "<li id=\"step-\(number)\">")
                    number += 1
                    item = cmark_node_next(current)
                }
                html += "</ol>\n"
            } else {
                html += renderHTML(node)
            }
            child = cmark_node_next(node)
        }
        return html
    }

    /// A lowercase ASCII anchor from heading text: `Nasıl düzeltilir` → `nasil-duzeltilir`.
    public static func anchor(for text: String) -> String {
        let folded = TextFolding.fold(TextFolding.lowercase(text, language: "tr"))
        var result = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            let value = scalar.value
            if (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) {
                if pendingDash && !result.isEmpty { result.append("-") }
                pendingDash = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return result.isEmpty ? "section" : result
    }

    private static func uniqueAnchor(for text: String, used: inout Set<String>) -> String {
        let base = anchor(for: text)
        var candidate = base
        var counter = 2
        while used.contains(candidate) || candidate.hasPrefix("step-") {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }

    private static func renderHTML(_ node: OpaquePointer) -> String {
        guard let rendered = cmark_render_html(node, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    private static func replacingOpeningTag(of html: String, tag: String, with opening: String) -> String {
        let plain = "<\(tag)>"
        guard html.hasPrefix(plain) else { return html }
        return opening + html.dropFirst(plain.count)
    }
}
