import Foundation
import Testing
import FixdeskTestSupport
@testable import FixdeskContent

/// Issue 12: the index stores the settings as a `SettingsRecord` instead of JSON, so every command reads
/// them back without `JSONDecoder`; they must come back whole, and a record that is not whole is refused.
@Suite struct SettingsRecordTests {
    /// Settings with every property set to something other than its default.
    static let full: ContentLoader.Settings = {
        var site = SiteSettings(title: "Yardım: \"Merkez\"", baseURL: "https://help.example.com/", defaultLanguage: "tr",
                                languages: ["tr", "en"], sections: ["messaging", "templates"], commonErrors: ["131047"],
                                subject: SubjectMarkers(subject: ["whatsapp"], platform: ["fbtrace_id"], otherProducts: ["telegram"]))
        site.logo = "assets/logo-2.svg"
        site.favicon = "assets/icon.svg"
        let turkish = LanguageSettings(
            code: "tr", name: "Türkçe", stemmer: "turkish", fixHeadings: ["Çözüm", "Adımlar"], stopWords: ["ve", "bir", ""],
            sections: ["messaging": .init(title: "Mesajlaşma", description: "Satır\nsonu ve 12:3 iki nokta")],
            interface: ["search": "Ara", "empty": ""], commandLine: ["no_match": "Eşleşme yok: {query}"],
            formats: LanguageFormats(percent: "%{value}", date: "{day} {month} {year}",
                                     months: ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
                                              "Eylül", "Ekim", "Kasım", "Aralık"]),
            synonyms: [["şablon", "template"], ["kısıtlandı", "rate limit", "throttled"]])
        let english = LanguageSettings(code: "en", name: "English", stemmer: nil, fixHeadings: ["Fix"], stopWords: [],
                                       sections: [:], interface: [:])
        return ContentLoader.Settings(
            site: site, languages: ["tr": turkish, "en": english], lexicons: [],
            diagnostics: [Diagnostic(path: "content/en/_strings.yml", line: 4, message: "unknown key 'x'"),
                          Diagnostic(path: "content/_site.yml", line: nil, message: "a problem 🙂")])
    }()

    @Test func everySettingComesBackAsItWasWritten() throws {
        let decoded = try #require(SettingsRecord.decode(SettingsRecord.encode(Self.full)))
        #expect(decoded.site == Self.full.site)
        #expect(decoded.languages == Self.full.languages)
        #expect(decoded.diagnostics == Self.full.diagnostics)
        #expect(decoded.lexicons.isEmpty)
    }

    @Test func theBundledContentsSettingsComeBackAsParsed() throws {
        let loader = ContentLoader(directory: PackageRoot.content, displayRoot: "content")
        let parsed = try loader.loadSettings(files: loader.listFiles())
        let decoded = try #require(SettingsRecord.decode(SettingsRecord.encode(parsed)))
        #expect(decoded.site == parsed.site)
        #expect(decoded.languages == parsed.languages)
        #expect(decoded.diagnostics == parsed.diagnostics)
    }

    @Test func theSameSettingsAreTheSameBytes() {
        #expect(SettingsRecord.encode(Self.full) == SettingsRecord.encode(Self.full))
    }

    /// A property added to a settings type without being added to the record would be lost on every
    /// command after the first; this counts the properties the record writes.
    @Test func theRecordWritesEveryStoredProperty() {
        let settings = Self.full
        #expect(Mirror(reflecting: settings).children.count == 4)
        #expect(Mirror(reflecting: settings.site).children.count == 9)
        #expect(Mirror(reflecting: settings.site.subject).children.count == 3)
        #expect(Mirror(reflecting: settings.languages["tr"]!).children.count == 10)
        #expect(Mirror(reflecting: LanguageSettings.Section(title: "", description: "")).children.count == 2)
        #expect(Mirror(reflecting: LanguageFormats.english).children.count == 3)
        #expect(Mirror(reflecting: settings.diagnostics[0]).children.count == 3)
    }

    @Test func aCutOrDamagedRecordIsRefused() {
        let record = SettingsRecord.encode(Self.full)
        for length in 0..<record.count {
            #expect(SettingsRecord.decode(Array(record[..<length])) == nil, "cut at \(length) of \(record.count)")
        }
        #expect(SettingsRecord.decode(record + Array("0:".utf8)) == nil)
        #expect(SettingsRecord.decode(Array("{\"site\":{}}".utf8)) == nil)
        var other = record
        other[other.firstIndex(of: UInt8(ascii: "1"))!] = UInt8(ascii: "2")
        #expect(SettingsRecord.decode(other) == nil)
    }
}
