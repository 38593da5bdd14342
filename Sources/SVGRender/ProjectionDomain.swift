import Foundation
import Geodesy

/// Where a projection is defined within the visible rectangle: the disc of an orthographic globe,
/// the outline of an Equal Earth world. Outside it nothing is painted (no sea beyond the globe), and
/// its edge is drawn as the globe's outline where it shows.
enum ProjectionDomain {
    /// The domain's outline in projected metres, clipped to nothing: nil when the whole visible
    /// rectangle lies inside the domain (the usual regional map).
    ///
    /// Found by marching 720 rays out from the visible centre and bisecting, on each, for the last
    /// point that survives a round trip through the projection (inverse, then forward, back within a
    /// hundredth of a pixel): a point beyond the domain either has no inverse or comes back elsewhere.
    static func outline(of frame: MapFrame) -> [ProjectedPoint]? {
        let rect = frame.visibleRect
        let tolerance = 0.01 / frame.scale
        func inside(_ x: Double, _ y: Double) -> Bool {
            guard let coordinate = frame.projection.inverse(x: x, y: y),
                let back = frame.project(longitude: frame.unwrap(coordinate.longitudeDegrees), latitude: coordinate.latitudeDegrees)
            else { return false }
            return abs(back.x - x) <= tolerance && abs(back.y - y) <= tolerance
        }
        let probes = (0...8).flatMap { i -> [(Double, Double)] in
            let t = Double(i) / 8
            return [
                (rect.minX + rect.width * t, rect.minY), (rect.minX + rect.width * t, rect.maxY),
                (rect.minX, rect.minY + rect.height * t), (rect.maxX, rect.minY + rect.height * t),
            ]
        }
        guard !probes.allSatisfy({ inside($0.0, $0.1) }) else { return nil }
        let centerX = (rect.minX + rect.maxX) / 2, centerY = (rect.minY + rect.maxY) / 2
        guard inside(centerX, centerY) else { return nil }
        let reach = (rect.width * rect.width + rect.height * rect.height).squareRoot()
        return (0..<720).map { step in
            let angle = Double(step) * .pi / 360
            let dx = cos(angle), dy = sin(angle)
            var low = 0.0, high = reach
            if inside(centerX + dx * high, centerY + dy * high) { low = high }
            for _ in 0..<40 where high - low > tolerance {
                let middle = (low + high) / 2
                if inside(centerX + dx * middle, centerY + dy * middle) { low = middle } else { high = middle }
            }
            return ProjectedPoint(x: centerX + dx * low, y: centerY + dy * low)
        }
    }
}
