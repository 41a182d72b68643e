import Foundation

/// Removes the variable parts of a paste that say nothing about which error it is:
/// URLs, `wamid.…` ids, e-mail addresses, and words that mix letters and digits (trace ids, tokens).
///
/// A scanner rather than a regular expression: compiling one with ICU costs a whole-process `match`
/// about 8 M instructions (ICU's Unicode sets are built on first use). It replaces, leftmost first
/// and the first alternative winning, exactly what this regular expression (ICU's syntax) replaced:
///
///     https?://\S{1,2000} | www\.\S{1,2000} | wamid\.[A-Za-z0-9=_\-+/]{1,400}
///     | [\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,63}
///     | \b(?=[A-Za-z_\-]{0,80}\d)(?=\d{0,80}[A-Za-z])[A-Za-z0-9_\-]{6,200}\b
enum PasteCleaner {
    static func clean(_ text: String) -> String {
        guard mayHaveNoise(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        let scanner = NoiseScanner(scalars: scalars)
        var cleaned = String.UnicodeScalarView()
        var position = 0
        while position < scalars.count {
            if let end = scanner.noise(at: position) {
                cleaned.append(" ")
                position = end
            } else {
                cleaned.append(scalars[position])
                position += 1
            }
        }
        return String(cleaned)
    }

    /// Every pattern needs a digit (`\d` is any script's), an `@`, `http`, `www.` or `wamid.`: most plain
    /// sentences have none, and skip the scanner.
    static func mayHaveNoise(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        if bytes.contains(where: { ByteSearch.isDigit($0) || $0 == UInt8(ascii: "@") }) { return true }
        if bytes.contains(where: { $0 >= 0x80 }),
           text.unicodeScalars.contains(where: { $0.value >= 0x80 && $0.properties.numericType == .decimal }) {
            return true
        }
        let lowered = ByteSearch.asciiLowercased(bytes)
        return ["http", "www.", "wamid."].contains { ByteSearch.contains(lowered, $0) }
    }

    /// Words of API payloads and logs that appear in nearly every paste: not evidence for any article.
    static let structuralWords: Set<String> = [
        "error", "errors", "message", "messages", "code", "data", "product", "messaging", "fbtrace", "id", "type",
        "details", "detail", "transient", "user", "msg", "title", "status", "statuses", "timestamp", "entry", "changes",
        "value", "field", "metadata", "true", "false", "null", "none", "object", "contacts", "wa", "href", "https",
        "http", "www", "com", "subcode", "exception", "traceback", "response", "request", "body", "json", "info",
        "warn", "warning", "level", "log", "debug", "oauthexception", "graphmethodexception", "recipient", "whatsapp",
        "api", "graph", "the", "hata", "mesaj",
    ]
}

/// The noise patterns' lengths, in Unicode scalars as ICU counts them.
enum NoiseLimits {
    static let address = 1...2000
    static let messageID = 1...400
    static let mailbox = 1...64
    static let mailDomain = 1...63
    static let lettersBeforeDigit = 80
    static let digitsBeforeLetter = 80
    static let token = 6...200
}

/// Finds where a noise pattern that starts at a position ends; see `PasteCleaner`.
struct NoiseScanner {
    let scalars: [Unicode.Scalar]
    /// No `@` anywhere: no position can start an e-mail address, and none is tried.
    private let hasAt: Bool

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        hasAt = scalars.contains("@")
    }

    /// The end of the noise starting at `start`, or nil; the alternatives in the regular expression's order.
    func noise(at start: Int) -> Int? {
        let first = scalars[start]
        if first == "h", let end = address(at: start) { return end }
        if first == "w", let end = web(at: start) ?? messageID(at: start) { return end }
        if hasAt, let end = mail(at: start) { return end }
        if Self.isTokenCharacter(first) { return token(at: start) }
        return nil
    }

    /// `https?://\S{1,2000}`
    private func address(at start: Int) -> Int? {
        guard var position = literal("http", at: start) else { return nil }
        if position < scalars.count, scalars[position] == "s" { position += 1 }
        guard let rest = literal("://", at: position) else { return nil }
        return run(from: rest, upTo: NoiseLimits.address, where: { !NoiseClasses.isSpace($0) })
    }

    /// `www\.\S{1,2000}`
    private func web(at start: Int) -> Int? {
        guard let rest = literal("www.", at: start) else { return nil }
        return run(from: rest, upTo: NoiseLimits.address, where: { !NoiseClasses.isSpace($0) })
    }

    /// `wamid\.[A-Za-z0-9=_\-+/]{1,400}`
    private func messageID(at start: Int) -> Int? {
        guard let rest = literal("wamid.", at: start) else { return nil }
        return run(from: rest, upTo: NoiseLimits.messageID, where: { Self.isASCIIAlphanumeric($0) || "=_-+/".unicodeScalars.contains($0) })
    }

    /// `[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,63}`. None of the classes holds the character that follows
    /// it, so a shorter repetition never helps: each part takes all it can, within its limit, or fails.
    private func mail(at start: Int) -> Int? {
        guard let at = wholeRun(from: start, within: NoiseLimits.mailbox, where: { NoiseClasses.isWord($0) || ".+-".unicodeScalars.contains($0) }),
              at < scalars.count, scalars[at] == "@",
              let dot = wholeRun(from: at + 1, within: NoiseLimits.mailDomain, where: { NoiseClasses.isWord($0) || $0 == "-" }),
              dot < scalars.count, scalars[dot] == "." else { return nil }
        return run(from: dot + 1, upTo: NoiseLimits.mailDomain, where: { NoiseClasses.isWord($0) || $0 == "." })
    }

