import Foundation
import Geodesy

/// Reads a user's gazetteer TSV: places that GeoNames lacks or places too coarsely.
///
/// Columns (tab-separated, header line optional, `#` starts a comment line):
/// `name  latitude  longitude  countryCode  admin1  population  extentMeters  alternateNames  source  kind`
/// where alternateNames are separated by `|`, kind is what a site is ("air base"; empty: a town),
/// and empty cells mean unknown. The bundled gazetteer/sites.tsv has the same layout.
public enum CustomGazetteerFile {
    /// The largest extent a place may have: a radius of 20,000 km, half the way round the Earth (an ocean).
    public static let maximumExtentMeters = 20_000_000.0

    public static let header =
        "name\tlatitude\tlongitude\tcountryCode\tadmin1\tpopulation\textentMeters\talternateNames\tsource\tkind"

    public static func parse(_ text: String, path: String, countries: CountryTable) throws -> [GazetteerEntry] {
        var entries: [GazetteerEntry] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") || line.hasPrefix("name\t") { continue }
            entries.append(try entry(from: line, path: path, lineNumber: index + 1, countries: countries))
        }
        return entries
    }

    private static func entry(from line: String, path: String, lineNumber: Int, countries: CountryTable) throws -> GazetteerEntry {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        func fail(_ problem: String) -> GazetteerError {
            .customFileInvalid(path: path, line: lineNumber, problem: problem)
        }
        guard fields.count >= 4 else {
            throw fail("expected at least 4 tab-separated columns (name, latitude, longitude, countryCode), found \(fields.count)")
        }
        guard !fields[0].isEmpty else { throw fail("the name is empty") }
        guard let latitude = Double(fields[1]), let longitude = Double(fields[2]) else {
            throw fail("latitude '\(fields[1])' and longitude '\(fields[2])' must be decimal degrees")
        }
        let coordinate: Coordinate
        do {
            coordinate = try Coordinate(latitudeDegrees: latitude, longitudeDegrees: longitude)
        } catch let error as CoordinateError {
            throw fail(error.clause)
        }
        func optional(_ index: Int) -> String? {
            index < fields.count && !fields[index].isEmpty ? fields[index] : nil
        }
        let extent = try optional(6).map { text -> Double in
            guard let meters = Double(text), meters.isFinite, (0...Self.maximumExtentMeters).contains(meters) else {
                throw fail("extentMeters '\(text)' must be a number of metres from 0 to 20,000,000 (a place's radius)")
            }
            return meters
        }
        let code = fields[3].uppercased()
        let place = Place(
            name: fields[0], coordinate: coordinate, countryCode: code, country: countries.name(forCode: code),
            admin1: optional(4), population: optional(5).flatMap { Int($0) } ?? 0, geonameID: nil, extentMeters: extent,
            kind: optional(9) == nil ? .populatedPlace : .site, siteKind: optional(9))
        let alternates = optional(7)?.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } ?? []
        return GazetteerEntry(place: place, alternateNames: alternates)
    }
}
