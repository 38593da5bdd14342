import Foundation
import Geodesy
import TestSupport
import XCTest

@testable import MapModel

final class FeatureTableTests: XCTestCase {
    static let gazetteer = ProjectData.gazetteer

    /// Users' layers are not exported, so a gallery map's layers are read as empty.
    func build(_ text: String) throws -> BriefingMap {
        try MapBuilder(resolver: ProjectData.resolver, hedges: ProjectData.lexicon.hedges, readLayer: { _ in ("layer", []) }).build(
            try MapSpecParser.parse(text: text, fileName: "maps/test.yaml"))
    }

    func testEveryExampleAndGalleryMapHasOneValueOfTheRightTypePerField() throws {
        let folders = ["maps", "maps/gallery"].map { Fixtures.projectRoot.appendingPathComponent($0) }
        for folder in folders {
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".yaml") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                let table = FeatureTable(try build(text))
                for record in table.all {
                    XCTAssertEqual(record.values.count, record.kind.fields.count, "\(file) \(record.id)")
                    for (field, value) in zip(record.kind.fields, record.values) {
                        XCTAssertTrue(Self.fits(value, field.type), "\(file) \(record.id) \(field.name) \(value)")
                    }
                }
            }
        }
    }

    func testALineWithoutAClaimHasNullClaimFieldsAndTheHouseColour() throws {
        let table = FeatureTable(try build("title: T\nlines: [{from: Kyiv, to: Kharkiv}]\n"))
        let line = try XCTUnwrap(table.lines.first)
        XCTAssertEqual(line.id, "line-1")
        XCTAssertEqual(line.value("statedText"), .null)
        XCTAssertEqual(line.value("verdictColor"), .null)
        XCTAssertEqual(line.value("fromArea"), .boolean(false))
        XCTAssertEqual(line.value("stroke"), .string("#1f4e79"))
        XCTAssertEqual(line.value("stroke-width"), .real(2.2))
        // GeodSolve -i 50.45466 30.5238 49.98177 36.25475 gives 412284.384 m.
        XCTAssertEqual(line.value("distanceMeters"), .real(412_284.384))
    }

    func testAClaimCarriesItsVerdictColourAndNumbersAreRoundedToTheirFields() throws {
        let table = FeatureTable(try build("title: T\nlines: [{from: Kyiv, to: Kharkiv, stated: \"1,000 km\", color: green}]\n"))
        let line = try XCTUnwrap(table.lines.first)
        XCTAssertEqual(line.value("verdict"), .string("inconsistent"))
        XCTAssertEqual(line.value("verdictColor"), .string("#b0281a"))
        XCTAssertEqual(line.value("stroke"), .string("#009e73"), "the spec's colour")
        XCTAssertEqual(line.value("statedMeters"), .real(1_000_000))
        guard case .real(let ratio) = line.value("relativeDifference") else { return XCTFail("no ratio") }
        XCTAssertEqual(ratio, (ratio * 1e6).rounded() / 1e6, "6 decimals")
    }

    func testPlacesCarryTheirGazetteerFieldsAndTheirMarker() throws {
        let table = FeatureTable(
            try build("title: T\nplaces: [{place: Wonsan, role: launch}, {place: \"47.5, 35.6\", label: Region, role: impact}]\n"))
        let wonsan = table.places[0]
        XCTAssertEqual(wonsan.value("name"), .string("Wŏnsan"))
        XCTAssertEqual(wonsan.value("label"), .string("Wonsan"))
        XCTAssertEqual(wonsan.value("geonameID"), .integer(1_866_923), "GeoNames")
        XCTAssertEqual(wonsan.value("latitude"), .real(39.15278))
        XCTAssertEqual(wonsan.value("marker-color"), .string(MapPalette.launch))
        XCTAssertEqual(wonsan.value("marker-symbol"), .string("triangle"))
        let coordinates = table.places[1]
        XCTAssertEqual(coordinates.value("population"), .null, "unknown for a bare coordinate")
        XCTAssertEqual(coordinates.value("geonameID"), .null)
        XCTAssertEqual(coordinates.value("marker-symbol"), .string("circle"))
    }

    func testAreasArePolygonsWoundForRFC7946AndBordersAreBoundaries() throws {
        let table = FeatureTable(try build("title: T\nareas: [{area: Moldova}, {area: \"border:UA-RU\"}]\n"))
        XCTAssertEqual(table.areas.map(\.id), ["area-1"])
        XCTAssertEqual(table.boundaries.map(\.id), ["boundary-1"])
        XCTAssertEqual(table.boundaries[0].value("featureType"), .string("boundary"))
        guard case .polygons(let polygons) = table.areas[0].geometry else { return XCTFail("not polygons") }
        for polygon in polygons.polygons {
            XCTAssertGreaterThan(PlanarRing.signedArea(polygon.exterior.coordinates.map(\.geographicPoint)), 0, "counter-clockwise")
            for hole in polygon.holes { XCTAssertLessThan(PlanarRing.signedArea(hole.coordinates.map(\.geographicPoint)), 0) }
        }
        XCTAssertEqual(table.areas[0].value("fill-opacity"), .real(MapPalette.areaFillOpacity))
    }

    private static func fits(_ value: FeatureValue, _ type: FeatureFieldType) -> Bool {
        switch (value, type) {
        case (.null, _), (.string, .string), (.integer, .integer), (.boolean, .boolean): return true
        case let (.real(number), .real(decimals)): return number == Double(String(format: "%.\(decimals)f", number))
        default: return false
        }
    }
}
