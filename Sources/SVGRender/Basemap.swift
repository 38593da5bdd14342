import Foundation
import Gazetteer

/// Country outlines from Natural Earth (maps/basemap/countries.geojson), in longitude/latitude.
public struct Basemap: Sendable {
    public struct Country: Sendable {
        public let name: String
        public let isoCode: String
        /// Polygons as rings of (longitude, latitude); the first ring of each is the exterior.
        public let polygons: [[[PlanarPoint]]]
    }

    public let countries: [Country]

    /// Reads a GeoJSON FeatureCollection of (Multi)Polygons with NAME_EN and ISO_A2_EH properties.
    public static func load(_ url: URL) throws -> Basemap {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: try Data(contentsOf: url))
        } catch {
            throw RenderError.basemapUnreadable(path: url.path)
        }
        guard let features = (object as? [String: Any])?["features"] as? [[String: Any]] else {
            throw RenderError.basemapUnreadable(path: url.path)
        }
        return Basemap(countries: features.compactMap(country))
    }

    /// The bundled basemap, found through `ProjectFiles`.
    public static func bundled() throws -> Basemap {
        guard let url = ProjectFiles.locate("maps/basemap/countries.geojson") else {
            throw RenderError.basemapUnreadable(path: "maps/basemap/countries.geojson")
        }
        return try load(url)
    }

    private static func country(_ feature: [String: Any]) -> Country? {
        let properties = feature["properties"] as? [String: Any] ?? [:]
        guard let geometry = feature["geometry"] as? [String: Any], let type = geometry["type"] as? String,
              let coordinates = geometry["coordinates"] as? [Any] else { return nil }
        let polygons: [Any] = type == "Polygon" ? [coordinates] : type == "MultiPolygon" ? coordinates : []
        let rings = polygons.compactMap { polygon -> [[PlanarPoint]]? in
            guard let ringList = polygon as? [[[Double]]] else { return nil }
            return ringList.map { ring in ring.map { PlanarPoint(x: $0[0], y: $0[1]) } }
        }
        return Country(name: properties["NAME_EN"] as? String ?? "", isoCode: properties["ISO_A2_EH"] as? String ?? "", polygons: rings)
    }
}

/// Why a map cannot be drawn.
public enum RenderError: Error, Equatable, CustomStringConvertible {
    case basemapUnreadable(path: String)
    case projectionFailed(String)
    case bordersUnavailable

    public var description: String {
        switch self {
        case let .basemapUnreadable(path):
            return "Cannot read the basemap \(path); run maps/basemap/build or set EVENTMAP_HOME to the eventmap folder."
        case let .projectionFailed(definition):
            return "The projection '\(definition)' cannot show this map's extent; choose another projection or a smaller extent."
        case .bordersUnavailable:
            return "borders: de-facto needs a layer of occupied territory that eventmap does not bundle yet; use borders: de-jure."
        }
    }
}
