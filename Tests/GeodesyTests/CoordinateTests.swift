import XCTest

@testable import Geodesy

final class CoordinateTests: XCTestCase {
    func testLongitudeIsNormalisedIntoTheHalfOpenRange() throws {
        XCTAssertEqual(try Coordinate(latitudeDegrees: 0, longitudeDegrees: 540).longitudeDegrees, -180)
        XCTAssertEqual(try Coordinate(latitudeDegrees: 0, longitudeDegrees: 190).longitudeDegrees, -170)
        XCTAssertEqual(try Coordinate(latitudeDegrees: 0, longitudeDegrees: -190).longitudeDegrees, 170)
        XCTAssertEqual(try Coordinate(latitudeDegrees: 0, longitudeDegrees: 180).longitudeDegrees, 180)
    }

    func testOutOfRangeAndNonFiniteValuesAreRejectedWithASentence() {
        XCTAssertThrowsError(try Coordinate(latitudeDegrees: 91, longitudeDegrees: 0)) { error in
            XCTAssertEqual("\(error)", "Latitude 91.0 is outside -90…90 degrees; check that latitude comes first (latitude, longitude).")
        }
        XCTAssertThrowsError(try Coordinate(latitudeDegrees: .nan, longitudeDegrees: 0)) { error in
            XCTAssertEqual("\(error)", "Coordinate (nan, 0.0) is not a finite number; give decimal degrees such as 49.98, 36.25.")
        }
        XCTAssertThrowsError(try Coordinate(latitudeDegrees: 0, longitudeDegrees: 541))
    }
}
