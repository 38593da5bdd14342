import Gazetteer
import TestSupport
import XCTest
@testable import Geodesy

final class PlaceIndexTests: XCTestCase {
    static let places = try! Gazetteer.bundled().places

    /// The grid may only skip places that are out of range: compare with solving every place.
    func testGridQueriesEqualAnExhaustiveSearch() {
        let index = PlaceIndex(places: Self.places)
        var generator = SplitMix64(seed: 460)
        let centres = (0..<12).map { _ in
            Self.places[Int.random(in: 0..<Self.places.count, using: &generator)].coordinate
        } + [Coordinate(uncheckedLatitudeDegrees: 78.2, longitudeDegrees: 15.6), Coordinate(uncheckedLatitudeDegrees: 64.7, longitudeDegrees: 177.5)]
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
}
