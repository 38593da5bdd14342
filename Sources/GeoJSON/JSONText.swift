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
    case integer(Int)
    case bool(Bool)
    case null

    public static func == (lhs: JSONText, rhs: JSONText) -> Bool {
        lhs.serialized() == rhs.serialized()
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
        case let .integer(value):
            output += String(value)
        case let .bool(value):
            output += value ? "true" : "false"
        case .null:
            output += "null"
        }
    }
}
