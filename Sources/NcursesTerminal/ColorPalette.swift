import CNcurses
import TerminalCore

/// Turns a `Style` into curses attributes and a colour pair, allocating pairs as styles appear.
struct ColorPalette {
    enum Mode {
        /// NO_COLOR, or a terminal without colours: attributes only.
        case monochrome
        /// Colours, with the terminal's own default foreground and background.
        case defaultColors
        /// Colours, where "default" has to be white on black.
        case fixedColors
    }

    let mode: Mode
    private var pairs: [Int: Int16] = [:]
    private let pairLimit: Int

    static func start(noColor: Bool) -> ColorPalette {
        guard !noColor, has_colors() else { return ColorPalette(mode: .monochrome, pairLimit: 0) }
        start_color()
        let mode: Mode = use_default_colors() == OK ? .defaultColors : .fixedColors
        guard evex_colors() >= 8 else { return ColorPalette(mode: .monochrome, pairLimit: 0) }
        return ColorPalette(mode: mode, pairLimit: Int(min(evex_color_pairs(), 32767)))
    }

    private init(mode: Mode, pairLimit: Int) {
        self.mode = mode
        self.pairLimit = pairLimit
    }

    /// The attributes and pair for `style`. On a monochrome terminal a coloured background,
    /// which the UI uses to mark a selection, becomes reverse video so it still shows.
    mutating func attributes(for style: Style) -> (attributes: attr_t, pair: Int16) {
        var reverse = style.reverse
        if mode == .monochrome && style.background != .default { reverse = !reverse }
        let attributes = evex_attributes(
            style.bold ? 1 : 0, style.underline ? 1 : 0, reverse ? 1 : 0, style.dim ? 1 : 0)
        return (attributes, pair(foreground: style.foreground, background: style.background))
    }

    private mutating func pair(foreground: TerminalColor, background: TerminalColor) -> Int16 {
        guard mode != .monochrome, foreground != .default || background != .default else { return 0 }
        let key = Int(foreground.rawValue) * 16 + Int(background.rawValue)
        if let pair = pairs[key] { return pair }
        let number = pairs.count + 1
        guard number < pairLimit else { return 0 }
        let fallback: (Int16, Int16) = mode == .defaultColors ? (-1, -1) : (Int16(COLOR_WHITE), Int16(COLOR_BLACK))
        init_pair(Int16(number), Self.curses(foreground) ?? fallback.0, Self.curses(background) ?? fallback.1)
        pairs[key] = Int16(number)
        return Int16(number)
    }

    private static func curses(_ color: TerminalColor) -> Int16? {
        switch color {
        case .default: return nil
        case .black: return Int16(COLOR_BLACK)
        case .red: return Int16(COLOR_RED)
        case .green: return Int16(COLOR_GREEN)
        case .yellow: return Int16(COLOR_YELLOW)
        case .blue: return Int16(COLOR_BLUE)
        case .magenta: return Int16(COLOR_MAGENTA)
        case .cyan: return Int16(COLOR_CYAN)
        case .white: return Int16(COLOR_WHITE)
        }
    }
}
