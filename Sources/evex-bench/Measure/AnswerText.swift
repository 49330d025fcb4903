import EventModel
import Foundation

/// A search's whole answer as text: two runs, or two builds, gave the same answers when their files are
/// equal byte for byte. Counts alone would not see a changed order, snippet or score.
enum AnswerText {
    static func of(_ query: String, _ results: SearchResults) -> String {
        var lines = ["\(query)\tarticles \(results.articles.count)\tentities \(results.entities.count)"
            + (results.approximate ? "\tapproximate" : "")]
        for hit in results.articles {
            let spans = hit.highlights.map { "\($0.start)-\($0.end)" }.joined(separator: ",")
            lines.append("  \(hit.article.id)\t\(String(format: "%.9g", hit.score))\t\(spans)\t\(hit.snippet)")
        }
        for entity in results.entities {
            lines.append("  = \(entity.id)\t\(entity.mentions)")
        }
        return lines.joined(separator: "\n")
    }
}
