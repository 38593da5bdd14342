import Answers
import Gazetteer
import GeoJSON
import TestSupport
import XCTest

/// `geocode --batch` writes its lines as `JSONText`, not through JSONEncoder: the two must give the same
/// bytes for every kind of match, or `--batch` and `--json` would disagree.
final class BatchJSONTests: XCTestCase {
    func testBatchMatchesAreTheBytesJSONEncoderWrites() throws {
        let queries = ["Kharkiv", "Kharkow", "Tripoli", "Russia", "Black Sea", "Engels air base", "49.98177123, 36.25", "0.00001, -179.5"]
        for query in queries {
            let matches = try ProjectData.gazetteer.geocode(query, options: GeocodeOptions(limit: 3))
            XCTAssertFalse(matches.isEmpty, query)
            for match in matches {
                let report = GeocodeMatchReport(match)
                XCTAssertEqual(report.jsonText.serialized(), try JSONOutput.line(report), query)
            }
        }
    }
}
