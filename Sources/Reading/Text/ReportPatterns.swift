import Foundation
import Geodesy
import Verification

/// The regular expressions built from a lexicon's words, compiled once per `Lexicon` (Foundation's
/// compiled expressions keep some memory for the life of the process, so they are not rebuilt for
/// every report). Immutable after creation and safe to share between threads.
public final class ReportPatterns: @unchecked Sendable {
    /// A stated distance: an optional hedge, a number, a unit from Geodesy's unit table, and an
    /// optional second reading in brackets ("about 460km (285 miles)"); a unit that goes on with a
    /// hyphen and a digit is a model's name ("2 Mi-8"), no length.
    let distance: NSRegularExpression
    /// The words after a count ("2 people were killed") and before one ("killing three").
    static let killedWords = (noun: "killed|dead|died", verb: "killed|killing")
    static let injuredWords = (noun: "injured|wounded|hurt", verb: "injured|injuring|wounded|wounding")
    /// Every word a toll pattern turns on: a sentence without one has no toll to read.
    static let tollWords = Set(
        [killedWords.noun, killedWords.verb, injuredWords.noun, injuredWords.verb].flatMap { $0.split(separator: "|").map(String.init) })

    /// "2 people were killed", "killing three": the count is group 1 or group 2.
    let killed: NSRegularExpression
    let injured: NSRegularExpression
    /// "2 January 2024", "Dec. 30", with month names as reports capitalise them.
    let dayMonth: NSRegularExpression
    let monthDay: NSRegularExpression
    /// Two days of one month: "December 9 and 10, 2023", "5-6 March 2024" (days in groups 2, 3 and 1,
    /// 2; the month and year after them).
    let monthDayPair: NSRegularExpression
    let dayPairMonth: NSRegularExpression
    /// "October 2022": a month of a year, no day.
    let monthYear: NSRegularExpression
    /// "yesterday", "today", "last week", "on Tuesday".
    let relative: NSRegularExpression
    /// What may stand between a place and the district or region named as its container: a settlement
    /// noun, an apposition ("a hill station"), then "in" and a few words without a comma or stop
    /// ("Lethpora in south Kashmir's Pulwama district").
    let containerChain: NSRegularExpression

    /// Thousands grouped by one and the same separator ("1,000", "1 000", "1\u{2009}000"; an apostrophe
    /// is left out here, where it more often ends a quotation), or plain digits; then decimals.
    static let numberPattern: String = {
        let grouped = [",", " ", "\u{00A0}", "\u{2009}", "\u{202F}"].map { separator in
            "\\d{1,3}(?:" + NSRegularExpression.escapedPattern(for: separator) + "\\d{3})+"
        }
        return "(?:" + grouped.joined(separator: "|") + "|\\d+)(?:\\.\\d+)?"
    }()

    /// Every pattern is made of escaped words and fixed parts, so it always compiles.
    init(hedges: Hedges, numberWords: [String: Int], months: [String: Int], weekdays: [String], settlementNouns: Set<String>) {
        let settlements = settlementNouns.sorted().map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
        containerChain = try! NSRegularExpression(pattern: "^\\s*(?:\(settlements))?(,\\s+an?\\s+[^,.;]{1,40}?)?,?\\s+in\\s+[^,.;]{0,40}$")
        let units =
            "(?:"
            + LengthUnit.allSpellings.sorted { ($0.count, $1) > ($1.count, $0) }
            .map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|") + ")"
        let number = Self.numberPattern
        let length = "(?:\(number))(?:\\s|-)?\(units)"
        let second = "(?:\\s*\\((\\s*(?:\(number))\\s?\(units))\\s*\\))?"
        distance = try! NSRegularExpression(
            pattern: "\\b((?:\(hedges.pattern)\\s+)?\(length))\\b(?!-\\d)\(second)", options: [.caseInsensitive])
        let counts = numberWords.keys.sorted().map { NSRegularExpression.escapedPattern(for: $0) }
        killed = Self.toll(numberWords: counts, nounFirst: Self.killedWords.noun, verbFirst: Self.killedWords.verb)
        injured = Self.toll(numberWords: counts, nounFirst: Self.injuredWords.noun, verbFirst: Self.injuredWords.verb)
        let longest = Dictionary(months.map { ($0.value, $0.key) }, uniquingKeysWith: { $0.count >= $1.count ? $0 : $1 })
        // As reports capitalise them, and in capitals as all-caps datelines write them ("JUNE 1, 2024").
        let monthNames = months.keys.sorted { ($0.count, $1) > ($1.count, $0) }.flatMap { name in
            [name.prefix(1).uppercased() + name.dropFirst(), name.uppercased()].map { form -> String in
                let written = NSRegularExpression.escapedPattern(for: form)
                return longest[months[name] ?? 0] == name ? written : written + "\\.?"
            }
        }
        let monthPattern = "(" + monthNames.joined(separator: "|") + ")"
        dayMonth = try! NSRegularExpression(pattern: "\\b(\\d{1,2})(?:st|nd|rd|th)? \(monthPattern)(?:,? (\\d{4}))?\\b")
        monthDay = try! NSRegularExpression(pattern: "\\b\(monthPattern) (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b")
        monthYear = try! NSRegularExpression(pattern: "\\b\(monthPattern),? (\\d{4})\\b")
        let day = "(\\d{1,2})(?:st|nd|rd|th)?", joined = "(?: and | to |-|\u{2013})"
        monthDayPair = try! NSRegularExpression(pattern: "\\b\(monthPattern) \(day)\(joined)\(day)(?:,? (\\d{4}))?\\b")
        dayPairMonth = try! NSRegularExpression(pattern: "\\b\(day)\(joined)\(day) \(monthPattern)(?:,? (\\d{4}))?\\b")
        let days = weekdays.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
        relative = try! NSRegularExpression(pattern: "\\b(yesterday|today|last week|on (?:\(days)))\\b", options: [.caseInsensitive])
    }

    private static func toll(numberWords: [String], nounFirst: String, verbFirst: String) -> NSRegularExpression {
        let number = "(\\d+|" + numberWords.joined(separator: "|") + ")"
        return try! NSRegularExpression(
            pattern:
                "\\b\(number)\\s+(?:\\w+\\s+){0,2}?(?:were\\s+|was\\s+)?(?:\(nounFirst))\\b"
                + "|\\b(?:\(verbFirst))\\s+(?:at least\\s+)?\(number)\\b",
            options: [.caseInsensitive])
    }
}
