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
    /// `strtod` gives. The value and the field's end, or nil for any other field. Runs of eight
    /// digits are read eight at a time (SWAR, as in Lemire's fast_float).
    @inline(__always)
    static func plainDecimal(_ line: UnsafePointer<UInt8>, from start: Int, count: Int) -> (Double, Int)? {
        var position = start
        let negative = line[position] == UInt8(ascii: "-")
        if negative || line[position] == UInt8(ascii: "+") { position += 1 }
        var digits: UInt64 = 0
        var digitCount = 0
        var decimals = 0
        var sawPoint = false
        while position < count {
            if position + 8 <= count, digitCount <= 10 {
                let eight = UnsafeRawPointer(line + position).loadUnaligned(as: UInt64.self)
                if isEightDigits(eight) {
                    digits = digits &* 100_000_000 &+ valueOfEightDigits(eight)
                    digitCount += 8
                    if sawPoint { decimals += 8 }
                    position += 8
                    continue
                }
            }
            let digit = line[position] &- 48
            if digit < 10 {
                guard digitCount < 18 else { return nil }
                digits = digits &* 10 &+ UInt64(digit)
                digitCount += 1
                if sawPoint { decimals += 1 }
            } else if line[position] == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                break
            }
            position += 1
        }
        guard position == count || isSeparator(line[position]), digitCount > 0, digitCount <= 18, digits <= 1 << 53 else {
            return nil
        }
        let magnitude = Double(digits) / powersOfTen[decimals]
        return (negative ? -magnitude : magnitude, position)
    }

    /// Whether all eight bytes (little-endian) are ASCII digits.
    @inline(__always)
    private static func isEightDigits(_ bytes: UInt64) -> Bool {
        (bytes & 0xF0F0_F0F0_F0F0_F0F0) | (((bytes &+ 0x0606_0606_0606_0606) & 0xF0F0_F0F0_F0F0_F0F0) >> 4) == 0x3333_3333_3333_3333
    }

    /// The number eight ASCII digits (little-endian, the first in the lowest byte) spell.
    @inline(__always)
    private static func valueOfEightDigits(_ bytes: UInt64) -> UInt64 {
        var value = bytes &- 0x3030_3030_3030_3030
        value = value &* 10 &+ (value >> 8)
        let low = (value & 0x0000_00FF_0000_00FF) &* (100 &+ (1_000_000 << 32))
        let high = ((value >> 16) & 0x0000_00FF_0000_00FF) &* (1 &+ (10_000 << 32))
        return (low &+ high) >> 32
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
