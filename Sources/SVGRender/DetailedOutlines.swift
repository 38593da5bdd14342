import Foundation
import Gazetteer
import Geodesy

/// The unsimplified country outlines (maps/basemap/areas.bin), the ones distances to countries,
/// borders and coasts are measured on, drawn in frames under `maximumFrameMeters` across: there the
/// simplified basemap could put a place on the wrong side of a border that `eventmap distance` puts
/// it inside (issue 25: the Rafah crossing drawn 5 km inside Egypt). Loaded on the first such frame
/// and kept, so a server that renders many maps reads the file once.
public final class DetailedOutlines: @unchecked Sendable {
    /// Frames narrower and shorter than this, in projected metres, are drawn from these outlines. At
    /// 500 km across a pixel of a 1,000-pixel map is 500 m, while the basemap's coverage
    /// simplification (0.03°) moves an edge by up to about 3 km.
    public static let maximumFrameMeters = 500_000.0

    private let load: @Sendable () throws -> AreaAtlas
    private let lock = NSLock()
    private var loaded: AreaAtlas?

    /// `load` reads areas.bin (the CLI's and server's `BundledAreas.countryAtlas`).
    public init(load: @escaping @Sendable () throws -> AreaAtlas) {
        self.load = load
    }

    /// The atlas, read on the first call.
    func atlas() throws -> AreaAtlas {
        try lock.withLock {
            if let loaded { return loaded }
            let atlas = try load()
            loaded = atlas
            return atlas
        }
    }

    /// The basemap's countries near `window`, with their unsimplified outlines. Both files hold
    /// Natural Earth's features in the same order (maps/basemap/build writes them from one layer); a
    /// pair of files that disagree is refused rather than drawn with the wrong outlines.
    func countries(of basemap: Basemap, near window: GeographicRect) throws -> [Basemap.Country] {
        let atlas = try atlas()
        guard atlas.units.map(\.isoCode) == basemap.countries.map(\.isoCode) else {
            throw RenderError.basemapMismatch
        }
        // The simplified outline's box, padded for how far simplification may move an edge.
        let padding = 0.5
        return zip(basemap.countries, atlas.units).compactMap { country, unit in
            guard let box = GeographicRect.enclosing(country.polygons.compactMap(\.first).flatMap { $0 }) else { return nil }
            let near = [-360.0, 0, 360].contains { shift in
                GeographicRect(
                    minX: box.minX - padding + shift, minY: box.minY - padding, maxX: box.maxX + padding + shift,
                    maxY: box.maxY + padding
                ).intersects(window)
            }
            guard near else { return nil }
            return Basemap.Country(name: country.name, isoCode: country.isoCode, polygons: unit.polygons.map { $0.map(\.points) })
        }
    }
}
