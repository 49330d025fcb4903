import Foundation

/// The co-occurring pairs of a count, split by their lower entity into slices small enough to sort in
/// memory, each slice in a file of its own beside the index: the rows are read once whatever the number
/// of slices (a pass over the rows per slice grew as the square of the corpus).
struct PairSlices {
    /// Slice `i` holds the pairs whose lower entity is in `bounds[i]..<bounds[i + 1]`.
    let bounds: [Int64]
    private let directory: URL
    private var files: [FileHandle] = []
    private var buffers: [[UInt64]]
    /// Pairs a slice gathers before they are written: 64 KB.
    private static let bufferSize = 8_192

    init(bounds: [Int64], beside path: String) throws {
        self.bounds = bounds
        // An index in memory (tests) has no folder: the temporary one then.
        let parent = path.hasPrefix("/") ? URL(fileURLWithPath: path).deletingLastPathComponent() : FileManager.default.temporaryDirectory
        directory = parent.appendingPathComponent(".evex-pairs-\(UUID().uuidString)", isDirectory: true)
        buffers = Array(repeating: [], count: bounds.count - 1)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for slice in buffers.indices {
                let url = file(slice)
                guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
                files.append(try FileHandle(forWritingTo: url))
            }
        } catch {
            remove()
            throw Self.failure(directory, error)
        }
    }

    var count: Int { bounds.count - 1 }

    /// The slice of a lower entity.
    func slice(of low: Int64) -> Int {
        // The last bound at or below `low`.
        var lower = 0, upper = bounds.count - 1
        while upper - lower > 1 {
            let middle = (lower + upper) / 2
            if bounds[middle] <= low { lower = middle } else { upper = middle }
        }
        return lower
    }

    mutating func add(_ pair: UInt64, to slice: Int) throws {
        buffers[slice].append(pair)
        if buffers[slice].count >= Self.bufferSize { try flush(slice) }
    }

    /// Writes what is buffered and closes the files; call once, before reading.
    mutating func finishWriting() throws {
        for slice in buffers.indices { try flush(slice) }
        for handle in files { try? handle.close() }
        files = []
    }

    /// The pairs of one slice, in the order they were added, read into `pairs` (whose memory is reused:
    /// one slice's array at a time, not a copy of the file beside it).
    func read(_ slice: Int, into pairs: inout [UInt64]) throws {
        let path = file(slice).path
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw Self.failure(directory, CocoaError(.fileReadNoSuchFile)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw Self.failure(directory, CocoaError(.fileReadUnknown)) }
        let size = Int(info.st_size)
        pairs.removeAll(keepingCapacity: true)
        pairs.append(contentsOf: repeatElement(0, count: size / MemoryLayout<UInt64>.size))
        let complete = pairs.withUnsafeMutableBytes { buffer -> Bool in
            var done = 0
            while done < buffer.count {
                let count = Foundation.read(descriptor, buffer.baseAddress! + done, buffer.count - done)
                guard count > 0 else { return false }
                done += count
            }
            return true
        }
        guard complete else { throw Self.failure(directory, CocoaError(.fileReadUnknown)) }
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    private mutating func flush(_ slice: Int) throws {
        guard !buffers[slice].isEmpty else { return }
        do {
            try buffers[slice].withUnsafeBytes { try files[slice].write(contentsOf: $0) }
        } catch {
            throw Self.failure(directory, error)
        }
        buffers[slice].removeAll(keepingCapacity: true)
    }

    private func file(_ slice: Int) -> URL {
        directory.appendingPathComponent("\(slice).pairs")
    }

    private static func failure(_ directory: URL, _ error: Error) -> IndexError {
        IndexError(.database, path: directory.path,
                   message: "the co-occurring pairs could not be counted in a temporary folder beside the index (\(error.localizedDescription))")
    }
}
