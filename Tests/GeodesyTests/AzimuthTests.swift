import Geodesy
import XCTest

final class AzimuthTests: XCTestCase {
    func testNormalisedAzimuthsLieInZeroToThreeSixty() {
        XCTAssertEqual(Azimuth.normalized(-29.5), 330.5)
        XCTAssertEqual(Azimuth.normalized(400), 40)
        XCTAssertEqual(Azimuth.normalized(-360), 0)
        XCTAssertEqual(Azimuth.normalized(180), 180)
    }

    func testInputBeyondGeodSolvesRangeIsRefusedWithASentence() {
        XCTAssertEqual(try Azimuth.checked(-540), -540)
        XCTAssertThrowsError(try Azimuth.checked(4000)) { error in
            XCTAssertEqual(
                "\(error)", "The azimuth 4000.0 is outside -540…540 degrees; give degrees clockwise from north, such as 90 for east.")
        }
        XCTAssertThrowsError(try Azimuth.checked(.nan))
        XCTAssertThrowsError(
            try RangeRing.sector(
                center: Coordinate(uncheckedLatitudeDegrees: 0, longitudeDegrees: 0),
                radiusMeters: 1000, fromAzimuthDegrees: 1e300, toAzimuthDegrees: 1e308))
    }
}
