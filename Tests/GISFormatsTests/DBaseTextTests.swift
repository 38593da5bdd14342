import XCTest

@testable import GISFormats

final class DBaseTextTests: XCTestCase {
    func testShortTextIsKeptAndLongTextIsCutAtACharacterWithAnEllipsis() {
        XCTAssertEqual(DBaseText.fitted("Kharkiv"), "Kharkiv")
        let long = String(repeating: "–", count: 100)  // 3 bytes each
        let fitted = DBaseText.fitted(long)
        XCTAssertLessThanOrEqual(fitted.utf8.count, 254)
        XCTAssertEqual(fitted, String(repeating: "–", count: 83) + "…", "83 × 3 + 3 = 252 bytes: the 84th would not fit")
    }
}
