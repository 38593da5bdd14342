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

    func testVerticesAreAtMostTheSpacingApart() {
        let wonsan = Coordinate(uncheckedLatitudeDegrees: 39.15278, longitudeDegrees: 127.44361)
        let busan = Coordinate(uncheckedLatitudeDegrees: 35.10168, longitudeDegrees: 129.03004)
        let points = GeodesicPath.between(wonsan, busan, spacingMeters: 1000).lines[0].coordinates
        XCTAssertEqual(points.count, 473)  // 471.15 km in 472 equal steps
        for (a, b) in zip(points, points.dropFirst()) {
            XCTAssertLessThanOrEqual(Geodesic.wgs84.inverse(from: a, to: b).distanceMeters, 1000)
        }
    }
}
