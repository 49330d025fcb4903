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

    /// The same for titles whose letters and digits are all ASCII (curly quotes and dashes
    /// allowed): the common case, without Foundation's folding, which is much slower.
    private static func normalizeASCII(_ title: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(title.utf8.count)
        var pendingSpace = false
        for scalar in title.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                if byte == 0x27 || byte == 0x60 { continue }
                if Bytes.isASCIILetter(byte) || Bytes.isDigit(byte) {
                    if pendingSpace && !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                    out.append(Bytes.lower(byte))
                } else {
                    pendingSpace = true
                }
                continue
            }
            if apostrophes.contains(scalar) { continue }
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil { return nil }
            pendingSpace = true
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let apostrophes: Set<Unicode.Scalar> = ["'", "’", "‘", "ʼ", "`", "´", "′"]
}
