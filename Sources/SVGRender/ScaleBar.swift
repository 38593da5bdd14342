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

    /// The bar's caption, e.g. "200 km".
    var caption: String { length.formatted(in: unit) }
}
