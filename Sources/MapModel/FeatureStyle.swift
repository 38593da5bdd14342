/// How one feature looks, in the terms of Mapbox's simplestyle-spec 1.1.0 (which geojson.io, GitHub
/// and many viewers read from GeoJSON properties), with the SVG's colours and widths (`MapPalette`).
public struct FeatureStyle: Sendable, Hashable {
    /// The simplestyle properties eventmap writes, in the order they appear.
    public enum Property: String, CaseIterable, Sendable {
        case markerColor = "marker-color"
        case markerSymbol = "marker-symbol"
        case stroke
        case strokeWidth = "stroke-width"
        case fill
        case fillOpacity = "fill-opacity"
    }

    public var markerColor: String?
    /// A Maki icon name, the shape the SVG draws: "circle", "triangle", "circle-stroked".
    public var markerSymbol: String?
    public var stroke: String?
    public var strokeWidthPixels: Double?
    public var fill: String?
    public var fillOpacity: Double?

    public init(
        markerColor: String? = nil, markerSymbol: String? = nil, stroke: String? = nil, strokeWidthPixels: Double? = nil,
        fill: String? = nil, fillOpacity: Double? = nil
    ) {
        self.markerColor = markerColor
        self.markerSymbol = markerSymbol
        self.stroke = stroke
        self.strokeWidthPixels = strokeWidthPixels
        self.fill = fill
        self.fillOpacity = fillOpacity
    }

    /// A place's marker: colour and shape by role, as the SVG draws it.
    public static func marker(_ role: PlaceRole) -> FeatureStyle {
        let symbol: String
        switch role {
        case .impact: symbol = "circle"
        case .launch: symbol = "triangle"
        case .reference: symbol = "circle-stroked"
        }
        return FeatureStyle(markerColor: MapPalette.marker(role), markerSymbol: symbol)
    }

    /// The value of one property, null when this style does not set it.
    public func value(_ property: Property) -> FeatureValue {
        switch property {
        case .markerColor: return markerColor.map(FeatureValue.string) ?? .null
        case .markerSymbol: return markerSymbol.map(FeatureValue.string) ?? .null
        case .stroke: return stroke.map(FeatureValue.string) ?? .null
        case .strokeWidth: return strokeWidthPixels.map(FeatureValue.real) ?? .null
        case .fill: return fill.map(FeatureValue.string) ?? .null
        case .fillOpacity: return fillOpacity.map(FeatureValue.real) ?? .null
        }
    }
}
