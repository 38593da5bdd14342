import Foundation

/// A day in the Gregorian calendar as a report gives it: the year may be missing ("30 December").
struct CalendarDate: Hashable, Sendable {
    let year: Int?
    let month: Int
    let day: Int

    init(year: Int?, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `date` falls on in UTC.
    init(date: Date) {
        let components = Calendar.utc.dateComponents([.year, .month, .day], from: date)
        self.init(year: components.year, month: components.month ?? 1, day: components.day ?? 1)
    }

    /// Whether such a day exists: in its year, or, without one, in some year (so a year-less
    /// 29 February is possible; it is checked again once a year is inferred).
    var isPossible: Bool {
        Self.startOfDay(year: year ?? Self.anyLeapYear, month: month, day: day) != nil
    }

    /// The same day in `year`, when that year has it.
    func inYear(_ year: Int) -> CalendarDate? {
        Self.startOfDay(year: year, month: month, day: day) == nil ? nil : CalendarDate(year: year, month: month, day: day)
    }

    /// Midnight UTC at the start of the day; nil without a year or for a day that does not exist.
    var startOfDay: Date? {
        year.flatMap { Self.startOfDay(year: $0, month: month, day: day) }
    }

    /// The day of the week, as `Calendar` numbers it (1 for Sunday); nil without a year.
    var weekday: Int? {
        startOfDay.map { Calendar.utc.component(.weekday, from: $0) }
    }

    /// "2024-01-02", or "--12-30" without a year (ISO 8601's form for a day in no particular year).
    var iso: String {
        year.map { String(format: "%04d-%02d-%02d", $0, month, day) } ?? String(format: "--%02d-%02d", month, day)
    }

    private static let anyLeapYear = 2000

    private static func startOfDay(year: Int, month: Int, day: Int) -> Date? {
        let components = DateComponents(calendar: .utc, year: year, month: month, day: day)
        guard (1...12).contains(month), components.isValidDate(in: .utc) else { return nil }
        return Calendar.utc.date(from: components)
    }
}
