import Answers
import ArgumentParser
import GISFormats
import Gazetteer
import Geodesy
import SVGRender
import SVGValidation

/// `eventmap version`: what is running, with the C libraries' versions read from them at run time.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version",
        abstract: "Print the eventmap version and the versions of the linked PROJ, GEOS, libxml2 and GDAL, and the gazetteer data.")

    @OptionGroup var output: OutputOptions

    struct Report: Encodable {
        let eventmap: String
        let proj: String
        let geos: String
        let libxml2: String
        let gdal: String
        let gazetteer: String
    }

    func run() throws {
        let report = Report(
            eventmap: EventmapVersion.current, proj: PROJLibrary.version,
            geos: GEOSLibrary.version, libxml2: LibXML2Library.version, gdal: try GDALLibrary.version(),
            gazetteer: Gazetteer.bundledDataVersion)
        try output.emit(report) {
            """
            eventmap \(report.eventmap)
            PROJ     \(report.proj)
            GEOS     \(report.geos)
            libxml2  \(report.libxml2)
            GDAL     \(report.gdal)
            data     \(report.gazetteer)
            """
        }
    }
}
