import Foundation
import Gazetteer
import Geodesy

/// A scale bar that is true at the map's centre: the geodesic distance from the centre to a point a
/// known distance east is measured on the page, so the bar holds in any projection at that spot.
struct ScaleBar {
    let length: Length
    let unit: LengthUnit
    let pixels: Double

    /// The round length (1, 2 or 5 × 10ⁿ in `unit`) whose bar comes closest to `targetPixels` without
    /// exceeding it; nil when the centre cannot be projected.
    static func make(frame: MapFrame, center: Coordinate, unit: LengthUnit, targetPixels: Double) -> ScaleBar? {
        guard let pixelsPerMeter = pixelsPerMeter(frame: frame, at: center) else { return nil }
        let targetUnits = targetPixels / pixelsPerMeter / unit.meters
        guard targetUnits.isFinite, targetUnits > 0 else { return nil }
        let magnitude = pow(10, floor(log10(targetUnits)))
        let value = [5.0, 2, 1].map { $0 * magnitude }.first { $0 <= targetUnits } ?? magnitude
        let length = Length(value, unit)
        return ScaleBar(length: length, unit: unit, pixels: length.meters * pixelsPerMeter)
    }

    /// Page pixels per metre on the ground at `center`, measured eastward over 1% of the view.
    static func pixelsPerMeter(frame: MapFrame, at center: Coordinate) -> Double? {
        let probeMeters = max(1000, frame.visibleRect.width / 100)
        let east = Geodesic.wgs84.direct(from: center, azimuthDegrees: 90, distanceMeters: probeMeters).destination
        guard let a = frame.project(center).map(frame.pixel), let b = frame.project(east).map(frame.pixel) else { return nil }
        let pixels = hypot(b.x - a.x, b.y - a.y)
        return pixels > 0 ? pixels / probeMeters : nil
    }

    /// In place of a bar on a map whose scale changes by more than 10%: a panel that says so.
    static func drawVaries(_ svg: inout SVGWriter, mapRect: PageRect, widths: TextWidths) -> PageRect {
        let text = "Scale varies across this map"
        let width = widths.width(of: text, fontSize: MapStyle.smallSize) + 20
        let box = PageRect(minX: mapRect.maxX - 10 - width, minY: mapRect.maxY - 32, maxX: mapRect.maxX - 10, maxY: mapRect.maxY - 10)
        svg.open("g", [("id", "scale-bar")])
        svg.element("rect", [("class", "panel")] + SVGWriter.rectAttributes(box))
        svg.text(text, [("class", "small"), ("x", SVGWriter.number(box.minX + 10)), ("y", SVGWriter.number(box.maxY - 8))])
        svg.close("g")
        return box
    }

    /// The bar's caption, e.g. "200 km".
    var caption: String { length.formatted(in: unit) }

    /// Draws the bar in the bottom-right corner of `mapRect`; returns its box.
    func draw(_ svg: inout SVGWriter, mapRect: PageRect, widths: TextWidths) -> PageRect {
        let captionWidth = widths.width(of: caption, fontSize: MapStyle.smallSize)
        let box = PageRect(
            minX: mapRect.maxX - pixels - 34 - captionWidth / 2, minY: mapRect.maxY - 46, maxX: mapRect.maxX - 10, maxY: mapRect.maxY - 10)
        let x0 = box.minX + 12, y0 = box.maxY - 16
        svg.open("g", [("id", "scale-bar")])
        svg.element("rect", [("class", "panel")] + SVGWriter.rectAttributes(box))
        svg.element(
            "rect",
            [
                ("class", "bar"), ("x", SVGWriter.number(x0)), ("y", SVGWriter.number(y0)), ("width", SVGWriter.number(pixels / 2)),
                ("height", "5"),
            ])
        svg.element(
            "rect",
            [
                ("class", "bar-light"), ("x", SVGWriter.number(x0 + pixels / 2)), ("y", SVGWriter.number(y0)),
                ("width", SVGWriter.number(pixels / 2)), ("height", "5"),
            ])
        svg.text("0", [("class", "small"), ("x", SVGWriter.number(x0)), ("y", SVGWriter.number(y0 - 4)), ("text-anchor", "middle")])
        svg.text(
            caption, [("class", "small"), ("x", SVGWriter.number(x0 + pixels)), ("y", SVGWriter.number(y0 - 4)), ("text-anchor", "middle")])
        svg.text("at the map centre", [("class", "small"), ("x", SVGWriter.number(x0)), ("y", SVGWriter.number(y0 + 15))])
        svg.close("g")
        return box
    }
}
