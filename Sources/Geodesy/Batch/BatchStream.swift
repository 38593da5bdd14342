import Foundation

/// Runs a `BatchMode` (`distance --batch`, `destination --batch`) over a whole stream on several
/// cores, in input order, in constant memory.
///
/// Reading, answering and writing overlap: a reader thread cuts the input into chunks of whole
/// lines, `threads` workers answer chunks (parse, solve, format) as they come, and the calling
/// thread writes their answers in input order. At most `slotCount` chunks are in flight, whatever
/// the input's length or the number of cores, so memory stays constant: about 16 MiB for chunks of
/// ordinary lines. A bad line is answered by an `ERROR` line in its place and the run goes on.
///
/// Each read is answered as soon as it holds a whole line: typed lines are answered as typed.
public struct BatchStream: Sendable {
    /// Worker threads answering chunks; at most `slotCount - 1` are used.
    public let threads: Int

    /// Bytes asked of the input at a time: a chunk of about 3,000 lines, a few milliseconds' work,
    /// so the last chunks leave cores idle only briefly.
    public static let chunkBytes = 128 << 10
    /// Chunks in flight at once (read, being answered, or waiting to be written).
    public static let slotCount = 32
    /// A chunk holds at most this many lines, so its answers stay bounded even for lines as short
    /// as "0 0 0 0" with `-f` (up to 4 KB of answer each).
    public static let maximumChunkLines = 4_096
    /// The longest line read (a line of four numbers is under 100 bytes). A longer one is skipped
    /// to its end and answered with an ERROR line, so a stream without newlines costs constant
    /// memory and linear time.
    public static let maximumLineBytes = 1 << 20

    public init(threads: Int) {
        self.threads = max(1, min(threads, Self.slotCount - 1))
    }

    /// Reads `input` to its end and writes the answers to `output` (file descriptors).
    /// - Throws: `BatchError` when the input cannot be read or the output written; the answers
    ///   before a read failure are written first.
    public func run<Mode: BatchMode>(_ mode: Mode, input: Int32, output: Int32) throws -> BatchSummary {
        let pipeline = Pipeline(mode: mode)
        Thread { pipeline.read(from: input) }.start()
        for _ in 0..<threads {
            Thread { pipeline.answer() }.start()
        }
        return try pipeline.write(to: output)
    }
}

/// The state the reader, the workers and the writer share, behind one condition variable.
private final class Pipeline<Mode: BatchMode>: @unchecked Sendable {
    /// One chunk's input, answers and counts; reused round the ring.
    final class Slot: @unchecked Sendable {
        var input = ByteBuffer(capacity: BatchStream.chunkBytes)
        var output = ByteBuffer(capacity: BatchStream.chunkBytes)
        var firstLineNumber = 0
        /// A line too long to hold stands alone in its chunk, without its bytes.
        var tooLongLine = false
        var summary = BatchSummary()
        /// Set by a worker when `output` is complete, cleared by the writer (under the lock).
        var answered = false

        deinit {
            input.deallocate()
            output.deallocate()
        }
    }

    let mode: Mode
    let slots = (0..<BatchStream.slotCount).map { _ in Slot() }
    let condition = NSCondition()
    // Counters of chunks by sequence number (chunk n lives in slots[n % slotCount]), under `condition`.
    var filled = 0
    var taken = 0
    var written = 0
    var readerDone = false
    /// Set when writing failed: everyone stops.
    var stopped = false
    var readFailure: BatchError?

    init(mode: Mode) { self.mode = mode }

    deinit { carry.deallocate() }

    private func locked<Value>(_ body: () -> Value) -> Value {
        condition.lock()
        defer { condition.unlock() }
        return body()
    }

    // MARK: Reader

    /// The reader's own state: the bytes after the last whole line, and whether a too-long line is
    /// being skipped.
    private var carry = ByteBuffer(capacity: BatchStream.chunkBytes)
    private var skipping = false
    private var atEnd = false
    private var nextLineNumber = 1

    func read(from descriptor: Int32) {
        while true {
            let slot: Slot? = locked {
                while filled - written >= slots.count, !stopped { condition.wait() }
                return stopped ? nil : slots[filled % slots.count]
            }
            guard let slot else { return }
            do {
                guard try fill(slot, from: descriptor) else { break }
            } catch {
                locked { readFailure = error }
                break
            }
            locked {
                filled += 1
                condition.broadcast()
            }
        }
        locked {
            readerDone = true
            condition.broadcast()
        }
    }

