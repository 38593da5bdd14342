import XCTest

@testable import Geodesy

/// Checks shared by the ring and path tests: RFC 7946 shape rules and planar point-in-polygon.
enum GeodesyAssertions {
    /// Shoelace area with longitude as x: positive for counter-clockwise rings (PlanarPointTests checks it).
    static func signedArea(_ ring: GeoLinearRing) -> Double {
        PlanarRing.signedArea(ring.coordinates.map(\.geographicPoint))
    }

    /// RFC 7946 §3.1.6 winding, closure, and no edge jumping across ±180° (§3.1.9).
    static func assertValidRFC7946(_ area: GeoMultiPolygon, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(area.polygons.isEmpty, "no polygon", file: file, line: line)
        for polygon in area.polygons {
            XCTAssertGreaterThan(signedArea(polygon.exterior), 0, "exterior must wind counter-clockwise", file: file, line: line)
            for hole in polygon.holes {
                XCTAssertLessThan(signedArea(hole), 0, "holes must wind clockwise", file: file, line: line)
            }
            for ring in [polygon.exterior] + polygon.holes {
                XCTAssertGreaterThanOrEqual(ring.coordinates.count, 4, file: file, line: line)
                XCTAssertEqual(ring.coordinates.first, ring.coordinates.last, "ring must be closed", file: file, line: line)
                for (a, b) in zip(ring.coordinates, ring.coordinates.dropFirst()) {
                    XCTAssertLessThanOrEqual(
                        abs(a.longitudeDegrees - b.longitudeDegrees), 180, "edge crosses ±180°", file: file, line: line)
                    XCTAssertTrue(
                        (-180...180).contains(a.longitudeDegrees) && (-90...90).contains(a.latitudeDegrees), file: file, line: line)
                }
            }
        }
    }

    /// Even-odd ray casting in longitude/latitude, counting holes.
    static func contains(_ area: GeoMultiPolygon, _ point: Coordinate) -> Bool {
        area.polygons.contains { polygon in
            inside(polygon.exterior, point) && !polygon.holes.contains { inside($0, point) }
        }
    }

    private static func inside(_ ring: GeoLinearRing, _ point: Coordinate) -> Bool {
        var result = false
        for (a, b) in zip(ring.coordinates, ring.coordinates.dropFirst()) {
            let crosses = (a.latitudeDegrees > point.latitudeDegrees) != (b.latitudeDegrees > point.latitudeDegrees)
            if crosses {
                let x =
                    a.longitudeDegrees + (point.latitudeDegrees - a.latitudeDegrees)
                    / (b.latitudeDegrees - a.latitudeDegrees) * (b.longitudeDegrees - a.longitudeDegrees)
                if point.longitudeDegrees < x { result.toggle() }
            }
        }
        return result
    }
}
