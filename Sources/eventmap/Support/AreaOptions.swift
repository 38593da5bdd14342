import Answers
import ArgumentParser
import Foundation
import GISFormats
import Gazetteer
import Geodesy
import MapModel

extension MapSpec.Borders: ExpressibleByArgument {}

/// A user's file of territory held by another state (`--occupied`, `--occupier`): what de facto
/// borders are drawn from, since eventmap bundles no such layer.
struct OccupiedOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "A file of territory held by another state (GeoJSON, or any GDAL dataset), for de facto borders.", valueName: "file"))
    var occupied: String?

    @Option(help: "The ISO code of the state holding --occupied territory, for features without an \"occupier\" property.")
    var occupier: String?

    /// A resolver over `gazetteer` that loads the outlines (and, when `deFacto`, the occupied file)
    /// only when a name is an area.
    func resolver(_ gazetteer: Gazetteer, deFacto: Bool) -> EndpointResolver {
        BundledAreas.resolver(gazetteer, occupiedPath: deFacto ? occupied : nil, occupier: occupier)
    }

    /// The occupied file's polygons by holder, for shading a de facto map.
    func heldTerritory(countries: CountryTable) throws -> [String: [PlanarPolygon<Geographic>]] {
        guard let occupied else { return [:] }
        return try BundledAreas.held(occupied, defaultOccupier: occupier, countries: countries)
    }

}

/// How area endpoints are drawn, shared by the commands that measure (`distance`, `verify`):
/// borders as the UN recognises them, or as a user's occupied-areas file moves them.
struct AreaOptions: ParsableArguments {
    @Option(help: "de-jure (the default: Crimea in Ukraine) or de-facto (with --occupied: measure to the line of control).")
    var borders: MapSpec.Borders = .deJure

    @OptionGroup var held: OccupiedOptions

    func validate() throws {
        if borders == .deFacto, held.occupied == nil {
            throw ValidationError("--borders de-facto needs --occupied FILE, a GeoJSON file of the territory held (eventmap bundles none).")
        }
        if held.occupied != nil, borders == .deJure {
            throw ValidationError("--occupied is used only with --borders de-facto; add it, or leave --occupied out.")
        }
    }

    func resolver(_ gazetteer: Gazetteer) -> EndpointResolver {
        held.resolver(gazetteer, deFacto: borders == .deFacto)
    }
}
