import Geodesy
import MapModel

/// The user's own layers (`layers:` in a spec): projected, clipped and drawn like the basemap, above
/// the land and under everything the spec adds. Each role has its style (`MapStyle.layerStylesheet`)
/// and a spec's `color` replaces the role's colour.
enum UserLayers {
    /// Where a feature's `label-field` value goes: inside its largest visible part, on the middle of
    /// its longest visible line, or beside its point.
    struct LabelAnchor {
        let text: String
        let at: PagePoint
        let offset: Double
    }

    /// Draws every layer; returns the label anchors and the indices of the layers that show in the frame.
    static func draw(_ svg: inout SVGWriter, map: BriefingMap, geometry: MapGeometry) -> (anchors: [LabelAnchor], shown: Set<Int>) {
        guard !map.layers.isEmpty else { return ([], []) }
        var anchors: [LabelAnchor] = []
        var shown = Set<Int>()
        svg.open("g", [("id", "layers")])
        for (index, layer) in map.layers.enumerated() {
            svg.open("g", [("id", "layer-\(index + 1)")])
            let role = layer.role.rawValue
            for feature in layer.features {
                let polygons = geometry.areas(feature.polygons.map { [$0.exterior] + $0.holes })
                let lines = geometry.lines(feature.lines)
                let points = feature.points.compactMap { point in
                    geometry.frame.visiblePixel(
                        Coordinate(uncheckedLatitudeDegrees: point.y, longitudeDegrees: Coordinate.normalizedLongitude(point.x)))
                }
                if !polygons.isEmpty {
                    svg.element(
                        "path",
                        [("class", "layer-\(role)")] + style(layer, fill: layer.role != .frontLine)
                            + [("d", SVGWriter.pathData(polygons.flatMap { [$0.exterior] + $0.holes }, closed: true))])
                }
                if !lines.isEmpty {
                    svg.element(
                        "path",
                        [("class", "layer-\(role)-line")] + style(layer, fill: false) + [("d", SVGWriter.pathData(lines, closed: false))])
                }
                for point in points {
                    svg.element(
                        "circle",
                        [("class", "layer-\(role)-point")] + (layer.color.map { [("style", "fill:\($0)")] } ?? [])
                            + [
                                ("cx", SVGWriter.number(point.x)), ("cy", SVGWriter.number(point.y)),
                                ("r", SVGWriter.number(MapPalette.layerPointRadiusPixels)),
                            ])
                }
                guard !polygons.isEmpty || !lines.isEmpty || !points.isEmpty else { continue }
                shown.insert(index)
                if let text = feature.label, let anchor = anchor(polygons: polygons, lines: lines, points: points, geometry: geometry) {
                    anchors.append(LabelAnchor(text: text, at: anchor.at, offset: anchor.offset))
                }
            }
            svg.close("g")
        }
        svg.close("g")
        return (anchors, shown)
    }

    /// The spec's colour for a layer's outlines (and fills), as a style attribute.
    private static func style(_ layer: MapLayer, fill: Bool) -> [(String, String)] {
        guard let color = layer.color else { return [] }
        return [("style", fill ? "fill:\(color);stroke:\(color)" : "stroke:\(color)")]
    }

    private static func anchor(
        polygons: [PlanarPolygon<Page>], lines: [[PagePoint]], points: [PagePoint], geometry: MapGeometry
    ) -> (at: PagePoint, offset: Double)? {
        if let at = geometry.planar.labelPoint(polygons) { return (at, 0) }
        if let longest = lines.max(by: { $0.count < $1.count }), !longest.isEmpty { return (longest[longest.count / 2], 0) }
        return points.first.map { ($0, MapPalette.layerPointRadiusPixels + 3) }
    }
}
