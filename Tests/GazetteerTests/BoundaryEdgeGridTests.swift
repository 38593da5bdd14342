import Foundation
import Geodesy
import TestSupport
import XCTest

@testable import Gazetteer

/// The sphere only ranks edges and places; the answers must be those of measuring everything.
final class BoundaryEdgeGridTests: XCTestCase {
    /// A zigzag line from the Black Sea to the Arctic, with long edges (cut into pieces) and short ones.
    static let line: [GeographicPoint] = {
        var generator = SplitMix64(seed: 29)
        var points: [GeographicPoint] = []
        var latitude = 44.0
        while latitude < 80 {
            points.append(GeographicPoint(x: 30 + Double.random(in: -4...4, using: &generator), y: latitude))
            latitude += Double.random(in: 0.05...3, using: &generator)
        }
        return points
    }()

    func testTheNearestEdgesGiveTheDistanceOfAllEdges() throws {
        let grid = BoundaryEdgeGrid(lines: [Self.line])
        let measure = BoundaryMeasure()
        let everything = Boundary(name: "line", polygons: [], lines: [Self.line])
        var generator = SplitMix64(seed: 460)
        for _ in 0..<40 {
            let point = Coordinate(
                uncheckedLatitudeDegrees: Double.random(in: 40...84, using: &generator),
                longitudeDegrees: Double.random(in: 15...45, using: &generator))
            let expected = try XCTUnwrap(try measure.distance(from: point, to: everything)).distanceMeters
            let nearest = grid.nearestLines(to: point, withinMeters: .infinity)
            let found = try XCTUnwrap(try measure.distance(from: point, to: Boundary(name: "near", polygons: [], lines: nearest.lines)))
            XCTAssertEqual(found.distanceMeters, expected, accuracy: 0.001, "\(point)")
            XCTAssertLessThanOrEqual(nearest.lines.count, 40, "only the edges that can be nearest")
            XCTAssertLessThanOrEqual(BoundaryEdgeGrid.lowestTrueMeters(sphereMeters: nearest.sphereMeters), expected)
            XCTAssertGreaterThanOrEqual(BoundaryEdgeGrid.highestTrueMeters(sphereMeters: nearest.sphereMeters), expected)
        }
    }

    /// Issue 29: `within coast` took 111 s. Widening passes and early stopping must list exactly the
    /// places an exhaustive measure lists.
    func testWithinABoundaryEqualsMeasuringEveryPlace() throws {
        let places = ProjectData.gazetteer.places.filter { !$0.kind.isArea && (44...80).contains($0.coordinate.latitudeDegrees) }
        let index = PlaceIndex(places: places)
        let boundary = Boundary(name: "line", polygons: [], lines: [Self.line])
        let measure = BoundaryMeasure()
        for (radius, limit) in [(30_000.0, 15), (200_000, 10), (8_000, 1_000)] {
            let found = try index.within(radius, of: boundary, limit: limit)
            let box = places.filter { abs($0.coordinate.longitudeDegrees - 30) < 4 + radius / 40_000 }
            let expected = try box.compactMap { place -> (String, Double)? in
                guard let distance = try measure.distance(from: place.coordinate, to: boundary)?.distanceMeters, distance <= radius
                else { return nil }
                return (place.name, distance)
            }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit)
            XCTAssertEqual(found.map(\.place.name), expected.map(\.0), "radius \(radius), limit \(limit)")
            for (neighbour, (_, distance)) in zip(found, expected) {
                XCTAssertEqual(neighbour.distanceMeters, distance, accuracy: 0.01)
            }
        }
    }
}
