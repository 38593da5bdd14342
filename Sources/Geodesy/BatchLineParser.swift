import Foundation

/// Reads one `lat1 lon1 lat2 lon2` line of batch input without allocating.
///
/// Numbers go through C's `strtod`, which rounds correctly, so results match GeodSolve's reading of
/// the same text. Fields are separated by spaces, tabs or commas.
public enum BatchLineParser {
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case wrongFieldCount(Int)
        case notANumber(field: Int)
        case latitudeOutOfRange(field: Int)
        case longitudeOutOfRange(field: Int)

        public var description: String {
            switch self {
            case let .wrongFieldCount(count):
                return "expected 4 numbers (lat1 lon1 lat2 lon2), found \(count)"
            case let .notANumber(field):
                return "field \(field) is not a finite decimal number"
            case let .latitudeOutOfRange(field):
                return "field \(field) is a latitude outside -90…90"
            case let .longitudeOutOfRange(field):
                return "field \(field) is a longitude outside -540…540"
            }
        }
    }

    public static func parse(_ line: String) -> Result<(Double, Double, Double, Double), Problem> {
        var bytes = Array(line.utf8)
        let count = bytes.count
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { parse($0.baseAddress!, count: count) }
    }

    /// Parses `count` bytes at `start`; the byte after them must not continue a number (a newline or NUL).
    public static func parse(_ start: UnsafePointer<UInt8>, count: Int) -> Result<(Double, Double, Double, Double), Problem> {
        var values = (0.0, 0.0, 0.0, 0.0)
        var fields = 0
        var position = 0
        @inline(__always) func isSeparator(_ byte: UInt8) -> Bool {
            byte == 32 || byte == 9 || byte == 44 || byte == 13
        }
        while true {
            while position < count, isSeparator(start[position]) { position += 1 }
            if position >= count { break }
            fields += 1
            guard fields <= 4 else {
                var extra = fields
                while position < count {
                    while position < count, !isSeparator(start[position]) { position += 1 }
                    while position < count, isSeparator(start[position]) { position += 1 }
                    if position < count { extra += 1 }
                }
                return .failure(.wrongFieldCount(extra))
            }
            var fieldEnd = position
            while fieldEnd < count, !isSeparator(start[fieldEnd]) { fieldEnd += 1 }
            guard let value = number(start + position, length: fieldEnd - position) else {
                return .failure(.notANumber(field: fields))
            }
            switch fields {
            case 1, 3:
                guard abs(value) <= 90 else { return .failure(.latitudeOutOfRange(field: fields)) }
            default:
                guard abs(value) <= 540 else { return .failure(.longitudeOutOfRange(field: fields)) }
            }
            switch fields {
            case 1: values.0 = value
            case 2: values.1 = value
            case 3: values.2 = value
            default: values.3 = value
            }
            position = fieldEnd
        }
        return fields == 4 ? .success(values) : .failure(.wrongFieldCount(fields))
    }

    /// The longest field read as a number; longer ones are not numbers a batch line needs.
    static let maximumFieldBytes = 63

    /// The field's bytes as one whole finite number, read by `strtod` from a NUL-terminated copy, so
    /// the read never leaves the field (strtod skips leading white space such as \v and \n, which
    /// would otherwise walk into the next line or past the buffer).
    private static func number(_ field: UnsafePointer<UInt8>, length: Int) -> Double? {
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
