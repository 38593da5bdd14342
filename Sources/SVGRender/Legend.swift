import Geodesy
import MapModel

/// The key in the bottom-left corner: only what the map shows (place roles, geodesics, ranges).
enum Legend {
    /// Draws the legend; returns its box, or nil when the map has nothing to explain.
    static func draw(_ svg: inout SVGWriter, map: BriefingMap, mapRect: PageRect) -> PageRect? {
        var entries: [(String, String)] = []
        for role in PlaceRole.allCases where map.places.contains(where: { $0.role == role }) {
            entries.append(
                (
                    role.rawValue,
                    ["impact": "Reported impact", "launch": "Launch site or area", "reference": "Reference place"][role.rawValue]
                        ?? role.rawValue
                ))
        }
        if !map.lines.isEmpty { entries.append(("line", "Geodesic (shortest path)")) }
        if !map.rings.isEmpty { entries.append(("ring", "Range on WGS84")) }
        for area in map.areas where !area.isOccupied {
            entries.append((area.polygons.isEmpty ? "area-line" : "area", area.label))
        }
        if map.areas.contains(where: \.isOccupied) { entries.append(("occupied", "Occupied (as the user's file draws it)")) }
        guard !entries.isEmpty else { return nil }
        let rowHeight = 18.0, width = 190.0, height = Double(entries.count) * rowHeight + 12
        let box = PageRect(
            minX: mapRect.minX + 10, minY: mapRect.maxY - 10 - height, maxX: mapRect.minX + 10 + width, maxY: mapRect.maxY - 10)
        svg.open("g", [("id", "legend")])
        svg.element("rect", [("class", "panel")] + SVGWriter.rectAttributes(box))
        for (index, entry) in entries.enumerated() {
            let y = box.minY + 15 + Double(index) * rowHeight, x = box.minX + 16
            switch entry.0 {
            case "launch":
                svg.element(
                    "polygon",
                    [
                        ("class", "launch"),
                        (
                            "points",
                            "\(SVGWriter.number(x)),\(SVGWriter.number(y - 7)) \(SVGWriter.number(x + 6)),\(SVGWriter.number(y + 4)) "
                                + "\(SVGWriter.number(x - 6)),\(SVGWriter.number(y + 4))"
                        ),
                    ])
            case "line":
                svg.element(
                    "path",
                    [
                        ("class", "line"),
                        ("d", "M\(SVGWriter.number(x - 8)) \(SVGWriter.number(y))L\(SVGWriter.number(x + 8)) \(SVGWriter.number(y))"),
                    ])
            case "ring", "area", "occupied":
                svg.element(
                    "rect",
                    [
                        ("class", entry.0 == "ring" ? "ring-key" : entry.0), ("x", SVGWriter.number(x - 8)), ("y", SVGWriter.number(y - 6)),
                        ("width", "16"), ("height", "12"),
                    ])
            case "area-line":
                svg.element(
                    "path",
                    [
                        ("class", "area-line"),
                        ("d", "M\(SVGWriter.number(x - 8)) \(SVGWriter.number(y))L\(SVGWriter.number(x + 8)) \(SVGWriter.number(y))"),
                    ])
            default:
                svg.element(
                    "circle",
                    [
                        ("class", entry.0), ("cx", SVGWriter.number(x)), ("cy", SVGWriter.number(y)),
                        ("r", entry.0 == "reference" ? "4.5" : "6"),
                    ])
            }
            svg.text(entry.1, [("class", "small"), ("x", SVGWriter.number(x + 16)), ("y", SVGWriter.number(y + 4))])
        }
        svg.close("g")
        return box
    }
}
