import FixdeskAnalysis
import Foundation
internal import CCmark

/// What fixdesk reads from an article's Markdown body, through libcmark in one pass.
///
/// Lines are 1-based and relative to the body. See https://spec.commonmark.org/ and cmark(3).
struct CommonMarkDocument {
    struct Heading: Equatable {
        var text: String
        var line: Int
    }

    struct Link: Equatable {
        var destination: String
        var line: Int
    }

    struct OrderedList: Equatable {
        /// The heading the list stands under, if any.
        var headingIndex: Int?
        var items: [String]
    }

    var headings: [Heading] = []
    var links: [Link] = []
    /// Top-level ordered lists, each with the heading above it.
    var orderedLists: [OrderedList] = []
    var plainText: String = ""

    /// Parses `markdown`. cmark accepts any input, so this cannot fail.
    init(parsing markdown: String) {
        self = Self.parse(markdown, renderingWith: nil).document
    }

    /// Parses `markdown` once: what fixdesk reads of it and, given the fix headings, the body rendered
    /// for the site (`ArticleBodyRenderer`) from the same tree.
    static func parse(_ markdown: String, renderingWith fixHeadings: [String]?) -> (document: CommonMarkDocument, rendered: RenderedBody?) {
        guard let root = markdown.withCString({ cmark_parse_document($0, strlen($0), CMARK_OPT_SOURCEPOS) }) else {
            return (CommonMarkDocument(), nil)
        }
        defer { cmark_node_free(root) }
        let document = CommonMarkDocument(root: root)
        // Rendering replaces the tree's link destinations with slots, so it comes after the document is read.
        return (document, fixHeadings.map { ArticleBodyRenderer.render(root, fixHeadings: $0) })
    }

    /// An empty document.
    private init() {}

    /// Reads the parsed document at `root`.
    private init(root: OpaquePointer) {
        var textParts: [String] = []
        var child = cmark_node_first_child(root)
        while let node = child {
            let type = cmark_node_get_type(node)
            let line = Int(cmark_node_get_start_line(node))
            if type == CMARK_NODE_HEADING {
                headings.append(Heading(text: Self.inlineText(of: node), line: line))
            } else if type == CMARK_NODE_LIST, cmark_node_get_list_type(node) == CMARK_ORDERED_LIST {
                var items: [String] = []
                var item = cmark_node_first_child(node)
                while let current = item {
                    items.append(Self.blockText(of: current))
                    item = cmark_node_next(current)
                }
                orderedLists.append(OrderedList(headingIndex: headings.isEmpty ? nil : headings.count - 1, items: items))
            }
            textParts.append(Self.blockText(of: node))
            child = cmark_node_next(node)
        }
        plainText = textParts.filter { !$0.isEmpty }.joined(separator: "\n")
        links = Self.collectLinks(in: root)
    }

    /// The text of inline content, with code spans kept and line breaks as spaces.
    static func inlineText(of node: OpaquePointer) -> String {
        // Gathered as bytes and decoded once: a string per text node costs more than the text.
        var bytes: [UInt8] = []
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(current) {
                    literal.withMemoryRebound(to: UInt8.self, capacity: 1) {
                        bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: strlen(literal)))
                    }
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                bytes.append(0x20)
            default:
                break
            }
        }
        return String(decoding: bytes, as: UTF8.self).trimmedWhitespace
    }

    /// The text of a block, its paragraphs and items separated by spaces.
    private static func blockText(of node: OpaquePointer) -> String {
        var parts: [String] = []
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING {
                parts.append(inlineText(of: current))
            } else if type == CMARK_NODE_CODE_BLOCK, let literal = cmark_node_get_literal(current) {
                parts.append(String(cString: literal).trimmedWhitespace)
            }
        }
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
    }

    private static func collectLinks(in root: OpaquePointer) -> [Link] {
        var links: [Link] = []
        guard let iterator = cmark_iter_new(root) else { return links }
        defer { cmark_iter_free(iterator) }
        var lastBlockLine = 1
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            let line = Int(cmark_node_get_start_line(current))
            if line > 0 { lastBlockLine = line }
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let url = cmark_node_get_url(current) {
                links.append(Link(destination: String(cString: url), line: lastBlockLine))
            }
        }
        return links
    }
}
