import Foundation

/// A geodesic problem answered a line at a time, GeodSolve-style: the four numbers a line starts
/// with, and the answer written for them. `BatchStream` runs one over a whole stream on every core.
public protocol BatchMode: Sendable {
    /// What the four numbers are and the ranges they must lie in.
    var columns: BatchColumns { get }
    /// The most bytes `answer` writes for one line (before any passed-through columns).
    var maximumAnswerBytes: Int { get }
    /// Writes the answer for one line's numbers, without a newline; `output` has room for
    /// `maximumAnswerBytes`.
    func answer(_ values: (Double, Double, Double, Double), to output: inout ByteBuffer)
}

/// What a run, or one chunk of it, did.
public struct BatchSummary: Sendable, Equatable {
    public var lines = 0
    public var failedLines = 0
    /// The first bad line's sentence ("line 2, column 1: lat1 is not a finite decimal number").
    public var firstFailure: String?

    public init(lines: Int = 0, failedLines: Int = 0, firstFailure: String? = nil) {
        self.lines = lines
        self.failedLines = failedLines
        self.firstFailure = firstFailure
    }

    mutating func add(_ other: BatchSummary) {
        lines += other.lines
        failedLines += other.failedLines
        if firstFailure == nil { firstFailure = other.firstFailure }
    }
}

extension BatchMode {
    /// Answers every line of `input` (whole lines, each ending in a newline) into `output`: the
    /// answer, then a space and the columns after the fourth unchanged, or `ERROR: line N, column C: …`
    /// in the bad line's place. Lines are numbered from `firstLineNumber`.
    func answerLines(_ input: UnsafeBufferPointer<UInt8>, firstLineNumber: Int, into output: inout ByteBuffer) -> BatchSummary {
        var summary = BatchSummary()
        guard let base = input.baseAddress else { return summary }
        let columns = self.columns, room = maximumAnswerBytes + 1
        var lineStart = 0
        while lineStart < input.count {
            let start = base + lineStart
            let remaining = input.count - lineStart
            let length = memchr(start, 0x0A, remaining).map { UnsafeRawPointer($0) - UnsafeRawPointer(start) } ?? remaining
            summary.lines += 1
            switch BatchLineParser.parse(start, count: length, columns: columns) {
            case let .success(line):
                output.reserve(room)
                answer(line.values, to: &output)
                if let passthrough = line.passthrough {
                    output.reserve(1)
                    output.append(UInt8(ascii: " "))
                    output.append(UnsafeBufferPointer(start: start + passthrough.lowerBound, count: passthrough.count))
                }
            case let .failure(problem):
                summary.failedLines += 1
                let sentence = problem.sentence(line: firstLineNumber + summary.lines - 1)
                if summary.firstFailure == nil { summary.firstFailure = sentence }
                output.append("ERROR: " + sentence)
            }
            output.reserve(1)
            output.append(UInt8(ascii: "\n"))
            lineStart += length + 1
        }
        return summary
    }

    /// The `ERROR` line for line `number`, which was too long to hold.
    func answerTooLong(lineNumber: Int, limitBytes: Int, into output: inout ByteBuffer) -> BatchSummary {
        let sentence = BatchLineParser.Problem.tooLong(limitBytes: limitBytes).sentence(line: lineNumber)
        output.append("ERROR: " + sentence + "\n")
        return BatchSummary(lines: 1, failedLines: 1, firstFailure: sentence)
    }

    /// Answers for `text` in one piece, for tests and small inputs (a last line may lack its newline).
    public func answer(_ text: String) -> (output: String, summary: BatchSummary) {
        var bytes = Array(text.utf8)
        if let last = bytes.last, last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
        var output = ByteBuffer(capacity: bytes.count * 2)
        defer { output.deallocate() }
        let summary = bytes.withUnsafeBufferPointer { answerLines($0, firstLineNumber: 1, into: &output) }
        return (String(decoding: output.bytes, as: UTF8.self), summary)
    }
}
