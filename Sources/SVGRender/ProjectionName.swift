import Foundation
import Gazetteer
import Geodesy
import MapModel

/// The projection a map is drawn in, said in words for its footer: "Azimuthal equidistant centred on
/// Wonsan", "Equal Earth centred on 127.4°E", or the PROJ string itself for anything else.
enum ProjectionName {
    static func words(for definition: String, map: BriefingMap) -> String {
        func parameter(_ key: String) -> Double? {
            definition.split(separator: " ").first { $0.hasPrefix("+\(key)=") }.flatMap { Double($0.dropFirst(key.count + 2)) }
        }
        func longitude(_ value: Double) -> String { Graticule.degrees(value, positive: "E", negative: "W") }
        func latitude(_ value: Double) -> String { Graticule.degrees(value, positive: "N", negative: "S") }
        let kind = definition.split(separator: " ").first { $0.hasPrefix("+proj=") }.map { String($0.dropFirst(6)) }
        switch kind {
        case "aeqd":
            let latitudeDegrees = parameter("lat_0") ?? 0, lon = parameter("lon_0") ?? 0
            let isCentre = { (place: Place) in
                abs(place.coordinate.latitudeDegrees - latitudeDegrees) < 1e-5 && abs(place.coordinate.longitudeDegrees - lon) < 1e-5
            }
            // The name the map shows: the centre's label ("Hodeidah", not GeoNames' "Al Ḩudaydah"),
            // or the place's name where the label says more ("Belgorod" of "Launch area near Belgorod").
            let labelled = map.places.first { isCentre($0.place) }.map { item in
                item.label.contains(item.place.name) ? item.place.name : item.label
            }
            let named = labelled ?? (map.rings.map(\.center) + map.places.map(\.place)).first(where: isCentre)?.name
            return "Azimuthal equidistant centred on \(named ?? "\(latitude(latitudeDegrees)) \(longitude(lon))")"
        case "eqearth": return "Equal Earth centred on \(longitude(parameter("lon_0") ?? 0))"
        case "stere", "ortho":
            let name = kind == "stere" ? "Stereographic" : "Orthographic"
            return "\(name) centred on \(latitude(parameter("lat_0") ?? 0)) \(longitude(parameter("lon_0") ?? 0))"
        case "lcc": return "Lambert conformal conic"
        case "merc": return "Mercator"
        default: return definition == "EPSG:3857" ? "Web Mercator (EPSG:3857)" : "Projection \(definition)"
        }
    }
}
