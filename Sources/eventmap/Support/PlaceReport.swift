import Gazetteer

/// A place as every subcommand's JSON shows it (flat keys; coordinates in degrees).
struct PlaceReport: Encodable {
    let name: String
    let latitude: Double
    let longitude: Double
    let countryCode: String
    let country: String?
    let admin1: String?
    let population: Int
    let geonameID: Int?

    init(_ place: Place) {
        name = place.name
        latitude = place.coordinate.latitudeDegrees
        longitude = place.coordinate.longitudeDegrees
        countryCode = place.countryCode
        country = place.country
        admin1 = place.admin1
        population = place.population
        geonameID = place.geonameID
    }

    /// "Kharkiv (UA)", or the typed coordinate as given.
    static func label(_ place: Place) -> String {
        place.countryCode.isEmpty ? place.name : "\(place.name) (\(place.countryCode))"
    }
}
