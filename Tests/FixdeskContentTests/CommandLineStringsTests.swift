import Foundation
import Testing
import FixdeskContent
import FixdeskTestSupport

/// A language's command-line sentences are checked like the rest of its strings.
struct CommandLineStringsTests {
    @Test func unknownKeysAndPlaceholdersAreReportedWithTheirLines() throws {
        let fixture = try ContentFixture()
        let strings = try fixture.read("tr/_strings.yml")
        try fixture.write(strings + """
        cli:
          why: "neden: {reasons}"
          no_mach: Bu hataya uyan bir makale yok.
          reason_code: "{kod} hata kodu {place}"
        formats:
          percent: "%{value}"
          months: [Ocak]

        """, to: "tr/_strings.yml")
        let content = try fixture.loader.load()
        let problems = content.diagnostics.filter { $0.path == "content/tr/_strings.yml" }.map(\.description)
        let base = strings.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        #expect(problems.contains("content/tr/_strings.yml:\(base + 3): unknown cli key 'no_mach'"), "\(problems)")
        #expect(problems.contains("content/tr/_strings.yml:\(base + 4): cli key 'reason_code' uses {kod}; it can use {code}, {place}"), "\(problems)")
        #expect(problems.contains { $0.hasSuffix("'formats.months' must list the twelve month names") }, "\(problems)")
        #expect(content.languages["tr"]?.commandLine["why"] == "neden: {reasons}")
        #expect(content.languages["tr"]?.formats.percent(0.5) == "%50")
    }
}
