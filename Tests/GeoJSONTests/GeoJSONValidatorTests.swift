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

    /// Issue 29: each of these was called valid.
    func testStrictJSONBoxesAndIdsAreChecked() throws {
        let syntax: [(String, String)] = [
            (#"{"type":"Point","coordinates":[1,2],}"#, "line 1, column 37: a trailing comma before '}' is not JSON"),
            (#"{"type":"Point","coordinates":[1,2,]}"#, "line 1, column 36: a trailing comma before ']' is not JSON"),
            ("{\"type\":\"Point\",\n\"coordinates\":[0x1,2]}", "line 2, column 17: expected ',' or ']' here"),
            (#"{"type":"Point","coordinates":[01,2]}"#, "line 1, column 33: a number cannot start with 0"),
            (#"{"type":"Point"} {}"#, "line 1, column 18: unexpected text after the JSON value"),
            (String(repeating: "[", count: 600), "line 1, column 513: nesting deeper than 512 levels"),
        ]
        for (json, reason) in syntax {
            XCTAssertThrowsError(try GeoJSONValidator.validate(Data(json.utf8), name: "x.geojson"), json) { error in
                XCTAssertEqual("\(error)", "x.geojson is not JSON that can be read (\(reason)); check that it is a GeoJSON text file.")
            }
        }
        XCTAssertEqual(
            try problems(#"{"type":"Point","type":"LineString","coordinates":[[1,2],[3,4]]}"#),
            [#"$: the member "type" is given twice; readers keep either one (RFC 8259 §4)"#])
        XCTAssertEqual(
            try problems(#"{"type":"Point","coordinates":[1,2],"properties":{"a":1,"\u0061":2}}"#),
            [#"properties: the member "a" is given twice; readers keep either one (RFC 8259 §4)"#])
        let outside = #"{"type":"Feature","bbox":[0,0,1,1],"geometry":{"type":"Point","coordinates":[5,5]},"properties":{}}"#
        XCTAssertEqual(try problems(outside), ["bbox: bbox [0.0, 0.0, 1.0, 1.0] does not contain the position [5.0, 5.0] (RFC 7946 §5)"])
        let acrossTheAntimeridian =
            #"{"type":"Feature","bbox":[170,-10,-170,10],"geometry":{"type":"Point","coordinates":[179,5]},"properties":null}"#
        XCTAssertEqual(try problems(acrossTheAntimeridian), [])
        let objectID = #"{"type":"Feature","id":{"a":1},"geometry":null,"properties":{}}"#
        XCTAssertEqual(try problems(objectID), ["id: a Feature id must be a string or a number (RFC 7946 §3.2)"])
        XCTAssertEqual(try problems(#"{"type":"Feature","id":7,"geometry":null,"properties":{}}"#), [])
    }
}
