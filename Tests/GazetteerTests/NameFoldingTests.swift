import XCTest
@testable import Gazetteer

final class NameFoldingTests: XCTestCase {
    func testDiacriticsCaseApostrophesAndHyphensFoldAway() {
        XCTAssertEqual(NameFolding.fold("Wŏnsan"), NameFolding.fold("WONSAN"))
        XCTAssertEqual(NameFolding.fold("P'yŏngyang"), "pyongyang")
        XCTAssertEqual(NameFolding.fold("Kryvyi Rih"), NameFolding.fold("Kryvyi-Rih"))
        XCTAssertNotEqual(NameFolding.fold("Kyiv"), NameFolding.fold("Kiev"))
    }
}
