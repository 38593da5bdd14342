import Answers
import Foundation
import MapModel
import Reading

/// The bridge from a report's reading to a map spec draft (`extract --spec`): here, in the shell,
/// so neither the map model nor reading depends on the other.
extension SpecDraft {
    /// The report's places, one per name, with the role of the first event at each (a launch from
    /// there, an impact, or a reference place), and one line for each claim between two places.
    init(_ extraction: ReportExtraction, name: String) {
        func coordinate(_ mention: PlaceMention) -> String {
            String(format: "%.5f, %.5f", mention.place.coordinate.latitudeDegrees, mention.place.coordinate.longitudeDegrees)
        }
        /// A whole calendar date: not a year-less "--10-06" nor a range.
        func isFullDate(_ value: String) -> Bool { !value.hasPrefix("--") && !value.contains("/") }
        let dated = extraction.dates.map(\.value).filter(isFullDate).sorted()
        let date = dated.first.flatMap { first in dated.last.map { first == $0 ? first : "\(first)/\($0)" } }
        var seen = Set<String>()
        // Regions with an outline are shaded, not pinned to their main city.
        var shaded = Set<String>()
        let areas = extraction.places.compactMap { mention -> Area? in
            guard let area = extraction.regionAreas[mention.start], let text = area.specText, shaded.insert(text).inserted else {
                return nil
            }
            return Area(area: text, label: mention.name)
        }
        let places = extraction.places.compactMap { mention -> Place? in
            guard extraction.regionAreas[mention.start] == nil, seen.insert(mention.name).inserted else { return nil }
            let event = extraction.events.first { $0.place?.name == mention.name }
            let role: PlaceRole = event?.action == .launch ? .launch : event != nil ? .impact : .reference
            return Place(
                place: coordinate(mention), label: mention.name, role: role,
                date: (event?.date?.value).flatMap { isFullDate($0) ? $0 : nil },
                note: event.map { $0.sentence.replacingOccurrences(of: "\n", with: " ") })
        }
        let lines = extraction.distanceClaims.compactMap { claim -> Line? in
            // An end the gazetteer does not list has no location to draw.
            guard let from = claim.from, claim.unlistedEnds.isEmpty else { return nil }
            if let area = claim.toArea, let to = area.area.specText {
                return Line(from: coordinate(from), to: to, stated: claim.stated.text, label: "\(from.name)–\(area.area.label)")
            }
            guard let to = claim.to else { return nil }
            return Line(from: coordinate(from), to: coordinate(to), stated: claim.stated.text, label: "\(from.name)–\(to.name)")
        }
        self.init(source: name, title: "Events reported in \(name)", date: date, places: places, lines: lines, areas: areas)
    }
}
