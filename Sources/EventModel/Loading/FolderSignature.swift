import Foundation

/// One number for the files directly in a folder (name, kind, size, modification time of each): the
/// same value at the next listing means none of them came, went or changed.
///
/// It is a sum of one hash per file, so it does not depend on the order the files are met in: a listing
/// folds each file in as `readdir` gives it and sorts nothing, and builds no string, for a folder whose
/// sum is the one stored (almost every folder of a sync).
public enum FolderSignature {
    /// The signature of `files`, all directly in one folder, as a listing gives it.
    public static func of<Files: Sequence<CorpusFile>>(_ files: Files) -> Int64 {
        var sum: UInt64 = 0
        for file in files {
            var path = file.path
            let term = path.withUTF8 { bytes in
                let slash = bytes.lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
                return Self.file(name: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[slash...])), kind: file.kind, size: file.size,
                                 modified: file.modified.timeIntervalSince1970)
            }
            sum &+= term
        }
        return Int64(bitPattern: sum)
    }

    /// One file's term: FNV-1a over its name, kind, size and time, then mixed (MurmurHash3's finaliser)
    /// so that the terms of two files differing in one bit differ in about half of theirs.
    static func file(name: UnsafeRawBufferPointer, kind: CorpusFile.Kind, size: Int, modified: Double) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        @inline(__always) func feed(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        for byte in name { feed(byte) }
        feed(0)
        feed(kind.code)
        @inline(__always) func feedWord(_ value: UInt64) {
            for shift in stride(from: 0, to: 64, by: 8) { feed(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
        }
        feedWord(UInt64(bitPattern: Int64(size)))
        feedWord(modified.bitPattern)
        hash ^= hash >> 33
        hash &*= 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        hash &*= 0xc4ce_b9fe_1a85_ec53
        hash ^= hash >> 33
        return hash
    }

    /// A time read from `stat` as ``CorpusFile/modified`` gives it back: through `Date`, which keeps its
    /// own epoch, so that the listing's term and one computed from the file agree to the bit.
    static func hashed(_ seconds: Double) -> Double {
        Date(timeIntervalSince1970: seconds).timeIntervalSince1970
    }
}

extension CorpusFile.Kind {
    fileprivate var code: UInt8 {
        switch self {
        case .article: return 1
        case .feed: return 2
        case .knowledge: return 3
        }
    }
}
