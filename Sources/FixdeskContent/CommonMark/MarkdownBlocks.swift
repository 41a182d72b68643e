import Foundation
internal import CCmark

/// An article body as blocks and styled runs of text, for front ends that lay it out themselves
/// (the terminal's `show`). Parsed by libcmark, so it reads what the site renders.
public enum MarkdownBlock: Sendable, Equatable {
    case heading(level: Int, [MarkdownInline])
    case paragraph([MarkdownInline])
    /// Items are blocks of their own; `start` is nil for a bullet list.
    case list(start: Int?, items: [[MarkdownBlock]])
    case code(String)
    case quote([MarkdownBlock])
    case rule

    /// Parses `markdown`; cmark accepts any input, so this cannot fail.
    public static func parse(_ markdown: String) -> [MarkdownBlock] {
        guard let root = markdown.withCString({ cmark_parse_document($0, strlen($0), CMARK_OPT_DEFAULT) }) else { return [] }
        defer { cmark_node_free(root) }
        return children(of: root)
    }

    private static func children(of node: OpaquePointer) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            if let block = block(current) { blocks.append(block) }
            child = cmark_node_next(current)
        }
        return blocks
    }

    private static func block(_ node: OpaquePointer) -> MarkdownBlock? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)), MarkdownInline.runs(in: node))
        case CMARK_NODE_PARAGRAPH: return .paragraph(MarkdownInline.runs(in: node))
        case CMARK_NODE_LIST:
            var items: [[MarkdownBlock]] = []
            var item = cmark_node_first_child(node)
            while let current = item {
                items.append(children(of: current))
                item = cmark_node_next(current)
            }
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            return .list(start: ordered ? Int(cmark_node_get_list_start(node)) : nil, items: items)
        case CMARK_NODE_CODE_BLOCK:
            return .code(cmark_node_get_literal(node).map { String(cString: $0) } ?? "")
        case CMARK_NODE_BLOCK_QUOTE: return .quote(children(of: node))
        case CMARK_NODE_THEMATIC_BREAK: return .rule
        case CMARK_NODE_HTML_BLOCK:
            return .paragraph([.text(cmark_node_get_literal(node).map { String(cString: $0) } ?? "")])
        default: return nil
        }
    }
}

/// A run of text inside a block.
public enum MarkdownInline: Sendable, Equatable {
    case text(String)
    case code(String)
    case emphasis(String)
    case strong(String)
    case link(text: String, destination: String)

    /// The runs of a paragraph or heading; nested emphasis is flattened to its outermost style.
    static func runs(in node: OpaquePointer) -> [MarkdownInline] {
        var runs: [MarkdownInline] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_HTML_INLINE: runs.append(.text(literal(current)))
            case CMARK_NODE_CODE: runs.append(.code(literal(current)))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: runs.append(.text(" "))
            case CMARK_NODE_EMPH: runs.append(.emphasis(CommonMarkDocument.inlineText(of: current)))
            case CMARK_NODE_STRONG: runs.append(.strong(CommonMarkDocument.inlineText(of: current)))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let destination = cmark_node_get_url(current).map { String(cString: $0) } ?? ""
                runs.append(.link(text: CommonMarkDocument.inlineText(of: current), destination: destination))
            default: runs.append(.text(CommonMarkDocument.inlineText(of: current)))
            }
            child = cmark_node_next(current)
        }
        return runs
    }

    private static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }
}
