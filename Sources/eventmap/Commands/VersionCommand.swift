import Answers
import ArgumentParser

/// `eventmap version`: what is running, with the C libraries' versions read from them at run time.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version",
        abstract: "Print the eventmap version and the versions of the linked PROJ, GEOS, libxml2 and GDAL, and the gazetteer data.")

    @OptionGroup var output: OutputOptions

    func run() throws {
        let report = try VersionReport.current()
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
