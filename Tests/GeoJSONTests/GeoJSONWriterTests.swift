import Foundation
import Gazetteer
import MapModel
import TestSupport
import XCTest

@testable import GeoJSON

/// Golden files for every example spec in maps/ (regenerate: EVENTMAP_REGENERATE=1 swift test),
/// each also checked by the validator; GDAL's ogrinfo reads them in scripts/integration.d.
final class GeoJSONWriterTests: XCTestCase {
    static let gazetteer = ProjectData.gazetteer

    func render(_ specName: String) throws -> String {
        let url = Fixtures.projectRoot.appendingPathComponent("maps/\(specName).yaml")
        let spec = try MapSpecParser.parse(text: try String(contentsOf: url, encoding: .utf8), fileName: "maps/\(specName).yaml")
        return GeoJSONWriter.document(for: try MapBuilder(resolver: ProjectData.resolver, hedges: ProjectData.lexicon.hedges).build(spec))
    }

    func testExampleMapsMatchTheirGoldenFilesAndValidate() throws {
        for name in Fixtures.exampleMapNames {
            let document = try render(name)
            try Fixtures.assertGolden(document, named: "geojson/\(name).geojson")
            XCTAssertEqual(try GeoJSONValidator.validate(Data(document.utf8)), [], name)
            XCTAssertEqual(try render(name), document, "rendering twice gives the same bytes")
        }
    }

    func testStringsAreEscapedAndNumbersNeverNaN() {
        let text = JSONText.object([
            ("label", .string("<script>\"&\\\n\u{2028}")), ("n", .number(.nan, maximumDecimals: 3)),
            ("x", .number(1e-9, maximumDecimals: 7)), ("y", .number(-0.0000001, maximumDecimals: 3)),
        ])
        XCTAssertEqual(text.serialized(), #"{"label":"<script>\"&\\\n\u2028","n":null,"x":0,"y":0}"#)
    }
}
