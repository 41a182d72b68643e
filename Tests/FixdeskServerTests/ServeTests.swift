import Foundation
import Testing
import FixdeskTestSupport

/// `fixdesk serve` answered by a real HTTP client, as a helpdesk sidebar would call it.
@Suite(.serialized) struct ServeTests {
    let fixture: ContentFixture

    init() throws { fixture = try ContentFixture() }

    var folder: URL { fixture.directory.url }

    static let paste = #"{"error":{"message":"(#131047) Re-engagement message","code":131047}}"#

    @Test func matchAnswersExactlyWhatMatchJSONPrints() async throws {
        let server = try ServerProcess(in: folder)
        let cli = try Binary.run(["match", "--json", "--lang", "tr", Self.paste], in: folder)
        #expect(cli.status == 0)

        let json = try JSONSerialization.data(withJSONObject: ["text": Self.paste, "lang": "tr"])
        let fromJSON = try await server.post("api/v1/match", body: json, contentType: "application/json")
        #expect(fromJSON.status == 200)
        #expect(fromJSON.contentType?.hasPrefix("application/json") == true)
        #expect(fromJSON.body == cli.stdout)

        let fromText = try await server.post("api/v1/match?lang=tr", body: Data(Self.paste.utf8), contentType: "text/plain")
        #expect(fromText.status == 200)
        #expect(fromText.body == cli.stdout)
        let first = try #require((fromText.json?["matches"] as? [[String: Any]])?.first)
        #expect(first["id"] as? String == "window")
        #expect(first["lang"] as? String == "tr")

        // Nothing fits: still 200, with no matches, as the command prints (which exits 1).
        let nothing = try await server.post("api/v1/match", body: Data("The weather is lovely today".utf8), contentType: "text/plain")
        #expect(nothing.status == 200)
        #expect((nothing.json?["matches"] as? [Any])?.isEmpty == true)
        #expect(server.stop() == 0)
    }

    @Test func searchAndArticlesAnswerWhatTheCommandsPrint() async throws {
        let server = try ServerProcess(in: folder)
        let search = try await server.get("api/v1/search?q=sablon%20duraklatildi&lang=tr")
        #expect(search.status == 200)
        #expect(search.body == (try Binary.run(["search", "--json", "--lang", "tr", "sablon", "duraklatildi"], in: folder)).stdout)
        let results = try #require(search.json?["results"] as? [[String: Any]])
        #expect(results.first?["id"] as? String == "paused")

        let article = try await server.get("api/v1/articles/window?lang=en")
        #expect(article.status == 200)
        #expect(article.body == (try Binary.run(["show", "--json", "--lang", "en", "window"], in: folder)).stdout)
        #expect((article.json?["steps"] as? [String])?.count == 2)

        // An error code an article claims finds it, as `show` does.
        let byCode = try await server.get("api/v1/articles/131047?lang=tr")
        #expect(byCode.json?["id"] as? String == "window")
        #expect(byCode.json?["lang"] as? String == "tr")

        let health = try await server.get("api/v1/health")
        #expect(health.status == 200)
        #expect(health.json?["status"] as? String == "ok")
        #expect(health.json?["languages"] as? [String] == ["en", "tr"])
        #expect(server.stop() == 0)
    }

