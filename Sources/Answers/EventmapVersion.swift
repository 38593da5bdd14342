import GISFormats
import Gazetteer
import Geodesy
import SVGValidation

/// The eventmap release, following semantic versioning.
public enum EventmapVersion {
    public static let current = "0.1.0"
}

/// `version --json`'s answer (and `/api/version`'s): eventmap's release, the C libraries' versions
/// read from them at run time, and the gazetteer data's.
public struct VersionReport: Encodable, Sendable {
    public let eventmap: String
    public let proj: String
    public let geos: String
    public let libxml2: String
    public let gdal: String
    public let gazetteer: String

    public static func current() throws -> VersionReport {
        VersionReport(
            eventmap: EventmapVersion.current, proj: PROJLibrary.version, geos: GEOSLibrary.version, libxml2: LibXML2Library.version,
            gdal: try GDALLibrary.version(), gazetteer: Gazetteer.bundledDataVersion)
    }
}
