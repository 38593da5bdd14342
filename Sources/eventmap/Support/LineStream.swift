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
            if let newline = buffer.firstIndex(of: 0x0A) {
                var line = buffer[buffer.startIndex..<newline]
                buffer.removeSubrange(buffer.startIndex...newline)
                lineNumber += 1
                if skipping {
                    skipping = false
                    return .tooLong(number: lineNumber)
                }
                if line.last == 0x0D { line = line.dropLast() }
                if line.count > maximumBytes { return .tooLong(number: lineNumber) }
                return .text(Data(line), number: lineNumber)
            }
            if buffer.count > maximumBytes {
                // Past the limit without a newline: the line's bytes are dropped as they come.
                buffer.removeAll(keepingCapacity: true)
                skipping = true
            }
            if atEnd {
                guard !buffer.isEmpty || skipping else { return nil }
                lineNumber += 1
                let line = buffer
                buffer = Data()
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
            if chunk.isEmpty { atEnd = true } else { buffer.append(chunk) }
        }
    }
}
