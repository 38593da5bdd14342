import Foundation
import TestSupport
import XCTest

@testable import Geodesy

/// The formatter against C's own printf, the definition GeodSolve's output follows.
final class FixedDecimalFormatterTests: XCTestCase {
    func format(_ value: Double, _ decimals: Int) -> String {
        var bytes: [UInt8] = []
        FixedDecimalFormatter.append(value, decimals: decimals, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    func testAgreesWithPrintfOnSeededRandomValues() {
        var generator = SplitMix64(seed: 2024)
        for _ in 0..<200_000 {
            let decimals = Int.random(in: 0...14, using: &generator)
            let value =
                Double.random(in: -20_037_508...20_037_508, using: &generator)
                / pow(10, Double.random(in: 0...6, using: &generator).rounded())
            XCTAssertEqual(format(value, decimals), String(format: "%.\(decimals)f", value), "\(value) with \(decimals)")
        }
    }

    func testTiesNegativeZeroAndTinyNegativesMatchPrintf() {
        for (value, decimals) in [(0.5, 0), (1.5, 0), (2.5, 0), (0.125, 2), (-0.0, 3), (-0.0001, 3), (180, 8), (1e17, 3), (2.675, 2)] {
            XCTAssertEqual(format(value, decimals), String(format: "%.\(decimals)f", value), "\(value)")
        }
    }

    /// Not-a-number and infinities as GeographicLib's `Utility::str` writes them: no "-nan".
    func testNonFiniteValuesAreWrittenAsGeodSolveWritesThem() {
        XCTAssertEqual(format(.nan, 3), "nan")
        XCTAssertEqual(format(-Double.nan, 3), "nan")
        XCTAssertEqual(format(.infinity, 3), "inf")
        XCTAssertEqual(format(-.infinity, 0), "-inf")
    }

    /// The widest finite value fits the room the pointer form asks for.
    func testTheLargestValueFitsMaximumBytes() {
        XCTAssertEqual(format(-.greatestFiniteMagnitude, 17), String(format: "%.17f", -Double.greatestFiniteMagnitude))
        XCTAssertLessThan(format(-.greatestFiniteMagnitude, 17).utf8.count, FixedDecimalFormatter.maximumBytes)
    }
}
