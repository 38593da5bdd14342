import Geodesy
import XCTest

/// `PlanarGeometry.clip(lines:to:)` settles lines by their boxes and sends only those near the
/// frame's edge through GEOS: the answer must be what GEOS alone gives, in the lines' order.
final class LineClippingTests: XCTestCase {
    private let frame = GeographicRect(minX: 0, minY: 0, maxX: 10, maxY: 10)

    private func line(_ points: [(Double, Double)]) -> [GeographicPoint] {
        points.map { GeographicPoint(x: $0.0, y: $0.1) }
    }

    func testLinesInsideAreKeptAsTheyAreAndLinesOutsideDropped() {
        let inside = line([(1, 1), (2.123456789, 3), (4, 4)])
        let outside = line([(20, 20), (30, 30)])
        XCTAssertEqual(PlanarGeometry().clip(lines: [inside, outside], to: frame), [inside])
    }

    func testALineAcrossTheEdgeIsCutAndTheOrderIsKept() {
        let first = line([(1, 1), (2, 2)])
        let crossing = line([(5, 5), (15, 5)])
        let last = line([(3, 3), (4, 3)])
        let clipped = PlanarGeometry().clip(lines: [first, crossing, last], to: frame)
        XCTAssertEqual(clipped, [first, line([(5, 5), (10, 5)]), last])
    }

}
