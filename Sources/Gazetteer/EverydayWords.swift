import Foundation

/// Everyday English words (gazetteer/everyday-words.txt: one folded word a line, sorted, after `#`
/// comment lines), looked up by binary search over the file's bytes: nothing is parsed at load, so a
/// cold `geocode` pays nothing for a list it consults once (building a set of 64,000 strings was a
/// fifth of its start).
struct EverydayWords: Sendable {
    private let bytes: Data
    /// Where the first word starts (after the comment lines).
    private let start: Int

    static let empty = EverydayWords(bytes: Data())

    init(bytes: Data) {
        self.bytes = bytes
        var offset = 0
        while offset < bytes.count, bytes[bytes.startIndex + offset] == UInt8(ascii: "#") {
            while offset < bytes.count, bytes[bytes.startIndex + offset] != UInt8(ascii: "\n") { offset += 1 }
            offset += 1
        }
        start = min(offset, bytes.count)
    }

    var isEmpty: Bool { start >= bytes.count }

    /// Whether `word` (folded) is on the list.
    func contains(_ word: String) -> Bool {
        let key = Array(word.utf8)
        return bytes.withUnsafeBytes { raw -> Bool in
            let buffer = raw.bindMemory(to: UInt8.self)
            var low = start, high = buffer.count
            while low < high {
                // The line around the middle byte.
                var lineStart = (low + high) / 2
                while lineStart > low, buffer[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
                var lineEnd = lineStart
                while lineEnd < buffer.count, buffer[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                let line = buffer[lineStart..<lineEnd]
                if line.elementsEqual(key) { return true }
                if line.lexicographicallyPrecedes(key) { low = lineEnd + 1 } else { high = lineStart }
            }
            return false
        }
    }
}
