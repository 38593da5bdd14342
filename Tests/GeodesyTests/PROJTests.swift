import Foundation
import TestSupport
import XCTest

@testable import Geodesy

/// The PROJ wrapper against GeographicLib's own GeodSolve 2.1.2 (`GeodSolve -i -p 9`), stored as a fixture.
final class PROJTests: XCTestCase {
    /// Karney's algorithm is accurate to ~15 nm; PROJ and GeodSolve agree far below this.
    let distanceToleranceMeters = 1e-6
    let azimuthToleranceDegrees = 1e-9

    func testInverseMatchesGeodSolveFixture() throws {
        let rows = try Fixtures.string("geodesy/geodsolve-smoke.txt").split(separator: "\n")
        XCTAssertGreaterThanOrEqual(rows.count, 4)
        for row in rows {
            let values = row.split(separator: " ").compactMap { Double($0) }
            XCTAssertEqual(values.count, 7, "malformed fixture row \(row)")
            let start = try Coordinate(latitudeDegrees: values[0], longitudeDegrees: values[1])
            let end = try Coordinate(latitudeDegrees: values[2], longitudeDegrees: values[3])
            let result = Geodesic.wgs84.inverse(from: start, to: end)
            XCTAssertEqual(result.distanceMeters, values[6], accuracy: distanceToleranceMeters, "distance for \(row)")
            if values[6] > 0 {
                XCTAssertEqual(result.initialAzimuthDegrees, values[4], accuracy: azimuthToleranceDegrees, "azi1 for \(row)")
                XCTAssertEqual(result.finalAzimuthDegrees, values[5], accuracy: azimuthToleranceDegrees, "azi2 for \(row)")
            }
        }
    }

    /// 463 pairs incl. nearly antipodal ones; azimuths of nearly antipodal pairs are ill-conditioned,
    /// so they get 1e-6° while distances keep 1 µm.
    func testInverseMatchesGeodSolveOnRandomAntipodalAndPolarPairs() throws {
        let rows = try Fixtures.string("geodesy/geodsolve-inverse.txt").split(separator: "\n").filter { !$0.hasPrefix("#") }
        XCTAssertEqual(rows.count, 463)
        for row in rows {
            let values = row.split(separator: " ").compactMap { Double($0) }
            let result = Geodesic.wgs84.inverse(
                latitude1Degrees: values[0], longitude1Degrees: values[1], latitude2Degrees: values[2], longitude2Degrees: values[3])
            XCTAssertEqual(result.distanceMeters, values[6], accuracy: distanceToleranceMeters, "distance for \(row)")
            guard values[6] > 0 else { continue }
            for (ours, theirs) in [(result.initialAzimuthDegrees, values[4]), (result.finalAzimuthDegrees, values[5])] {
                let difference = abs((ours - theirs + 540).truncatingRemainder(dividingBy: 360) - 180)
                XCTAssertLessThan(difference, 1e-6, "azimuth for \(row)")
            }
        }
    }

    func testDirectReturnsToTheInverseEndpoint() throws {
        let wonsan = try Coordinate(latitudeDegrees: 39.15278, longitudeDegrees: 127.44361)
        let busan = try Coordinate(latitudeDegrees: 35.10168, longitudeDegrees: 129.03004)
        let inverse = Geodesic.wgs84.inverse(from: wonsan, to: busan)
        let direct = Geodesic.wgs84.direct(
            from: wonsan, azimuthDegrees: inverse.initialAzimuthDegrees, distanceMeters: inverse.distanceMeters)
        XCTAssertEqual(direct.destination.latitudeDegrees, busan.latitudeDegrees, accuracy: 1e-9)
        XCTAssertEqual(direct.destination.longitudeDegrees, busan.longitudeDegrees, accuracy: 1e-9)
    }

    func testPROJVersionIsReadFromTheLibrary() {
        XCTAssertTrue(
            PROJLibrary.version.range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil,
            PROJLibrary.version)
    }

    /// A spec could point file parameters at any path (a FIFO hangs PROJ for ever); they and WKT
    /// are refused before PROJ sees them, and the network is off.
    func testFileParametersAreRefusedBeforePROJOpensAnything() {
        // Issue 29: a tab or newline before the parameter, or the parameter without its "+", got past
        // the first version of this check and render opened /etc/shadow (and hung on a FIFO).
        let definitions = [
            "+proj=merc +nadgrids=/etc/shadow", "+proj=longlat +geoidgrids=x.gtx", "+init=epsg:3857", "/etc/passwd",
            "+proj=merc\t+nadgrids=/etc/shadow", "+proj=merc\n+nadgrids=/etc/shadow", "+proj=merc nadgrids=/etc/shadow",
            "+proj=merc ++nadgrids=/etc/shadow", "+proj=merc +NADGRIDS=/etc/shadow", "\t+proj=merc +file=/tmp/fifo",
        ]
        for definition in definitions {
            XCTAssertNotNil(Projection.refusal(of: definition), definition)
            XCTAssertThrowsError(try Projection(definition), definition)
        }
        XCTAssertNil(Projection.refusal(of: "+proj=aeqd +lat_0=39.15 +lon_0=127.44"))
        XCTAssertNil(Projection.refusal(of: "EPSG:3857"))
    }
}
