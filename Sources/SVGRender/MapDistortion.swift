import Foundation
import Geodesy

/// How much scale and the direction of north change across the visible map: a scale bar and a north
/// arrow are honest only where they hold everywhere (world and polar views bend both).
struct MapDistortion {
    /// Largest ratio of a local scale (east or north, anywhere on a 5 × 5 grid) to the centre's, minus 1.
    let scaleSpread: Double
    /// Largest difference, in degrees, between the direction of north anywhere on the grid and at the centre.
    let northSpreadDegrees: Double

    /// A bar or arrow holds when nothing differs by more than this from the centre.
    static let tolerance = 0.10
    static let northToleranceDegrees = 10.0

    var scaleHolds: Bool { scaleSpread <= Self.tolerance }
    var northHolds: Bool { northSpreadDegrees <= Self.northToleranceDegrees }

    /// Measured at the grid points inside the projection's domain, over 1% of the view eastward and northward.
    init(frame: MapFrame, center: Coordinate) {
        let rect = frame.visibleRect
        let probeMeters = max(100, rect.width / 100)
        func local(_ coordinate: Coordinate) -> (east: Double, north: Double, northAngle: Double)? {
            guard let origin = frame.project(coordinate) else { return nil }
            func step(_ azimuth: Double) -> ProjectedPoint? {
                frame.project(Geodesic.wgs84.direct(from: coordinate, azimuthDegrees: azimuth, distanceMeters: probeMeters).destination)
            }
            guard let east = step(90), let north = step(0) else { return nil }
            let eastScale = hypot(east.x - origin.x, east.y - origin.y) / probeMeters
            let northScale = hypot(north.x - origin.x, north.y - origin.y) / probeMeters
            return (eastScale, northScale, atan2(north.x - origin.x, north.y - origin.y) * 180 / .pi)
        }
        guard let middle = local(center), middle.east > 0, middle.north > 0 else {
            self.init(scaleSpread: .infinity, northSpreadDegrees: .infinity)
            return
        }
        var scale = max(abs(middle.north / middle.east - 1), abs(middle.east / middle.north - 1))
        var north = 0.0
        for i in 0...4 {
            for j in 0...4 {
                let x = rect.minX + rect.width * Double(i) / 4, y = rect.minY + rect.height * Double(j) / 4
                guard let coordinate = frame.projection.inverse(x: x, y: y), let here = local(coordinate) else { continue }
                for value in [here.east, here.north] {
                    scale = max(scale, abs(value / middle.east - 1))
                }
                let turn = abs(Azimuth.normalized(here.northAngle - middle.northAngle + 180) - 180)
                north = max(north, turn)
            }
        }
        self.init(scaleSpread: scale, northSpreadDegrees: north)
    }

    private init(scaleSpread: Double, northSpreadDegrees: Double) {
        self.scaleSpread = scaleSpread
        self.northSpreadDegrees = northSpreadDegrees
    }
}
