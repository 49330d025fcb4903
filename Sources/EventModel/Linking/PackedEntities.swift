/// A restored catalog's entities and names as ``EntityCatalog/packed()`` wrote them, read in place: one
/// pass over the bytes finds where each record begins, and an entity or a name is decoded only when asked
/// for.
///
/// Decoding every entity (its strings, its aliases) and every name into dictionaries is what a new
/// process that links one edited article used to wait for: 68,507 entities and their names at 100,000
/// articles, about 400,000 at 1,000,000. Linking an article asks for a few hundred of them.
///
/// Entities are in id order and names in key order (both as Swift orders strings), so a look-up is a
/// binary search that answers as the dictionaries of a built catalog do: the first entity with an id,
/// and names equal as Swift compares strings.
final class PackedEntities: Sendable {
    /// The entities' and names' records, back to back, as the packed catalog holds them.
    private let bytes: [UInt8]
    /// Where each entity's record begins, by position.
    private let entityStarts: [Int32]
    /// Where each name's record (key, then its entity's position) begins, in key order.
    private let nameStarts: [Int32]
    /// Each entity's kind and origin, by position: what the linker and the extractors ask most.
    private let kinds: [EntityKind]
    private let origins: [EntityOrigin]

    /// Walks the entities and names at `reader`, checking their shape, and keeps a copy of their bytes;
    /// nil when they are not of that shape (a damaged row). The reader is left after the names.
    init?(reading reader: inout PackedReader) {
        let start = reader.position
        guard let entityCount = reader.int(), entityCount <= reader.remaining else { return nil }
        var entityStarts: [Int32] = []
        var kinds: [EntityKind] = []
        var origins: [EntityOrigin] = []
        entityStarts.reserveCapacity(entityCount)
        kinds.reserveCapacity(entityCount)
        origins.reserveCapacity(entityCount)
        for _ in 0..<entityCount {
            entityStarts.append(Int32(reader.position - start))
            guard reader.skipString(), reader.skipString(), let kind = reader.int(), kind < Self.kinds.count,
                  let aliasCount = reader.int(), aliasCount <= reader.remaining else { return nil }
            for _ in 0..<aliasCount where !reader.skipString() { return nil }
            guard reader.skipOptional(), let externalCount = reader.int(), externalCount <= reader.remaining else { return nil }
            for _ in 0..<externalCount where !(reader.skipString() && reader.skipString()) { return nil }
            guard let origin = reader.int(), origin < Self.origins.count, reader.skipOptional(), reader.int() != nil else { return nil }
            kinds.append(Self.kinds[kind])
            origins.append(Self.origins[origin])
        }
        guard let nameCount = reader.int(), nameCount <= reader.remaining else { return nil }
        var nameStarts: [Int32] = []
        nameStarts.reserveCapacity(nameCount)
        for _ in 0..<nameCount {
            nameStarts.append(Int32(reader.position - start))
            guard reader.skipString(), let position = reader.int(), position < entityCount else { return nil }
        }
        guard reader.position - start <= Int(Int32.max) else { return nil }
        bytes = reader.bytesRead(since: start)
        (self.entityStarts, self.nameStarts, self.kinds, self.origins) = (entityStarts, nameStarts, kinds, origins)
    }

    /// Kinds and origins by the number a packed entity gives them (``EntityCatalog/pack(into:)`` writes them).
    static let kinds = EntityKind.allCases
    static let origins: [EntityOrigin] = [.knowledge, .gazetteer, .acronym, .discovered]

    var count: Int { entityStarts.count }

    func kind(at position: Int) -> EntityKind { kinds[position] }

    func origin(at position: Int) -> EntityOrigin { origins[position] }

    /// The entity at `position`, decoded.
    func entity(at position: Int) -> Entity {
        reading(at: entityStarts[position]) { reader in
            // The walk checked the record's shape: none of these reads fails.
            let id = reader.string()!, name = reader.string()!, kind = Self.kinds[reader.int()!]
            let aliases = (0..<reader.int()!).map { _ in reader.string()! }
            let description = reader.optional()!
            var external: [String: String] = [:]
            for _ in 0..<reader.int()! {
                let scheme = reader.string()!
                external[scheme] = reader.string()!
            }
            let origin = Self.origins[reader.int()!], path = reader.optional()!, line = reader.int()!
            return Entity(id: id, name: name, kind: kind, aliases: aliases, description: description, externalIDs: external,
                          origin: origin, definedAt: path.map { SourceLocation(path: $0, line: line == 0 ? nil : line - 1) })
        }
    }

