import Foundation
import TestSupport
import XCTest

@testable import Gazetteer

/// Users' area files (`file:…`, `--occupied`): what RFC 7946 refuses is refused here, with a sentence,
/// before any geometry is built (issue 29's second round of attacks found each accepted).
final class UserAreaFileTests: XCTestCase {
    let countries = CountryTable(countries: [CountryTable.Country(code: "RU", code3: "RUS", name: "Russia", capital: "Moscow")])

    func features(_ json: String) throws -> [UserAreaFile.Feature] {
        try UserAreaFile.features(Data(json.utf8), path: "a.geojson")
    }

    func testWhatRFC7946RefusesIsRefused() {
        let square = "[[0,0],[1,0],[1,1],[0,1],[0,0]]"
        let cases: [(String, String)] = [
            (#"{"type":"LineString","coordinates":[[true,false],[1,1]]}"#, "has a position that is not [longitude, latitude]"),
            (#"{"type":"LineString","coordinates":[[0x10,1],[1,1]]}"#, "it is not JSON (line 1, column 39"),
            (#"{"type":"LineString","coordinates":[[0,1],[1,1],]}"#, "it is not JSON (line 1, column 49: a trailing comma"),
            (#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}"#, "a polygon ring that is not closed"),
            (#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}"#, "fewer than four positions"),
            (#"{"type":"Polygon","coordinates":[[[0,0],[1,1]]]}"#, "fewer than four positions"),
            (#"{"type":"LineString","coordinates":[[0,0],[0,0],[0,0]]}"#, "one position repeated"),
            // A bow tie: its ring crosses itself at (0.5, 0.5). A 100,000-vertex one ran past 300 s.
            (#"{"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}"#, "not valid (Self-intersection[0.5 0.5])"),
            (
                #"{"type":"MultiPolygon","coordinates":["# + Array(repeating: "[\(square)]", count: 10_001).joined(separator: ",") + "]}",
                "more than 10000 polygons and lines"
            ),
        ]
        for (json, problem) in cases {
            XCTAssertThrowsError(try features(json), problem) { error in
                XCTAssertTrue("\(error)".contains(problem), "\(problem): \(error)")
            }
        }
    }

    func testRepeatedPositionsCountOnceAndTheVertexBudgetIsCheckedFirst() throws {
        let repeated = Array(repeating: "[30,50]", count: 1000).joined(separator: ",")
        let line = try features(#"{"type":"LineString","coordinates":[[29,50],"# + repeated + "]}")
        XCTAssertEqual(line[0].lines[0].count, 2)
        let tooMany = Array(repeating: "[30,50]", count: UserAreaFile.maximumVertices + 1).joined(separator: ",")
        XCTAssertThrowsError(try features(#"{"type":"LineString","coordinates":["# + tooMany + "]}")) { error in
            XCTAssertTrue("\(error)".contains("more than 500000 vertices"), "\(error)")
        }
    }

    func testAnOccupierMustBeACountryCode() throws {
        let held =
            #"{"type":"Feature","properties":{"occupier":"XX"},"#
            + #""geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}"#
        XCTAssertThrowsError(try UserAreaFile.occupied(Data(held.utf8), path: "a.geojson", defaultOccupier: nil, countries: countries)) {
            XCTAssertTrue("\($0)".contains("feature 1's occupier 'XX' is no ISO country code the gazetteer knows"), "\($0)")
        }
        let unnamed = held.replacingOccurrences(of: #""occupier":"XX""#, with: "")
        XCTAssertThrowsError(try UserAreaFile.occupied(Data(unnamed.utf8), path: "a.geojson", defaultOccupier: "Q1", countries: countries))
        {
            XCTAssertTrue("\($0)".contains("--occupier 'Q1' is no ISO country code"), "\($0)")
        }
        let ok = try UserAreaFile.occupied(Data(unnamed.utf8), path: "a.geojson", defaultOccupier: "ru", countries: countries)
        XCTAssertEqual(Array(ok.keys), ["RU"])
    }
}
