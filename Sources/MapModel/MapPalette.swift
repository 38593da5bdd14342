import Verification

/// The colours and stroke widths of the map's features, in one place: the SVG's stylesheet draws with
/// them, and the GeoJSON's simplestyle properties and the KML's styles repeat them, so a map looks the
/// same in a GIS as on the page. Colours are `#rrggbb`; widths are page pixels, as the SVG draws them.
public enum MapPalette {
    /// Impact markers: a red disc.
    public static let impact = "#c0392b"
    /// Launch markers: a black triangle.
    public static let launch = "#1b1b1b"
    /// Reference markers: a white disc with a dark rim.
    public static let reference = "#ffffff"
    public static let referenceRim = "#333333"
    /// Marker outlines, which keep markers apart from what lies under them.
    public static let markerRim = "#ffffff"
    public static let markerRimWidthPixels = 1.5

    /// Geodesic lines, unless the spec gives a line its own colour.
    public static let line = "#1f4e79"
    public static let lineWidthPixels = 2.2

    /// Range rings, unless the spec gives a ring its own colour: a dashed outline over a faint fill.
    /// Okabe-Ito vermilion: its faint fill stays a clear tint over the blue sea, where the impact red
    /// turned a muddy mauve, and its dashed edge shows on water and land alike.
    public static let ring = "#d55e00"
    public static let ringWidthPixels = 1.4
    public static let ringFillOpacity = 0.08

    /// Shaded areas of the spec (countries, regions, files) and the borders and coasts it draws.
    public static let area = "#6a3d9a"
    public static let areaWidthPixels = 0.8
    public static let areaFillOpacity = 0.14
    public static let boundaryWidthPixels = 2.6

    /// Territory held by another state (`borders: de-facto`).
    public static let occupied = "#4d4d4d"
    public static let occupiedWidthPixels = 0.6
    public static let occupiedFillOpacity = 0.2

    /// Users' layers (`layers:`), by role, unless the spec gives a layer its own colour: occupied
    /// territory grey as above, a front line dark red and heavy, other areas teal, anything else grey.
    public static func layer(_ role: LayerRole) -> String {
        switch role {
        case .occupied: return occupied
        case .frontLine: return "#8b1a1a"
        case .area: return "#01665e"
        case .other: return "#555555"
        }
    }
    public static let frontLineWidthPixels = 2.4
    public static let layerLineWidthPixels = 1.2
    public static let layerAreaWidthPixels = 0.9
    public static let layerAreaFillOpacity = 0.15
    public static let layerOtherFillOpacity = 0.08
    public static let layerPointRadiusPixels = 3.0

    /// The colour of a place's marker.
    public static func marker(_ role: PlaceRole) -> String {
        switch role {
        case .impact: return impact
        case .launch: return launch
        case .reference: return reference
        }
    }

    /// A claim's annotation colour: blue, amber and vermilion, apart under deuteranopia.
    public static func verdict(_ verdict: Verdict) -> String {
        switch verdict {
        case .consistent: return "#1b5e9e"
        case .plausible: return "#8a5a00"
        case .inconsistent: return "#b0281a"
        }
    }
}
