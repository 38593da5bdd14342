import Geodesy
import MapModel

/// The key in the bottom-left corner: exactly what shows in the frame (place roles, geodesics,
/// ranges, shaded areas), with a row of its own for each feature a spec gives a `legend`.
enum Legend {
    /// What the frame shows: the roles of drawn markers, and the indices of drawn lines and rings.
    struct Shown {
        let roles: Set<PlaceRole>
        let lines: Set<Int>
        let rings: Set<Int>
        /// Labels of the areas drawn.
        let areas: Set<String>
        /// Indices of the user's layers that show in the frame.
        var layers: Set<Int> = []
    }

    /// Draws the legend; returns its box, or nil when the map has nothing to explain.
    static func draw(_ svg: inout SVGWriter, map: BriefingMap, shown: Shown, mapRect: PageRect, widths: TextWidths) -> PageRect? {
        var entries: [(String, String, String?)] = []
        func add(_ key: String, _ text: String, _ color: String?) {
            if !entries.contains(where: { $0.0 == key && $0.1 == text && $0.2 == color }) { entries.append((key, text, color)) }
        }
        // The user's layers first, as they lie under everything else.
        for (index, layer) in map.layers.enumerated() where shown.layers.contains(index) {
            add(layerKey(layer), layer.label, layer.color)
        }
        for role in PlaceRole.allCases where shown.roles.contains(role) {
            add(
                role.rawValue,
                ["impact": "Reported impact", "launch": "Launch site or area", "reference": "Reference place"][role.rawValue]
                    ?? role.rawValue,
                nil)
        }
        for (index, line) in map.lines.enumerated() where shown.lines.contains(index) {
            add("line", line.legend ?? "Geodesic (shortest path)", line.color)
        }
        for (index, ring) in map.rings.enumerated() where shown.rings.contains(index) {
            let whole =
                ring.coversWholeEarth ? ": \(Length(meters: ring.radiusMeters).rounded(in: map.labelUnit)) covers the whole Earth" : ""
            add("ring", (ring.legend ?? "Range") + whole, ring.color)
        }
        for area in map.areas where !area.isOccupied && (shown.areas.contains(area.label) || !area.lines.isEmpty) {
            add(area.polygons.isEmpty ? "area-line" : "area", area.label, nil)
        }
        if map.areas.contains(where: \.isOccupied) { add("occupied", "Occupied (as the user's file draws it)", nil) }
        guard !entries.isEmpty else { return nil }
        let widest = entries.map { widths.width(of: $0.1, fontSize: MapStyle.smallSize) }.max() ?? 0
        let rowHeight = 18.0, width = min(max(190, widest + 44), mapRect.width / 2), height = Double(entries.count) * rowHeight + 12
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
            case "line", "area-line",
                _ where entry.0.hasSuffix("-line") && entry.0.hasPrefix("layer-"):
                svg.element(
                    "path",
                    [("class", entry.0)] + (entry.2.map { [("style", "stroke:\($0)")] } ?? [])
                        + [("d", "M\(SVGWriter.number(x - 8)) \(SVGWriter.number(y))L\(SVGWriter.number(x + 8)) \(SVGWriter.number(y))")])
            case "ring", "area", "occupied",
                _ where entry.0.hasPrefix("layer-") && !entry.0.hasSuffix("-point"):
                svg.element(
                    "rect",
                    [("class", entry.0 == "ring" ? "ring-key" : entry.0)] + (entry.2.map { [("style", "fill:\($0);stroke:\($0)")] } ?? [])
                        + [("x", SVGWriter.number(x - 8)), ("y", SVGWriter.number(y - 6)), ("width", "16"), ("height", "12")])
            default:
                svg.element(
                    "circle",
                    [("class", entry.0)] + (entry.2.map { [("style", "fill:\($0)")] } ?? [])
                        + [
                            ("cx", SVGWriter.number(x)), ("cy", SVGWriter.number(y)),
                            ("r", entry.0 == "reference" || entry.0.hasPrefix("layer-") ? "4.5" : "6"),
                        ])
            }
            svg.text(entry.1, [("class", "small"), ("x", SVGWriter.number(x + 16)), ("y", SVGWriter.number(y + 4))])
        }
        svg.close("g")
        return box
    }

    /// A layer's legend key: a swatch for areas, a line for lines (always for a front line), a dot
    /// for points only.
    private static func layerKey(_ layer: MapLayer) -> String {
        let role = "layer-\(layer.role.rawValue)"
        if layer.role == .frontLine { return "\(role)-line" }
        if layer.features.contains(where: { !$0.polygons.isEmpty }) { return role }
        if layer.features.contains(where: { !$0.lines.isEmpty }) { return "\(role)-line" }
        return "\(role)-point"
    }
}
