/// The settings as one `FieldRecord`, the form the index stores them in: every command reads them
/// back on start, and decoding them as JSON with `JSONDecoder` was about 7% of a whole-process `match`
/// (most of it the runtime's type look-ups, not the bytes). The lexicons are not part of it: the index
/// keeps them as rows of their own.
///
/// Every stored property of the settings is written here in a fixed order; a property added to one of
/// the settings types must be added to `write` and `read` too (`SettingsRecordTests` counts them).
public enum SettingsRecord {
    /// The first field: a record of another layout is not read (the index then rebuilds).
    static let layout = "fixdesk-settings-1"

    public static func encode(_ settings: ContentLoader.Settings) -> [UInt8] {
        var writer = FieldWriter()
        writer.write(layout)
        write(settings.site, to: &writer)
        writer.write(settings.languages.count)
        for code in settings.languages.keys.sorted() {
            writer.write(code)
            write(settings.languages[code]!, to: &writer)
        }
        writer.write(settings.diagnostics.count)
        for diagnostic in settings.diagnostics {
            writer.write(diagnostic.path)
            writer.write(diagnostic.line)
            writer.write(diagnostic.message)
        }
        return writer.bytes
    }

    /// The settings of `record`, with no lexicons; nil when it is not a whole record of this layout.
    public static func decode(_ record: [UInt8]) -> ContentLoader.Settings? {
        var reader = FieldReader(record)
        do {
            guard try reader.text() == layout else { return nil }
            let site = try readSite(&reader)
            var languages: [String: LanguageSettings] = [:]
            for _ in 0..<(try reader.count()) {
                let code = try reader.text()
                languages[code] = try readLanguage(&reader)
            }
            var diagnostics: [Diagnostic] = []
            for _ in 0..<(try reader.count()) {
                diagnostics.append(Diagnostic(path: try reader.text(), line: try reader.optionalNumber(), message: try reader.text()))
            }
            guard reader.isAtEnd else { return nil }
            return ContentLoader.Settings(site: site, languages: languages, diagnostics: diagnostics)
        } catch {
            return nil
        }
    }

    private static func write(_ site: SiteSettings, to writer: inout FieldWriter) {
        writer.write(site.title)
        writer.write(site.baseURL)
        writer.write(site.defaultLanguage)
        writer.write(site.languages)
        writer.write(site.sections)
        writer.write(site.commonErrors)
        writer.write(site.subject.subject)
        writer.write(site.subject.platform)
        writer.write(site.subject.otherProducts)
        writer.write(site.logo)
        writer.write(site.favicon)
    }

    private static func readSite(_ reader: inout FieldReader) throws(FieldReader.Malformed) -> SiteSettings {
        var site = SiteSettings(title: try reader.text(), baseURL: try reader.text(), defaultLanguage: try reader.text(),
                                languages: try reader.texts(), sections: try reader.texts(), commonErrors: try reader.texts(),
                                subject: SubjectMarkers(subject: try reader.texts(), platform: try reader.texts(),
                                                        otherProducts: try reader.texts()))
        site.logo = try reader.text()
        site.favicon = try reader.text()
        return site
    }

    private static func write(_ language: LanguageSettings, to writer: inout FieldWriter) {
        writer.write(language.code)
        writer.write(language.name)
        writer.write(language.stemmer)
        writer.write(language.fixHeadings)
        writer.write(language.stopWords)
        writer.write(language.sections.count)
        for key in language.sections.keys.sorted() {
            writer.write(key)
            writer.write(language.sections[key]!.title)
            writer.write(language.sections[key]!.description)
        }
        writer.write(language.interface)
        writer.write(language.commandLine)
        writer.write(language.formats.percent)
        writer.write(language.formats.date)
        writer.write(language.formats.months)
        writer.write(language.synonyms.count)
        for group in language.synonyms { writer.write(group) }
    }

    private static func readLanguage(_ reader: inout FieldReader) throws(FieldReader.Malformed) -> LanguageSettings {
        let code = try reader.text(), name = try reader.text(), stemmer = try reader.optionalText()
        let fixHeadings = try reader.texts(), stopWords = try reader.texts()
        var sections: [String: LanguageSettings.Section] = [:]
        for _ in 0..<(try reader.count()) {
            let key = try reader.text()
            sections[key] = LanguageSettings.Section(title: try reader.text(), description: try reader.text())
        }
        let interface = try reader.textsByKey(), commandLine = try reader.textsByKey()
        let formats = LanguageFormats(percent: try reader.text(), date: try reader.text(), months: try reader.texts())
        var synonyms: [[String]] = []
        for _ in 0..<(try reader.count()) { synonyms.append(try reader.texts()) }
        return LanguageSettings(code: code, name: name, stemmer: stemmer, fixHeadings: fixHeadings, stopWords: stopWords,
                                sections: sections, interface: interface, commandLine: commandLine, formats: formats,
                                synonyms: synonyms)
    }
}