    /// The id of the entity at `position`, decoding nothing else.
    func id(at position: Int) -> String {
        reading(at: entityStarts[position]) { $0.string()! }
    }

    /// Whether the name of the entity at `position` holds a space, as ``EntityLinker`` tells it of a
    /// name (``EntityLinker/hasSpace(_:)``): from its bytes where they tell.
    func nameHasSpace(at position: Int) -> Bool {
        reading(at: entityStarts[position]) { reader in
            _ = reader.skipString()
            return reader.withString { name in
                guard let first = name.firstIndex(of: UInt8(ascii: " ")) else { return false }
                let next = first + 1
                if next == name.endIndex || name[next] < 0x80 { return true }
                return String(decoding: name, as: UTF8.self).contains(" ")
            }!
        }
    }

    /// The position of the first entity with this id.
    func position(of id: String) -> Int? {
        let at = lowerBound(entityStarts, id)
        return at < entityStarts.count && reading(at: entityStarts[at], { $0.withString { Self.equal($0, id) } })! ? at : nil
    }

    /// The id of the entity that owns this folded name, as the built catalog's `aliasTable` answers it.
    func owner(ofName key: String) -> String? {
        let at = lowerBound(nameStarts, key)
        guard at < nameStarts.count else { return nil }
        return reading(at: nameStarts[at]) { reader -> String? in
            guard reader.withString({ Self.equal($0, key) })! else { return nil }
            return id(at: reader.int()!)
        }
    }

    /// Every entity, decoded: what a caller that wants them all (storing the catalog's rows) pays for.
    func allEntities() -> [Entity] {
        (0..<count).map(entity(at:))
    }

    /// Every name and the id of its entity, decoded.
    func allNames() -> [String: String] {
        var table: [String: String] = [:]
        table.reserveCapacity(nameStarts.count)
        for start in nameStarts {
            reading(at: start) { reader in
                let key = reader.string()!
                table[key] = id(at: reader.int()!)
            }
        }
        return table
    }

    /// The bytes as ``EntityCatalog/pack(into:)`` writes the entities and names: the same, read back.
    func pack(into writer: inout PackedWriter) {
        writer.append(bytes)
    }

    // MARK: - Reading

    private func reading<T>(at start: Int32, _ body: (inout PackedReader) -> T) -> T {
        bytes.withUnsafeBytes { buffer in
            var reader = PackedReader(UnsafeRawBufferPointer(rebasing: buffer[Int(start)...]))
            return body(&reader)
        }
    }

    /// The first of the records at `starts`, each beginning with a string and in that string's order,
    /// whose string is not before `text`.
    private func lowerBound(_ starts: [Int32], _ text: String) -> Int {
        var text = text
        return text.withUTF8 { query in
            let ascii = !query.contains { $0 >= 0x80 }
            var low = 0, high = starts.count
            while low < high {
                let mid = (low + high) / 2
                let before = reading(at: starts[mid]) { reader in
                    reader.withString { stored in Self.less(stored, query, asciiQuery: ascii) }!
                }
                if before { low = mid + 1 } else { high = mid }
            }
            return low
        }
    }

    /// `stored < query` as Swift orders strings: bytes compared in place when both are ASCII (the same
    /// order), the strings otherwise.
    private static func less(_ stored: UnsafeRawBufferPointer, _ query: UnsafeBufferPointer<UInt8>, asciiQuery: Bool) -> Bool {
        if asciiQuery && !stored.contains(where: { $0 >= 0x80 }) {
            let common = min(stored.count, query.count)
            for index in 0..<common where stored[index] != query[index] { return stored[index] < query[index] }
            return stored.count < query.count
        }
        return String(decoding: stored, as: UTF8.self) < String(decoding: query, as: UTF8.self)
    }

    /// `stored == text` as Swift compares strings.
    private static func equal(_ stored: UnsafeRawBufferPointer, _ text: String) -> Bool {
        if stored.count == text.utf8.count && stored.elementsEqual(text.utf8) { return true }
        // Bytes that differ may still be canonically equivalent: Swift's `==` decides, as a dictionary does.
        if !stored.contains(where: { $0 >= 0x80 }) && !text.utf8.contains(where: { $0 >= 0x80 }) { return false }
        return String(decoding: stored, as: UTF8.self) == text
    }
}
