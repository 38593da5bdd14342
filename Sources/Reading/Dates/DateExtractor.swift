import Foundation

/// A date a report mentions, normalised to ISO 8601.
public struct DateMention: Sendable, Equatable {
    public let text: String
    public let start: Int
    public let end: Int
    /// `2024-01-02`, `--12-30` when no year can be inferred, or an interval `2024-01-01/2024-01-07`.
    public let value: String
    /// True when the year came from the report's dateline or other dates, not from the mention itself.
    public let yearInferred: Bool
    /// True for the dateline itself (when the report was filed, not when something happened).
    public var isDateline = false
}

/// Finds dates: absolute ("2 January 2024", "January 6", "Dec. 30", "2024-01-02") and relative to the
/// report's dateline ("the 29th", "yesterday", "last week", "on Tuesday": the latest Tuesday up to the dateline).
///
/// The dateline is the first full date in the first 300 characters (news reports open with one). A
/// date without a year takes the dateline's year, or the year before when that would put it after the
/// dateline (reports tell of the past); without a dateline the year is taken only when every dated
/// mention in the text shares one year, and otherwise left out (`--12-30`).
public struct DateExtractor {
    /// Month and weekday names.
    public let lexicon: Lexicon
    private static let iso = try! NSRegularExpression(pattern: "\\b(\\d{4})-(\\d{2})-(\\d{2})\\b")
    /// Bylines' day-first numeric dates: 25-05-2024, 25.05.2024 (never month-first: 05/25 is left alone).
    private static let numeric = try! NSRegularExpression(pattern: "\\b(\\d{1,2})[-.](\\d{1,2})[-.](\\d{4})\\b")
    private static let ordinal = try! NSRegularExpression(pattern: "\\bthe (\\d{1,2})(?:st|nd|rd|th)\\b")

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// A date as written: the year only when the text gives one.
    struct Written {
        let range: Range<Int>
        let text: String
        let date: CalendarDate
    }

