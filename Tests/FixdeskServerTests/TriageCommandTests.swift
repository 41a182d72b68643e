import Foundation
import Testing
import FixdeskTestSupport

/// `fixdesk triage` on a day's export of webhook callbacks, generated here from a printed seed.
@Suite(.serialized) struct TriageCommandTests {
    let fixture: ContentFixture

    init() throws { fixture = try ContentFixture() }

    /// A small, seedable generator (SplitMix64), so a failure can be replayed from its seed.
    struct SeededRandom: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// The errors of the export and the article each must land in (nil: none fits).
    static let errors: [(json: String, article: String?)] = [
        (#"{"code":131047,"title":"Re-engagement message","message":"Re-engagement message","error_data":{"details":"Message failed to send because more than 24 hours have passed since the customer last replied to this number."}}"#, "window"),
        (#"{"code":132015,"title":"Template is Paused","message":"Template is Paused"}"#, "paused"),
        (#"{"code":470,"title":"Message failed to send because more than 24 hours have passed"}"#, "window"),
        (#"{"code":999111,"title":"Something nobody wrote about"}"#, nil),
    ]

    @Test func groupsAHundredThousandCallbacksByArticle() throws {
        let seed = UInt64(Date().timeIntervalSince1970)
        print("triage callbacks seed: \(seed)")
        var random = SeededRandom(state: seed)
        let start = 1_796_117_400
        var expected: [String: (count: Int, first: Int, last: Int)] = [:]
        var unmatched = 0, failures = 0
        var export = ""
        export.reserveCapacity(60_000_000)
        for number in 0..<100_000 {
            let time = start + Int(random.next() % 86_400)
            let phone = 905_300_000_000 + Int(random.next() % 9_999_999)
            // One callback in five is a delivered status, which is no error.
            if random.next() % 5 == 0 {
                export += #"{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"statuses":[{"id":"wamid.M\#(number)","status":"delivered","timestamp":"\#(time)","recipient_id":"\#(phone)"}]}}]}]}"# + "\n"
                continue
            }
            let error = Self.errors[Int(random.next() % UInt64(Self.errors.count))]
            export += #"{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"statuses":[{"id":"wamid.M\#(number)","status":"failed","timestamp":"\#(time)","recipient_id":"\#(phone)","errors":[\#(error.json)]}]}}]}]}"# + "\n"
            failures += 1
            if let article = error.article {
                let current = expected[article] ?? (0, time, time)
                expected[article] = (current.count + 1, min(current.first, time), max(current.last, time))
            } else {
                unmatched += 1
            }
        }
        let file = try fixture.directory.write(export, to: "callbacks.jsonl")

        let started = Date()
        let run = try Binary.run(["triage", "--json", "--lang", "tr", file.path], in: fixture.directory.url)
        print("triage of 100,000 callbacks (debug build): \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
        #expect(run.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        #expect(report["total"] as? Int == failures)
        #expect(report["unmatched"] as? Int == unmatched)
        let groups = try #require(report["groups"] as? [[String: Any]])
        #expect(groups.map { $0["id"] as? String } == expected.sorted { $0.value.count > $1.value.count }.map(\.key))
        let iso = ISO8601DateFormatter()
        for group in groups {
            let id = try #require(group["id"] as? String)
            let want = try #require(expected[id])
            #expect(group["count"] as? Int == want.count, "\(id)")
            #expect((group["share"] as? Double).map { abs($0 - Double(want.count) / Double(failures)) < 0.0001 } == true)
            #expect(group["first_seen"] as? String == iso.string(from: Date(timeIntervalSince1970: Double(want.first))))
            #expect(group["last_seen"] as? String == iso.string(from: Date(timeIntervalSince1970: Double(want.last))))
            #expect((group["steps"] as? [String])?.count == 2, "steps in the agent's language")
            #expect((group["example"] as? String)?.contains("\"code\"") == true)
        }
        #expect(groups.first { $0["id"] as? String == "window" }?["title"] as? String == "24 saatlik pencere kapandı")
    }

    @Test func textReportListsGroupsWithStepsAndTheUnmatched() throws {
        let log = """
        2026-12-01T09:30:00Z ERROR send failed code=131047 to +90 532 123 45 67
        2026-12-01T09:31:00Z ERROR send failed code=131047 to +90 532 123 45 68
        2026-12-01T09:32:00Z WARN something odd for jane@example.com
        """
        let file = try fixture.directory.write(log, to: "app.log")
        let run = try Binary.run(["triage", "--lang", "en", file.path], in: fixture.directory.url)
        let text = String(decoding: run.stdout, as: UTF8.self)
        #expect(run.status == 0)
        #expect(text.hasPrefix("3 errors: 1 articles, 1 unmatched."))
        #expect(text.contains("The 24-hour window has closed  [window]"))
        #expect(text.contains("2 (66.7 %), 2026-12-01T09:30:00Z – 2026-12-01T09:31:00Z"))
        #expect(text.contains("1. Send an approved template."))
        #expect(text.contains("1× WARN something odd for <email>"))
        #expect(!text.contains("532"))
    }

    @Test func serveLogsUnmatchedPastesRedactedAndGapsGroupsThem() async throws {
        let log = fixture.directory.url.appendingPathComponent("unmatched.jsonl")
        let server = try ServerProcess(in: fixture.directory.url, arguments: ["--log-unmatched", log.path])
        // The same paste twice is logged twice, though the second answer comes from the cache.
        for phone in ["+90 532 123 45 67", "+90 532 765 43 21", "+90 532 765 43 21"] {
            let body = Data("Kargo takip numarası bulunamadı, arayın \(phone) veya ali@example.com".utf8)
            #expect(try await server.post("api/v1/match?lang=tr", body: body, contentType: "text/plain").status == 200)
        }
        #expect(try await server.post("api/v1/match", body: Data("error 131047".utf8), contentType: "text/plain").status == 200)
        #expect(server.stop() == 0)

        let written = try String(contentsOf: log, encoding: .utf8)
        #expect(written.split(separator: "\n").count == 3, "only pastes that matched nothing are logged")
        for secret in ["532", "ali@example.com", "4567"] { #expect(!written.contains(secret)) }

        let gaps = try Binary.run(["gaps", "--json", log.path], in: fixture.directory.url)
        #expect(gaps.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: gaps.stdout) as? [String: Any])
        #expect(report["total"] as? Int == 3)
        let group = try #require((report["groups"] as? [[String: Any]])?.first)
        #expect(group["count"] as? Int == 3)
        #expect(group["text"] as? String == "Kargo takip numarası bulunamadı, arayın <number> veya <email>")
        #expect(group["languages"] as? [String] == ["tr"])
    }
}
