import XCTest

@testable import Geodesy

final class GeodesicPathTests: XCTestCase {
    func testPathAcrossThePacificIsSplitAtTheAntimeridianWithMatchingLatitudes() throws {
        let tokyo = Coordinate(uncheckedLatitudeDegrees: 35.6895, longitudeDegrees: 139.69171)
        let sanFrancisco = Coordinate(uncheckedLatitudeDegrees: 37.77493, longitudeDegrees: -122.41942)
        let path = GeodesicPath.between(tokyo, sanFrancisco)
        XCTAssertEqual(path.lines.count, 2)
        let west = try XCTUnwrap(path.lines[0].coordinates.last), east = try XCTUnwrap(path.lines[1].coordinates.first)
        XCTAssertEqual(west.longitudeDegrees, 180)
        XCTAssertEqual(east.longitudeDegrees, -180)
        XCTAssertEqual(west.latitudeDegrees, east.latitudeDegrees)
        // Every sample is on the geodesic: its distances to both ends add up to the whole (1 m).
        let total = Geodesic.wgs84.inverse(from: tokyo, to: sanFrancisco).distanceMeters
        for point in path.lines.flatMap(\.coordinates) {
            let sum =
                Geodesic.wgs84.inverse(from: tokyo, to: point).distanceMeters
                + Geodesic.wgs84.inverse(from: point, to: sanFrancisco).distanceMeters
            XCTAssertEqual(sum, total, accuracy: 1)
        }
    }

    /// Straight segments between the vertices stay within the tolerance of the geodesic: checked at
    /// nine points of every segment against the geodesic position at the same fraction.
    func testSegmentsStayWithinTheToleranceWhereverTheLineCurves() {
        let pairs: [(Coordinate, Coordinate)] = [
            (
                Coordinate(uncheckedLatitudeDegrees: 39.15278, longitudeDegrees: 127.44361),
                Coordinate(uncheckedLatitudeDegrees: 35.10168, longitudeDegrees: 129.03004)
            ),
            (
                Coordinate(uncheckedLatitudeDegrees: 68.97917, longitudeDegrees: 33.09251),
                Coordinate(uncheckedLatitudeDegrees: 64.18347, longitudeDegrees: -51.72157)
            ),
            (
                Coordinate(uncheckedLatitudeDegrees: -77.846, longitudeDegrees: 166.676),
                Coordinate(uncheckedLatitudeDegrees: -33.86785, longitudeDegrees: 151.20732)
            ),
        ]
        for (start, end) in pairs {
            let path = GeodesicPath.between(start, end)
            let points = path.lines.flatMap(\.coordinates)
            XCTAssertLessThan(points.count, 2000, "adaptive, not one vertex a kilometre")
            for line in path.lines {
                for (a, b) in zip(line.coordinates, line.coordinates.dropFirst()) {
                    let gap = Geodesic.wgs84.inverse(from: a, to: b).distanceMeters
                    XCTAssertLessThanOrEqual(gap, GeodesicPath.defaultMaximumSpacingMeters + 1)
                    for step in 1...9 {
                        let t = Double(step) / 10
                        let chord = Coordinate(
                            uncheckedLatitudeDegrees: a.latitudeDegrees + t * (b.latitudeDegrees - a.latitudeDegrees),
                            longitudeDegrees: a.longitudeDegrees + t * (b.longitudeDegrees - a.longitudeDegrees))
                        let segment = Geodesic.wgs84.line(from: a, to: b)
                        let onLine = segment.unrolledPosition(atMeters: segment.distanceMeters * t)
                        let point = Coordinate(uncheckedLatitudeDegrees: onLine.latitudeDegrees, longitudeDegrees: onLine.longitudeDegrees)
                        XCTAssertLessThanOrEqual(Geodesic.wgs84.inverse(from: chord, to: point).distanceMeters, 2.5)
                    }
                }
            }
        }
    }
}
