import Gazetteer
import Geodesy
import XCTest

@testable import Reading

/// The nearest-anchor query solves few geodesics, but must give exactly what measuring every other
/// anchor gives (issue 29: measuring every anchor made hostile text quadratic, 202 s at 100 KB).
final class PlaceAnchorsTests: XCTestCase {
    private func mention(_ name: String, _ latitude: Double, _ longitude: Double, start: Int) throws -> PlaceMention {
        let place = Place(
            name: name, coordinate: try Coordinate(latitudeDegrees: latitude, longitudeDegrees: longitude), countryCode: "UA",
            population: 500_000)
        return PlaceMention(
            text: name, start: start, end: start + name.count, kind: .city, place: place, name: name, evidence: [.locative("in")])
    }

    func testNearestIsTheBruteForceMinimumExcludingTheQueryingMention() throws {
        // Repeats of one place share an anchor; the mention asking never anchors itself.
        let firstPass = try [
            mention("Kharkiv", 49.98, 36.25, start: 0), mention("Kharkiv", 49.98, 36.25, start: 40),
            mention("Odesa", 46.48, 30.72, start: 80), mention("Lviv", 49.84, 24.03, start: 120),
            mention("Kyiv", 50.45, 30.52, start: 160),
        ]
        let anchors = PlaceAnchors(firstPass: firstPass, named: ["UA"]) { _ in false }
        XCTAssertEqual(anchors.anchors.count, 4, "repeats share an anchor")
        let queries = try [
            (Coordinate(latitudeDegrees: 48.0, longitudeDegrees: 37.8), -1),  // Donetsk, no mention of its own
            (Coordinate(latitudeDegrees: 46.48, longitudeDegrees: 30.72), 80),  // Odesa asking: the others only
            (Coordinate(latitudeDegrees: 49.98, longitudeDegrees: 36.25), 0),  // Kharkiv asking: its repeat is 0 m away
            (Coordinate(latitudeDegrees: -33.9, longitudeDegrees: 151.2), -1),  // Sydney: far from all
            (Coordinate(latitudeDegrees: 89.9, longitudeDegrees: -170.0), -1),  // near the pole
        ]
        for (coordinate, start) in queries {
            let brute = firstPass.filter { $0.start != start }
                .map { Geodesic.wgs84.inverse(from: $0.place.coordinate, to: coordinate).distanceMeters }.min()
            let nearest = try XCTUnwrap(anchors.nearestMeters(to: coordinate, excluding: start))
            XCTAssertEqual(nearest, try XCTUnwrap(brute), accuracy: 1e-6, "\(coordinate) excluding \(start)")
        }
        XCTAssertEqual(try XCTUnwrap(anchors.nearestMeters(to: firstPass[0].place.coordinate, excluding: 0)), 0, accuracy: 1e-9)
    }

    func testOnlyTheFirstDistinctPlacesAnchorSoEveryQueryIsBounded() throws {
        let many = try (0..<(PlaceAnchors.maximumAnchors + 50)).map { index in
            try mention("Town \(index)", 40 + Double(index % 100) * 0.1, 20 + Double(index / 100) * 0.1, start: index * 10)
        }
        let anchors = PlaceAnchors(firstPass: many, named: ["UA"]) { _ in false }
        XCTAssertEqual(anchors.anchors.count, PlaceAnchors.maximumAnchors)
        XCTAssertEqual(anchors.anchors.first?.starts, [0])
    }
}
