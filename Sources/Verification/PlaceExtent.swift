import Foundation
import Gazetteer

/// How far a named place reaches from its point: a city is not a point.
public enum PlaceExtent {
    /// People per km² in a typical city's built-up area (world urban areas mostly fall between
    /// 2,000 and 10,000; 3,000 keeps big, spread-out cities from looking too small).
    public static let typicalUrbanDensityPerSquareKilometer = 3000.0

    /// The radius, in metres, of a disc that holds the place: the explicit extent when the gazetteer
    /// has one, else a disc of the population at typical urban density, kept between 1 and 40 km.
    /// Typed coordinates (no population, no country) are points.
    public static func radiusMeters(of place: Place) -> Double {
        if let explicit = place.extentMeters { return explicit }
        guard place.population > 0 else { return 0 }
        let areaSquareKilometers = Double(place.population) / typicalUrbanDensityPerSquareKilometer
        let radiusKilometers = (areaSquareKilometers / Double.pi).squareRoot()
        return min(40, max(1, radiusKilometers)) * 1000
    }
}
