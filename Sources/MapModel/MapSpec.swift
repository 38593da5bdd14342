/// A map spec as written: names and lengths not yet resolved, each value with where it came from,
/// so the builder can point at the line and column of anything it cannot use.
public struct MapSpec: Sendable {
    /// A value and where it was written.
    public struct Located<Value: Sendable>: Sendable {
        public let value: Value
        public let location: SourceLocation

        public init(value: Value, location: SourceLocation) {
            self.value = value
            self.location = location
        }
    }

    public enum Projection: Sendable, Equatable {
        case auto
        case equalEarth
        case azimuthalEquidistant
        case lambertConformal
        case mercator
        /// Any PROJ string or CRS name ("+proj=ortho +lat_0=40 +lon_0=128", "EPSG:3857").
        case proj(String)
    }

    /// How the SVG looks: `light` (the default), `dark` for screens and slides, and `print`, in
    /// greys that survive a black-and-white printer or photocopy (markers differ by shape, verdicts by word).
    public enum Style: String, Sendable, CaseIterable {
        case light, dark, print
    }

    public enum Borders: String, Sendable, CaseIterable {
        /// As the United Nations recognises them (Crimea in Ukraine).
        case deJure = "de-jure"
        /// Also shade territory held by another state, labelled "occupied".
        case deFacto = "de-facto"
    }

    public struct PlaceSpec: Sendable {
        public let place: Located<String>
        public let label: String?
        public let role: PlaceRole
        public let date: String?
        public let note: String?
        /// A reference place whose label finds no room keeps its marker (unlabelled) instead of being
        /// left off with it.
        public let keep: Bool

        public init(place: Located<String>, label: String?, role: PlaceRole, date: String?, note: String?, keep: Bool = false) {
            self.place = place
            self.label = label
            self.role = role
            self.date = date
            self.note = note
            self.keep = keep
        }
    }

    public struct LineSpec: Sendable {
        public let from: Located<String>
        public let to: Located<String>
        public let stated: Located<String>?
        public let tolerance: Located<String>?
        public let label: String?
        /// `#rrggbb`, checked by the parser.
        public let color: String?
        /// This line's own legend row ("KN-23 flight path"), instead of the shared "Geodesic" row.
        public let legend: String?
    }

    public struct RingSpec: Sendable {
        public let center: Located<String>
        public let radii: [Located<String>]
        public let innerRadius: Located<String>?
        public let azimuths: (fromDegrees: Double, toDegrees: Double)?
        public let label: String?
        public let color: String?
        public let legend: String?
    }

    /// A country, border, coast or file shaded on the map (`areas: [{area: Russia}]`).
    public struct AreaSpec: Sendable {
        public let area: Located<String>
        public let label: String?
    }

    /// A user's layer drawn under the features (`layers: [{file: control.gpkg, role: occupied}]`).
    public struct LayerSpec: Sendable {
        /// A dataset GDAL reads, as written: a path relative to the spec's folder.
        public let file: Located<String>
        /// The layer's name in the dataset; nil for a dataset of one layer.
        public let layer: String?
        public let label: String?
        /// A field whose value labels each feature.
        public let labelField: String?
        public let role: LayerRole
        public let color: String?
        public let source: String?
    }

    public let name: String
    public let title: String
    public let subtitle: String?
    public let date: String?
    public let source: String?
    public let projection: Projection
    /// West, south, east, north in degrees; nil for auto. West > east crosses the antimeridian.
    public let extent: (west: Double, south: Double, east: Double, north: Double)?
    public let widthPixels: Int
    public let heightPixels: Int
    public let borders: Borders
    public let inset: Bool
    public let labelUnit: String
    public let places: [PlaceSpec]
    public let lines: [LineSpec]
    public let rings: [RingSpec]
    public let areas: [AreaSpec]
    public let layers: [LayerSpec]
    /// `accept-guesses: true`: a name not in the gazetteer may be read as its nearest spelling, with a warning.
    public let acceptGuesses: Bool
    public var style: Style = .light

    /// The same spec with `more` places after its own (`render --events FILE`).
    public func adding(places more: [PlaceSpec]) -> MapSpec {
        MapSpec(
            name: name, title: title, subtitle: subtitle, date: date, source: source, projection: projection, extent: extent,
            widthPixels: widthPixels, heightPixels: heightPixels, borders: borders, inset: inset, labelUnit: labelUnit,
            places: places + more, lines: lines, rings: rings, areas: areas, layers: layers, acceptGuesses: acceptGuesses, style: style)
    }
}

/// What a marked place is, which sets its marker, legend group and label priority.
public enum PlaceRole: String, Sendable, CaseIterable, Codable {
    case impact
    case launch
    case reference
}
