import Geodesy
import XCTest

final class PlanarPointTests: XCTestCase {
    private let square = [(0.0, 0.0), (2, 0), (2, 2), (0, 2)].map { GeographicPoint(x: $0.0, y: $0.1) }

    func testSignedAreaIsPositiveCounterClockwiseAndIgnoresClosure() {
        XCTAssertEqual(PlanarRing.signedArea(square), 4)
        XCTAssertEqual(PlanarRing.signedArea(square + [square[0]]), 4, "a closed ring has the same area")
        XCTAssertEqual(PlanarRing.signedArea(Array(square.reversed())), -4)
        XCTAssertEqual(PlanarRing.signedArea([GeographicPoint]()), 0)
    }

    func testEnclosingRectangleAndGeographicAccessors() throws {
        let box = try XCTUnwrap(GeographicRect.enclosing(square))
        XCTAssertEqual(box, GeographicRect(minX: 0, minY: 0, maxX: 2, maxY: 2))
        let point = GeographicPoint(longitudeDegrees: 127.4, latitudeDegrees: 39.2)
        XCTAssertEqual(point.x, 127.4)
        XCTAssertEqual(point.latitudeDegrees, 39.2)
    }
}
