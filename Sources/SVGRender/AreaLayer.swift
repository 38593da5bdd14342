import Geodesy
import MapModel

/// Shaded areas: countries and files a spec names under `areas` (filled), borders and coasts
/// (drawn as heavy lines), and territory an occupied-areas file marks on `borders: de-facto` maps.
enum AreaLayer {
    /// Where an area's one label goes.
    struct LabelAnchor {
        let text: String
        let at: PagePoint
        let isOccupied: Bool
    }

    /// Draws the areas above the land and below everything else; returns one label anchor per
    /// visible area (inside its largest visible part, or on its longest visible line).
    static func draw(_ svg: inout SVGWriter, map: BriefingMap, geometry: MapGeometry) -> [LabelAnchor] {
        guard !map.areas.isEmpty else { return [] }
        var anchors: [LabelAnchor] = []
        svg.open("g", [("id", "areas")])
        for area in map.areas {
            let className = area.isOccupied ? "occupied" : "area"
            if !area.polygons.isEmpty {
                let pieces = geometry.areas(area.polygons.map { [$0.exterior] + $0.holes })
                guard !pieces.isEmpty else { continue }
                svg.element(
                    "path", [("class", className), ("d", SVGWriter.pathData(pieces.flatMap { [$0.exterior] + $0.holes }, closed: true))])
                // A country shaded under its own name already carries the basemap's label.
                let labelled = area.isOccupied || area.label != area.name
                if labelled, let at = geometry.planar.labelPoint(pieces) {
                    anchors.append(LabelAnchor(text: area.label, at: at, isOccupied: area.isOccupied))
                }
            } else {
                let pieces = geometry.lines(area.lines)
                guard !pieces.isEmpty else { continue }
                svg.element("path", [("class", "area-line"), ("d", SVGWriter.pathData(pieces, closed: false))])
                if let longest = pieces.max(by: { $0.count < $1.count }), !longest.isEmpty {
                    anchors.append(LabelAnchor(text: area.label, at: longest[longest.count / 2], isOccupied: false))
                }
            }
        }
        svg.close("g")
        return anchors
    }
}
