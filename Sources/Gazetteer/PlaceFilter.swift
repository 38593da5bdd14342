import Foundation

/// Narrows matches to a country, an admin-1 region, or kinds of place.
struct PlaceFilter {
    var countryCode: String?
    var admin1Key: String?
    /// Only these kinds ("Kursk Oblast" looks among regions only); nil: any.
    var kinds: Set<PlaceKind>?

    init(country: String?, countries: CountryTable) throws {
        guard let country, !country.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        guard let code = countries.code(for: country) ?? (country.count == 2 ? country.uppercased() : nil) else {
            throw GazetteerError.unknownCountry(country)
        }
        countryCode = code
    }

    /// The part after a comma: a country ("Paris, US", "Paris, France") or a region ("Paris, Texas").
    init?(qualifier: String, countries: CountryTable) {
        let trimmed = qualifier.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        if let code = countries.code(for: trimmed) {
            countryCode = code
        } else {
            admin1Key = NameFolding.fold(trimmed)
        }
    }

    func accepts(_ place: Place) -> Bool {
        if let countryCode, place.countryCode != countryCode { return false }
        if let kinds, !kinds.contains(place.kind) { return false }
        if let admin1Key, !NameFolding.fold(place.admin1 ?? "").hasPrefix(admin1Key) { return false }
        return true
    }
}
