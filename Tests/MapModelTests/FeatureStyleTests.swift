import XCTest

@testable import MapModel

/// `FeatureStyle` (simplestyle); spec colours are tested in MapBuilderTests.
final class FeatureStyleMarkerTests: XCTestCase {
    func testMarkersRepeatTheSVGShapesAsMakiIcons() {
        XCTAssertEqual(FeatureStyle.marker(.impact), FeatureStyle(markerColor: "#c0392b", markerSymbol: "circle"))
        XCTAssertEqual(FeatureStyle.marker(.launch), FeatureStyle(markerColor: "#1b1b1b", markerSymbol: "triangle"))
        XCTAssertEqual(FeatureStyle.marker(.reference), FeatureStyle(markerColor: "#ffffff", markerSymbol: "circle-stroked"))
    }

    func testUnsetPropertiesAreNull() {
        let style = FeatureStyle(stroke: "#1f4e79", strokeWidthPixels: 2.2)
        XCTAssertEqual(FeatureStyle.Property.allCases.map(style.value), [.null, .null, .string("#1f4e79"), .real(2.2), .null, .null])
    }
}
