import Geodesy

/// A user's own layer (`layers:` in a spec): areas of control, a front line, unit positions, an
/// exclusion zone, read by GDAL from their file and drawn under the map's features, like the basemap.
public struct MapLayer: Sendable {
    /// The legend's text: the spec's `label`, or the layer's name in its file.
    public let label: String
    public let role: LayerRole
    /// `#rrggbb` from the spec, or nil for the role's colour.
    public let color: String?
    /// Whom the footer credits for the layer (the spec's `source`).
    public let source: String?
    public let features: [LayerFeature]

    public init(label: String, role: LayerRole, color: String?, source: String?, features: [LayerFeature]) {
        self.label = label
        self.role = role
        self.color = color
        self.source = source
        self.features = features
    }

    public var vertexCount: Int { features.reduce(0) { $0 + $1.vertexCount } }
}

/// What a user's layer shows, which sets how it is drawn: each role has a style of its own.
public enum LayerRole: String, Sendable, CaseIterable {
    /// Territory held by another state: grey, as `borders: de-facto` shades it.
    case occupied
    /// A line of contact: a heavy dark line.
    case frontLine = "front-line"
    /// Any other area (an exclusion zone): a light fill with an outline.
    case area
    /// Anything else: thin lines, small dots.
    case other
}

/// One feature of a user's layer, in longitude/latitude on WGS84, broken into the parts the map draws.
public struct LayerFeature: Sendable {
    public let polygons: [PlanarPolygon<Geographic>]
    public let lines: [[GeographicPoint]]
    public let points: [GeographicPoint]
    /// The feature's value of the spec's `label-field`, drawn beside it.
    public let label: String?

    public init(polygons: [PlanarPolygon<Geographic>], lines: [[GeographicPoint]], points: [GeographicPoint], label: String?) {
        self.polygons = polygons
        self.lines = lines
        self.points = points
        self.label = label
    }

    public var vertexCount: Int {
        polygons.reduce(0) { $0 + $1.exterior.count + $1.holes.reduce(0) { $0 + $1.count } } + lines.reduce(0) { $0 + $1.count }
            + points.count
    }
}
