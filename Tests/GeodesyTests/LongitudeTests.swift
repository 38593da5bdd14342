import Geodesy
import XCTest

final class LongitudeTests: XCTestCase {
    func testUnwrappedLongitudeIsTheCopyNearestTheCentre() {
        XCTAssertEqual(Longitude.unwrapped(-170, around: 170), 190)
        XCTAssertEqual(Longitude.unwrapped(170, around: -170), -190)
        XCTAssertEqual(Longitude.unwrapped(30, around: 0), 30)
        XCTAssertEqual(Longitude.unwrapped(180, around: 0), -180, "the window is half-open: [centre − 180, centre + 180)")
        XCTAssertEqual(Longitude.unwrapped(-180, around: 0), -180)
    }

    func testFarOffLongitudesAreReducedInConstantTime() {
        XCTAssertEqual(Longitude.unwrapped(36_000_030, around: 0), 30, accuracy: 1e-6)
        let huge = Longitude.unwrapped(1e300, around: 10)
        XCTAssertTrue((-170..<190).contains(huge))
    }

    /// GeographicLib's AngNormalize, as GeodSolve prints reduced longitudes and azimuths (`GeodSolve -f`).
    func testReducedKeepsTheSignOfHalfTurnsAsGeographicLibDoes() {
        XCTAssertEqual(Longitude.reduced(540), 180)
        XCTAssertEqual(Longitude.reduced(-540), -180)
        XCTAssertEqual(Longitude.reduced(180), 180)
        XCTAssertEqual(Longitude.reduced(-180), -180)
        XCTAssertEqual(Longitude.reduced(190), -170)
        XCTAssertEqual(Longitude.reduced(-360).sign, .minus, "−360 gives −0, printed -0.000 by GeodSolve")
        XCTAssertEqual(Longitude.reduced(360).sign, .plus)
    }
}
