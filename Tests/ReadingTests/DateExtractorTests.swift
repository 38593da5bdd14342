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

    func testAYearlessDatelineIsTheReferenceInTheTextsYear() {
        let text = "BAMAKO, July 28 (Reuters) — Rebels said on Saturday they fought the army on July 25 and 26, 2024."
        let values = DateExtractor(lexicon: ProjectData.lexicon).dates(in: ReportText(text)).map(\.value)
        XCTAssertEqual(values, ["2024-07-28", "2024-07-27", "2024-07-25", "2024-07-26"])
        let named = "TAIPEI, Aug 4 (Wire) - Missiles flew on Thursday. The drills ended on Sunday, August 7, 2022."
        XCTAssertEqual(
            DateExtractor(lexicon: ProjectData.lexicon).dates(in: ReportText(named)).map(\.value),
            ["2022-08-04", "2022-08-04", "2022-08-07", "2022-08-07"], "a weekday before a written date is that date")
    }

    func testWithoutADatelineTheWeekdayAfterTheLastDateIsTheNextDay() {
        let text = "Militants attacked the base on Tuesday, March 4, 2025. On Wednesday the army said 16 died. On Sunday it had warned."
        let values = DateExtractor(lexicon: ProjectData.lexicon).dates(in: ReportText(text)).map(\.value)
        XCTAssertEqual(values, ["2025-03-04", "2025-03-04", "2025-03-05", "2025-03-02"], "Tuesday, March 4, Wednesday, Sunday")
        let dated = "KYIV, March 4, 2025 — On Wednesday the army said 16 died."
        XCTAssertEqual(DateExtractor(lexicon: ProjectData.lexicon).dates(in: ReportText(dated)).map(\.value), ["2025-03-04", "2025-02-26"])
    }

    /// A weekday written with a year-less date says its year: a later follow-up in the reference's
    /// year is not pushed back a year (unseen-9: "Tuesday, November 28" after "November 19, 2023").
    func testAWeekdayWithAYearlessDateSettlesItsYear() {
        XCTAssertEqual(
            values("Rebels seized the ship on Sunday, November 19, 2023. Images released on Tuesday, November 28, showed it."),
            ["2023-11-19", "2023-11-19", "2023-11-28", "2023-11-28"])
        XCTAssertEqual(
            values("KYIV, 5 March 2024 — Strikes on 29 February hit the city; a report on Sunday, 7 April, counted the dead."),
            ["2024-03-05", "2024-02-29", "2024-04-07", "2024-04-07"], "7 April 2024 was a Sunday; 2023's was a Friday")
        XCTAssertEqual(
            values("KYIV, 5 March 2024 — Strikes on Friday, 7 April hit the city."), ["2024-03-05", "2023-04-07", "2023-04-07"],
            "no weekday match in 2024: the year before, as without one")
    }

    /// A year-less day up to two months after the reference is one the report says is coming; further
    /// ahead it is last year's (unseen-3, 4, 6, 7: "elections due to begin on December 28").
    func testADayDueSoonKeepsTheReferencesYear() {
        XCTAssertEqual(
            values("Jets bombed the hospital on December 10, 2025, ahead of elections due to begin on December 28."),
            ["2025-12-10", "2025-12-28"])
        XCTAssertEqual(values("KYIV, 5 March 2024 — The city recalled the strikes of 20 June."), ["2024-03-05", "2023-06-20"])
    }

    func testImpossibleDatesAreNotDates() {
        XCTAssertEqual(values("On 31 April 2024 nothing happened; on 2023-02-29 neither."), [])
    }

    func testMonthAbbreviationsMayEndWithAFullStop() {
        XCTAssertEqual(values("Filed 2 January 2024. Debris fell on Dec. 30 and on Sept 3."), ["2024-01-02", "2023-12-30", "2023-09-03"])
    }
}
