internal import CCmark
import Foundation

/// An article body rendered to HTML when the article is parsed, from the same cmark tree the steps and
/// plain text are read from, with a slot where each link's destination goes: the site fills the slots
/// once it knows where every article lives, so the body is parsed once.
public struct RenderedBody: Sendable, Equatable {
    /// The HTML around the links' destinations: one more piece than there are links.
    let pieces: [String]
    /// Each link's destination as written, in document order.
    public let links: [String]

    /// The body's HTML, each link pointing where `rewriteLink` says (nil keeps the destination as written),
    /// escaped and checked as cmark does for the links it renders.
    public func html(rewritingLinks rewriteLink: (String) -> String?) -> String {
        var html = pieces[0]
        for (link, piece) in zip(links, pieces.dropFirst()) {
            html += Self.escapedDestination(rewriteLink(link) ?? link)
            html += piece
        }
        return html
    }

    /// Renders the tree at `root` with `render`, which is given the tree with every link's destination replaced
    /// by a slot marker; the tree's destinations are left as markers.
    static func render(_ root: OpaquePointer, _ render: (OpaquePointer) -> String) -> RenderedBody {
        var links: [String] = []
        if let iterator = cmark_iter_new(root) {
            defer { cmark_iter_free(iterator) }
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                      cmark_node_get_type(node) == CMARK_NODE_LINK, let url = cmark_node_get_url(node) else { continue }
                // Read before it is replaced: setting a destination frees the old one.
                let destination = String(cString: url)
                _ = cmark_node_set_url(node, marker(links.count))
                links.append(destination)
            }
        }
        var rest = Substring(render(root))
        var pieces: [String] = []
        var kept: [String] = []
        let opening = "href=\""
        for (number, link) in links.enumerated() {
            // A link inside an image's description is rendered as text only: it has no slot.
            let slot = marker(number)
            guard let range = rest.range(of: opening + slot + "\"") else { continue }
            // A piece ends with `href="`; the next starts with the closing quote.
            let slotStart = rest.index(range.lowerBound, offsetBy: opening.count)
            pieces.append(String(rest[..<slotStart]))
            rest = rest[rest.index(slotStart, offsetBy: slot.count)...]
            kept.append(link)
        }
        pieces.append(String(rest))
        return RenderedBody(pieces: pieces, links: kept)
    }

    /// What stands in a link's destination while the body is rendered: letters, digits, `-` and `:`, which
    /// cmark writes out as they are and does not take for a dangerous scheme.
    private static func marker(_ number: Int) -> String { "fixdesk-link-slot:\(number)" }

    /// `destination` as cmark writes it in an `href`: escaped, or empty for a scheme it does not allow
    /// (`javascript:`…), found by rendering a lone link node.
    static func escapedDestination(_ destination: String) -> String {
        guard let node = cmark_node_new(CMARK_NODE_LINK) else { return "" }
        defer { cmark_node_free(node) }
        _ = cmark_node_set_url(node, destination)
        guard let rendered = cmark_render_html(node, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(rendered) }
        let html = String(cString: rendered)
        let opening = "<a href=\""
        guard html.hasPrefix(opening), let end = html.dropFirst(opening.count).firstIndex(of: "\"") else { return "" }
        return String(html[html.index(html.startIndex, offsetBy: opening.count)..<end])
    }
}
