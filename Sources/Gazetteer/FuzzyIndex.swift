import Foundation

/// The keys within a few edits of a misspelt name, found through shared trigrams (gazetteer/fuzzy.bin,
/// written by gazetteer/build.py) instead of measuring the edit distance to every key.
///
/// An edit changes at most three of a key's trigrams (a swap of neighbours four), so a key within `d`
/// edits of the query shares at least (query trigrams − 4d) of them; only keys that pass that count and the length filter are
/// measured. Searched in place (memory-mapped): a cold process reads only the lists it needs.
struct FuzzyIndex: Sendable {
    private let storage: Data
    private let keyCount: Int
    private let trigramCount: Int
    private let keyOffsetsStart = 16
    private var keyBytesStart: Int { keyOffsetsStart + 4 * (keyCount + 1) }
    private var trigramTableStart: Int { keyBytesStart + Int(word(at: keyOffsetsStart + 4 * keyCount)) }
    private var postingsStart: Int { trigramTableStart + 7 * trigramCount }

    /// Nil when the bytes are not a fuzzy index (wrong magic or truncated).
    init?(bytes: Data) {
        guard bytes.count >= 16, bytes.prefix(8) == Data("EMFUZZ1\n".utf8) else { return nil }
        storage = bytes
        keyCount = Int(bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian })
        trigramCount = Int(bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 12, as: UInt32.self).littleEndian })
        guard storage.count >= keyBytesStart, storage.count >= postingsStart else { return nil }
    }

    /// An index of no keys (a gazetteer built from entries alone).
    static let empty = FuzzyIndex(bytes: Data("EMFUZZ1\n".utf8) + Data(count: 12))!

    /// The keys nearest to `key` (all at the smallest edit distance found, at most `maximumDistance`).
    /// Nearest-only keeps a far but populous city (Harbin) from beating a one-letter typo of the
    /// intended one (Kharkiff → Kharkiv).
    func nearestKeys(to key: String, maximumDistance: Int) -> (keys: [String], distance: Int) {
        let query = Array(key.utf8)
        guard query.count >= 4, keyCount > 0 else { return ([], 0) }
        let grams = Self.trigrams(of: query)
        let needed = max(1, grams.count - 4 * maximumDistance)
        return storage.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var counts = [UInt8](repeating: 0, count: keyCount)
            var candidates: [Int] = []
            for gram in grams {
                guard let list = postingList(gram, in: buffer) else { continue }
                var position = list.start, number = 0
                for _ in 0..<list.count {
                    var gap = 0, shift = 0
                    while true {
                        let byte = buffer[position]
                        position += 1
                        gap |= Int(byte & 0x7F) << shift
                        shift += 7
                        if byte < 0x80 { break }
                    }
                    number += gap
                    if counts[number] < 255 { counts[number] += 1 }
                    if counts[number] == needed { candidates.append(number) }
                }
            }
            var nearest: [String] = []
            var nearestDistance = maximumDistance + 1
            var rows = DistanceRows(width: query.count)
            for number in candidates {
                let candidate = self.key(number, in: buffer)
                let limit = min(maximumDistance, nearestDistance)
                guard abs(candidate.count - query.count) <= limit else { continue }
                let distance = rows.distance(candidate, query, limit: limit)
                guard distance <= maximumDistance else { continue }
                let text = String(decoding: candidate, as: UTF8.self)
                if distance < nearestDistance {
                    nearest = [text]
                    nearestDistance = distance
                } else if distance == nearestDistance {
                    nearest.append(text)
                }
            }
            return (nearest.sorted(), nearestDistance)
        }
    }

    /// `EditDistance.between` (optimal string alignment) on bytes, with its three rows kept between
    /// calls: thousands of candidates are measured per guess, so no allocation per candidate.
    private struct DistanceRows {
        var beforePrevious: [Int], previous: [Int], current: [Int]

        init(width: Int) {
            beforePrevious = [Int](repeating: 0, count: width + 1)
            previous = beforePrevious
            current = beforePrevious
        }

        mutating func distance(_ key: UnsafeRawBufferPointer.SubSequence, _ right: [UInt8], limit: Int) -> Int {
            let left = UnsafeRawBufferPointer(rebasing: key)
            if left.isEmpty { return right.count }
            for j in 0...right.count { previous[j] = j }
            for i in 1...left.count {
                current[0] = i
                var rowMinimum = i
                for j in 1...right.count {
                    var best = min(previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1)
                    if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] {
                        best = min(best, beforePrevious[j - 2] + 1)
                    }
                    current[j] = best
                    rowMinimum = min(rowMinimum, best)
                }
                if rowMinimum > limit { return limit + 1 }
                swap(&beforePrevious, &previous)
                swap(&previous, &current)
            }
            return previous[right.count]
        }
    }

    /// The distinct trigrams of "^key$", as the build takes them.
    private static func trigrams(of key: [UInt8]) -> [[UInt8]] {
        let padded = [UInt8(ascii: "^")] + key + [UInt8(ascii: "$")]
        var seen = Set<[UInt8]>()
        return (0..<(padded.count - 2)).compactMap { index in
            let gram = Array(padded[index..<index + 3])
            return seen.insert(gram).inserted ? gram : nil
        }
    }

    private func word(at offset: Int) -> UInt32 {
        storage.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian }
    }

    private func key(_ number: Int, in buffer: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer.SubSequence {
        let offsets = keyOffsetsStart + 4 * number
        let start = Int(buffer.loadUnaligned(fromByteOffset: offsets, as: UInt32.self).littleEndian)
        let end = Int(buffer.loadUnaligned(fromByteOffset: offsets + 4, as: UInt32.self).littleEndian)
        return buffer[(keyBytesStart + start)..<(keyBytesStart + end)]
    }

    /// Binary search of the sorted trigram table; the list's length and where its gaps start.
    private func postingList(_ gram: [UInt8], in buffer: UnsafeRawBufferPointer) -> (count: Int, start: Int)? {
        var low = 0, high = trigramCount
        while low < high {
            let middle = (low + high) / 2
            let record = trigramTableStart + 7 * middle
            let order = compare(buffer, at: record, with: gram)
            if order == 0 {
                let offset = postingsStart + Int(buffer.loadUnaligned(fromByteOffset: record + 3, as: UInt32.self).littleEndian)
                let count = Int(buffer.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian)
                return (count, offset + 4)
            }
            if order < 0 { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    private func compare(_ buffer: UnsafeRawBufferPointer, at offset: Int, with gram: [UInt8]) -> Int {
        for index in 0..<3 where buffer[offset + index] != gram[index] {
            return buffer[offset + index] < gram[index] ? -1 : 1
        }
        return 0
    }
}
