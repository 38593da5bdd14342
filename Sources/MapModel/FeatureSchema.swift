/// The fixed attribute schema of each kind of feature a map exports: the same fields, in the same order
/// and of the same types in every map, null where a value is unknown, so that maps written to any
/// format append into one layer without losing a field. GeoJSON, GeoPackage, FlatGeobuf, Shapefile,
/// KML, GPX and CSV all write exactly these fields (README "Feature schema" lists them).
public enum FeatureKind: String, CaseIterable, Sendable {
    case places, lines, rings
    /// Shaded countries, regions and files (and occupied territory): polygons.
    case areas
    /// Borders and coasts a spec's `areas` draws as lines.
    case boundaries

    /// What one feature of this kind is called in ids ("place-1") and in `featureType`.
    public var singular: String {
        switch self {
        case .places: return "place"
        case .lines: return "line"
        case .rings: return "ring"
        case .areas: return "area"
        case .boundaries: return "boundary"
        }
    }

    public var geometryType: FeatureGeometryType {
        switch self {
        case .places: return .point
        case .lines, .boundaries: return .lines
        case .rings, .areas: return .polygons
        }
    }

    /// Every field of this kind, the simplestyle properties last.
    public var fields: [FeatureField] {
        dataFields + styleProperties.map(FeatureField.style)
    }

    /// The simplestyle properties a feature of this kind carries: markers for places, outlines and
    /// fills for the rest.
    public var styleProperties: [FeatureStyle.Property] {
        switch self {
        case .places: return [.markerColor, .markerSymbol]
        case .lines, .boundaries: return [.stroke, .strokeWidth]
        case .rings, .areas: return [.stroke, .strokeWidth, .fill, .fillOpacity]
        }
    }

    private var dataFields: [FeatureField] {
        let common = [FeatureField("featureType", "ftype", .string)]
        switch self {
        case .places:
            return common + [
                FeatureField("name", "name", .string), FeatureField("label", "label", .string), FeatureField("role", "role", .string),
                FeatureField("date", "date", .string), FeatureField("note", "note", .string),
                FeatureField("latitude", "latitude", .real(decimals: FeatureField.coordinateDecimals)),
                FeatureField("longitude", "longitude", .real(decimals: FeatureField.coordinateDecimals)),
                FeatureField("countryCode", "cntry_code", .string), FeatureField("country", "country", .string),
                FeatureField("admin1", "admin1", .string), FeatureField("population", "population", .integer),
                FeatureField("geonameID", "geonameid", .integer),
            ]
        case .lines:
            let meters = FeatureFieldType.real(decimals: FeatureField.meterDecimals)
            return common + [
                FeatureField("from", "from", .string), FeatureField("to", "to", .string), FeatureField("label", "label", .string),
                FeatureField("distanceMeters", "dist_m", meters), FeatureField("fromArea", "from_area", .boolean),
                FeatureField("toArea", "to_area", .boolean), FeatureField("statedText", "stated_txt", .string),
                FeatureField("statedMeters", "stated_m", meters), FeatureField("minMeters", "min_m", meters),
                FeatureField("maxMeters", "max_m", meters), FeatureField("acceptedMinMeters", "acc_min_m", meters),
                FeatureField("acceptedMaxMeters", "acc_max_m", meters), FeatureField("differenceMeters", "diff_m", meters),
                FeatureField("relativeDifference", "rel_diff", .real(decimals: FeatureField.ratioDecimals)),
                FeatureField("verdict", "verdict", .string), FeatureField("verdictColor", "verdict_cl", .string),
                FeatureField("explanation", "explain", .string),
            ]
        case .rings:
            let meters = FeatureFieldType.real(decimals: FeatureField.meterDecimals)
            let degrees = FeatureFieldType.real(decimals: FeatureField.angleDecimals)
            return common + [
                FeatureField("centerName", "center", .string), FeatureField("label", "label", .string),
                FeatureField("radiusMeters", "radius_m", meters), FeatureField("innerRadiusMeters", "inner_r_m", meters),
                FeatureField("fromAzimuthDegrees", "from_az_dg", degrees), FeatureField("toAzimuthDegrees", "to_az_deg", degrees),
                FeatureField("coversWholeEarth", "whole_erth", .boolean),
            ]
        case .areas, .boundaries:
            return common + [FeatureField("name", "name", .string), FeatureField("label", "label", .string)]
        }
    }
}

/// The geometry every feature of a kind has, so that a layer has one type (never "any").
public enum FeatureGeometryType: Sendable {
    case point
    /// Lines, as pieces split at ±180°: a MultiLineString in formats that type their layers.
    case lines
    /// Areas, as pieces split at ±180°: a MultiPolygon in formats that type their layers.
    case polygons
}

/// One attribute of a feature kind.
public struct FeatureField: Sendable, Hashable {
    /// Decimals kept for longitudes and latitudes (about 1 cm), lengths (millimetres), angles and ratios.
    public static let coordinateDecimals = 7
    public static let meterDecimals = 3
    public static let angleDecimals = 6
    public static let ratioDecimals = 6
    /// Decimals kept for simplestyle widths and opacities.
    public static let styleDecimals = 2

    /// The name in every format but Shapefile: camelCase with the unit last (`distanceMeters`), or the
    /// simplestyle name (`marker-color`).
    public let name: String
    /// The name in a Shapefile, whose dBASE table allows 10 characters.
    public let shapefileName: String
    public let type: FeatureFieldType

    init(_ name: String, _ shapefileName: String, _ type: FeatureFieldType) {
        self.name = name
        self.shapefileName = shapefileName
        self.type = type
    }

    static func style(_ property: FeatureStyle.Property) -> FeatureField {
        let shortNames: [FeatureStyle.Property: String] = [
            .markerColor: "mkr_color", .markerSymbol: "mkr_symbol", .stroke: "stroke", .strokeWidth: "strk_width", .fill: "fill",
            .fillOpacity: "fill_opac",
        ]
        let isNumber = property == .strokeWidth || property == .fillOpacity
        return FeatureField(
            property.rawValue, shortNames[property] ?? property.rawValue, isNumber ? .real(decimals: styleDecimals) : .string)
    }
}

/// A field's type, the same in every format (GDAL's String, Integer64, Real and Boolean).
public enum FeatureFieldType: Sendable, Hashable {
    case string
    /// A 64-bit whole number.
    case integer
    /// A number kept to `decimals` places, so every format holds the same value.
    case real(decimals: Int)
    case boolean
}

/// One attribute value; `null` where it is unknown or does not apply.
public enum FeatureValue: Sendable, Hashable {
    case null
    case string(String)
    case integer(Int)
    case real(Double)
    case boolean(Bool)
}