    /// `\b(?=[A-Za-z_\-]{0,80}\d)(?=\d{0,80}[A-Za-z])[A-Za-z0-9_\-]{6,200}\b`: a word with a digit after
    /// its leading letters and a letter after its leading digits; the longest such word ending at a boundary.
    private func token(at start: Int) -> Int? {
        guard isBoundary(start) else { return nil }
        let letters = runLength(from: start, where: { Self.isASCIILetter($0) || $0 == "_" || $0 == "-" })
        guard letters <= NoiseLimits.lettersBeforeDigit, start + letters < scalars.count,
              NoiseClasses.isDigit(scalars[start + letters]) else { return nil }
        let digits = runLength(from: start, where: NoiseClasses.isDigit)
        guard digits <= NoiseLimits.digitsBeforeLetter, start + digits < scalars.count,
              Self.isASCIILetter(scalars[start + digits]) else { return nil }
        let longest = min(runLength(from: start, where: Self.isTokenCharacter), NoiseLimits.token.upperBound)
        guard longest >= NoiseLimits.token.lowerBound else { return nil }
        for length in stride(from: longest, through: NoiseLimits.token.lowerBound, by: -1) where isBoundary(start + length) {
            return start + length
        }
        return nil
    }

    /// ICU's `\b`: a word character on one side only, where combining marks and format characters
    /// (`Grapheme_Extend`, `Cf`) belong to the character before them.
    func isBoundary(_ position: Int) -> Bool {
        var currentIsWord = false
        if position < scalars.count {
            let current = scalars[position]
            if NoiseClasses.isBoundaryTransparent(current) { return false }
            currentIsWord = NoiseClasses.isWord(current)
        }
        var previousIsWord = false
        var before = position
        while before > 0 {
            before -= 1
            if !NoiseClasses.isBoundaryTransparent(scalars[before]) {
                previousIsWord = NoiseClasses.isWord(scalars[before])
                break
            }
        }
        return currentIsWord != previousIsWord
    }

    private func literal(_ word: String, at start: Int) -> Int? {
        var position = start
        for scalar in word.unicodeScalars {
            guard position < scalars.count, scalars[position] == scalar else { return nil }
            position += 1
        }
        return position
    }

    private func runLength(from start: Int, where belongs: (Unicode.Scalar) -> Bool) -> Int {
        var end = start
        while end < scalars.count, belongs(scalars[end]) { end += 1 }
        return end - start
    }

    /// The end of a greedy `class{lower,upper}` at the end of a pattern: as many as belong, up to `upper`.
    private func run(from start: Int, upTo limits: ClosedRange<Int>, where belongs: (Unicode.Scalar) -> Bool) -> Int? {
        var end = start
        while end < scalars.count, end - start < limits.upperBound, belongs(scalars[end]) { end += 1 }
        return end - start >= limits.lowerBound ? end : nil
    }

    /// The end of a run that must be followed by a character outside its class: nil when it is too
    /// short or longer than `limits` allow (then its first `upper` characters are followed by one of its own).
    private func wholeRun(from start: Int, within limits: ClosedRange<Int>, where belongs: (Unicode.Scalar) -> Bool) -> Int? {
        var end = start
        while end < scalars.count, belongs(scalars[end]) {
            end += 1
            if end - start > limits.upperBound { return nil }
        }
        return end - start >= limits.lowerBound ? end : nil
    }

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        isASCIILetter(scalar) || ("0"..."9").contains(scalar)
    }

    /// `[A-Za-z0-9_\-]`
    static func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isASCIIAlphanumeric(scalar) || scalar == "_" || scalar == "-"
    }
}

/// ICU's `\w`, `\d`, `\s` and the characters its `\b` looks through, as the ICU of the regular
/// expression this replaces had them (Unicode 16): characters Unicode assigned later are in none.
enum NoiseClasses {
    /// The last Unicode version whose characters are classified; a later one's are unassigned here.
    static let unicodeMajorVersion = 16

    /// `\w`: `[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u200C\u200D]`.
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return NoiseScanner.isASCIIAlphanumeric(scalar) || scalar == "_" }
        guard isAssigned(scalar) else { return false }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return properties.isAlphabetic || scalar.value == 0x200C || scalar.value == 0x200D
        }
    }

    /// `\d`: a decimal digit of any script.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("0"..."9").contains(scalar) }
        return isAssigned(scalar) && scalar.properties.generalCategory == .decimalNumber
    }

    /// `\s`: `White_Space`.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    /// Combining and format characters, which `\b` treats as part of the character before them.
    static func isBoundaryTransparent(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return false }
        guard isAssigned(scalar) else { return false }
        return scalar.properties.isGraphemeExtend || scalar.properties.generalCategory == .format
    }

    private static func isAssigned(_ scalar: Unicode.Scalar) -> Bool {
        guard let age = scalar.properties.age else { return false }
        return age.major <= unicodeMajorVersion
    }
}
