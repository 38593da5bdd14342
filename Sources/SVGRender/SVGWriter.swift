import Foundation
import Geodesy
import MapModel

/// Builds SVG 1.1 text: escaped attribute values and text, compact path data, one stylesheet.
///
/// Everything a spec supplies (titles, labels, notes) goes through `escape`, which also drops the
/// control characters XML 1.0 forbids, so no input can add elements, attributes or references.
struct SVGWriter {
    private(set) var text = ""
    private var depth = 0

    init(depth: Int = 0) {
        self.depth = depth
    }

    /// Where the next element goes, for `insert(_:at:)`: a UTF-8 offset into `text`.
    var offset: Int { text.utf8.count }

    /// Puts `fragment` where `offset` was, for a layer drawn below later ones but decided after them
    /// (markers, known only once their labels are placed).
    mutating func insert(_ fragment: SVGWriter, at offset: Int) {
        text.insert(contentsOf: fragment.text, at: text.utf8.index(text.startIndex, offsetBy: offset))
    }

    /// XML-escapes `&`, `<`, `>`, quotes and apostrophes; removes characters XML 1.0 cannot carry.
    static func escape(_ value: String) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        TextEscaping.append(value, to: &result, rule: TextEscaping.xml)
        return result
    }

    /// "12.3" style numbers: one decimal for pixels (a tenth of a pixel is invisible), trailing ".0" kept off.
    static func number(_ value: Double, decimals: Int = 1) -> String {
        Length.plainNumber(value, maximumDecimals: decimals)
    }

    mutating func raw(_ line: String) {
        text += String(repeating: " ", count: depth) + line + "\n"
    }

    private func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(SVGWriter.escape($0.1))\"" }.joined()
    }

    mutating func open(_ name: String, _ pairs: [(String, String)] = []) {
        raw("<\(name)\(attributes(pairs))>")
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        raw("</\(name)>")
    }

    mutating func element(_ name: String, _ pairs: [(String, String)]) {
        raw("<\(name)\(attributes(pairs))/>")
    }

    mutating func text(_ content: String, _ pairs: [(String, String)]) {
        raw("<text\(attributes(pairs))>\(SVGWriter.escape(content))</text>")
    }

    /// Path data for polygons (closed with Z) or lines.
    static func pathData(_ rings: [[PagePoint]], closed: Bool) -> String {
        var data = ""
        for ring in rings where ring.count >= 2 {
            for (index, point) in ring.enumerated() {
                data += (index == 0 ? "M" : "L") + number(point.x) + " " + number(point.y)
            }
            if closed { data += "Z" }
        }
        return data
    }

    /// The x, y, width and height attributes of a page rectangle.
    static func rectAttributes(_ rect: PageRect) -> [(String, String)] {
        [("x", number(rect.minX)), ("y", number(rect.minY)), ("width", number(rect.width)), ("height", number(rect.height))]
    }
}
