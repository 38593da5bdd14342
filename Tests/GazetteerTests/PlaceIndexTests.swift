import Geodesy
import TestSupport
import XCTest

@testable import Gazetteer

final class PlaceIndexTests: XCTestCase {
    static let places = ProjectData.gazetteer.places

    /// The grid may only skip places that are out of range: compare with solving every place.
    func testGridQueriesEqualAnExhaustiveSearch() {
        let index = PlaceIndex(places: Self.places)
        var generator = SplitMix64(seed: 460)
        let centres =
            (0..<12).map { _ in
                Self.places[Int.random(in: 0..<Self.places.count, using: &generator)].coordinate
            } + [
                Coordinate(uncheckedLatitudeDegrees: 78.2, longitudeDegrees: 15.6),
                Coordinate(uncheckedLatitudeDegrees: 64.7, longitudeDegrees: 177.5),
            ]
        for center in centres {
            for radius in [50_000.0, 460_000, 1_500_000] {
                let expected = Self.places.filter { Geodesic.wgs84.inverse(from: center, to: $0.coordinate).distanceMeters <= radius }
                XCTAssertEqual(Set(index.within(radius, of: center).map(\.place)), Set(expected), "\(center) \(radius)")
            }
        }
    }

    func testNeighboursAreSortedNearestFirst() {
        let wonsan = Coordinate(uncheckedLatitudeDegrees: 39.15278, longitudeDegrees: 127.44361)
        let neighbours = PlaceIndex(places: Self.places).within(460_000, of: wonsan, minimumPopulation: 100_000)
        XCTAssertEqual(neighbours.map(\.distanceMeters), neighbours.map(\.distanceMeters).sorted())
        XCTAssertTrue(neighbours.contains { $0.place.name == "Pyongyang" })
        XCTAssertFalse(neighbours.contains { $0.place.name == "Busan" }, "Busan is 471 km away")
    }

    /// A limited query must give exactly the head of the full, exhaustively solved and sorted list,
    /// including for radii that cover the globe and centres next to a pole.
    func testLimitedQueriesAreTheNearestOfAnExhaustiveSearch() {
        let index = PlaceIndex(places: Self.places)
        let centres = [
            Coordinate(uncheckedLatitudeDegrees: 49.98177, longitudeDegrees: 36.25475),
            Coordinate(uncheckedLatitudeDegrees: 89.5, longitudeDegrees: -40),
            Coordinate(uncheckedLatitudeDegrees: -77.846, longitudeDegrees: 166.676),
        ]
        for center in centres {
            let all = Self.places.map { (place: $0, meters: Geodesic.wgs84.inverse(from: center, to: $0.coordinate).distanceMeters) }
                .sorted { ($0.meters, $0.place.name) < ($1.meters, $1.place.name) }
            for (radius, limit) in [(20_000_000.0, 25), (3_000_000, 7), (6_000_000, 1)] {
                let expected = all.filter { $0.meters <= radius }.prefix(limit).map(\.place.name)
                XCTAssertEqual(index.within(radius, of: center, limit: limit).map(\.place.name), Array(expected), "\(center) \(radius)")
            }
        }
    }

    /// The pruning bound must never exceed the true geodesic distance, or places would go missing.
    func testLowerBoundNeverExceedsTheGeodesicDistance() {
        var generator = SplitMix64(seed: 9460)
        for _ in 0..<20_000 {
            let a = Coordinate(
                uncheckedLatitudeDegrees: Double.random(in: -90...90, using: &generator),
                longitudeDegrees: Double.random(in: -180..<180, using: &generator))
            let b = Coordinate(
                uncheckedLatitudeDegrees: Double.random(in: -90...90, using: &generator),
                longitudeDegrees: Double.random(in: -180..<180, using: &generator))
            let bound = PlaceIndex.lowerBoundMeters(PlaceIndex.geocentricDirection(a), PlaceIndex.geocentricDirection(b))
            XCTAssertLessThanOrEqual(bound, Geodesic.wgs84.inverse(from: a, to: b).distanceMeters, "\(a) → \(b)")
        }
    }
}
