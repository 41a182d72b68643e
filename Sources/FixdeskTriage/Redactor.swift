/// Removes personal data and secrets from a paste before it is written anywhere: phone numbers,
/// e-mail addresses, message and trace ids, long digit runs, hex and base64 ids, access tokens.
///
/// Error codes (at most six digits) and the words of the error survive, so the redacted text still
/// says which error it was. One pass over the characters, no regular expressions: triage keys every
/// line of a large export with it.
public enum Redactor {
    public static let number = "<number>"
    public static let email = "<email>"
    public static let identifier = "<id>"
    public static let token = "<token>"

    /// A digit run this long is an id, a phone number or a timestamp, never an error code.
    static let longDigitRun = 7
    /// Groups of at most this many digits, separated by one space, dash, dot or parenthesis, are a phone number
    /// when they add up to `phoneDigits` (`0532 123 45 67`, `(415) 555-0100`), or `internationalPhoneDigits` after `+`.
    static let phoneGroupDigits = 4
    static let phoneDigits = 9
    static let internationalPhoneDigits = 8
    /// A word this long with both letters and digits (two or more of each) is an id (hex, base64,
    /// request ids), not a word of the error.
    static let mixedIdentifierLength = 10

    public static func redact(_ text: String) -> String {
        let characters = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        var afterBearer = false
        while index < characters.count {
            if let end = phoneEnd(in: characters, from: index) {
                output.append(contentsOf: number.unicodeScalars)
                index = end
                afterBearer = false
                continue
            }
            guard isWordCharacter(characters[index]) else {
                output.append(characters[index])
                index += 1
                continue
            }
            var end = index
            while end < characters.count, isWordCharacter(characters[end]) { end += 1 }
            let word = characters[index..<end]
            let prefix = keptPrefix(of: word)
            let value = word.dropFirst(prefix.unicodeScalars.count)
            let replacement = afterBearer && word.count >= 8 ? token : classify(value)
            afterBearer = word.count == 6 && word.elementsEqual("bearer".unicodeScalars) {
                $0.properties.lowercaseMapping == String($1)
            }
            if let replacement {
                output.append(contentsOf: prefix.unicodeScalars)
                output.append(contentsOf: replacement.unicodeScalars)
            } else {
                output.append(contentsOf: word)
            }
            index = end
        }
        return String(output)
    }

    /// Letters, digits and the characters ids, e-mail addresses and tokens are made of.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "-", ".", "+", "/", "=", "@", "%": true
        default: scalar.properties.isAlphabetic && scalar.value > 0x7F
        }
    }

    /// What replaces `word`, or nil when it stays.
    static func classify(_ word: ArraySlice<Unicode.Scalar>) -> String? {
        var digits = 0, letters = 0, longestDigitRun = 0, run = 0
        var hasAt = false, hasDot = false
        for scalar in word {
            if ("0"..."9").contains(scalar) {
                digits += 1
                run += 1
                longestDigitRun = max(longestDigitRun, run)
            } else {
                run = 0
                if scalar.properties.isAlphabetic { letters += 1 }
                if scalar == "@" { hasAt = true }
                if scalar == "." { hasDot = true }
            }
        }
        if hasAt, hasDot, letters > 0 { return email }
        if starts(word, with: "wamid.") || starts(word, with: "gBGG") { return identifier }
        if word.count >= 20, starts(word, with: "EAA") { return token }
        if longestDigitRun >= longDigitRun {
            let isNumber = digits == word.count || (word.first == "+" && digits == word.count - 1)
            return isNumber ? number : identifier
        }
        if word.count >= mixedIdentifierLength, digits >= 2, letters >= 2 { return identifier }
        return nil
    }

    static func starts(_ word: ArraySlice<Unicode.Scalar>, with prefix: String) -> Bool {
        word.count >= prefix.unicodeScalars.count && zip(word, prefix.unicodeScalars).allSatisfy { $0 == $1 }
    }

    /// `code=`-style prefixes before an id stay readable: `fbtrace_id=Ab12…` → `fbtrace_id=<id>`.
    static func keptPrefix(of word: ArraySlice<Unicode.Scalar>) -> String {
        guard let equals = word.firstIndex(of: "="), equals > word.startIndex else { return "" }
        let prefix = word[word.startIndex...equals]
        return prefix.allSatisfy({ $0.properties.isAlphabetic || $0 == "_" || $0 == "=" || $0 == "." })
            ? String(String.UnicodeScalarView(prefix)) : ""
    }

    /// The end of a phone number written in groups starting at `start`, or nil.
    static func phoneEnd(in characters: [Unicode.Scalar], from start: Int) -> Int? {
        if start > 0, isWordCharacter(characters[start - 1]), characters[start - 1] != "+" { return nil }
        var index = start
        let international = characters[index] == "+"
        if international { index += 1 }
        var digits = 0, groups = 0, lastDigitEnd = index
        while index < characters.count {
            if characters[index] == "(" { index += 1 }
            var group = 0
            while index < characters.count, ("0"..."9").contains(characters[index]) {
                group += 1
                index += 1
            }
            if group == 0 { break }
            if group > phoneGroupDigits { return nil }
            digits += group
            groups += 1
            lastDigitEnd = index
            if index < characters.count, characters[index] == ")" { index += 1 }
            guard index < characters.count, [" ", "-", "."].contains(characters[index]) else { break }
            index += 1
        }
        guard groups >= 2, digits >= (international ? internationalPhoneDigits : phoneDigits) else { return nil }
        if lastDigitEnd < characters.count, characters[lastDigitEnd].properties.isAlphabetic { return nil }
        return lastDigitEnd
    }
}
