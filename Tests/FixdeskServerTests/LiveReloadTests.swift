import Foundation
import Testing
import FixdeskSite
import FixdeskTestSupport

/// A content writer edits an article while `serve` runs: the site and the API change, open pages
/// reload, and nobody's request fails meanwhile.
@Suite(.serialized) struct LiveReloadTests {
    let fixture: ContentFixture

    /// The interface strings the built-in site templates need, in both languages of the fixture.
    static let interfaceKeys = SiteGenerator.requiredStrings

    init() throws {
        fixture = try ContentFixture()
        try Self.addInterfaceStrings(to: fixture)
    }

    /// Gives the fixture's languages every interface string, so that a site can be built from it.
    static func addInterfaceStrings(to fixture: ContentFixture) throws {
        for (language, search) in [("en", "Search"), ("tr", "Ara")] {
            let strings = try fixture.read("\(language)/_strings.yml")
            let ui = "ui:\n" + Self.interfaceKeys.map { "  \($0): \($0 == "search" ? search : $0)" }.joined(separator: "\n")
            try fixture.write(strings.replacingOccurrences(of: "ui: {search: \(search)}", with: ui), to: "\(language)/_strings.yml")
        }
    }

    func waitForGeneration(_ number: Int, on server: ServerProcess) async throws -> Bool {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if try await server.get("_fixdesk/generation").json?["generation"] as? Int == number { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return false
    }

    func retitle(_ title: String) throws {
        let original = try fixture.read("en/messaging/window.md")
        try fixture.write(original.replacingOccurrences(of: "title: The 24-hour window has closed", with: "title: \(title)"),
                          to: "en/messaging/window.md")
    }

    @Test func anEditRebuildsTheSiteAndTheAPIAndOpenPagesReload() async throws {
        let server = try ServerProcess(in: fixture.directory.url)
        let page = try await server.get("en/messaging/window/")
        #expect(page.status == 200)
        #expect(page.contentType?.hasPrefix("text/html") == true)
        #expect(page.text.contains("The 24-hour window has closed"))
        #expect(page.text.contains(#"<script src="/_fixdesk/live-reload.js"></script></body>"#))
        let script = try await server.get("_fixdesk/live-reload.js")
        #expect(script.status == 200)
        #expect(script.text.contains("/_fixdesk/generation") && script.text.contains("location.reload()"))
        #expect(try await server.get("_fixdesk/generation").json?["generation"] as? Int == 1)

        let paste = Data(#"{"text": "error 131047", "lang": "en"}"#.utf8)
        let before = try await server.post("api/v1/match", body: paste, contentType: "application/json")
        #expect((before.json?["matches"] as? [[String: Any]])?.first?["title"] as? String == "The 24-hour window has closed")

        try retitle("The conversation window is closed")
        #expect(try await waitForGeneration(2, on: server))
        #expect(try await server.get("en/messaging/window/").text.contains("The conversation window is closed"))
        let article = try await server.get("api/v1/articles/window?lang=en")
        #expect(article.json?["title"] as? String == "The conversation window is closed")
        #expect(try await server.get("api/v1/health").json?["generation"] as? Int == 2)
        // The same paste again is answered from the new content, not from the previous one's cache.
        let after = try await server.post("api/v1/match", body: paste, contentType: "application/json")
        #expect((after.json?["matches"] as? [[String: Any]])?.first?["title"] as? String == "The conversation window is closed")

        // A broken article is left out, as every command leaves it out; the rest goes on answering.
        try fixture.write("---\nid: [broken\n", to: "en/messaging/window.md")
        #expect(try await waitForGeneration(3, on: server))
        #expect(try await server.get("api/v1/articles/paused?lang=en").status == 200)
        #expect(try await server.get("en/templates/paused/").status == 200)
        #expect(server.stop() == 0)
    }

    @Test func requestsInFlightDuringRebuildsNeverFail() async throws {
        let server = try ServerProcess(in: fixture.directory.url)
        let body = Data(#"{"text": "error 131047", "lang": "en"}"#.utf8)
        let statuses = try await withThrowingTaskGroup(of: [Int].self) { group in
            for _ in 0..<4 {
                group.addTask {
                    var seen: [Int] = []
                    for _ in 0..<60 {
                        seen.append(try await server.post("api/v1/match", body: body, contentType: "application/json").status)
                        seen.append(try await server.get("api/v1/search?q=template").status)
                    }
                    return seen
                }
            }
            for round in 1...3 {
                try retitle("Window closed, round \(round)")
                #expect(try await waitForGeneration(round + 1, on: server))
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(statuses.count == 480)
        #expect(statuses.allSatisfy { $0 == 200 })
        #expect(server.stop() == 0)
    }

    @Test func theGeneratedSiteHasNoLiveReload() throws {
        let run = try Binary.run(["site", "--out", "out"], in: fixture.directory.url)
        #expect(run.status == 0)
        let out = fixture.directory.url.appendingPathComponent("out")
        let files = try FileManager.default.subpathsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".html") }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("_fixdesk"), "\(file)")
        }
    }
}
