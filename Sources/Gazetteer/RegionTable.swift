import Foundation
import Geodesy

/// First-level regions (oblasts, provinces, prefectures) by name: Natural Earth's admin-1 outlines
/// (maps/basemap/regions.bin, de jure: Crimea and Sevastopol in Ukraine) and the names reports use
/// for them (gazetteer/region-aliases.tsv).
public struct RegionTable: Sendable {
    public let atlas: AreaAtlas
    /// Folded name → indices of `atlas.units`.
    private let byName: [String: [Int]]

    /// - Parameter aliasesTSV: report name, Natural Earth name, ISO code per line; # starts a comment.
    public init(atlas: AreaAtlas, aliasesTSV: String) {
        var byName: [String: [Int]] = [:]
        var byNameAndCode: [String: [Int]] = [:]
        for (index, unit) in atlas.units.enumerated() {
            byName[NameFolding.fold(unit.name), default: []].append(index)
            byNameAndCode[NameFolding.fold(unit.name) + "|" + unit.isoCode, default: []].append(index)
        }
        for line in aliasesTSV.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 3, let units = byNameAndCode[NameFolding.fold(fields[1]) + "|" + fields[2]] else { continue }
            let key = NameFolding.fold(fields[0])
            byName[key] = Array(Set((byName[key] ?? []) + units)).sorted()
        }
        self.atlas = atlas
        self.byName = byName
    }

    /// The regions called `name`, only in `country` when given.
    public func regions(named name: String, country: String? = nil) -> [AreaAtlas.Unit] {
        (byName[NameFolding.fold(name)] ?? []).map { atlas.units[$0] }.filter { country == nil || $0.isoCode == country }
    }
}
