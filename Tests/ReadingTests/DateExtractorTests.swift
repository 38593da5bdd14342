import Reading
import TestSupport
import XCTest

final class DateExtractorTests: XCTestCase {
    private func values(_ text: String) -> [String] {
        DateExtractor(lexicon: ProjectData.lexicon).dates(in: ReportText(text)).map(\.value)
    }

    func testAYearLessTwentyNinthOfFebruaryTakesTheDatelineYearOnlyWhenItHasThatDay() {
        XCTAssertEqual(values("KYIV, 5 March 2024 — Strikes on 29 February hit the city."), ["2024-03-05", "2024-02-29"])
        XCTAssertEqual(
            values("KYIV, 5 March 2023 — Strikes on 29 February hit the city."), ["2023-03-05", "--02-29"],
            "2023 has no 29 February: the year is left out rather than guessed")
    }

    func testImpossibleDatesAreNotDates() {
        XCTAssertEqual(values("On 31 April 2024 nothing happened; on 2023-02-29 neither."), [])
    }

    func testMonthAbbreviationsMayEndWithAFullStop() {
        XCTAssertEqual(values("Filed 2 January 2024. Debris fell on Dec. 30 and on Sept 3."), ["2024-01-02", "2023-12-30", "2023-09-03"])
    }
}
