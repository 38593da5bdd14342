import XCTest

@testable import GISFormats

final class GISErrorTests: XCTestCase {
    func testTheSentenceNamesTheFileAndGDALsReason() {
        XCTAssertEqual(
            "\(GISError.writeFailed(file: "map.gpkg", reason: "sqlite3_exec() failed: disk I/O error."))",
            "GDAL could not write map.gpkg (sqlite3_exec() failed: disk I/O error); nothing was written, so report this with the "
                + "spec that caused it.")
    }
}
