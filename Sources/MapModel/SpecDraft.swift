import Claims
import Foundation

/// A map spec to be written, not read: what `extract --spec` drafts from a report, for a person to
/// review and then render. `MapSpecWriter` turns it into YAML that `MapSpecParser` reads back.
public struct SpecDraft: Sendable, Equatable {
    public struct Place: Sendable, Equatable {

        /// Coordinates as text ("39.15278, 127.44361"), so the draft does not depend on geocoding again.
        public let place: String
        public let label: String
        public let role: PlaceRole
        public let date: String?
        public let note: String?
    }

    public struct Line: Sendable, Equatable {

        public let from: String
        public let to: String
        public let stated: String
        public let label: String
    }

    /// A region the report names, shaded with one label.
    public struct Area: Sendable, Equatable {
        /// How the spec names it ("Zaporizhzhya region, UA").
        public let area: String
        public let label: String
    }

    /// Where the draft came from (a report's file name), named in its first comment and its title.
    public let source: String
    public let title: String
    public let date: String?
    public let places: [Place]
    public let lines: [Line]
    public let areas: [Area]
}

extension SpecDraft {
    /// The report's places, one per name, with the role of the first event at each (a launch from
    /// there, an impact, or a reference place), and one line for each claim between two places.
    public init(_ extraction: ReportExtraction, name: String) {
        func coordinate(_ mention: PlaceMention) -> String {
            String(format: "%.5f, %.5f", mention.place.coordinate.latitudeDegrees, mention.place.coordinate.longitudeDegrees)
        }
        /// A whole calendar date: not a year-less "--10-06" nor a range.
        func isFullDate(_ value: String) -> Bool { !value.hasPrefix("--") && !value.contains("/") }
        source = name
        title = "Events reported in \(name)"
        let dated = extraction.dates.map(\.value).filter(isFullDate).sorted()
        date = dated.first.flatMap { first in dated.last.map { first == $0 ? first : "\(first)/\($0)" } }
        var seen = Set<String>()
        // Regions with an outline are shaded, not pinned to their main city.
        var shaded = Set<String>()
        areas = extraction.places.compactMap { mention -> Area? in
            guard let area = extraction.regionAreas[mention.start], let text = area.specText, shaded.insert(text).inserted else {
                return nil
            }
            return Area(area: text, label: mention.name)
        }
        places = extraction.places.compactMap { mention -> Place? in
            guard extraction.regionAreas[mention.start] == nil, seen.insert(mention.name).inserted else { return nil }
            let event = extraction.events.first { $0.place?.name == mention.name }
            let role: PlaceRole = event?.action == .launch ? .launch : event != nil ? .impact : .reference
            return Place(
                place: coordinate(mention), label: mention.name, role: role,
                date: (event?.date?.value).flatMap { isFullDate($0) ? $0 : nil },
                note: event.map { $0.sentence.replacingOccurrences(of: "\n", with: " ") })
        }
        lines = extraction.distanceClaims.compactMap { claim -> Line? in
            guard let from = claim.from else { return nil }
            if let area = claim.toArea, let to = area.area.specText {
                return Line(from: coordinate(from), to: to, stated: claim.stated.text, label: "\(from.name)–\(area.area.label)")
            }
            guard let to = claim.to else { return nil }
            return Line(from: coordinate(from), to: coordinate(to), stated: claim.stated.text, label: "\(from.name)–\(to.name)")
        }
    }
}
