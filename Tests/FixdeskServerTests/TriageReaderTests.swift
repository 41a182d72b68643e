import Foundation
import Testing
import FixdeskTriage

/// The three kinds of triage input, each read into one unit per error with its time.
struct TriageReaderTests {
    func read(_ text: String) -> [TriageUnit] {
        var reader = TriageReader()
        var units: [TriageUnit] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) { units += reader.units(ofLine: String(line)) }
        return units + reader.finish()
    }

    @Test func webhookCallbacksGiveOneUnitPerErrorAndSkipSuccessfulStatuses() throws {
        let failed = #"{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"statuses":[{"id":"wamid.X","status":"failed","timestamp":"1796117400","recipient_id":"905321234567","errors":[{"code":131047,"title":"Re-engagement message"},{"code":131026,"title":"Message undeliverable"}]}]}}]}]}"#
        let delivered = #"{"object":"whatsapp_business_account","entry":[{"changes":[{"value":{"statuses":[{"status":"delivered","timestamp":"1796117401"}]}}]}]}"#
        let units = read(failed + "\n" + delivered + "\n")
        #expect(units.count == 2)
        #expect(units.map(\.text) == [#"{"code":131047,"title":"Re-engagement message"}"#, #"{"code":131026,"title":"Message undeliverable"}"#])
        #expect(units.allSatisfy { $0.timestamp == Date(timeIntervalSince1970: 1_796_117_400) })
    }

    @Test func csvExportsUseTheErrorColumnsAndTheTimeColumn() {
        let csv = """
        message_id;phone;sent_at;error_code;error_message
        wamid.A;+905321234567;2026-12-01T09:30:00Z;131047;"Re-engagement message; window closed"
        wamid.B;+905321234568;2026-12-01T10:30:00Z;132015;"Template paused,
        low quality"
        wamid.C;+905321234569;2026-12-01T11:30:00Z;;
        """
        let units = read(csv)
        #expect(units.map(\.text) == ["131047 Re-engagement message; window closed", "132015 Template paused,\nlow quality"])
        #expect(units.first?.timestamp == Date(timeIntervalSince1970: 1_796_117_400))
    }

    @Test func logLinesLoseTheirTimestampToTheUnitsTime() {
        let units = read("2026-12-01T09:30:00Z ERROR send failed code=131047\n\nplain line without time\n")
        #expect(units.count == 2)
        #expect(units[0].text == " ERROR send failed code=131047")
        #expect(units[0].timestamp == Date(timeIntervalSince1970: 1_796_117_400))
        #expect(units[1] == TriageUnit(text: "plain line without time"))
    }

    @Test func aFirstLineThatIsNoHeaderMakesALog() {
        let units = read("error,131047,happened\nanother, line\n")
        #expect(units.map(\.text) == ["error,131047,happened", "another, line"])
    }
}

struct TriageGroupingTests {
    @Test func groupsByArticleLargestFirstWithTimesAndUnmatched() throws {
        let window = TriageArticle(id: "window", title: "Window", codes: ["131047"], steps: ["Send a template."])
        let paused = TriageArticle(id: "paused", title: "Paused", codes: ["132015"], steps: ["Edit it."])
        var calls = 0
        let triage = Triage { text in
            calls += 1
            if text.contains("131047") { return window }
            if text.contains("132015") { return paused }
            return nil
        }
        let t0 = Date(timeIntervalSince1970: 1_796_117_400)
        try triage.add(TriageUnit(text: "132015 paused", timestamp: t0))
        for offset in 0..<3 { try triage.add(TriageUnit(text: "131047 to +90 532 123 45 67", timestamp: t0.addingTimeInterval(Double(offset) * 60))) }
        try triage.add(TriageUnit(text: "odd thing for jane@example.com"))
        let report = triage.report()
        #expect(report.groups.map(\.id) == ["window", "paused"])
        #expect(report.groups[0].count == 3)
        #expect(report.groups[0].share == 0.6)
        #expect(report.groups[0].firstSeen == "2026-12-01T09:30:00Z")
        #expect(report.groups[0].lastSeen == "2026-12-01T09:32:00Z")
        #expect(report.groups[0].example == "131047 to <number>")
        #expect(report.unmatched == 1)
        #expect(report.total == 5)
        #expect(report.unmatchedTexts == [TriageReport.UnmatchedText(text: "odd thing for <email>", count: 1)])
        #expect(calls == 3, "a repeated error is matched once")

        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as? [String: Any]
        #expect(Set(json?.keys ?? [:].keys) == ["groups", "unmatched", "total"])
        let group = try #require((json?["groups"] as? [[String: Any]])?.first)
        #expect(Set(group.keys) == ["id", "title", "codes", "count", "share", "first_seen", "last_seen", "example", "steps"])
    }
}

extension TriageGroupingTests {
    /// Log lines that differ only in phone numbers and request ids are one error: matched once,
    /// also when it matches nothing (a cached "nothing" is still an answer).
    @Test func linesDifferingOnlyInPersonalDataAreMatchedOnce() throws {
        var calls = 0
        let triage = Triage { _ in
            calls += 1
            return nil
        }
        for number in 0..<50 {
            try triage.add(TriageUnit(text: "ERROR send failed to=+9053212345\(number % 10)\(number / 10) code=999111 req=5f3a2b9c0d\(number)e"))
        }
        #expect(calls == 1)
        #expect(triage.report().unmatched == 50)
        #expect(triage.report().unmatchedTexts.count == 1)
    }
}

struct GapsTests {
    @Test func groupsUnmatchedPastesByNormalisedText() throws {
        let lines = [
            #"{"lang":"en","text":"Error 999001  Something New","time":"2026-12-01T09:00:00Z"}"#,
            #"{"lang":"tr","text":"error 999001 something new","time":"2026-12-01T11:00:00Z"}"#,
            #"{"lang":"en","text":"Other thing","time":"2026-12-01T10:00:00Z"}"#,
            "not json",
            #"{"lang":"en","text":"ERROR 999001 SOMETHING NEW","time":"2026-12-01T08:00:00Z"}"#,
        ]
        var gaps = Gaps()
        for line in lines { gaps.add(line: line) }
        let report = gaps.report()
        #expect(report.total == 4)
        #expect(report.skipped == 1)
        #expect(report.groups.map(\.count) == [3, 1])
        #expect(report.groups[0].text == "Error 999001  Something New")
        #expect(report.groups[0].languages == ["en", "tr"])
        #expect(report.groups[0].firstSeen == "2026-12-01T08:00:00Z")
        #expect(report.groups[0].lastSeen == "2026-12-01T11:00:00Z")
    }

    @Test func theUnmatchedLogWritesRedactedJSONLines() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fixdesk-log-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("unmatched.jsonl").path
        let log = try UnmatchedLog(path: path, clock: { Date(timeIntervalSince1970: 1_796_117_400) })
        log.append("failed for +90 532 123 45 67 jane@example.com Bearer abcdefghijk", language: "tr")
        log.append("second", language: "en")
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        let entry = try JSONDecoder().decode(UnmatchedLog.Entry.self, from: Data(lines[0].utf8))
        #expect(entry == UnmatchedLog.Entry(time: "2026-12-01T09:30:00Z", lang: "tr", text: "failed for <number> <email> Bearer <token>"))
    }
}
