import ArgumentParser
import Foundation
import Gazetteer
import MapModel

extension MapSpec.Borders: ExpressibleByArgument {}

/// How area endpoints are drawn, shared by the commands that measure (`distance`, `verify`):
/// borders as the UN recognises them, or as a user's occupied-areas file moves them.
struct AreaOptions: ParsableArguments {
    @Option(help: "de-jure (the default: Crimea in Ukraine) or de-facto (with --occupied: measure to the line of control).")
    var borders: MapSpec.Borders = .deJure

    @Option(help: ArgumentHelp("A GeoJSON file of territory held by another state, for --borders de-facto.", valueName: "file"))
    var occupied: String?

    @Option(help: "The ISO code of the state holding --occupied territory, for features without an \"occupier\" property.")
    var occupier: String?

    func validate() throws {
        if borders == .deFacto, occupied == nil {
            throw ValidationError("--borders de-facto needs --occupied FILE, a GeoJSON file of the territory held (eventmap bundles none).")
        }
        if occupied != nil, borders == .deJure {
            throw ValidationError("--occupied is used only with --borders de-facto; add it, or leave --occupied out.")
        }
    }

    /// A resolver over `gazetteer` that loads the outlines (and the occupied file) only when a name is an area.
    func resolver(_ gazetteer: Gazetteer) -> EndpointResolver {
        let occupiedPath = borders == .deFacto ? occupied : nil
        let defaultOccupier = occupier
        return EndpointResolver(
            gazetteer: gazetteer,
            atlas: {
                let url = try DataFiles.basemapAreas()
                let data: Data
                do {
                    data = try Data(contentsOf: url, options: .alwaysMapped)
                } catch {
                    throw GazetteerError.dataUnreadable(path: url.path, reason: "the file is missing or unreadable")
                }
                let atlas = try AreaAtlas(packed: data, path: url.path)
                guard let occupiedPath else { return atlas }
                let held = try UserAreaFile.occupied(
                    try InputFile.data(occupiedPath, limit: .areas), path: occupiedPath, defaultOccupier: defaultOccupier)
                return atlas.applying(occupied: held)
            },
            readFile: { try InputFile.data($0, limit: .areas) })
    }
}
