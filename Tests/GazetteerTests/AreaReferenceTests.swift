import Gazetteer
import TestSupport
import XCTest

/// How names of areas and boundaries are read, and what stays a place name.
final class AreaReferenceTests: XCTestCase {
    let countries = ProjectData.gazetteer.countries

    func testReadsTheFormsReportsUse() {
        let expected: [(String, AreaReference?)] = [
            ("Russia", .country(code: "RU")),
            ("the UK", .country(code: "GB")),
            ("Ivory Coast", .country(code: "CI")),
            ("North Korea", .country(code: "KP")),
            ("border:RU", .border(code: "RU", neighbour: nil)),
            ("border: UA-RU", .border(code: "UA", neighbour: "RU")),
            ("border:Ukraine-Russia", .border(code: "UA", neighbour: "RU")),
            ("the Russian border", .border(code: "RU", neighbour: nil)),
            ("Russia's border", .border(code: "RU", neighbour: nil)),
            ("the border with Russia", .border(code: "RU", neighbour: nil)),
            ("the Ukraine–Russia border", .border(code: "UA", neighbour: "RU")),
            ("the Israel-Lebanon border", .border(code: "IL", neighbour: "LB")),
            ("the border between Israel and Lebanon", .border(code: "IL", neighbour: "LB")),
            ("the North Korean border", .border(code: "KP", neighbour: nil)),
            ("coast", .coast(code: nil)),
            ("the coast", .coast(code: nil)),
            ("the coastline", .coast(code: nil)),
            ("coast:UA", .coast(code: "UA")),
            ("the Ukrainian coast", .coast(code: "UA")),
            ("the coast of Ukraine", .coast(code: "UA")),
            ("country:UA", .country(code: "UA")),
            ("file:front.geojson", .file(path: "front.geojson")),
            // Place names, not areas.
            ("Kharkiv", nil),
            ("Gold Coast", nil),
            ("RU", nil),
            ("the Martian border", nil),
            ("border:XX", nil),
            ("file:", nil),
        ]
        for (text, reference) in expected {
            XCTAssertEqual(AreaReference.parse(text, countries: countries), reference, text)
        }
    }
}