    /// Fills `slot` with the next chunk: whole lines from the carried bytes and fresh reads, or one
    /// too-long line. False at the end of the input, when nothing is left.
    private func fill(_ slot: Slot, from descriptor: Int32) throws(BatchError) -> Bool {
        slot.input.removeAll()
        slot.input.append(carry.bytes)
        carry.removeAll()
        slot.tooLongLine = false
        while true {
            if !skipping, let newline = firstNewline(slot.input.bytes), newline > BatchStream.maximumLineBytes {
                carry.append(UnsafeBufferPointer(rebasing: slot.input.bytes[(newline + 1)...]))
                return publishTooLongLine(slot)
            }
            if !skipping, let lines = cutWholeLines(slot) {
                slot.firstLineNumber = nextLineNumber
                nextLineNumber += lines
                return true
            }
            if atEnd {
                if skipping {
                    skipping = false
                    return publishTooLongLine(slot)
                }
                guard slot.input.count > 0 else { return false }
                slot.input.reserve(1)
                slot.input.append(UInt8(ascii: "\n"))
                continue
            }
            if !skipping, slot.input.count > BatchStream.maximumLineBytes {
                skipping = true
                slot.input.removeAll()
            }
            slot.input.reserve(BatchStream.chunkBytes)
            let count = try readOnce(descriptor, into: &slot.input)
            if count == 0 { atEnd = true }
            guard skipping else { continue }
            guard let newline = firstNewline(slot.input.bytes) else {
                slot.input.removeAll()
                continue
            }
            skipping = false
            carry.append(UnsafeBufferPointer(rebasing: slot.input.bytes[(newline + 1)...]))
            return publishTooLongLine(slot)
        }
    }

    private func publishTooLongLine(_ slot: Slot) -> Bool {
        slot.input.removeAll()
        slot.tooLongLine = true
        slot.firstLineNumber = nextLineNumber
        nextLineNumber += 1
        return true
    }

    /// Keeps up to `maximumChunkLines` whole lines in `slot` and moves the rest to the carry; nil
    /// when the slot holds no whole line.
    private func cutWholeLines(_ slot: Slot) -> Int? {
        let bytes = slot.input.bytes
        var lines = 0, cut = 0
        while lines < BatchStream.maximumChunkLines, let newline = firstNewline(UnsafeBufferPointer(rebasing: bytes[cut...])) {
            cut += newline + 1
            lines += 1
        }
        guard lines > 0 else { return nil }
        carry.append(UnsafeBufferPointer(rebasing: bytes[cut...]))
        slot.input.truncate(to: cut)
        return lines
    }

    private func firstNewline(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let start = bytes.baseAddress, let found = memchr(start, 0x0A, bytes.count) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(start)
    }

    /// One `read` into the buffer's spare room, retried on EINTR; 0 at the end of the input.
    private func readOnce(_ descriptor: Int32, into buffer: inout ByteBuffer) throws(BatchError) -> Int {
        while true {
            let spare = buffer.spare
            let count = Foundation.read(descriptor, spare.start, min(spare.count, BatchStream.chunkBytes))
            if count >= 0 {
                buffer.didFill(count)
                return count
            }
            if errno != EINTR { throw BatchError.readFailed(String(cString: strerror(errno))) }
        }
    }

    // MARK: Workers

    func answer() {
        while true {
            let slot: Slot? = locked {
                while taken == filled, !readerDone, !stopped { condition.wait() }
                guard !stopped, taken < filled else { return nil }
                taken += 1
                return slots[(taken - 1) % slots.count]
            }
            guard let slot else { return }
            slot.output.removeAll()
            if slot.tooLongLine {
                slot.summary = mode.answerTooLong(
                    lineNumber: slot.firstLineNumber, limitBytes: BatchStream.maximumLineBytes, into: &slot.output)
            } else {
                slot.summary = mode.answerLines(slot.input.bytes, firstLineNumber: slot.firstLineNumber, into: &slot.output)
            }
            locked {
                slot.answered = true
                condition.broadcast()
            }
        }
    }

    // MARK: Writer

    func write(to descriptor: Int32) throws -> BatchSummary {
        var summary = BatchSummary()
        while true {
            let slot: Slot? = locked {
                while !(written < filled && slots[written % slots.count].answered), !(readerDone && written == filled) {
                    condition.wait()
                }
                return written < filled ? slots[written % slots.count] : nil
            }
            guard let slot else { break }
            do {
                try FileDescriptor.writeAll(UnsafeRawBufferPointer(slot.output.bytes), to: descriptor)
            } catch {
                locked {
                    stopped = true
                    condition.broadcast()
                }
                throw BatchError.writeFailed(error.reason)
            }
            summary.add(slot.summary)
            locked {
                slot.answered = false
                written += 1
                condition.broadcast()
            }
        }
        if let failure = locked({ readFailure }) { throw failure }
        return summary
    }
}

/// Why batch mode stopped.
public enum BatchError: Error, CustomStringConvertible {
    case readFailed(String)
    case writeFailed(String)

    public var description: String {
        switch self {
        case let .readFailed(reason): return "Cannot read standard input: \(reason)."
        case let .writeFailed(reason): return "Cannot write standard output: \(reason); check the disk or the pipe's reader."
        }
    }
}
