import Foundation
import Gazetteer

/// Something that happened at a place: the action, where, when, and the toll when stated.
public struct EventMention: Sendable {
    public let action: EventAction
    public let sentence: String
    public let start: Int
    public let end: Int
    public let place: PlaceMention?
    public let date: DateMention?
    public let killed: Int?
    public let injured: Int?
}

/// Finds events: a sentence with an action (strike, attack, launch, debris found…), tied to the place
/// the sentence puts it at (after "on", "in", "at", "near" first) and to the sentence's date, or the
/// nearest date before it; with "N killed", "N people were injured" when stated.
public struct EventExtractor {
    /// Event words and number words.
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    public func events(in report: ReportText, places: [PlaceMention], dates: [DateMention]) -> [EventMention] {
        // Where a report is filed is not where its events happened.
        let places = places.filter { !$0.evidence.contains(.dateline) }.sorted { $0.start < $1.start }
        let events = dates.filter { !$0.isDateline }.sorted { $0.start < $1.start }
        return report.sentences.enumerated().flatMap { index, sentence -> [EventMention] in
            let text = report.substring(sentence)
            let words = Set(text.lowercased().unicodeScalars.split { !Scalars.isLetter($0) }.map { String(String.UnicodeScalarView($0)) })
            guard var action = lexicon.eventActions.first(where: { words.contains($0.word) })?.action else { return [] }
            var here = Array(places.elements(in: sentence, key: \.start))
            if here.isEmpty, index > 0 {
                // "In the strike on the city…": the place is the one the previous sentence named last.
                here = Array(places.elements(in: report.sentences[index - 1], key: \.start).suffix(1))
            }
            let origin = here.first { report.previousWords(before: $0.start, count: 3).contains("from") }
            let target = here.first { place in
                let before = report.previousWords(before: place.start, count: 2)
                return !before.contains("from")
                    && ["on", "in", "at", "near", "over", "hit", "struck", "targeted"].contains(before.first ?? "")
            }
            // "fired at X" is a strike on X; only "launched from X" places a launch at X.
            if action == .launch, origin == nil, target != nil { action = .strike }
            let place = action == .launch ? (origin ?? here.first) : (target ?? here.first { $0.start != origin?.start } ?? here.first)
            let sentenceDates = Array(events.elements(in: sentence, key: \.start))
            let eventDates: [DateMention?] =
                sentenceDates.isEmpty ? [events.last(before: sentence.lowerBound, key: \.start)] : sentenceDates
            guard place != nil || eventDates.first! != nil else { return [] }
            // The toll patterns run only on sentences that speak of one.
            let tells = !words.isDisjoint(with: ReportPatterns.tollWords)
            let subReport = tells ? ReportText(text) : nil
            let killed = subReport.flatMap { count(lexicon.patterns.killed, in: $0) }
            let injured = subReport.flatMap { count(lexicon.patterns.injured, in: $0) }
            return eventDates.map { date in
                EventMention(
                    action: action, sentence: text.trimmingWhitespace(), start: sentence.lowerBound,
                    end: sentence.upperBound, place: place, date: date, killed: killed, injured: injured)
            }
        }
    }

    private func count(_ pattern: NSRegularExpression, in report: ReportText) -> Int? {
        guard let match = report.matches(pattern).first, let word = (match.groups[1] ?? match.groups[2])?.lowercased() else { return nil }
        return Int(word) ?? lexicon.numberWords[word]
    }
}