    @Test func oneArticleIsTheSameDocumentFromShowTheAPIAndTheSiteFile() async throws {
        let shown = try Binary.run(["show", "--json", "--lang", "tr", "window"], in: folder)
        #expect(shown.status == 0)
        let server = try ServerProcess(in: folder)
        let served = try await server.get("api/v1/articles/window?lang=tr")
        #expect(server.stop() == 0)
        try LiveReloadTests.addInterfaceStrings(to: fixture)
        #expect(try Binary.run(["site", "--out", "out"], in: folder).status == 0)
        let file = try Data(contentsOf: folder.appendingPathComponent("out/api/tr/window.json"))

        #expect(served.body == shown.stdout)
        #expect(file == shown.stdout)
        let document = try #require(try JSONSerialization.jsonObject(with: file) as? [String: Any])
        #expect(document["url"] as? String == "tr/messaging/window/")
        #expect(document["href"] as? String == "https://help.example.com/tr/messaging/window/")
        #expect(document["related"] as? [String] == ["paused"])
        #expect(document["translations"] as? [String: String] == ["en": "https://help.example.com/en/messaging/window/",
                                                                   "tr": "https://help.example.com/tr/messaging/window/"])
        #expect((document["steps"] as? [String])?.count == 2)
        #expect((document["body"] as? String)?.isEmpty == false)
    }

    @Test func badRequestsGetAJSONErrorAndTheirStatus() async throws {
        let server = try ServerProcess(in: folder)
        let cases: [(String, ServerProcess.Answer)] = [
            ("malformed JSON", try await server.post("api/v1/match", body: Data("{\"text\": ".utf8), contentType: "application/json")),
            ("no text", try await server.post("api/v1/match", body: Data(#"{"lang":"en"}"#.utf8), contentType: "application/json")),
            ("blank text", try await server.post("api/v1/match", body: Data("  \n".utf8), contentType: "text/plain")),
            ("unknown language", try await server.post("api/v1/match", body: Data(#"{"text":"131047","lang":"xx"}"#.utf8),
                                                       contentType: "application/json")),
            ("search without words", try await server.get("api/v1/search?lang=en")),
            ("search in an unknown language", try await server.get("api/v1/search?q=template&lang=de")),
            ("article in an unknown language", try await server.get("api/v1/articles/window?lang=de")),
        ]
        for (name, answer) in cases {
            #expect(answer.status == 400, "\(name)")
            #expect((answer.json?["error"] as? String)?.isEmpty == false, "\(name)")
        }
        let tooLarge = try await server.post("api/v1/match", body: Data(repeating: 0x61, count: (1 << 20) + 1), contentType: "text/plain")
        #expect(tooLarge.status == 413)
        #expect(tooLarge.json?["error"] as? String == "The request body is over the limit of 1 MiB.")
        let justRight = try await server.post("api/v1/match", body: Data(repeating: 0x61, count: 1 << 20), contentType: "text/plain")
        #expect(justRight.status == 200)

        for path in ["api/v1/nothing-here", "api/v1/articles/no-such-article", "api/v2/match"] {
            let answer = try await server.get(path)
            #expect(answer.status == 404, "\(path)")
            #expect((answer.json?["error"] as? String)?.isEmpty == false, "\(path)")
        }
        #expect(server.stop() == 0)
    }

    @Test func theOpenAPIDocumentDescribesWhatTheServerAnswers() async throws {
        let server = try ServerProcess(in: folder)
        let document = try #require(try await server.get("api/v1/openapi.json").json)
        let spec = OpenAPISpec(document: document)
        let json = try JSONSerialization.data(withJSONObject: ["text": Self.paste])
        let answers: [(path: String, method: String, status: String, answer: ServerProcess.Answer)] = [
            ("/api/v1/match", "post", "200", try await server.post("api/v1/match", body: json, contentType: "application/json")),
            ("/api/v1/match", "post", "400", try await server.post("api/v1/match", body: Data("{".utf8), contentType: "application/json")),
            ("/api/v1/search", "get", "200", try await server.get("api/v1/search?q=template")),
            ("/api/v1/articles/{id}", "get", "200", try await server.get("api/v1/articles/window")),
            ("/api/v1/articles/{id}", "get", "404", try await server.get("api/v1/articles/nothing")),
            ("/api/v1/health", "get", "200", try await server.get("api/v1/health")),
        ]
        for item in answers {
            #expect(item.answer.status == Int(item.status), "\(item.method) \(item.path)")
            let schema = try #require(spec.responseSchema(path: item.path, method: item.method, status: item.status),
                                      "\(item.method) \(item.path) \(item.status) is not documented")
            let value = try JSONSerialization.jsonObject(with: item.answer.body)
            let problems = spec.problems(of: value, against: schema, at: "\(item.method) \(item.path)")
            #expect(problems.isEmpty, "\(problems)")
        }
        #expect(server.stop() == 0)
    }

    @Test func sigtermFinishesAndExitsZeroLeavingNoIndexFiles() async throws {
        let temporary = folder.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let server = try ServerProcess(in: folder, environment: ["TMPDIR": temporary.path])
        #expect(try await server.get("api/v1/health").status == 200)
        #expect(try !FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty, "the private index lives there")
        #expect(server.stop() == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty)
    }

    @Test func sigtermLetsARequestInFlightFinish() async throws {
        let server = try ServerProcess(in: folder)
        // A long paste keeps the request busy for a while after SIGTERM arrives.
        let paste = Data(String(repeating: "Re-engagement message 131047 şablon pencere ", count: 20_000).utf8)
        async let answer = server.post("api/v1/match", body: paste, contentType: "text/plain")
        try await Task.sleep(for: .milliseconds(150))
        kill(server.process.processIdentifier, SIGTERM)
        #expect(try await answer.status == 200)
        #expect(server.stop() == 0)
    }

    @Test func portZeroPicksAFreePortOnLoopback() async throws {
        let first = try ServerProcess(in: folder)
        let second = try ServerProcess(in: folder)
        #expect(first.address.host == "127.0.0.1")
        #expect(first.address.port != second.address.port)
        #expect(try await second.get("api/v1/health").status == 200)
        #expect(first.stop() == 0)
        #expect(second.stop() == 0)
    }
}
