import Foundation

/// The four numbers a batch line starts with, by the names GeodSolve's manual gives them, and the
/// largest magnitude each accepts.
public struct BatchColumns: Sendable, Equatable {
    public let names: [String]
    /// Degrees for angles (90 for a latitude, 540 for a longitude or an azimuth, as `distance` and
    /// `destination` accept them); infinity for a distance, which need only be finite.
    public let limits: [Double]

    /// Their units, for messages: "decimal degrees".
    public let units: String

    /// `lat1 lon1 lat2 lon2`: GeodSolve -i, the inverse problem.
    public static let inverse = BatchColumns(
        names: ["lat1", "lon1", "lat2", "lon2"], limits: [90, 540, 90, 540], units: "decimal degrees")
    /// `lat1 lon1 azi1 s12`: GeodSolve's direct problem.
    public static let direct = BatchColumns(
        names: ["lat1", "lon1", "azi1", "s12"], limits: [90, 540, Azimuth.maximumInputDegrees, .infinity],
        units: "decimal degrees and metres")

    /// "lat1 lon1 lat2 lon2", for messages.
    public var list: String { names.joined(separator: " ") }
}

/// Reads one batch line (four numbers, then any columns to pass through) without allocating.
///
/// Numbers are read exactly as C's `strtod` reads them (correctly rounded), so results match
/// GeodSolve's reading of the same text: plain decimals of at most 18 digits (nearly
/// every line) by Clinger's fast path, one exact division, and the rest by `strtod` itself.
/// Fields are separated by spaces, tabs or commas; a column counts bytes from 1.
public enum BatchLineParser {
    /// One line's four numbers, and where the columns after them lie.
    public struct Line: Sendable {
        public var values: (Double, Double, Double, Double)
        /// The bytes from the fifth field to the line's end (less a carriage return), to be passed
        /// through unchanged; nil when the line has four fields.
        public var passthrough: Range<Int>?
    }

    public enum Problem: Error, Equatable, CustomStringConvertible {
        case tooFewNumbers(found: Int, expected: String, column: Int)
        case notANumber(name: String, column: Int)
        case outOfRange(name: String, limit: Double, column: Int)
        case tooLong(limitBytes: Int)

        /// Where on the line the problem is (1 for the first byte); nil for a line too long to hold.
        public var column: Int? {
            switch self {
            case let .tooFewNumbers(_, _, column), let .notANumber(_, column), let .outOfRange(_, _, column): return column
            case .tooLong: return nil
            }
        }

        /// What is wrong, without where.
        public var reason: String {
            switch self {
            case let .tooFewNumbers(found, expected, _):
                return "expected 4 numbers (\(expected)), found \(found)"
            case let .notANumber(name, _):
                return "\(name) is not a finite decimal number"
            case let .outOfRange(name, limit, _):
                return "\(name) is outside -\(Int(limit))…\(Int(limit))"
            case let .tooLong(limit):
                return "longer than \(limit) bytes; give one geodesic a line"
            }
        }

        /// "line 4, column 1: lat1 is outside -90…90".
        public func sentence(line: Int) -> String {
            guard let column else { return "line \(line): \(reason)" }
            return "line \(line), column \(column): \(reason)"
        }

        public var description: String {
            guard let column else { return reason }
            return "column \(column): \(reason)"
        }
    }

    public static func parse(_ line: String, columns: BatchColumns = .inverse) -> Result<Line, Problem> {
        var bytes = Array(line.utf8)
        let count = bytes.count
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { parse($0.baseAddress!, count: count, columns: columns) }
    }

