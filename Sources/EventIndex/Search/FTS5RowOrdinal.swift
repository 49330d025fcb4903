import GRDBSQLite

/// The place of the current row among the rows its statement has read so far, kept per statement in the
/// FTS5 auxiliary data, so that two calls of a function on one row count it once.
enum FTS5RowOrdinal {
    /// The current row's ordinal, from 1; nil when the counter could not be kept (the error is then set
    /// on `context`).
    static func next(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer, _ context: OpaquePointer?) -> Int64? {
        // The rows counted and the last rowid.
        let state: UnsafeMutablePointer<Int64>
        if let saved = api.pointee.xGetAuxdata(fts, 0) {
            state = saved.assumingMemoryBound(to: Int64.self)
        } else {
            state = .allocate(capacity: 2)
            state.initialize(repeating: 0, count: 2)
            guard api.pointee.xSetAuxdata(fts, state, { $0?.assumingMemoryBound(to: Int64.self).deallocate() }) == SQLITE_OK else {
                sqlite3_result_error_code(context, SQLITE_ERROR)
                return nil
            }
        }
        let rowid = api.pointee.xRowid(fts)
        if state[0] == 0 || state[1] != rowid {
            state[0] += 1
            state[1] = rowid
        }
        return state[0]
    }
}
