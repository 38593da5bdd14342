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

        public init(place: String, label: String, role: PlaceRole, date: String?, note: String?) {
            self.place = place
            self.label = label
            self.role = role
            self.date = date
            self.note = note
        }
    }

    public struct Line: Sendable, Equatable {

        public let from: String
        public let to: String
        public let stated: String
        public let label: String

        public init(from: String, to: String, stated: String, label: String) {
            self.from = from
            self.to = to
            self.stated = stated
            self.label = label
        }
    }

    /// A region the report names, shaded with one label.
    public struct Area: Sendable, Equatable {
        /// How the spec names it ("Zaporizhzhya region, UA").
        public let area: String
        public let label: String

        public init(area: String, label: String) {
            self.area = area
            self.label = label
        }
    }

    /// Where the draft came from (a report's file name), named in its first comment and its title.
    public let source: String
    public let title: String
    public let date: String?
    public let places: [Place]
    public let lines: [Line]
    public let areas: [Area]

    public init(source: String, title: String, date: String?, places: [Place], lines: [Line], areas: [Area]) {
        self.source = source
        self.title = title
        self.date = date
        self.places = places
        self.lines = lines
        self.areas = areas
    }
}
