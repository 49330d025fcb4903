/// The rows of a long list that are on screen, fetched from the store as the view moves: a list
/// of 100,000 articles asks only for the rows it shows.
struct PagedRows<Row: Sendable & Hashable>: Sendable, Hashable {
    private var rows: [Row] = []
    private var range: Range<Int> = 0..<0

    /// Row `index` of the whole list, when it is among those fetched.
    func row(_ index: Int) -> Row? {
        range.contains(index) ? rows[index - range.lowerBound] : nil
    }

    /// Fetches the rows of `wanted` with `load`, unless they are the ones held already.
    mutating func fetch(_ wanted: Range<Int>, _ load: (Range<Int>) throws -> [Row]) rethrows {
        guard wanted != range else { return }
        rows = try load(wanted)
        range = wanted.lowerBound..<(wanted.lowerBound + rows.count)
    }

    /// Forgets the rows, so that the next fetch asks again (after a sort or a filter changed).
    mutating func reset() {
        rows = []
        range = 0..<0
    }
}
