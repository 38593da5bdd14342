import Foundation
import TestSupport
import XCTest

@testable import GeoJSON

final class GeoJSONValidatorTests: XCTestCase {
    func problems(_ json: String) throws -> [String] {
        try GeoJSONValidator.validate(Data(json.utf8)).map(\.description)
    }

    func testAFileWrittenByGDALIsValid() throws {
        XCTAssertEqual(try GeoJSONValidator.validate(try Data(contentsOf: Fixtures.url("geojson/ogr2ogr-rfc7946.geojson"))), [])
    }

    func testEachRuleIsReportedAtItsPath() throws {
        let clockwise = #"{"type":"Polygon","coordinates":[[[0,0],[0,1],[1,1],[1,0],[0,0]]]}"#
        XCTAssertEqual(try problems(clockwise), ["coordinates[0]: exterior ring is clockwise; RFC 7946 §3.1.6 wants counter-clockwise"])
        let open = #"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}"#
        XCTAssertEqual(try problems(open), ["coordinates[0]: linear ring is not closed: the last position must repeat the first"])
        let latitudeFirst =
            #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"#
            + #""geometry":{"type":"Point","coordinates":[10,95]}}]}"#
        XCTAssertEqual(
            try problems(latitudeFirst),
            [
                "features[0].geometry.coordinates: position [10.0, 95.0] is out of range (longitude -180…180, latitude -90…90); is it "
                    + "latitude first?"
            ])
        let jump = #"{"type":"LineString","coordinates":[[179,60],[-179,61]]}"#
        XCTAssertEqual(
            try problems(jump),
            ["coordinates[1]: edge from longitude 179.0 to -179.0 crosses the antimeridian; split the geometry at ±180° (RFC 7946 §3.1.9)"])
        let crs = #"{"type":"FeatureCollection","crs":{"type":"name"},"features":[]}"#
        XCTAssertEqual(try problems(crs), ["crs: RFC 7946 removed the crs member; coordinates are always WGS84 longitude, latitude"])
        let nesting = #"{"type":"MultiPolygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}"#
        XCTAssertEqual(try problems(nesting).first, "coordinates[0][0][0]: expected a position [longitude, latitude]")
        let hole = #"{"type":"Polygon","coordinates":[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[2,1],[2,2],[1,2],[1,1]]]}"#
        XCTAssertEqual(try problems(hole), ["coordinates[1]: hole is counter-clockwise; RFC 7946 §3.1.6 wants clockwise"])
    }

    func testNonJSONIsASentence() {
        XCTAssertThrowsError(try GeoJSONValidator.validate(Data("not json".utf8), name: "x.geojson")) { error in
            XCTAssertTrue("\(error)".hasPrefix("x.geojson is not JSON that can be read ("), "\(error)")
        }
        let latitudeAsBoolean = #"{"type":"Point","coordinates":[true,false]}"#
        XCTAssertEqual(try problems(latitudeAsBoolean), ["coordinates: expected a position [longitude, latitude]"])
    }
}
