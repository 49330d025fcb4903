import Foundation

/// The form in which article titles are compared: "Explainer: Why did ISIS attack a Moscow
/// theater?" and "explainer — why did ISIS attack a Moscow theatre" differ only in spelling
/// choices evex forgives: case, diacritics, quote and dash styles, punctuation and spacing.
public enum TitleKey {
    /// Case and diacritics folded, apostrophes dropped ("Russia’s" = "Russias"), other
    /// punctuation and symbols turned into spaces, whitespace collapsed and trimmed.
    public static func normalize(_ title: String) -> String {
        if let ascii = normalizeASCII(title) { return ascii }
        let folded = title.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if apostrophes.contains(scalar) { continue }
            if CharacterSet.alphanumerics.contains(scalar) {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    /// The same for ASCII titles, without Foundation's folding (the common case, and much faster).
    private static func normalizeASCII(_ title: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(title.utf8.count)
        var pendingSpace = false
        for byte in title.utf8 {
            guard byte < 0x80 else { return nil }
            if byte == 0x27 || byte == 0x60 { continue }
            if Bytes.isASCIILetter(byte) || Bytes.isDigit(byte) {
                if pendingSpace && !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(Bytes.lower(byte))
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let apostrophes: Set<Unicode.Scalar> = ["'", "’", "‘", "ʼ", "`", "´", "′"]
}
