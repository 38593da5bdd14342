import Foundation

/// JSON as every subcommand writes it: sorted keys (stable across runs), pretty, no escaped slashes.
public enum JSONOutput {
    public static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .throw
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// One JSON value on one line (JSON Lines, NDJSON): sorted keys, no line breaks.
    public static func line<Value: Encodable>(_ value: Value) throws -> String {
        String(decoding: try lineEncoder.encode(value), as: UTF8.self)
    }

    /// One encoder for every line: batch modes write a line per input line, and JSONEncoder's
    /// `encode` is safe to call from several threads (its options are read under a lock).
    private static let lineEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .throw
        return encoder
    }()
}
