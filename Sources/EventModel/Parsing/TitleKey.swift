import Foundation

/// The form in which article titles are compared: "Explainer: Why did ISIS attack a Moscow
/// theater?" and "explainer — why did ISIS attack a Moscow theatre" differ only in spelling
/// choices evex forgives: case, diacritics, quote and dash styles, punctuation and spacing.
public enum TitleKey {
    /// Case and diacritics folded, apostrophes dropped ("Russia’s" = "Russias"), other
    /// punctuation and symbols turned into spaces, whitespace collapsed and trimmed.
    public static func normalize(_ title: String) -> String {
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

    private static let apostrophes: Set<Unicode.Scalar> = ["'", "’", "‘", "ʼ", "`", "´", "′"]
}
