import Foundation
import Gazetteer
import Geodesy

/// Names of seas, gulfs, straits and bays (gazetteer/seas.tsv) set in the water of maps drawn at
/// their scale: a briefing map of the Red Sea names the Red Sea and Bab el-Mandeb. A spec place that
/// is a sea is named the same way, without a town's dot.
public struct WaterName: Sendable {
    public let name: String
    /// A point in the water, about the body's middle.
    public let coordinate: Coordinate
    /// A radius that covers the body.
    public let extentMeters: Double

    /// The seas of a gazetteer file in the custom-places layout (gazetteer/seas.tsv): those with an extent.
    public static func parse(seasTSV text: String, path: String) throws -> [WaterName] {
        try CustomGazetteerFile.parse(text, path: path, countries: CountryTable(countries: [])).compactMap { entry in
            entry.place.extentMeters.map { WaterName(name: entry.place.name, coordinate: entry.place.coordinate, extentMeters: $0) }
        }
    }

    /// Whether a body this size is worth naming on a frame `frameMeters` across: at least an eighth
    /// of the frame (oceans on a world map, not every sea) and at most three frames (no ocean's name
    /// on a city map, where its middle is far away anyway).
    func isNamed(onFrameMeters frameMeters: Double) -> Bool {
        let across = 2 * extentMeters
        return across >= frameMeters / 8 && across <= frameMeters * 3
    }
}
