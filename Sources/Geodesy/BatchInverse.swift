import Dispatch
import Foundation

/// A drop-in for GeographicLib's `GeodSolve -i`: reads `lat1 lon1 lat2 lon2` lines, writes
/// `azi1 azi2 s12` lines (azimuths with precision + 5 decimals, metres with precision decimals).
///
/// Streams in 4 MiB chunks, so memory stays constant for any input size; each chunk is split in two
/// at a line break and both halves are parsed, solved and formatted on separate cores, then written
/// in order. A bad line produces `ERROR: line N: …` in its place and processing goes on.
public struct BatchInverse: Sendable {
    /// Decimals for metres, as GeodSolve's `-p`; azimuths get five more.
    public let precision: Int
    public let geodesic: Geodesic

    public static let chunkBytes = 4 << 20

    /// The longest line read (1 MiB; a line of four numbers is under 100 bytes). A longer one is
    /// skipped to its end and answered with an ERROR line, so a stream without newlines costs
    /// constant memory and linear time.
    public static let maximumLineBytes = 1 << 20

    public init(precision: Int = 3, geodesic: Geodesic = .wgs84) {
        self.precision = max(0, min(precision, 10))
        self.geodesic = geodesic
    }

    /// Counts of what a run did.
    public struct Summary: Sendable, Equatable {
        public var lines = 0
        public var failedLines = 0
    }

    /// Reads `input` to its end and writes answers to `output` (file descriptors).
    public func run(input: Int32, output: Int32) throws -> Summary {
        var summary = Summary()
        var pending: [UInt8] = []
        var skippingLongLine = false
        var buffer = [UInt8](repeating: 0, count: BatchInverse.chunkBytes)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, BatchInverse.chunkBytes) }
            if count < 0 {
                if errno == EINTR { continue }
                throw BatchError.readFailed(String(cString: strerror(errno)))
            }
            if count == 0 { break }
            pending.append(contentsOf: buffer[0..<count])
            if skippingLongLine {
                guard let newline = pending.firstIndex(of: UInt8(ascii: "\n")) else {
                    pending.removeAll(keepingCapacity: true)
                    continue
                }
                pending.removeSubrange(...newline)
                skippingLongLine = false
                try reportLongLine(output: output, summary: &summary)
            }
            guard let lastNewline = pending.lastIndex(of: UInt8(ascii: "\n")) else {
                if pending.count > BatchInverse.maximumLineBytes {
                    skippingLongLine = true
                    pending.removeAll(keepingCapacity: true)
                }
                continue
            }
            try process(Array(pending[...lastNewline]), output: output, summary: &summary)
            pending.removeSubrange(...lastNewline)
        }
        if skippingLongLine {
            try reportLongLine(output: output, summary: &summary)
        } else if !pending.isEmpty {
            try process(pending + [UInt8(ascii: "\n")], output: output, summary: &summary)
        }
        return summary
    }

    private func reportLongLine(output: Int32, summary: inout Summary) throws {
        summary.lines += 1
        summary.failedLines += 1
        let message = "ERROR: line \(summary.lines): longer than \(BatchInverse.maximumLineBytes) bytes; give one pair of points a line\n"
        try writeAll(Array(message.utf8), to: output)
    }

    /// Answers for `text` (whole lines, each ending in a newline), for tests and small inputs.
    public func answer(_ text: String) -> (output: String, summary: Summary) {
        var bytes = Array(text.utf8)
        if let last = bytes.last, last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
        let solved = solve(bytes, firstLineNumber: 1)
        return (String(decoding: solved.output, as: UTF8.self), Summary(lines: solved.lines, failedLines: solved.failed))
    }

    private func process(_ chunk: [UInt8], output: Int32, summary: inout Summary) throws {
        // Split at the line break nearest the middle so both cores get half the work.
        let middle = chunk.count / 2
        let split = (chunk[middle...].firstIndex(of: UInt8(ascii: "\n")) ?? chunk.count - 1) + 1
        let firstHalf = Array(chunk[..<split]), secondHalf = Array(chunk[split...])
        let firstLines = firstHalf.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        let startLine = summary.lines + 1
        var results = [Solved](repeating: Solved(), count: 2)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = WorkerSlots(pointer: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: 2) { worker in
                slots.pointer[worker] =
                    worker == 0
                    ? solve(firstHalf, firstLineNumber: startLine)
                    : solve(secondHalf, firstLineNumber: startLine + firstLines)
            }
        }
        for result in results {
            try writeAll(result.output, to: output)
            summary.lines += result.lines
            summary.failedLines += result.failed
        }
    }

    /// Each worker writes only its own slot, and the caller reads them after both finish.
    private struct WorkerSlots: @unchecked Sendable {
        let pointer: UnsafeMutablePointer<Solved>
    }

    private struct Solved {
        var output: [UInt8] = []
        var lines = 0
        var failed = 0
    }

    /// Parses, solves and formats every line of `bytes` (which ends with a newline).
    private func solve(_ bytes: [UInt8], firstLineNumber: Int) -> Solved {
        var solved = Solved()
        guard !bytes.isEmpty else { return solved }
        solved.output.reserveCapacity(bytes.count * 2)
        bytes.withUnsafeBufferPointer { input in
            let base = input.baseAddress!
            var lineStart = 0
            while lineStart < input.count {
                var lineEnd = lineStart
                while input[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                let lineNumber = firstLineNumber + solved.lines
                solved.lines += 1
                switch BatchLineParser.parse(base + lineStart, count: lineEnd - lineStart) {
                case let .success(values):
                    let result = geodesic.inverse(
                        latitude1Degrees: values.0, longitude1Degrees: values.1,
                        latitude2Degrees: values.2, longitude2Degrees: values.3)
                    FixedDecimalFormatter.append(result.initialAzimuthDegrees, decimals: precision + 5, to: &solved.output)
                    solved.output.append(UInt8(ascii: " "))
                    FixedDecimalFormatter.append(result.finalAzimuthDegrees, decimals: precision + 5, to: &solved.output)
                    solved.output.append(UInt8(ascii: " "))
                    FixedDecimalFormatter.append(result.distanceMeters, decimals: precision, to: &solved.output)
                    solved.output.append(UInt8(ascii: "\n"))
                case let .failure(problem):
                    solved.failed += 1
                    solved.output.append(contentsOf: Array("ERROR: line \(lineNumber): \(problem.description)\n".utf8))
                }
                lineStart = lineEnd + 1
            }
        }
        return solved
    }

    private func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw BatchError.writeFailed(String(cString: strerror(errno)))
                }
                offset += written
            }
        }
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
