import TerminalCore

/// One grapheme of laid-out text with its width in cells, meaning, link and source offset.
struct Atom: Sendable, Hashable {
    var character: Character
    var width: Int
    var role: Role
    var link: Int?
    /// Unicode-scalar offset in the article text, or -1 for text that is not the article's.
    var offset: Int

    var isSpace: Bool { character == " " }
}

/// Word wrap measured in terminal cells: breaks at spaces, never splits a wide character, and
/// breaks a word longer than the line where it must.
enum TextWrapper {
    static func atoms(_ text: DisplayText, role: Role = .plain, link: Int? = nil, offset: Int = -1) -> [Atom] {
        var out: [Atom] = []
        out.reserveCapacity(text.characters.count)
        var position = offset
        for character in text.characters {
            // Line breaks inside a paragraph are spaces to the wrapper.
            let shown: Character = character == "\n" || character == "\t" ? " " : character
            out.append(Atom(character: shown, width: CellWidth.of(shown), role: role, link: link, offset: position))
            if position >= 0 { position += character.unicodeScalars.count }
        }
        return out
    }

    /// Lines of at most `width` cells; spaces at a break are dropped.
    static func wrap(_ atoms: [Atom], width: Int) -> [[Atom]] {
        let width = max(1, width)
        var lines: [[Atom]] = []
        var line: [Atom] = []
        var lineWidth = 0
        var index = 0
        while index < atoms.count {
            if atoms[index].isSpace {
                var end = index
                while end < atoms.count && atoms[end].isSpace { end += 1 }
                if !line.isEmpty {
                    let spaces = atoms[index..<end]
                    let spaceWidth = spaces.reduce(0) { $0 + $1.width }
                    if lineWidth + spaceWidth < width {
                        line.append(contentsOf: spaces)
                        lineWidth += spaceWidth
                    } else {
                        lines.append(line)
                        line = []
                        lineWidth = 0
                    }
                }
                index = end
                continue
            }
            var end = index
            var wordWidth = 0
            while end < atoms.count && !atoms[end].isSpace {
                wordWidth += atoms[end].width
                end += 1
            }
            if lineWidth + wordWidth > width && !line.isEmpty {
                while line.last?.isSpace == true { line.removeLast() }
                lines.append(line)
                line = []
                lineWidth = 0
            }
            for atom in atoms[index..<end] {
                if lineWidth + atom.width > width && !line.isEmpty {
                    lines.append(line)
                    line = []
                    lineWidth = 0
                }
                line.append(atom)
                lineWidth += atom.width
            }
            index = end
        }
        while line.last?.isSpace == true { line.removeLast() }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Merges neighbouring atoms of the same role and link into segments.
    static func segments(_ atoms: [Atom]) -> [Segment] {
        var out: [Segment] = []
        var characters: [Character] = []
        var role: Role = .plain
        var link: Int?
        for atom in atoms {
            if !characters.isEmpty && (atom.role != role || atom.link != link) {
                out.append(Segment(DisplayText(String(characters)), role, link: link))
                characters = []
            }
            if characters.isEmpty {
                role = atom.role
                link = atom.link
            }
            characters.append(atom.character)
        }
        if !characters.isEmpty { out.append(Segment(DisplayText(String(characters)), role, link: link)) }
        return out
    }
}

extension TextWrapper {
    /// Atoms of untrusted article text starting at scalar `offset` (-1: not article text):
    /// sanitised for display, each keeping the offset of the character it stands for. Line breaks
    /// and tabs inside prose are spaces; every other control shows as its placeholder.
    static func atoms(untrusted text: String, role: Role, link: Int? = nil, offset: Int) -> [Atom] {
        var out: [Atom] = []
        out.reserveCapacity(text.unicodeScalars.count)
        var position = offset
        for original in text {
            let character = isProseSpace(original) ? " " : original
            if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F {
                out.append(Atom(character: character, width: 1, role: role, link: link, offset: position))
            } else {
                // Sanitising may turn one grapheme into several placeholders: all keep its offset.
                for shown in DisplayText(String(character)).characters {
                    out.append(Atom(character: shown, width: CellWidth.of(shown), role: role, link: link, offset: position))
                }
            }
            if position >= 0 { position += original.unicodeScalars.count }
        }
        return out
    }

    /// Untrusted prose as display text on one line: line breaks and tabs become spaces.
    static func displayProse(_ text: String) -> DisplayText {
        DisplayText(String(text.map { isProseSpace($0) ? " " : $0 }))
    }

    private static func isProseSpace(_ character: Character) -> Bool {
        character == "\n" || character == "\r\n" || character == "\r" || character == "\t"
    }
}
