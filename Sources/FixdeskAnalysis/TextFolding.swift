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
        if isASCII {
            // `I` is the only ASCII letter whose Turkish lowercase (`ı`) is not ASCII.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count + 1)
            for byte in text.utf8 {
                if byte == UInt8(ascii: "I") && turkish { bytes += [0xC4, 0xB1] }
                else { bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "I": scalars.append(turkish ? "ı" : "i")
            case "İ": scalars.append("i")
            case _ where scalar.value < 0x80:
                let value = scalar.value
                scalars.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 0x20)! : scalar)
            default:
                if scalar.properties.changesWhenLowercased {
                    scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                } else {
                    scalars.append(scalar)
                }
            }
        }
        return String(scalars)
    }

    /// Removes diacritics and maps the Turkish letters to ASCII: `şablonunuzu` → `sablonunuzu`, `ı` → `i`.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let mapped = directFolds[scalar] {
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

    private static let directFolds: [Unicode.Scalar: Unicode.Scalar] = [
        "ç": "c", "ğ": "g", "ı": "i", "ö": "o", "ş": "s", "ü": "u",
        "Ç": "c", "Ğ": "g", "İ": "i", "Ö": "o", "Ş": "s", "Ü": "u",
        "â": "a", "î": "i", "û": "u",
    ]

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
