import Foundation
import Geodesy
import MapModel

/// A JSON value with its object keys in a fixed order, serialised byte-for-byte the same every time.
///
/// Numbers never come out as NaN or Infinity (they become null), never in exponent form, and with a
/// stated number of decimals at most, trailing zeros dropped.
public indirect enum JSONText: Sendable, Equatable {
    case object([(String, JSONText)])
    case array([JSONText])
    case string(String)
    case number(Double, maximumDecimals: Int)
    /// The shortest decimal that reads back as the same Double, as JSONEncoder writes it ("32.05908",
    /// "5", "1e-05"): for answers that must match what `--json` prints through JSONEncoder.
    case shortest(Double)
    case integer(Int)
    case bool(Bool)
    case null

    public static func == (lhs: JSONText, rhs: JSONText) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    /// Object members in the order JSONEncoder's `.sortedKeys` writes them (by the keys' UTF-8 bytes).
    public static func sortedMembers(_ members: [(String, JSONText)]) -> [(String, JSONText)] {
        members.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
    }

    /// Text, or null when absent.
    public static func optional(_ text: String?) -> JSONText {
        text.map(JSONText.string) ?? .null
    }

    /// Compact JSON, with one feature per line when `featureLines` is set (diffs stay readable).
    public func serialized(featureLines: Bool = false) -> String {
        var output = ""
        write(to: &output, newlinesInArraysOfObjects: featureLines)
        return output
    }

    private func write(to output: inout String, newlinesInArraysOfObjects: Bool) {
        switch self {
        case let .object(members):
            output += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output += "," }
                JSONText.string(key).write(to: &output, newlinesInArraysOfObjects: false)
                output += ":"
                value.write(to: &output, newlinesInArraysOfObjects: newlinesInArraysOfObjects && key == "features")
            }
            output += "}"
        case let .array(items):
            let breakLines = newlinesInArraysOfObjects && !items.isEmpty
            output += breakLines ? "[\n" : "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += breakLines ? ",\n" : "," }
                item.write(to: &output, newlinesInArraysOfObjects: false)
            }
            output += breakLines ? "\n]" : "]"
        case let .string(text):
            output += "\""
            TextEscaping.append(text, to: &output, rule: TextEscaping.json)
            output += "\""
        case let .number(value, decimals):
            output += value.isFinite ? Length.plainNumber(value, maximumDecimals: decimals) : "null"
        case let .shortest(value):
            guard value.isFinite else {
                output += "null"
                return
            }
            let text = value.description
            output += text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        case let .integer(value):
            output += String(value)
        case let .bool(value):
            output += value ? "true" : "false"
        case .null:
            output += "null"
        }
    }
}
