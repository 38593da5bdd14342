import Foundation

/// A sorted "key TAB row TAB kind TAB spelling" table searched in place, without parsing it first.
///
/// Lookup is a binary search over the raw bytes (O(log n) line probes), so a cold process pays only
/// for reading the file, not for building a dictionary of 200,000 names.
struct SortedKeyIndex: Sendable {
    /// One matching line: which place row, whether the spelling is the primary name, one the
    /// gazetteer's build derived (a transliteration, kind "t") or one of our curated region names
    /// (kind "k", gazetteer/region-aliases.tsv), and the spelling.
    struct Hit: Sendable, Equatable {
        let row: Int
        let isPrimary: Bool
        let spelling: String
        var isDerived = false
        var isCurated = false
    }

    /// The file's bytes, memory-mapped when read from disk, so a lookup touches only the pages its
    /// binary search probes. Searches run over a raw buffer pointer (`Search`): per-byte `Data`
    /// subscripts would cost five times as much.
    private let storage: Data

    init(bytes: Data) {
        self.storage = bytes
    }

    /// Builds an index from unsorted lines (custom gazetteers, tests).
    init(lines: [String]) {
        self.storage = Data(lines.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { $0 + "\n" }.joined().utf8)
    }

    /// Every line whose key equals `key`.
    func hits(for key: String) -> [Hit] {
        storage.withUnsafeBytes { Search(bytes: $0).hits(for: key) }
    }

    /// Distinct keys that start with `prefix`, for "did you mean" candidates; at most `limit`.
    func keys(withPrefix prefix: String, limit: Int) -> [String] {
        storage.withUnsafeBytes { Search(bytes: $0).keys(withPrefix: prefix, limit: limit) }
    }

    /// The search algorithms over the raw bytes (valid only inside `withUnsafeBytes`).
    private struct Search {
        let bytes: UnsafeRawBufferPointer

        /// Every line whose key equals `key`.
        func hits(for key: String) -> [Hit] {
            let target = Array(key.utf8)
            var start = lowerBound(target)
            var hits: [Hit] = []
            while start < bytes.count, let line = line(at: start), compareKey(at: start, to: target) == 0 {
                hits.append(line.hit)
                start = line.next
            }
            return hits
        }

        /// Distinct keys that start with `prefix`, for "did you mean" candidates; at most `limit`.
        func keys(withPrefix prefix: String, limit: Int) -> [String] {
            let target = Array(prefix.utf8)
            var position = lowerBound(target)
            var keys: [String] = []
            while position < bytes.count, keys.count < limit, let line = line(at: position) {
                guard line.key.utf8.starts(with: target) else { break }
                if keys.last != line.key { keys.append(line.key) }
                position = line.next
            }
            return keys
        }

        /// Offset of the first line whose key is ≥ `target`. `low` is always a line start, so the line
        /// containing the midpoint starts at or after it and every probe shrinks the range.
        private func lowerBound(_ target: [UInt8]) -> Int {
            var low = 0, high = bytes.count
            while low < high {
                let probe = lineStart(atOrBefore: (low + high) / 2)
                if compareKey(at: probe, to: target) < 0 {
                    low = nextLineStart(after: probe)
                } else {
                    high = probe
                }
            }
            return low
        }

        private func lineStart(atOrBefore offset: Int) -> Int {
            var position = min(offset, bytes.count)
            while position > 0, bytes[position - 1] != UInt8(ascii: "\n") { position -= 1 }
            return position
        }

        private func nextLineStart(after offset: Int) -> Int {
            var position = offset
            while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
            return min(position + 1, bytes.count)
        }

        /// Compares the key of the line at `offset` (up to its first tab) with `target`, bytewise.
        private func compareKey(at offset: Int, to target: [UInt8]) -> Int {
            var index = 0
            while true {
                let position = offset + index
                let atEnd = position >= bytes.count || bytes[position] == UInt8(ascii: "\t") || bytes[position] == UInt8(ascii: "\n")
                if atEnd { return index == target.count ? 0 : -1 }
                if index == target.count { return 1 }
                if bytes[position] != target[index] { return bytes[position] < target[index] ? -1 : 1 }
                index += 1
            }
        }

        private struct Line {
            let key: String
            let hit: Hit
            let next: Int
        }

        private func line(at offset: Int) -> Line? {
            let end = nextLineStart(after: offset)
            let fields = bytes[offset..<end].split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            guard fields.count == 4, let row = Int(String(decoding: fields[1], as: UTF8.self)) else { return nil }
            let spelling = String(decoding: fields[3].prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
            let hit = Hit(
                row: row, isPrimary: fields[2].first == UInt8(ascii: "p"), spelling: spelling,
                isDerived: fields[2].first == UInt8(ascii: "t"), isCurated: fields[2].first == UInt8(ascii: "k"))
            return Line(key: String(decoding: fields[0], as: UTF8.self), hit: hit, next: end)
        }
    }
}
