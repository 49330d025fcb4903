import Foundation

enum NINJSReader {
    static func read(_ bytes: [UInt8], path: String) -> (article: Article?, diagnostics: [Diagnostic]) {
        (nil, [])
    }
}
