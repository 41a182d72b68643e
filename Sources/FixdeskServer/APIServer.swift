import Foundation
import Hummingbird
import Logging
import NIOCore
import FixdeskService

/// `fixdesk serve`: the JSON API under `/api/v1/` and the site, both answered from a `KnowledgeService`.
public struct APIServer: Sendable {
    /// Bodies over this size are refused with 413.
    public static let maximumBodyBytes = 1 << 20

    public var service: KnowledgeService
    public var host: String
    public var port: Int

    public init(service: KnowledgeService, host: String = "127.0.0.1", port: Int = 8080) {
        self.service = service
        self.host = host
        self.port = port
    }

    /// The routes, with every error turned into a JSON body.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: JSONErrorMiddleware())
        let service = service
        let api = router.group("api/v1")
        api.post("match") { request, context -> Response in
            let body = try await request.body.collect(upTo: Self.maximumBodyBytes)
            let parsed = try MatchRequest.parse(body: Data(buffer: body), contentType: request.headers[.contentType],
                                                queryLanguage: request.uri.queryParameters.get("lang"))
            return JSONResponse.ok(try service.match(text: parsed.text, language: parsed.language))
        }
        api.get("search") { request, _ -> Response in
            let query = request.uri.queryParameters
            guard let words = query.get("q") else { throw ServiceError(.badRequest, "The search has no words; give them as q.") }
            var limit = 10
            if let text = query.get("limit") {
                guard let value = Int(text) else { throw ServiceError(.badRequest, "The limit must be a positive number.") }
                limit = value
            }
            return JSONResponse.ok(try service.search(query: words, language: query.get("lang"), limit: limit))
        }
        api.get("articles/:id") { request, context -> Response in
            let id = try context.parameters.require("id")
            return JSONResponse.ok(try service.article(id: id, language: request.uri.queryParameters.get("lang")))
        }
        api.get("health") { _, _ -> Response in
            let generation = service.current
            let body = HealthJSON(status: "ok", generation: generation.number, languages: generation.languages)
            return JSONResponse.ok(try JSONEncoder().encode(body))
        }
        api.get("openapi.json") { _, _ -> Response in
            JSONResponse.ok(OpenAPIDocument.data)
        }
        router.get(RouterPath(SiteResponder.generationPath)) { _, _ -> Response in
            JSONResponse.ok(try JSONEncoder().encode(["generation": service.current.number]))
        }
        router.get(RouterPath(SiteResponder.liveReloadScriptPath)) { _, _ -> Response in
            JSONResponse.make(.ok, Data(SiteResponder.liveReloadScript.utf8), contentType: "text/javascript; charset=utf-8")
        }
        let site: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
            let path = request.uri.path
            if !path.hasPrefix("/api/v1/"), let response = SiteResponder.response(for: path, generation: service.current) {
                return response
            }
            throw ServiceError(.notFound, "Nothing is at \(path).")
        }
        router.get("/", use: site)
        router.get("**", use: site)
        return router
    }

    /// Serves until SIGTERM or SIGINT, then finishes the requests in flight and returns.
    /// `onRunning` gets the address actually bound (the port chosen when `port` is 0).
    public func run(onRunning: @escaping @Sendable (String) -> Void) async throws {
        var logger = Logger(label: "fixdesk.serve")
        logger.logLevel = .warning
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname(host, port: port), serverName: "fixdesk"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? port
                onRunning("http://\(host.contains(":") ? "[\(host)]" : host):\(port)/")
            },
            logger: logger)
        try await app.runService()
    }
}

struct HealthJSON: Encodable {
    var status: String
    var generation: Int
    var languages: [String]
}

/// The OpenAPI description of the API, a hand-written resource.
enum OpenAPIDocument {
    static let data: Data = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"),
              let data = try? Data(contentsOf: url) else { return Data("{}".utf8) }
        return data
    }()
}
