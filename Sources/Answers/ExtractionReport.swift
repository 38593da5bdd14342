import Foundation
import Reading

/// The JSON shape: arrays `places`, `actors`, `dates`, `distanceClaims`, `events`.
public struct ExtractionReport: Encodable, Sendable {
    public struct PlaceItem: Encodable, Sendable {
        let text: String, start: Int, end: Int, kind: String, name: String, place: PlaceReport, evidence: [String]
        /// Whether another place fits the name nearly as well and the report's countries do not decide.
        let ambiguous: Bool
        let alternatives: [PlaceReport]
        /// "transliteration" (or another `GuessReason`) when only a derived spelling reached the name: a
        /// guess, never a listed name. Absent for a listed name.
        let guess: String?
        init(_ mention: PlaceMention) {
            guess = mention.guess?.rawValue
            ambiguous = !mention.alternatives.isEmpty
            alternatives = mention.alternatives.map(PlaceReport.init)
            text = mention.text
            start = mention.start
            end = mention.end
            kind = mention.kind.rawValue
            name = mention.name
            place = PlaceReport(mention.place)
            evidence = mention.evidence.map(\.description)
        }
    }
    /// A capital standing for its government ("Tokyo protested"), not a place of the report's events.
    public struct ActorItem: Encodable, Sendable {
        let text: String, start: Int, end: Int, place: PlaceReport
    }
    public struct DateItem: Encodable, Sendable {
        let text: String, start: Int, end: Int, value: String, yearInferred: Bool
    }
    public struct ClaimItem: Encodable, Sendable {
        /// between, offset, flight, altitude or zone: what the distance measures.
        let text: String, start: Int, end: Int, kind: String, statedMeters: Double, pairedText: String?
        /// `to` names an area when `toIsArea` ("Yemen", "the land borders of Russia"); `inference` says how
        /// the report's words were completed when they were (a guess).
        let from: String?, to: String?, toIsArea: Bool, inference: String?, verification: VerificationReport?
        /// The ends among `from` and `to` that the gazetteer does not list (as the report writes them):
        /// the claim names them, and is not verified. Absent when there are none.
        let unlistedEnds: [String]?
        /// The ends reached only by a guess (their places carry `guess`): the claim is verified between them
        /// only with --accept-guesses. Absent when there are none.
        let guessedEnds: [String]?
    }
    public struct EventItem: Encodable, Sendable {
        let action: String, sentence: String, start: Int, end: Int, place: String?, date: String?, killed: Int?, injured: Int?
    }

    public let places: [PlaceItem]
    public let actors: [ActorItem]
    public let dates: [DateItem]
    public let distanceClaims: [ClaimItem]
    public let events: [EventItem]
    /// Invisible format characters removed before reading; offsets count the text without them.
    public let invisibleCharactersRemoved: Int
    /// With --explain: each candidate name, its outcome (place, actor, rejected) and the rules that fired.
    public let decisions: [DecisionItem]?

    public struct DecisionItem: Encodable, Sendable {
        struct Firing: Encodable, Sendable {
            let rule: String, said: String
        }
        let text: String, start: Int, end: Int, outcome: String, rules: [Firing]
    }

    public init(_ extraction: ReportExtraction, explaining: Bool) {
        invisibleCharactersRemoved = extraction.invisibleCharactersRemoved
        decisions =
            explaining
            ? extraction.placeDecisions.map { decision in
                DecisionItem(
                    text: decision.text, start: decision.start, end: decision.end, outcome: decision.outcome.rawValue,
                    rules: decision.rules.map { DecisionItem.Firing(rule: $0.rule, said: $0.said) })
            } : nil
        places = extraction.places.map(PlaceItem.init)
        actors = extraction.actors.map { ActorItem(text: $0.text, start: $0.start, end: $0.end, place: PlaceReport($0.place)) }
        dates = extraction.dates.map {
            DateItem(text: $0.text, start: $0.start, end: $0.end, value: $0.value, yearInferred: $0.yearInferred)
        }
        distanceClaims = extraction.distanceClaims.map {
            ClaimItem(
                text: $0.text, start: $0.start, end: $0.end, kind: $0.kind.rawValue, statedMeters: $0.stated.length.meters,
                pairedText: $0.pairedText,
                from: $0.from?.name, to: $0.to?.name ?? $0.toArea?.area.label ?? $0.unnamedEndpoint, toIsArea: $0.toArea != nil,
                inference: $0.toArea?.inference, verification: $0.verification.map { VerificationReport($0) },
                unlistedEnds: $0.unlistedEnds.isEmpty ? nil : $0.unlistedEnds,
                guessedEnds: $0.guessedEnds.isEmpty ? nil : $0.guessedEnds.map(\.name))
        }
        events = extraction.events.map {
            EventItem(
                action: $0.action.rawValue, sentence: $0.sentence, start: $0.start, end: $0.end, place: $0.place?.name,
                date: $0.date?.value, killed: $0.killed, injured: $0.injured)
        }
    }

