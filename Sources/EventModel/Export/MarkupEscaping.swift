/// Escaping for the text formats exports write: XML (GraphML, GEXF), DOT and CSV.
enum MarkupEscaping {
    /// Text for an XML attribute or element: markup characters as entities, and the characters
    /// XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF) as U+FFFD, so that a parser accepts it.
    static func xml(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\r": out += "&#13;"
            default:
                let forbidden = scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF
                out.unicodeScalars.append(forbidden ? "\u{FFFD}" : scalar)
            }
        }
        return out
    }

    /// A DOT double-quoted string, quotes included. Backslashes are doubled so that Graphviz does not
    /// read "\N" or "\l" in a name as its own escapes; line breaks become "\n".
    static func dot(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": break
            default:
                out.unicodeScalars.append(scalar.value < 0x20 || scalar.value == 0x7F ? " " : scalar)
            }
        }
        return out + "\""
    }

    /// One RFC 4180 field: quoted when it holds a comma, a quote or a line break, quotes doubled.
    static func csv(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
