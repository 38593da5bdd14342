import Foundation
import Geodesy

/// An arrow in the top-right corner pointing to true north at the map's centre, which in most
/// projections is not straight up.
enum NorthArrow {
    /// Draws the arrow; returns its box, or nil when the centre or a point north of it cannot be projected.
    static func draw(_ svg: inout SVGWriter, frame: MapFrame, center: Coordinate, mapRect: PageRect) -> PageRect? {
        let north = Geodesic.wgs84.direct(from: center, azimuthDegrees: 0, distanceMeters: 10_000).destination
        guard let a = frame.project(center).map(frame.pixel), let b = frame.project(north).map(frame.pixel) else { return nil }
        let angle = atan2(b.x - a.x, a.y - b.y) * 180 / .pi
        let cx = mapRect.maxX - 30, cy = mapRect.minY + 34
        svg.open(
            "g",
            [
                ("id", "north-arrow"),
                ("transform", "rotate(\(SVGWriter.number(angle, decimals: 2)) \(SVGWriter.number(cx)) \(SVGWriter.number(cy)))"),
            ])
        svg.element(
            "polygon",
            [
                ("class", "bar"),
                (
                    "points",
                    "\(SVGWriter.number(cx)),\(SVGWriter.number(cy - 16)) \(SVGWriter.number(cx + 7)),\(SVGWriter.number(cy + 10)) "
                        + "\(SVGWriter.number(cx)),\(SVGWriter.number(cy + 5)) \(SVGWriter.number(cx - 7)),\(SVGWriter.number(cy + 10))"
                ),
            ])
        svg.text("N", [("class", "small"), ("x", SVGWriter.number(cx)), ("y", SVGWriter.number(cy - 19)), ("text-anchor", "middle")])
        svg.close("g")
        return PageRect(minX: cx - 16, minY: cy - 34, maxX: cx + 16, maxY: cy + 16)
    }
}
