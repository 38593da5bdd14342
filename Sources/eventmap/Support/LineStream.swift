import Answers
import Foundation

/// The lines of a stream (a file or standard input), read in chunks, so memory stays bounded
/// whatever the input's length: a line longer than `maximumBytes` is reported as too long and its
/// bytes are skipped, never held. Lines end at "\n"; a "\r" before it is dropped; the last line
/// may lack its newline.
struct LineStream {
    enum Line {
        case text(Data, number: Int)
        case tooLong(number: Int)
    }

    private let handle: FileHandle
    private let name: String
    let maximumBytes: Int
    private var buffer = Data()
    /// Where the unread bytes of `buffer` start (from its start index): lines are cut by moving it,
    /// and the read bytes are dropped once per chunk, not once per line (dropping each line moved
    /// the rest of the chunk, a fifth of `geocode --batch`'s time).
    private var consumed = 0
    private var lineNumber = 0
    private var skipping = false
    private var atEnd = false

    /// How much is read at a time.
    static let chunkBytes = 1 << 20

    init(handle: FileHandle, name: String, maximumBytes: Int) {
        self.handle = handle
        self.name = name
        self.maximumBytes = maximumBytes
    }

    /// The next line, or nil at the end of the stream.
    /// - Throws: `IOFailure` when the stream cannot be read.
    mutating func next() throws -> Line? {
        while true {
            let unread = buffer[(buffer.startIndex + consumed)...]
            if let newline = unread.firstIndex(of: 0x0A) {
                var line = unread[unread.startIndex..<newline]
                consumed = newline + 1 - buffer.startIndex
                lineNumber += 1
                if skipping {
                    skipping = false
                    return .tooLong(number: lineNumber)
                }
                if line.last == 0x0D { line = line.dropLast() }
                if line.count > maximumBytes { return .tooLong(number: lineNumber) }
                return .text(Data(line), number: lineNumber)
            }
            if unread.count > maximumBytes {
                // Past the limit without a newline: the line's bytes are dropped as they come.
                buffer.removeAll(keepingCapacity: true)
                consumed = 0
                skipping = true
            }
            if atEnd {
                let rest = buffer[(buffer.startIndex + consumed)...]
                guard !rest.isEmpty || skipping else { return nil }
                lineNumber += 1
                let line = Data(rest)
                buffer = Data()
                consumed = 0
                if skipping {
                    skipping = false
                    return .tooLong(number: lineNumber)
                }
                return .text(line.last == 0x0D ? line.dropLast() : line, number: lineNumber)
            }
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: Self.chunkBytes) ?? Data()
            } catch {
                throw IOFailure(description: "Cannot read \(name): \((error as NSError).localizedDescription).")
            }
            if chunk.isEmpty {
                atEnd = true
            } else {
                if consumed > 0 {
                    buffer.removeSubrange(buffer.startIndex..<(buffer.startIndex + consumed))
                    consumed = 0
                }
                buffer.append(chunk)
            }
        }
    }
}
