import TestSupport
import XCTest

@testable import Gazetteer

/// The hand-kept TSV layout: rows become places, and bad rows are sentences naming file and line.
final class CustomGazetteerFileTests: XCTestCase {
    let countries = CountryTable(countries: [CountryTable.Country(code: "KP", code3: "PRK", name: "North Korea", capital: "Pyongyang")])

    func testRowsWithHeaderCommentsAndOptionalCellsBecomePlaces() throws {
        let text = """
            # launch sites
            \(CustomGazetteerFile.header)
            Site A\t39.66\t124.705\tkp\tNorth Pyongan\t\t3000\tSite Alpha|Alpha\tpublic imagery
            Site B\t40.0\t125.0\tKP

            """
        let entries = try CustomGazetteerFile.parse(text, path: "sites.tsv", countries: countries)
        XCTAssertEqual(entries.map(\.place.name), ["Site A", "Site B"])
        XCTAssertEqual(entries[0].place.countryCode, "KP")
        XCTAssertEqual(entries[0].place.country, "North Korea")
        XCTAssertEqual(entries[0].place.extentMeters, 3000)
        XCTAssertEqual(entries[0].alternateNames, ["Site Alpha", "Alpha"])
        XCTAssertNil(entries[1].place.extentMeters)
        XCTAssertNil(entries[1].place.geonameID)
    }

    func testBadRowsAreSentencesWithFileAndLine() {
        let cases: [(String, String)] = [
            (
                "Site\t39.6",
                "sites.tsv:1: expected at least 4 tab-separated columns (name, latitude, longitude, countryCode), found 2; see "
                    + "gazetteer/sites.tsv for the column layout."
            ),
            (
                "Site\tnorth\t124\tKP",
                "sites.tsv:1: latitude 'north' and longitude '124' must be decimal degrees; see gazetteer/sites.tsv for the column layout."
            ),
            (
                "Site\t95\t124\tKP",
                "sites.tsv:1: Latitude 95.0 is outside -90…90 degrees; check that latitude comes first (latitude, longitude); see "
                    + "gazetteer/sites.tsv for the column layout."
            ),
            (
                "Site\t39\t124\tKP\t\t\t-5",
                "sites.tsv:1: extentMeters '-5' must be a number of metres from 0 to 20,000,000 (a place's radius); "
                    + "see gazetteer/sites.tsv for the column layout."
            ),
            ("\t39\t124\tKP", "sites.tsv:1: the name is empty; see gazetteer/sites.tsv for the column layout."),
            // Issue 29: each was accepted (a hex float as a coordinate, "1,000,000" read as 0, any code).
            (
                "Site\t0x1p3\t124\tKP",
                "sites.tsv:1: latitude '0x1p3' and longitude '124' must be decimal degrees; see gazetteer/sites.tsv for the column layout."
            ),
            (
                "Site\t39\tinf\tKP",
                "sites.tsv:1: latitude '39' and longitude 'inf' must be decimal degrees; see gazetteer/sites.tsv for the column layout."
            ),
            (
                "Site\t39\t124\tZZ",
                "sites.tsv:1: countryCode 'ZZ' is no ISO 3166-1 alpha-2 code the gazetteer knows; give one such as UA, or leave it "
                    + "empty; see gazetteer/sites.tsv for the column layout."
            ),
        ]
        for population in ["-5", "100000000000000000000", "1,000,000", "2000000001", "12.5"] {
            XCTAssertThrowsError(
                try CustomGazetteerFile.parse("Site\t39\t124\tKP\t\t\(population)", path: "sites.tsv", countries: countries), population
            ) { error in
                XCTAssertEqual(
                    "\(error)",
                    "sites.tsv:1: population '\(population)' must be a whole number of people from 0 to 2000000000, written without "
                        + "separators; see gazetteer/sites.tsv for the column layout.")
            }
        }
        for (line, message) in cases {
            XCTAssertThrowsError(try CustomGazetteerFile.parse(line, path: "sites.tsv", countries: countries), line) { error in
                XCTAssertEqual("\(error)", message)
            }
        }
    }

    /// The hand-kept tables the build merges: issue 14 asks for at least 200 sites and 80 seas, each
    /// row in the custom-file layout and citing its source.
    func testBundledSiteAndSeaTablesParseAndEveryRowCitesASource() throws {
        for (file, minimum) in [("sites.tsv", 200), ("seas.tsv", 80)] {
            try checkTable(file, minimum: minimum)
        }
    }

    private func checkTable(_ file: String, minimum: Int) throws {
        let url = Fixtures.gazetteerDirectory.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        // Every country code checked against the bundled table.
        let entries = try CustomGazetteerFile.parse(text, path: url.path, countries: ProjectData.gazetteer.countries)
        XCTAssertGreaterThanOrEqual(entries.count, minimum, file)
        let rows = text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.hasPrefix("name\t") }
        for row in rows {
            let source = row.split(separator: "\t", omittingEmptySubsequences: false).dropFirst(8).first ?? ""
            XCTAssertFalse(source.isEmpty, "no source note: \(row)")
        }
    }
}
