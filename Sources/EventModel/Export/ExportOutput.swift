import Foundation

/// Where an export's text goes: a file or standard output, written in chunks so that memory stays
/// flat however large the export; or memory, for tests.
public final class ExportOutput {
    private let handle: FileHandle?
    private let transform: ((String) -> String)?
    private var buffer: [UInt8] = []
    private var failure: Error?
    /// Everything written, when writing to memory.
    public private(set) var text = ""

    private static let chunk = 1 << 16

    /// Writes to `handle`; `transform` rewrites each piece first (standard output on a terminal
    /// passes it through the terminal sanitiser).
    public init(handle: FileHandle, transform: ((String) -> String)? = nil) {
        self.handle = handle
        self.transform = transform
    }

    /// Keeps what is written in ``text``.
    public init() {
        handle = nil
        transform = nil
    }

    public func write(_ piece: String) {
        guard let handle else { text += piece; return }
        guard failure == nil else { return }
        buffer.append(contentsOf: (transform?(piece) ?? piece).utf8)
        if buffer.count >= Self.chunk { flush(handle) }
    }

    /// Writes what is buffered; throws the first write error (a full disk, a closed pipe).
    public func finish() throws {
        if let handle { flush(handle) }
        if let failure { throw failure }
    }

    private func flush(_ handle: FileHandle) {
        guard failure == nil, !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            failure = error
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
