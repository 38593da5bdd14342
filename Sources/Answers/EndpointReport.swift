import Foundation
import Gazetteer
import Geodesy

/// An endpoint as JSON: a place as `PlaceReport` has it, or an area with its kind, codes and source.
public enum EndpointReport: Encodable, Sendable {
    case place(PlaceReport)
    case area(AreaReport)

    public struct AreaReport: Encodable, Sendable {
        let kind = "area"
        let areaKind: AreaEndpoint.Kind
        let name: String
        let countryCode: String?
        let neighbourCode: String?
        let source: String

        enum CodingKeys: String, CodingKey { case kind, areaKind, name, countryCode, neighbourCode, source }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(areaKind, forKey: .areaKind)
            try container.encode(name, forKey: .name)
            try container.encode(countryCode, forKey: .countryCode)
            try container.encode(neighbourCode, forKey: .neighbourCode)
            try container.encode(source, forKey: .source)
        }
    }

    public init(_ endpoint: Endpoint) {
        switch endpoint {
        case let .place(place): self = .place(PlaceReport(place))
        case let .area(area):
            self = .area(
                AreaReport(
                    areaKind: area.kind, name: area.label, countryCode: area.countryCode, neighbourCode: area.neighbourCode,
                    source: area.source))
        }
    }

    public func encode(to encoder: Encoder) throws {
        switch self {
        case let .place(report): try report.encode(to: encoder)
        case let .area(report): try report.encode(to: encoder)
        }
    }
}

/// A point where a measured distance starts or ends, in degrees.
public struct PointReport: Encodable, Sendable {
    public let latitude: Double
    public let longitude: Double

    public init(_ coordinate: Coordinate) {
        latitude = coordinate.latitudeDegrees
        longitude = coordinate.longitudeDegrees
    }

    /// "50.2531°N 36.6094°E": four decimals, about 10 m, finer than the outlines' accuracy.
    public static func text(_ coordinate: Coordinate) -> String {
        let latitude = String(format: "%.4f°%@", abs(coordinate.latitudeDegrees), coordinate.latitudeDegrees < 0 ? "S" : "N")
        let longitude = String(format: "%.4f°%@", abs(coordinate.longitudeDegrees), coordinate.longitudeDegrees < 0 ? "W" : "E")
        return "\(latitude) \(longitude)"
    }
}