    /// The day an ISO 8601 date names ("2024-03-03"), at midnight UTC; nil for anything else or a day
    /// that does not exist. For a filing date given beside a report (`extract --jsonl`'s `dateline`).
    public static func day(iso text: String) -> Date? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        return CalendarDate(year: year, month: month, day: day).startOfDay
    }

    /// - Parameter filed: when the report was filed, given beside its text: the reference for
    ///   relative dates and year-less days, and no date of the text is then taken as its dateline.
    public func dates(in report: ReportText, filed: Date? = nil) -> [DateMention] {
        var found: [Written] = []
        // Two days sharing a month and year first ("December 9 and 10, 2023": both in 2023).
        for (pattern, days, monthGroup) in [(lexicon.patterns.monthDayPair, [2, 3], 1), (lexicon.patterns.dayPairMonth, [1, 2], 3)] {
            for (range, groups) in report.matches(pattern, nearDigits: true) where !found.contains(where: { $0.range.overlaps(range) }) {
                guard let month = month(groups[monthGroup]) else { continue }
                for dayGroup in days {
                    guard let day = Int(groups[dayGroup] ?? "") else { continue }
                    let year = groups[4].flatMap { Int($0) }
                    found.append(Written(range: range, text: groups[0] ?? "", date: CalendarDate(year: year, month: month, day: day)))
                }
            }
        }
        for (range, groups) in report.matches(lexicon.patterns.dayMonth, nearDigits: true)
        where !found.contains(where: { $0.range.overlaps(range) }) {
            guard let day = Int(groups[1] ?? ""), let month = month(groups[2]) else { continue }
            found.append(
                Written(
                    range: range, text: groups[0] ?? "", date: CalendarDate(year: groups[3].flatMap { Int($0) }, month: month, day: day)))
        }
        for (range, groups) in report.matches(lexicon.patterns.monthDay, nearDigits: true)
        where !found.contains(where: { $0.range.overlaps(range) }) {
            guard let day = Int(groups[2] ?? ""), let month = month(groups[1]) else { continue }
            found.append(
                Written(
                    range: range, text: groups[0] ?? "", date: CalendarDate(year: groups[3].flatMap { Int($0) }, month: month, day: day)))
        }
        for (range, groups) in report.matches(Self.iso, nearDigits: true) {
            guard let year = Int(groups[1] ?? ""), let month = Int(groups[2] ?? ""), let day = Int(groups[3] ?? "") else { continue }
            found.append(Written(range: range, text: groups[0] ?? "", date: CalendarDate(year: year, month: month, day: day)))
        }
        for (range, groups) in report.matches(Self.numeric, nearDigits: true) where !found.contains(where: { $0.range.overlaps(range) }) {
            guard let day = Int(groups[1] ?? ""), let month = Int(groups[2] ?? ""), let year = Int(groups[3] ?? "") else { continue }
            found.append(Written(range: range, text: groups[0] ?? "", date: CalendarDate(year: year, month: month, day: day)))
        }
        let written = found.map(\.range)  // impossible days too: "31 April 2024" is no "April 2024"
        found = found.filter(\.date.isPossible).sorted { $0.range.lowerBound < $1.range.lowerBound }
        // The reference date: the dateline (the first whole date near the top), else the latest whole
        // date the report gives ("MOSCOW, May 29 (Wire)" … "reported on May 29, 2024").
        let latestWhole = found.compactMap { $0.date.year != nil ? $0.date.startOfDay : nil }.max()
        let dateline =
            filed ?? yearlessDateline(found.first, in: report, latest: latestWhole)
            ?? found.first { $0.date.year != nil && $0.range.lowerBound < 300 }?.date.startOfDay ?? latestWhole
        // A reference that only the text's latest date gives may come a day before the report was
        // written ("Friday, June 13, … into the early hours of Saturday").
        let filedOn = filed != nil || found.first.map { report.isDatelineDate(at: $0.range.lowerBound) } == true
        let years = Set(found.compactMap(\.date.year))
        var mentions = found.map { written -> DateMention in
            let mention = { (value: String, inferred: Bool) in
                DateMention(
                    text: written.text, start: written.range.lowerBound, end: written.range.upperBound, value: value, yearInferred: inferred
                )
            }
            let date = written.date
            if date.year != nil { return mention(date.iso, false) }
            // The year is inferred; a day that year lacks (29 February) stays without one. A weekday
            // written with the date settles it among the years around the reference ("Tuesday, November
            // 28" after "November 19, 2023" is 2023's, though it comes after the reference).
            if let dateline {
                // "On June 4 last year", "on March 3 this year": the year the text names relative to the report's.
                let after = report.substring(written.range.upperBound..<min(written.range.upperBound + 11, report.scalars.count))
                if let year = Calendar.utc.dateComponents([.year], from: dateline).year,
                    let shift = after.hasPrefix(" last year") ? -1 : after.hasPrefix(" this year") ? 0 : nil,
                    let named = date.inYear(year + shift)
                {
                    return mention(named.iso, true)
                }
                let before = Self.yearBefore(dateline, month: date.month, day: date.day)
                let weekday = statedWeekday(before: written.range.lowerBound, in: report)
                // A narrative that has moved on past the reference ("until he surrendered on January 3,
                // 1990. The operation formally ended on January 31"): a day up to `onwardDays` on from the
                // last whole date before it, in that date's year, is that year's.
                if weekday == nil, let last = found.last(where: { $0.range.upperBound <= written.range.lowerBound && $0.date.year != nil }),
                    let lastDay = last.date.startOfDay, lastDay > dateline, let lastYear = last.date.year,
                    let onward = date.inYear(lastYear), let onwardDay = onward.startOfDay, onwardDay >= lastDay,
                    onwardDay.timeIntervalSince(lastDay) <= Self.onwardDays * 86_400
                {
                    return mention(onward.iso, true)
                }
                let year =
                    weekday.flatMap { weekday in
                        [before, before + 1, before - 1].first { date.inYear($0)?.weekday == weekday }
                    } ?? before
                if let inferred = date.inYear(year) { return mention(inferred.iso, true) }
            }
            if dateline == nil, years.count == 1, let only = years.first, let inferred = date.inYear(only) {
                return mention(inferred.iso, true)
            }
            return mention(date.iso, false)
        }
        // The dateline is the report's opening date: the first date found, when it is whole and early.
        if filed == nil, let first = found.first, first.date.year != nil, first.range.lowerBound < 300,
            let index = mentions.firstIndex(where: { $0.start == first.range.lowerBound })
        {
            mentions[index].isDateline = true
        }
        // "in October 2022": the month as a reduced-precision ISO date.
        for (range, groups) in report.matches(lexicon.patterns.monthYear, nearDigits: true)
        where !written.contains(where: { $0.overlaps(range) }) {
            guard let month = month(groups[1]), let year = Int(groups[2] ?? "") else { continue }
            mentions.append(
                DateMention(
                    text: groups[0] ?? "", start: range.lowerBound, end: range.upperBound, value: String(format: "%04d-%02d", year, month),
                    yearInferred: false))
        }
        if let dateline {
            let written = Dictionary(mentions.map { ($0.start, $0.value) }, uniquingKeysWith: { first, _ in first })
            mentions += relativeMentions(in: report, dateline: dateline, filedOn: filedOn, taken: found.map(\.range), written: written)
        }
        return mentions.sorted { $0.start < $1.start }
    }

    /// The weekday written right before a date ("Tuesday, November 28", "on Sunday 7 April"), as
    /// `Calendar`'s weekday number (1 for Sunday), when there is one.
    private func statedWeekday(before start: Int, in report: ReportText) -> Int? {
        var end = start
        while end > 0, [" ", ","].contains(report.scalars[end - 1]) { end -= 1 }
        return lexicon.weekdays.firstIndex(of: report.previousWord(before: end)).map { $0 + 1 }
    }

    /// How far past a whole date a narrative's next year-less day may lie and keep its year: weeks of
    /// events told in order, not the rest of the year.
    static let onwardDays = 92.0

    /// A dateline's date written without a year ("BAMAKO, July 28 (Reuters)"), in the year of the
    /// report's latest whole date, or the next when that would put it more than a week before it.
    private func yearlessDateline(_ first: Written?, in report: ReportText, latest: Date?) -> Date? {
        guard let first, first.date.year == nil, report.isDatelineDate(at: first.range.lowerBound), let latest else { return nil }
        let year = Calendar.utc.component(.year, from: latest)
        guard let same = first.date.inYear(year)?.startOfDay else { return nil }
        return latest.timeIntervalSince(same) > 7 * 86_400 ? first.date.inYear(year + 1)?.startOfDay : same
    }

    /// How far after the reference a year-less day keeps the reference's year. Reports speak of what is
    /// due ("elections due to begin on December 28", "talks to open on October 8", "by April 20 the toll
    /// was") as readily as of the past, and a day a year back would carry its year; measured on the nine
    /// unseen batches, two months gained four dates and lost one (a famous anniversary, "October 7").
    static let aheadDays = 60

    /// The year that puts the day nearest before the reference date: reports tell of the past. A day
    /// up to `aheadDays` after it keeps the reference's year (a dateline a day after a statement's date,
    /// a date the report says is coming).
    static func yearBefore(_ dateline: Date, month: Int, day: Int) -> Int {
        let components = Calendar.utc.dateComponents([.year, .month, .day], from: dateline)
        let year = components.year ?? 0
        guard (month, day) > (components.month ?? 0, components.day ?? 0) else { return year }
        if let sameYear = CalendarDate(year: year, month: month, day: day).startOfDay,
            sameYear.timeIntervalSince(dateline) <= Double(Self.aheadDays) * 86_400
        {
            return year
        }
        return year - 1
    }

    /// "the 29th" (this month, or last month when the 29th is after the dateline), "yesterday",
    /// "today", "last week" (Monday to Sunday of the previous week), "on Tuesday" (the last one before).
    /// - Parameter filedOn: whether `dateline` is the day the report was filed (its dateline, or a
    ///   filing date given beside it), not only its latest date; when not, the weekday after that date
    ///   is that next day, the day the report was written.
    ///   `written`: the values of the report's written dates by where they start; a weekday right before
    ///   one names that day ("on Sunday, August 7, 2022").
    private func relativeMentions(
        in report: ReportText, dateline: Date, filedOn: Bool, taken: [Range<Int>], written: [Int: String]
    ) -> [DateMention] {
        let calendar = Calendar.utc
        let today = calendar.dateComponents([.year, .month, .day, .weekday], from: dateline)
        guard let todayYear = today.year, let todayMonth = today.month, let todayDay = today.day, let weekday = today.weekday else {
            return []
        }
        func iso(daysBefore days: Int, from date: Date = dateline) -> String? {
            calendar.date(byAdding: .day, value: -days, to: date).map { CalendarDate(date: $0).iso }
        }
        var mentions: [DateMention] = []
        for (range, groups) in report.matches(Self.ordinal, nearDigits: true) where !taken.contains(where: { $0.overlaps(range) }) {
            guard let day = Int(groups[1] ?? ""), (1...31).contains(day) else { continue }
            var month = todayMonth, year = todayYear
            if day > todayDay {
                month -= 1
                if month == 0 {
                    month = 12
                    year -= 1
                }
            }
            let date = CalendarDate(year: year, month: month, day: day)
            guard date.isPossible else { continue }
            mentions.append(
                DateMention(text: groups[0] ?? "", start: range.lowerBound, end: range.upperBound, value: date.iso, yearInferred: true))
        }
        for (range, groups) in report.matches(lexicon.patterns.relative) {
            let phrase = (groups[1] ?? "").lowercased()
            let value: String?
            switch phrase {
            case "today": value = CalendarDate(date: dateline).iso
            case "yesterday": value = iso(daysBefore: 1)
            case "last week":
                let daysSinceMonday = (weekday + 5) % 7
                value = calendar.date(byAdding: .day, value: -daysSinceMonday, to: dateline).flatMap { thisMonday in
                    iso(daysBefore: 7, from: thisMonday).flatMap { start in iso(daysBefore: 1, from: thisMonday).map { start + "/" + $0 } }
                }
            default:
                guard let target = lexicon.weekdays.firstIndex(of: String(phrase.dropFirst(3))) else { continue }
                // The most recent such day, the dateline's own day included ("on Thursday" in a Thursday report).
                let daysBefore = (weekday - 1 - target + 7) % 7
                let named = (range.upperBound + 1...range.upperBound + 2).lazy.compactMap { written[$0] }.first
                value = named ?? iso(daysBefore: !filedOn && daysBefore == 6 ? -1 : daysBefore)
            }
            guard let value else { continue }
            mentions.append(
                DateMention(text: groups[0] ?? "", start: range.lowerBound, end: range.upperBound, value: value, yearInferred: true))
        }
        return mentions
    }

    func month(_ text: String?) -> Int? {
        text.flatMap { lexicon.months[$0.lowercased().filter { $0 != "." }] }
    }

    /// Whether the day exists in the Gregorian calendar (2024-02-29 does, 2023-02-29 does not).
    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        CalendarDate(year: year, month: month, day: day).isPossible
    }
}

extension Calendar {
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar
    }()
}
