import XCTest

@testable import Geodesy

/// The sphere's bounds only drop edges that cannot hold the nearest point: a long edge passing close
/// by stays though both its ends are far, and edges far beyond the nearest vertex go.
final class NearbyEdgesTests: XCTestCase {
    func testALongEdgePassingCloseStaysAndFarEdgesGo() {
        let start = Coordinate(uncheckedLatitudeDegrees: 50, longitudeDegrees: 30)
        // A meridian 0.01° east of the start (about 700 m), its ends 5° (about 550 km) away.
        let close = [GeographicPoint(x: 30.01, y: 45), GeographicPoint(x: 30.01, y: 55)]
        // A short line about 330 km away: its vertices are the nearest.
        let middle = [GeographicPoint(x: 34.6, y: 50), GeographicPoint(x: 34.7, y: 50)]
        // A line some 2,000 km away.
        let far = [GeographicPoint(x: 60, y: 50), GeographicPoint(x: 60.1, y: 50), GeographicPoint(x: 60.2, y: 50)]
        let kept = NearbyEdges.lines(near: start, in: [far, close, middle])
        XCTAssertEqual(kept, [close, middle])
    }

    func testTheFilteredSearchFindsTheBruteForceMinimum() throws {
        // A ring of 2,000 short edges around a start inside it: every edge is a candidate on its own.
        let ring = (0...2_000).map { index -> GeographicPoint in
            let angle = Double(index) / 2_000 * 2 * .pi
            return GeographicPoint(x: 30 + 2 * cos(angle), y: 50 + 1.3 * sin(angle))
        }
        let start = Coordinate(uncheckedLatitudeDegrees: 50.4, longitudeDegrees: 30.9)
        let kept = NearbyEdges.lines(near: start, in: [ring])
        XCTAssertLessThan(kept.reduce(0) { $0 + $1.count }, ring.count / 4, "most of the ring is ruled out")
        let measured = try XCTUnwrap(BoundaryMeasure().distance(from: start, to: Boundary(name: "ring", polygons: [], lines: [ring])))
        // Every edge sampled every twentieth of its length (under 30 m apart), all 2,000 of them.
        var brute = Double.infinity
        for (a, b) in zip(ring, ring.dropFirst()) {
            for step in 0...20 {
                let t = Double(step) / 20
                let point = Coordinate(uncheckedLatitudeDegrees: a.y + t * (b.y - a.y), longitudeDegrees: a.x + t * (b.x - a.x))
                brute = min(brute, Geodesic.wgs84.inverse(from: start, to: point).distanceMeters)
            }
        }
        XCTAssertLessThanOrEqual(measured.distanceMeters, brute + 0.001)
        XCTAssertEqual(measured.distanceMeters, brute, accuracy: 1)
    }
}
