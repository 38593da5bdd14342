import MapModel
import XCTest

@testable import GISFormats

final class KMLStyleTests: XCTestCase {
    func testMarkersLinesAndFillsBecomeOGRStyleStrings() {
        XCTAssertEqual(
            KMLStyle.string(.marker(.launch)), "SYMBOL(id:\"https://maps.google.com/mapfiles/kml/shapes/triangle.png\",c:#1b1b1b)")
        XCTAssertEqual(KMLStyle.string(FeatureStyle(stroke: "#1f4e79", strokeWidthPixels: 2.2)), "PEN(c:#1f4e79,w:2.2px)")
        XCTAssertEqual(
            KMLStyle.string(FeatureStyle(stroke: "#c0392b", strokeWidthPixels: 1.4, fill: "#c0392b", fillOpacity: 0.08)),
            "PEN(c:#c0392b,w:1.4px);BRUSH(fc:#c0392b14)", "8% is 0x14 of 0xff")
        XCTAssertNil(KMLStyle.string(FeatureStyle()))
    }
}
