import Foundation
import MCP
import FixdeskService

/// `fixdesk mcp`: the knowledge service as three MCP tools over standard input and output.
///
/// Each tool answers with the JSON document of the matching command (`match --json`,
/// `search --json`, `show --json`), as text and as structured content.
public struct ToolServer: Sendable {
    public let service: KnowledgeService
    public let version: String

    public init(service: KnowledgeService, version: String = "1.0.0") {
        self.service = service
        self.version = version
    }

    /// Serves until the client closes standard input.
    public func runOverStandardIO() async throws {
        let server = Server(
            name: "fixdesk", version: version,
            instructions: """
            Troubleshooting articles for WhatsApp Business messaging errors (Meta Cloud API, On-Premises API, \
            BSPs and CRMs). Give match_error the error exactly as the user pasted it; answer with the steps it returns.
            """,
            capabilities: .init(tools: .init(listChanged: false)))
        await register(on: server)
        try await server.start(transport: StdioTransport())
        await server.waitUntilCompleted()
    }

    func register(on server: Server) async {
        let languages = service.current.languages
        await server.withMethodHandler(ListTools.self) { _ in
            .init(tools: ToolCatalog.tools(languages: languages))
        }
        let service = service
        await server.withMethodHandler(CallTool.self) { params in
            Self.call(params.name, arguments: params.arguments ?? [:], service: service)
        }
    }

    /// Runs one tool; a bad argument or an unknown article is a tool error the assistant can read.
    static func call(_ name: String, arguments: [String: Value], service: KnowledgeService) -> CallTool.Result {
        do {
            let language = arguments["lang"]?.stringValue
            let data: Data
            switch name {
            case ToolCatalog.matchError:
                data = try service.match(text: try required("text", in: arguments), language: language)
            case ToolCatalog.searchArticles:
                let limit = arguments["limit"].flatMap { $0.intValue ?? $0.doubleValue.map { Int($0) } } ?? 10
                data = try service.search(query: try required("query", in: arguments), language: language, limit: limit)
            case ToolCatalog.getArticle:
                data = try service.article(id: try required("id", in: arguments), language: language)
            default:
                return .init(content: [.text(text: "There is no tool named '\(name)'.", annotations: nil, _meta: nil)], isError: true)
            }
            let text = String(decoding: data, as: UTF8.self)
            let structured = try? JSONDecoder().decode(Value.self, from: data)
            return .init(content: [.text(text: text, annotations: nil, _meta: nil)], structuredContent: structured, isError: false)
        } catch {
            let message = (error as? ServiceError)?.message ?? "\(error)"
            return .init(content: [.text(text: message, annotations: nil, _meta: nil)], isError: true)
        }
    }

    static func required(_ key: String, in arguments: [String: Value]) throws(ServiceError) -> String {
        guard let value = arguments[key]?.stringValue, !value.isEmpty else {
            throw ServiceError(.badRequest, "The argument '\(key)' is missing; it must be a non-empty string.")
        }
        return value
    }
}
