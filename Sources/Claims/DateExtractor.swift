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
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

    private static let monthPattern = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)"
    private static let dayMonth = try! NSRegularExpression(pattern: "\\b(\\d{1,2})(?:st|nd|rd|th)? \(monthPattern)(?:,? (\\d{4}))?\\b")
    private static let monthDay = try! NSRegularExpression(pattern: "\\b\(monthPattern) (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b")
    private static let iso = try! NSRegularExpression(pattern: "\\b(\\d{4})-(\\d{2})-(\\d{2})\\b")
    private static let ordinal = try! NSRegularExpression(pattern: "\\bthe (\\d{1,2})(?:st|nd|rd|th)\\b")
    private static let relative = try! NSRegularExpression(pattern: "\\b(yesterday|today|last week|on (?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday))\\b", options: [.caseInsensitive])

    public init() {}

    public func dates(in report: ReportText) -> [DateMention] {
        var found: [(Range<Int>, String, Int?, Int, Int)] = []  // range, text, year?, month, day
        for (range, groups) in report.matches(Self.dayMonth) {
            guard let day = Int(groups[1] ?? ""), let month = Self.month(groups[2]) else { continue }
            found.append((range, groups[0] ?? "", groups[3].flatMap { Int($0) }, month, day))
        }
        for (range, groups) in report.matches(Self.monthDay) where !found.contains(where: { $0.0.overlaps(range) }) {
            guard let day = Int(groups[2] ?? ""), let month = Self.month(groups[1]) else { continue }
            found.append((range, groups[0] ?? "", groups[3].flatMap { Int($0) }, month, day))
        }
        for (range, groups) in report.matches(Self.iso) {
            guard let year = Int(groups[1] ?? ""), let month = Int(groups[2] ?? ""), let day = Int(groups[3] ?? "") else { continue }
            found.append((range, groups[0] ?? "", year, month, day))
        }
        found = found.filter { Self.isValid(year: $0.2 ?? 2024, month: $0.3, day: $0.4) }.sorted { $0.0.lowerBound < $1.0.lowerBound }
        let dateline = found.first { $0.2 != nil && $0.0.lowerBound < 300 }
            .flatMap { Self.date(year: $0.2!, month: $0.3, day: $0.4) }
        let years = Set(found.compactMap(\.2))
        var mentions = found.map { range, text, year, month, day -> DateMention in
            if let year { return DateMention(text: text, start: range.lowerBound, end: range.upperBound, value: Self.iso(year, month, day), yearInferred: false) }
            if let dateline {
                let components = Calendar.utc.dateComponents([.year, .month, .day], from: dateline)
                var inferred = components.year!
                if (month, day) > (components.month!, components.day!) { inferred -= 1 }
                return DateMention(text: text, start: range.lowerBound, end: range.upperBound, value: Self.iso(inferred, month, day), yearInferred: true)
            }
            if years.count == 1, let only = years.first {
                return DateMention(text: text, start: range.lowerBound, end: range.upperBound, value: Self.iso(only, month, day), yearInferred: true)
            }
            return DateMention(text: text, start: range.lowerBound, end: range.upperBound, value: String(format: "--%02d-%02d", month, day), yearInferred: false)
        }
        if let first = found.first, first.2 != nil, first.0.lowerBound < 300, let index = mentions.firstIndex(where: { $0.start == first.0.lowerBound }) {
            mentions[index].isDateline = true
        }
        if let dateline {
            mentions += relativeMentions(in: report, dateline: dateline, taken: found.map(\.0))
        }
        return mentions.sorted { $0.start < $1.start }
    }

    /// "the 29th" (this month, or last month when the 29th is after the dateline), "yesterday",
    /// "today", "last week" (Monday to Sunday of the previous week), "on Tuesday" (the last one before).
    private func relativeMentions(in report: ReportText, dateline: Date, taken: [Range<Int>]) -> [DateMention] {
        let calendar = Calendar.utc
        let today = calendar.dateComponents([.year, .month, .day, .weekday], from: dateline)
        var mentions: [DateMention] = []
        for (range, groups) in report.matches(Self.ordinal) where !taken.contains(where: { $0.overlaps(range) }) {
            guard let day = Int(groups[1] ?? ""), (1...31).contains(day) else { continue }
            var month = today.month!, year = today.year!
            if day > today.day! { month -= 1; if month == 0 { month = 12; year -= 1 } }
            guard Self.isValid(year: year, month: month, day: day) else { continue }
            mentions.append(DateMention(text: groups[0] ?? "", start: range.lowerBound, end: range.upperBound, value: Self.iso(year, month, day), yearInferred: true))
        }
        for (range, groups) in report.matches(Self.relative) {
            let phrase = (groups[1] ?? "").lowercased()
            let value: String
            switch phrase {
            case "today": value = Self.iso(dateline)
            case "yesterday": value = Self.iso(calendar.date(byAdding: .day, value: -1, to: dateline)!)
            case "last week":
                let daysSinceMonday = (today.weekday! + 5) % 7
                let thisMonday = calendar.date(byAdding: .day, value: -daysSinceMonday, to: dateline)!
                value = Self.iso(calendar.date(byAdding: .day, value: -7, to: thisMonday)!) + "/" + Self.iso(calendar.date(byAdding: .day, value: -1, to: thisMonday)!)
            default:
                guard let target = Self.weekdays.firstIndex(of: String(phrase.dropFirst(3))) else { continue }
                // The most recent such day, the dateline's own day included ("on Thursday" in a Thursday report).
                let back = (today.weekday! - 1 - target + 7) % 7
                value = Self.iso(calendar.date(byAdding: .day, value: -back, to: dateline)!)
            }
            mentions.append(DateMention(text: groups[0] ?? "", start: range.lowerBound, end: range.upperBound, value: value, yearInferred: true))
        }
        return mentions
    }

    static func month(_ text: String?) -> Int? {
        text.flatMap { months[$0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))] }
    }

    /// Whether the day exists in the Gregorian calendar (2024-02-29 does, 2023-02-29 does not).
    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        date(year: year, month: month, day: day) != nil
    }

    static func date(year: Int, month: Int, day: Int) -> Date? {
        let components = DateComponents(calendar: .utc, year: year, month: month, day: day)
        guard (1...12).contains(month), components.isValidDate(in: .utc) else { return nil }
        return Calendar.utc.date(from: components)
    }

    static func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    static func iso(_ date: Date) -> String {
        let components = Calendar.utc.dateComponents([.year, .month, .day], from: date)
        return iso(components.year!, components.month!, components.day!)
    }
}

extension Calendar {
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
