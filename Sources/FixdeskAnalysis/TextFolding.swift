import Foundation

/// Case mapping and diacritic folding so that `IĞDIR`, `ığdır` and `igdir` meet.
public enum TextFolding {
    /// Lowercases `text`, applying the Turkish rules (`I`→`ı`, `İ`→`i`) when `language` uses them.
    ///
    /// Outside Turkish, `İ` still becomes a plain `i` rather than `i` plus a combining dot.
    public static func lowercase(_ text: String, language: String) -> String {
        let turkish = language == "tr" || language == "az"
        var isASCII = true
        var hasUpper = false
        for byte in text.utf8 {
            if byte >= 0x80 { isASCII = false; break }
            if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
        }
        if isASCII && !hasUpper { return text }
        // Built as UTF-8 bytes: appending to a String scalar by scalar costs more than the mapping.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 4)
        @inline(__always) func append(_ scalar: Unicode.Scalar) {
            UTF8.encode(scalar) { bytes.append($0) }
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "I": append(turkish ? "ı" : "i")
            case "İ": append("i")
            case _ where scalar.value < 0x80:
                let value = scalar.value
                bytes.append(UInt8(value >= 0x41 && value <= 0x5A ? value + 0x20 : value))
            // Latin letters that are already lowercase (ç ğ ı ö ş ü â î û…): no property lookup.
            case _ where isLowercaseLatin(scalar.value):
                append(scalar)
            default:
                if scalar.properties.changesWhenLowercased {
                    bytes += Array(scalar.properties.lowercaseMapping.utf8)
                } else {
                    append(scalar)
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Removes diacritics and maps the Turkish letters to ASCII: `şablonunuzu` → `sablonunuzu`, `ı` → `i`.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let mapped = directFold(scalar) {
                scalars.append(mapped)
            } else if scalar.value < 0x80 {
                scalars.append(scalar)
            } else if isCombiningMark(scalar) {
                continue
            } else if !scalar.properties.isAlphabetic {
                // Punctuation and symbols (’ … →) have no accents to remove; decomposing them is costly.
                scalars.append(scalar)
            } else {
                for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
                where !isCombiningMark(part) {
                    scalars.append(part)
                }
            }
        }
        return String(scalars)
    }

    /// The Turkish letters and circumflexed vowels, as a switch rather than a hashed table (this runs for every letter).
    @inline(__always)
    private static func directFold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "ç", "Ç": "c"
        case "ğ", "Ğ": "g"
        case "ı", "İ", "î": "i"
        case "ö", "Ö": "o"
        case "ş", "Ş": "s"
        case "ü", "Ü", "û": "u"
        case "â": "a"
        default: nil
        }
    }

    /// Lowercase letters of Latin-1 Supplement and Latin Extended-A (where lowercase letters alternate
    /// with their capitals from U+0100).
    @inline(__always)
    static func isLowercaseLatin(_ value: UInt32) -> Bool {
        switch value {
        case 0xDF...0xF6, 0xF8...0xFF, 0x138, 0x149, 0x17F: true
        case 0x100...0x137, 0x14A...0x177: value % 2 == 1
        case 0x139...0x148, 0x179...0x17E: value % 2 == 0
        default: false
        }
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
