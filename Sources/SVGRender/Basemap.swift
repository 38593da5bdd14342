import Foundation
import Geodesy

/// Country outlines from Natural Earth (maps/basemap/countries.geojson, packed into countries.bin), in longitude/latitude.
public struct Basemap: Sendable {
    public struct Country: Sendable {
        public let name: String
        public let isoCode: String
        /// Polygons as rings of (longitude, latitude); the first ring of each is the exterior.
        public let polygons: [[[GeographicPoint]]]
    }

    public let countries: [Country]

    /// Reads a GeoJSON FeatureCollection of (Multi)Polygons with NAME_EN and ISO_A2_EH properties:
    /// the readable source, and what tests compare the packed file with.
    public static func load(geoJSON url: URL) throws -> Basemap {
        do {
            let collection = try JSONDecoder().decode(FeatureCollection.self, from: try Data(contentsOf: url, options: .alwaysMapped))
            return Basemap(
                countries: collection.features.map { feature in
                    Country(
                        name: feature.properties.NAME_EN ?? "", isoCode: feature.properties.ISO_A2_EH ?? "",
                        polygons: feature.geometry?.polygons.map { rings in
                            rings.map { ring in ring.map { GeographicPoint(x: $0[0], y: $0[1]) } }
                        } ?? [])
                })
        } catch {
            throw RenderError.basemapUnreadable(path: url.path)
        }
    }

    /// Reads the packed basemap written by maps/basemap/pack.py (layout documented there): a few
    /// milliseconds, where decoding 2.8 MB of GeoJSON takes about 200.
    public static func load(packed url: URL) throws -> Basemap {
        guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else { throw RenderError.basemapUnreadable(path: url.path) }
        var reader = PackedReader(bytes: [UInt8](data))
        guard reader.take(8) == Array("EMBASE1\n".utf8), let countryCount = reader.u32() else {
            throw RenderError.basemapUnreadable(path: url.path)
        }
        var countries: [Country] = []
        for _ in 0..<countryCount {
            guard let name = reader.text(), let code = reader.text(), let polygonCount = reader.u32() else {
                throw RenderError.basemapUnreadable(path: url.path)
            }
            var polygons: [[[GeographicPoint]]] = []
            for _ in 0..<polygonCount {
                guard let ringCount = reader.u32() else { throw RenderError.basemapUnreadable(path: url.path) }
                var rings: [[GeographicPoint]] = []
                for _ in 0..<ringCount {
                    guard let pointCount = reader.u32(), let ring = reader.float32Points(Int(pointCount)) else {
                        throw RenderError.basemapUnreadable(path: url.path)
                    }
                    rings.append(ring)
                }
                polygons.append(rings)
            }
            countries.append(Country(name: name, isoCode: code, polygons: polygons))
        }
        return Basemap(countries: countries)
    }

    /// Lines of (longitude, latitude) packed by pack.py lines: first-level region boundaries
    /// (admin1-lines.bin) and rivers (rivers.bin), both drawn on regional maps only.
    public static func lines(packed url: URL) throws -> [[GeographicPoint]] {
        guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else { throw RenderError.basemapUnreadable(path: url.path) }
        var reader = PackedReader(bytes: [UInt8](data))
        // Each line is at least its u32 point count.
        guard reader.take(8) == Array("EMLINE1\n".utf8), let count = reader.count(ofItemsOfAtLeast: 4) else {
            throw RenderError.basemapUnreadable(path: url.path)
        }
        return try (0..<count).map { _ in
            guard let points = reader.u32(), let line = reader.float32Points(Int(points)) else {
                throw RenderError.basemapUnreadable(path: url.path)
            }
            return line
        }
    }

    private struct FeatureCollection: Decodable {
        let features: [Feature]
    }

    private struct Feature: Decodable {
        let properties: Properties
        let geometry: Geometry?
    }

    private struct Properties: Decodable {
        // Natural Earth's own field names.
        let NAME_EN: String?
        let ISO_A2_EH: String?
    }

    /// A Polygon or MultiPolygon, always read as a list of polygons (each a list of rings).
    private struct Geometry: Decodable {
        let polygons: [[[[Double]]]]

        enum CodingKeys: String, CodingKey { case type, coordinates }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            switch try container.decode(String.self, forKey: .type) {
            case "Polygon": polygons = [try container.decode([[[Double]]].self, forKey: .coordinates)]
            case "MultiPolygon": polygons = try container.decode([[[[Double]]]].self, forKey: .coordinates)
            default: polygons = []
            }
        }
    }
}

/// Why a map cannot be drawn.
public enum RenderError: Error, Equatable, CustomStringConvertible {
    case basemapUnreadable(path: String)
    /// countries.bin and areas.bin hold different features: one of them is from another build.
    case basemapMismatch
    case projectionFailed(String)

    public var description: String {
        switch self {
        case let .basemapUnreadable(path):
            return "Cannot read the basemap \(path); run maps/basemap/build or set EVENTMAP_HOME to the eventmap folder."
        case .basemapMismatch:
            return "The basemap's countries.bin and areas.bin come from different builds; run maps/basemap/build to rebuild both."
        case let .projectionFailed(definition):
            return "The projection '\(definition)' cannot show this map's extent; choose another projection or a smaller extent."
        }
    }
}
