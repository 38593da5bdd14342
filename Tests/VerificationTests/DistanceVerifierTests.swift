import Gazetteer
import Geodesy
import TestSupport
import XCTest

@testable import Verification

/// Places at their GeoNames coordinates and populations, so the verdicts do not depend on ranking.
final class DistanceVerifierTests: XCTestCase {
    let wonsan = Place(
        name: "Wŏnsan", coordinate: Coordinate(uncheckedLatitudeDegrees: 39.15278, longitudeDegrees: 127.44361),
        countryCode: "KP", population: 329_207, geonameID: 1866923)
    let busan = Place(
        name: "Busan", coordinate: Coordinate(uncheckedLatitudeDegrees: 35.10168, longitudeDegrees: 129.03004),
        countryCode: "KR", population: 3_285_147, geonameID: 1838524)
    let kyiv = Place(
        name: "Kyiv", coordinate: Coordinate(uncheckedLatitudeDegrees: 50.45466, longitudeDegrees: 30.5238),
        countryCode: "UA", population: 2_952_301)
    let kharkiv = Place(
        name: "Kharkiv", coordinate: Coordinate(uncheckedLatitudeDegrees: 49.98177, longitudeDegrees: 36.25475),
        countryCode: "UA", population: 1_421_125)

    func verify(_ a: Place, _ b: Place, _ stated: String, _ tolerance: Tolerance = .standard) throws -> DistanceVerification {
        DistanceVerifier().verify(
            from: a, to: b, stated: try StatedDistance.parse(stated, hedges: ProjectData.lexicon.hedges), tolerance: tolerance)
    }

    func testWonsanToBusanAs460KilometresIsConsistentWithItsReasons() throws {
        let result = try verify(wonsan, busan, "460 km")
        XCTAssertEqual(result.verdict, .consistent)
        XCTAssertEqual(result.computedMeters, 471_151.461, accuracy: 0.001, "GeodSolve -i")
        XCTAssertEqual(
            result.explanation,
            "Consistent: Wŏnsan and Busan are 471 km (293 mi) apart between their centres (447–496 km between their edges); the statement "
                + "'460 km' (286 mi) allows 441–479 km with a 3% tolerance."
        )
    }

    func testKyivToKharkivAsAThousandKilometresIsInconsistent() throws {
        let result = try verify(kyiv, kharkiv, "1,000 km")
        XCTAssertEqual(result.verdict, .inconsistent)
        XCTAssertEqual(
            result.explanation,
            "Inconsistent: Kyiv and Kharkiv are 412 km (256 mi) apart between their centres (382–442 km between their edges); the "
                + "statement '1,000 km' (621 mi) allows 920–1,080 km with a 3% tolerance, so the places are closer together than stated."
        )
    }

    func testCentresOutsideButEdgesInsideIsPlausible() throws {
        XCTAssertEqual(try verify(wonsan, busan, "about 450 km").verdict, .plausible)
    }

    func testMilesAreReadAndAnsweredInMilesFirst() throws {
        let result = try verify(wonsan, busan, "285 miles")
        XCTAssertEqual(result.verdict, .consistent)
        XCTAssertTrue(result.explanation.contains("293 mi (471 km)"), result.explanation)
    }

    func testBoundsFollowTheHedge() throws {
        XCTAssertEqual(try verify(wonsan, busan, "more than 400 km").verdict, .consistent)
        XCTAssertEqual(try verify(wonsan, busan, "less than 300 km").verdict, .inconsistent)
        XCTAssertEqual(try verify(wonsan, busan, "up to 600 km").verdict, .consistent)
    }

    func testTighterTolerancesAndPreciseStatementsCanFail() throws {
        XCTAssertEqual(try verify(wonsan, busan, "460.3 km", .relative(0.005)).verdict, .plausible)
        XCTAssertEqual(try verify(wonsan, busan, "460 km", .absolute(Length(meters: 1000))).verdict, .plausible)
    }

    func testExtentsComeFromTheGazetteerOrPopulation() {
        XCTAssertEqual(PlaceExtent.radiusMeters(of: busan), 18_670, accuracy: 1, "√(3,285,147 / 3,000 / π) km")
        let site = Place(name: "Sohae", coordinate: wonsan.coordinate, extentMeters: 3000)
        XCTAssertEqual(PlaceExtent.radiusMeters(of: site), 3000)
        XCTAssertEqual(PlaceExtent.radiusMeters(of: Place(name: "39, 127", coordinate: wonsan.coordinate)), 0)
    }
}
