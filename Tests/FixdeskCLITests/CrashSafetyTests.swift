import Foundation
import Testing
import FixdeskTestSupport

/// Issue 14's crash-safety check: `index --rebuild` and `site` are killed at seeded random moments;
/// after each kill the previous index still answers, and the site folder holds either the previous
/// site or the new one, whole. `FIXDESK_CRASH_SEED=<seed>` repeats a run.
@Suite(.serialized) struct CrashSafetyTests {
    static let kills = 20

    let folder: TemporaryDirectory
    var content: URL { folder.url.appendingPathComponent("content") }

    /// A copy of the bundled catalog. Articles without `sources` (a lint error of the catalog, not of
    /// the writer under test) get a placeholder so that the site builds.
    init() throws {
        folder = try TemporaryDirectory()
        try FileManager.default.copyItem(at: PackageRoot.content, to: content)
        let articles = FileManager.default.enumerator(atPath: content.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") } ?? []
        for relative in articles {
            let url = content.appendingPathComponent(relative)
            let text = try String(contentsOf: url, encoding: .utf8)
            guard !text.contains("\nsources:") else { continue }
            try Data(text.replacingOccurrences(of: "\nupdated:", with: "\nsources: [\"https://example.com/\"]\nupdated:").utf8).write(to: url)
        }
    }

    func run(_ arguments: [String]) throws -> CLIRun { try CLIRun(arguments, in: folder.url) }

    /// Runs the binary with `arguments` and kills it after `delay` seconds (or lets it finish first).
    func kill(_ arguments: [String], after delay: Double) throws {
        let process = Process()
        process.executableURL = try CLIRun.binary()
        process.arguments = arguments
        process.currentDirectoryURL = folder.url
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(UInt32(delay * 1_000_000))
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Runs the binary to its end; returns how long it took, after checking it succeeded.
    func timedRun(_ arguments: [String]) throws -> Double {
        let start = Date()
        let result = try run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return Date().timeIntervalSince(start)
    }

    @Test func killedRebuildsLeaveAnIndexThatAnswers() throws {
        var random = SeededGenerator.fromEnvironment("FIXDESK_CRASH_SEED", test: "CrashSafetyTests.index")
        let pastes = [#"{"error":{"message":"(#131047) Re-engagement message","code":131047}}"#, "sablonunuz duraklatildi"]
        let build = try timedRun(["index", "--rebuild", "--index", "i.sqlite"])
        let expected = try pastes.map { try run(["match", "--json", "--index", "i.sqlite", $0]).stdout }
        for round in 0..<Self.kills {
            let delay = Double.random(in: 0...(build * 1.1), using: &random)
            try kill(["index", "--rebuild", "--index", "i.sqlite"], after: delay)
            #expect(FileManager.default.fileExists(atPath: folder.path + "/i.sqlite"), "seed \(random.seed), round \(round): the index is gone")
            for (paste, answer) in zip(pastes, expected) {
                let after = try run(["match", "--json", "--index", "i.sqlite", paste])
                #expect(after.status == 0 && after.stdout == answer, "seed \(random.seed), round \(round), killed after \(delay) s: \(after.stderr)")
            }
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
            #expect(leftovers.isEmpty, "seed \(random.seed), round \(round): \(leftovers)")
        }
    }

    @Test func readersDuringRebuildsAlwaysGetAnAnswer() throws {
        #expect(try run(["index", "--index", "i.sqlite"]).status == 0)
        let arguments = ["index", "--rebuild", "--index", "i.sqlite"]
        let directory = folder.url
        let finished = NSCondition()
        nonisolated(unsafe) var done = false
        let rebuilds = Thread {
            for _ in 0..<6 { _ = try? CLIRun(arguments, in: directory) }
            finished.lock(); done = true; finished.unlock()
        }
        rebuilds.start()
        var answers = 0
        while true {
            finished.lock(); let stop = done; finished.unlock()
            if stop && answers >= 10 { break }
            let result = try run(["match", "--index", "i.sqlite", "131047"])
            #expect(result.status == 0, "\(result.stderr)")
            answers += 1
        }
    }

    /// A whole site folder, path by path, with its user's `CNAME` among them.
    func snapshot(_ site: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for case let relative as String in FileManager.default.enumerator(atPath: site.path) ?? .init() {
            let url = site.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = try Data(contentsOf: url)
            }
        }
        return files
    }

    @Test func killedSiteBuildsLeaveTheWholePreviousOrNewSite() throws {
        var random = SeededGenerator.fromEnvironment("FIXDESK_CRASH_SEED", test: "CrashSafetyTests.site")
        let site = folder.url.appendingPathComponent("site")
        let arguments = ["site", "--out", "site"]
        let article = content.appendingPathComponent("en/messaging/whatsapp-24-hour-window.md")
        let original = try String(contentsOf: article, encoding: .utf8)
        let variants = [original, original.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: (B) ")]
        #expect(variants[0] != variants[1])
        func use(_ variant: Int) throws { try Data(variants[variant].utf8).write(to: article) }

        #expect(try run(arguments).status == 0)
        try Data("help.example.com\n".utf8).write(to: site.appendingPathComponent("CNAME"))
        var complete: [[String: Data]] = []
        var build = 0.0
        for variant in [0, 1] {
            try use(variant)
            build = max(build, try timedRun(arguments))
            complete.append(try snapshot(site))
        }
        #expect(complete[0] != complete[1])
        #expect(complete[1]["CNAME"] == Data("help.example.com\n".utf8))
        var previous = complete[1]
        for round in 0..<Self.kills {
            let variant = round % 2
            try use(variant)
            let delay = Double.random(in: 0...(build * 1.1), using: &random)
            try kill(arguments, after: delay)
            let now = try snapshot(site)
            #expect(now == previous || now == complete[variant],
                    "seed \(random.seed), round \(round), killed after \(delay) s: the site is neither the previous one nor the new one")
            previous = now
        }
        #expect(try run(arguments).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("fixdesk-new") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }
}