    /// "between Hrubieszów and Przewodow; Przewodow is not in the gazetteer, so not verified".
    private static func unlistedNote(_ claim: DistanceClaimMention) -> String? {
        guard !claim.unlistedEnds.isEmpty, let from = claim.from, let to = claim.to else { return nil }
        let names = claim.unlistedEnds.joined(separator: " and ")
        return "between \(from.name) and \(to.name); \(names) \(claim.unlistedEnds.count > 1 ? "are" : "is") not in the gazetteer, "
            + "so not verified"
    }

    /// "Bāramūla is a transliteration guess, so not verified (--accept-guesses to verify)" when a guessed end
    /// kept the claim from being measured; " (accepted: Bāramūla is a transliteration guess)" when it was accepted.
    private static func guessNote(_ claim: DistanceClaimMention) -> String? {
        guard !claim.guessedEnds.isEmpty, let from = claim.from, let to = claim.to?.name ?? claim.toArea?.area.label else { return nil }
        let guesses = claim.guessedEnds.map { "\($0.name) is a \($0.guess?.words ?? "guess")" }.joined(separator: " and ")
        return claim.verification == nil
            ? "between \(from.name) and \(to); \(guesses), so not verified (--accept-guesses to verify)" : " (accepted: \(guesses))"
    }

    public static func text(_ extraction: ReportExtraction, explaining: Bool) -> String {
        var lines = ["Places:"]
        lines += extraction.places.map {
            "  \($0.text) → \($0.name) (\($0.place.countryCode))\($0.kind == .admin1 ? ", region" : "") "
                + "[\($0.evidence.map(\.description).joined(separator: "; "))]"
                + ($0.alternatives.isEmpty ? "" : " — ambiguous, also \($0.alternatives.map(\.label).joined(separator: ", "))")
                + ($0.guess.map { " — \($0.words)" } ?? "")
        }
        if !extraction.actors.isEmpty {
            lines.append("Actors (capitals standing for governments, not places):")
            lines += extraction.actors.map { "  \($0.text) → \($0.place.label)" }
        }
        lines.append("Dates:")
        lines += extraction.dates.map { "  \($0.text) → \($0.value)\($0.yearInferred ? " (year inferred)" : "")" }
        lines.append("Distance claims:")
        lines += extraction.distanceClaims.map { claim -> String in
            let guess = claim.toArea?.inference.map { " (guess: \($0))" } ?? ""
            let unverified =
                claim.kind == .altitude
                ? "an altitude, not a ground distance; not verified"
                : claim.kind == .zone
                    ? "a zone around a place; not verified"
                    : claim.kind == .size
                        ? "a thing's size, not a distance between places; not verified"
                        : claim.unnamedEndpoint.map { "runs to '\($0)', which the report does not name; not verified" }
                            ?? Self.unlistedNote(claim)
                            ?? Self.guessNote(claim)
                            ?? claim.toArea.map { "runs to \($0.area.label); no place named before it in its sentence" }
                            ?? (claim.kind == .flight
                                ? "a range or flight without its two ends; not verified" : "no two places named in its sentence")
            let accepted = claim.verification == nil ? "" : Self.guessNote(claim) ?? ""
            return "  \(claim.text): " + (claim.verification.map { "\($0.verdict.rawValue) — \($0.explanation)" } ?? unverified) + accepted
                + guess
        }
        lines.append("Events:")
        lines += extraction.events.map { event in
            let toll = [event.killed.map { "\($0) killed" }, event.injured.map { "\($0) injured" }].compactMap { $0 }.joined(
                separator: ", ")
            return "  \(event.action.rawValue) at \(event.place?.name ?? "?") on \(event.date?.value ?? "?")"
                + (toll.isEmpty ? "" : " (\(toll))")
        }
        if extraction.invisibleCharactersRemoved > 0 {
            lines.append(
                "Note: \(extraction.invisibleCharactersRemoved) invisible characters (soft hyphens, zero-width spaces or joiners) "
                    + "were removed before reading; offsets count the text without them.")
        }
        if explaining {
            lines.append("Why (the rules that decided each name the gazetteer knows, in order):")
            lines += extraction.placeDecisions.map { decision in
                "  \(decision.text) [\(decision.start)–\(decision.end)] \(decision.outcome.rawValue): "
                    + decision.rules.map { "\($0.rule): \($0.said)" }.joined(separator: "; ")
            }
        }
        return lines.joined(separator: "\n")
    }
}
