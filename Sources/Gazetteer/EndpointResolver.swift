import Foundation
import Geodesy

/// Turns what a user or a report names into an endpoint: an area or boundary when the text names
/// one (`AreaReference`), otherwise a place from the gazetteer.
///
/// The country and border outlines load only when a text names an area; files are read through the
/// caller's `readFile`, since libraries here do not open files themselves.
public struct EndpointResolver {
    public let gazetteer: Gazetteer
    private let loadAtlas: () throws -> AreaAtlas
    private let readFile: (String) throws -> Data
    private let loaded = LoadedAtlas()

    /// The outlines, loaded on first use and kept.
    private final class LoadedAtlas {
        var atlas: AreaAtlas?
    }

    /// Footnote for bundled outlines.
    public static let naturalEarthSource =
        "Natural Earth 1:10m boundaries (accurate to about 1 km), de jure view"

    public init(gazetteer: Gazetteer, atlas: @escaping () throws -> AreaAtlas, readFile: @escaping (String) throws -> Data) {
        self.gazetteer = gazetteer
        self.loadAtlas = atlas
        self.readFile = readFile
    }

    private func atlas() throws -> AreaAtlas {
        if let atlas = loaded.atlas { return atlas }
        let atlas = try loadAtlas()
        loaded.atlas = atlas
        return atlas
    }

    /// The endpoint `text` names, and a warning when it could also have meant something else
    /// ("Djibouti" the country, not the city).
    public func resolve(_ text: String, options: GeocodeOptions = GeocodeOptions()) throws -> (endpoint: Endpoint, warning: String?) {
        guard let reference = AreaReference.parse(text, countries: gazetteer.countries) else {
            return (.place(try gazetteer.resolve(text, options: options)), nil)
        }
        let area = try resolve(reference)
        var warning: String?
        if case let .country(code) = reference,
            let town = try? gazetteer.geocode(text, options: options).first(where: { $0.kind == .primaryName })?.place
        {
            warning =
                "'\(text.trimmingCharacters(in: .whitespaces))' is measured as the country \(area.label); "
                + "for the town write '\(town.name), \(town.countryCode.isEmpty ? code : town.countryCode)'."
        }
        return (.area(area), warning)
    }

    /// The geometry an area reference names.
    public func resolve(_ reference: AreaReference) throws -> AreaEndpoint {
        let countries = gazetteer.countries
        func countryName(_ code: String) -> String { countries.name(forCode: code) ?? code }
        func requireUnits(_ code: String, _ atlas: AreaAtlas) throws {
            guard atlas.hasUnits(code: code) else {
                throw GazetteerError.areaEmpty(
                    name: countryName(code), reason: "Natural Earth's countries layer has no outline with the code \(code)")
            }
        }
        func source(_ atlas: AreaAtlas) -> String {
            atlas.occupied.isEmpty
                ? Self.naturalEarthSource
                : "Natural Earth 1:10m boundaries (accurate to about 1 km), de facto view with the occupied-areas file"
        }
        switch reference {
        case let .country(code):
            let atlas = try atlas()
            try requireUnits(code, atlas)
            let name = countryName(code)
            return AreaEndpoint(
                kind: .country, label: name, countryCode: code, neighbourCode: nil, boundary: atlas.country(code: code, name: name),
                source: source(atlas))
        case let .border(code, neighbour):
            let atlas = try atlas()
            try requireUnits(code, atlas)
            let label = neighbour.map { "the \(countryName(code))–\(countryName($0)) border" } ?? "the land borders of \(countryName(code))"
            let boundary = atlas.landBorder(code: code, neighbour: neighbour, name: label)
            guard !boundary.lines.isEmpty else {
                let reason =
                    neighbour.map { "\(countryName(code)) and \(countryName($0)) share no land border on the map" }
                    ?? "\(countryName(code)) has no land border on the map"
                throw GazetteerError.areaEmpty(name: label, reason: reason + "; measure to the country itself instead")
            }
            return AreaEndpoint(
                kind: .border, label: label, countryCode: code, neighbourCode: neighbour, boundary: boundary, source: source(atlas))
        case let .coast(code):
            let atlas = try atlas()
            if let code { try requireUnits(code, atlas) }
            let label = code.map { "the coast of \(countryName($0))" } ?? "the coast"
            let boundary = atlas.coast(code: code, name: label)
            guard !boundary.lines.isEmpty else {
                throw GazetteerError.areaEmpty(
                    name: label, reason: "\(code.map(countryName) ?? "the map") has no coastline; measure to its borders instead")
            }
            return AreaEndpoint(
                kind: .coast, label: label, countryCode: code, neighbourCode: nil, boundary: boundary, source: source(atlas))
        case let .file(path):
            let name = URL(fileURLWithPath: path).lastPathComponent
            let boundary = try UserAreaFile.boundary(try readFile(path), path: path, name: name)
            return AreaEndpoint(
                kind: .file, label: name, countryCode: nil, neighbourCode: nil, boundary: boundary,
                source: "\(name) (as accurate as the file)")
        }
    }
}
