import EventModel
import Foundation

/// A catalog contribution packed as length-prefixed strings and variable-length integers.
///
/// Every article stores one, and a sync that must build the entity catalog in a new process decodes
/// them all: this format decodes several times faster than JSON, and is smaller.
enum ContributionBlob {
    static func encode(_ contribution: CatalogContribution) -> Data {
        var writer = PackedWriter()
        writer.int(contribution.acronyms.count)
        for acronym in contribution.acronyms {
            writer.string(acronym.acronym)
            writer.string(acronym.expansion)
            writer.int(acronym.count)
        }
        writer.int(contribution.candidates.count)
        for candidate in contribution.candidates {
            writer.string(candidate.name)
            writer.string(candidate.key)
            writer.string(candidate.kind.rawValue)
            writer.int(candidate.count)
            writer.int(candidate.variants.count)
            for variant in candidate.variants { writer.string(variant) }
            writer.int(candidate.role == nil ? 0 : 1)
            if let role = candidate.role { writer.string(role) }
        }
        return Data(writer.bytes)
    }

    /// The contribution, or nil when the bytes are not one (a damaged row).
    static func decode(_ data: Data) -> CatalogContribution? {
        data.withUnsafeBytes { buffer -> CatalogContribution? in
            var reader = PackedReader(buffer)
            guard let acronymCount = reader.int() else { return nil }
            var contribution = CatalogContribution()
            for _ in 0..<acronymCount {
                guard let acronym = reader.string(), let expansion = reader.string(), let count = reader.int() else { return nil }
                contribution.acronyms.append(AcronymDefinition(acronym: acronym, expansion: expansion, count: count))
            }
            guard let candidateCount = reader.int() else { return nil }
            for _ in 0..<candidateCount {
                guard let name = reader.string(), let key = reader.string(), let kindName = reader.string(),
                      let kind = EntityKind(rawValue: kindName), let count = reader.int(), let variantCount = reader.int() else { return nil }
                var variants: [String] = []
                for _ in 0..<variantCount {
                    guard let variant = reader.string() else { return nil }
                    variants.append(variant)
                }
                guard let hasRole = reader.int() else { return nil }
                var role: String?
                if hasRole == 1 {
                    guard let text = reader.string() else { return nil }
                    role = text
                }
                contribution.candidates.append(CandidateName(name: name, key: key, kind: kind, count: count, variants: variants, role: role))
            }
            return reader.atEnd ? contribution : nil
        }
    }
}