    @inline(__always)
    static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9 || byte == 44 || byte == 13
    }

    /// Parses `count` bytes at `start` (a line without its newline).
    public static func parse(_ start: UnsafePointer<UInt8>, count: Int, columns: BatchColumns) -> Result<Line, Problem> {
        var line = Line(values: (0, 0, 0, 0), passthrough: nil)
        var position = 0
        for field in 0..<4 {
            while position < count, isSeparator(start[position]) { position += 1 }
            guard position < count else {
                return .failure(.tooFewNumbers(found: field, expected: columns.list, column: count + 1))
            }
            let fieldStart = position
            var value: Double
            if let (plain, end) = plainDecimal(start, from: position, count: count) {
                value = plain
                position = end
            } else {
                while position < count, !isSeparator(start[position]) { position += 1 }
                guard let read = numberByStrtod(start + fieldStart, length: position - fieldStart) else {
                    return .failure(.notANumber(name: columns.names[field], column: fieldStart + 1))
                }
                value = read
            }
            guard abs(value) <= columns.limits[field] else {
                return .failure(.outOfRange(name: columns.names[field], limit: columns.limits[field], column: fieldStart + 1))
            }
            switch field {
            case 0: line.values.0 = value
            case 1: line.values.1 = value
            case 2: line.values.2 = value
            default: line.values.3 = value
            }
        }
        while position < count, isSeparator(start[position]) { position += 1 }
        if position < count {
            line.passthrough = position..<(start[count - 1] == 13 ? count - 1 : count)
        }
        return .success(line)
    }

    /// The longest field read as a number; longer ones are not numbers a batch line needs.
    static let maximumFieldBytes = 63

    private static let powersOfTen: [Double] = (0...22).map { pow(10, Double($0)) }

    /// The field at `position` as a number, or nil (used by tests and the fuzzer).
    static func number(_ field: UnsafePointer<UInt8>, length: Int) -> Double? {
        if let (value, end) = plainDecimal(field, from: 0, count: length), end == length { return value }
        return numberByStrtod(field, length: length)
    }

    /// Clinger's fast path, in the one pass that finds the field's end: `[+-]digits[.digits]` with
    /// at most 18 digits, their integer at most 2^53 and at most 22 decimals, is that integer over a
    /// power of ten, both exact as Doubles, so the one correctly rounded division gives what
    /// `strtod` gives. The value and the field's end, or nil for any other field.
    @inline(__always)
    static func plainDecimal(_ line: UnsafePointer<UInt8>, from start: Int, count: Int) -> (Double, Int)? {
        var position = start
        let negative = line[position] == UInt8(ascii: "-")
        if negative || line[position] == UInt8(ascii: "+") { position += 1 }
        let digitsStart = position
        var digits: UInt64 = 0
        var point = -1
        while position < count {
            let digit = line[position] &- 48
            if digit < 10 {
                digits = digits &* 10 &+ UInt64(digit)
            } else if line[position] == UInt8(ascii: "."), point < 0 {
                point = position
            } else {
                break
            }
            position += 1
        }
        let length = position - digitsStart - (point < 0 ? 0 : 1)
        guard position == count || isSeparator(line[position]), length > 0, length <= 18, digits <= 1 << 53 else { return nil }
        let decimals = point < 0 ? 0 : position - point - 1
        let magnitude = Double(digits) / powersOfTen[decimals]
        return (negative ? -magnitude : magnitude, position)
    }

    /// `strtod` on a NUL-terminated copy, so the read never leaves the field (strtod skips leading
    /// white space such as \v and \n, which would otherwise walk into the next line or past the
    /// buffer); the whole field must be the number.
    private static func numberByStrtod(_ field: UnsafePointer<UInt8>, length: Int) -> Double? {
        guard length > 0, length <= maximumFieldBytes, isspace(Int32(field[0])) == 0 else { return nil }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: length + 1) { buffer -> Double? in
            guard let base = buffer.baseAddress else { return nil }
            field.withMemoryRebound(to: CChar.self, capacity: length) { base.update(from: $0, count: length) }
            base[length] = 0
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(base, &end)
            guard let end, end - base == length, value.isFinite else { return nil }
            return value
        }
    }
}
