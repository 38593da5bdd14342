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

/// Regions by the names reports give them, de jure.
final class RegionResolutionTests: XCTestCase {
    func testRegionNamesAsReportsWriteThem() throws {
        let resolver = ProjectData.resolver
        let expected: [(String, String)] = [
            ("Kursk Oblast", "RU"), ("the Kursk region", "RU"), ("the Kherson oblast", "UA"), ("South Hwanghae Province", "KP"),
            ("Hokkaido", "JP"), ("Crimea", "UA"), ("Sevastopol region", "UA"), ("Zaporizhzhia region, UA", "UA"), ("Kyiv Oblast", "UA"),
        ]
        for (text, code) in expected {
            guard case let .area(area) = try resolver.resolve(text).endpoint else {
                XCTFail("\(text) is not an area")
                continue
            }
            XCTAssertEqual(area.kind, .region, text)
            XCTAssertEqual(area.countryCode, code, text)
            XCTAssertFalse(area.boundary.polygons.isEmpty, text)
        }
        // A place stays a place; a region word on an unknown name is refused with a sentence.
        guard case .place = try resolver.resolve("Kharkiv").endpoint else { return XCTFail("Kharkiv is a city") }
        XCTAssertThrowsError(try resolver.resolve("Xyzzy Oblast")) { error in
            XCTAssertTrue("\(error)".contains("no first-level region has that name"), "\(error)")
        }
    }
}

/// A spelling guess is never an answer unless the caller accepts guesses.
final class SpellingGuessTests: XCTestCase {
    func testResolveRefusesAGuessAndNamesTheCandidates() throws {
        let gazetteer = ProjectData.gazetteer
        XCTAssertThrowsError(try gazetteer.resolve("Kramatorks")) { error in
            guard case let GazetteerError.spellingGuess(query, candidates) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(query, "Kramatorks")
            XCTAssertEqual(candidates.first, "Kramatorsk (UA)")
        }
        let (place, _, warning) = try gazetteer.resolveNoting("Kramatorks", options: GeocodeOptions(acceptsGuesses: true))
        XCTAssertEqual(place.name, "Kramatorsk")
        XCTAssertNotNil(warning)
        // Exact names and alternate spellings are not guesses; an ambiguous name is answered with a warning.
        XCTAssertNil(try gazetteer.resolveNoting("Kharkov").warning)
        // The advice is a query that works: one qualifier after the name.
        let lyman = try XCTUnwrap(try gazetteer.resolveNoting("Lyman, UA").warning)
        XCTAssertTrue(lyman.hasSuffix("name the region (\"Lyman, Kharkivska oblast\") to choose."), lyman)
        XCTAssertEqual(try gazetteer.resolve("Lyman, Kharkivska oblast").admin1, "Kharkivska oblast")
        XCTAssertEqual(
            try gazetteer.resolveNoting("Tripoli").warning,
            "'Tripoli' is ambiguous: read as Tripoli (LY), not Tripoli (LB); name the country (\"Tripoli, LB\") to choose.")
        XCTAssertEqual(try gazetteer.resolve("Kiev").countryCode, "UA")
    }

    /// Issue 29: "border:" without a code was read as the French village Bordères.
    func testAPrefixWithoutItsCodeIsAnIncompleteAreaNotAPlace() {
        for text in ["border:", "border :", "coast:XX-YY", "country:", "Border: "] {
            XCTAssertTrue(AreaReference.hasAreaPrefix(text), text)
        }
        for text in ["Kharkiv", "the border", "Border", "borderland"] {
            XCTAssertFalse(AreaReference.hasAreaPrefix(text), text)
        }
    }
}
