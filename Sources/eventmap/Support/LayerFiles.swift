import Answers
import Foundation
import GISFormats
import MapModel

/// Finds a spec's layers on disk and reads them through GDAL (`GISReader`): `file:` is relative to
/// the spec's folder. The file (and a Shapefile's companions) must be a regular file or a dataset's
/// folder: a FIFO, device or socket is refused before GDAL opens it, so nothing is ever waited on,
/// and each is noted as an input so that no output of the run can replace it.
final class LayerFiles {
    /// The spec's folder as the spec's path names it ("" for the working folder), so that errors name
    /// the layer's file as the user would.
    private let folder: String
    /// What GDAL warned about while reading, one line each for stderr and `--json`.
    private(set) var warnings: [String] = []

    /// - Parameter specPath: the spec's path, or "-" (standard input: layers are relative to the
    ///   working folder).
    init(specPath: String) {
        // Foundation traps on deletingLastPathComponent of a one-character path such as "-".
        guard specPath != "-", let slash = specPath.lastIndex(of: "/") else {
            folder = ""
            return
        }
        folder = slash == specPath.startIndex ? "/" : String(specPath[..<slash])
    }

    /// Reads one layer; the builder's `readLayer`.
    func read(_ layer: MapSpec.LayerSpec) throws -> (name: String, features: [LayerFeature]) {
        let written = layer.file.value.trimmingCharacters(in: .whitespaces)
        let path = written.hasPrefix("/") || folder.isEmpty ? written : (folder as NSString).appendingPathComponent(written)
        try Self.check(path, namedAt: layer.file.location)
        if path.lowercased().hasSuffix(".shp") {
            let stem = String(path.dropLast(4))
            for companion in ["shx", "dbf", "prj", "cpg", "SHX", "DBF", "PRJ", "CPG"]
            where FileManager.default.fileExists(atPath: "\(stem).\(companion)") {
                try Self.check("\(stem).\(companion)", namedAt: layer.file.location)
            }
        }
        let reading = try GISReader.layer(at: path, named: layer.layer, labelField: layer.labelField)
        warnings += reading.warnings.map { "\(path): GDAL: \($0)" }
        return (reading.name, reading.features)
    }

    /// Refuses a path that is missing, unreadable, or neither a regular file nor a folder.
    private static func check(_ path: String, namedAt location: SourceLocation) throws {
        var status = stat()
        guard stat(path, &status) == 0, access(path, R_OK) == 0 else {
            let reason = errno == ENOENT ? "no such file or folder" : String(cString: strerror(errno))
            throw IOFailure(
                description: "Cannot read the layer file \(path) (\(location)): \(reason); check the path, which is relative to the "
                    + "spec's folder.")
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG, S_IFDIR:
            FileIdentity.noteInput(status, path: path)
        default:
            throw IOFailure(
                description: "Cannot read the layer file \(path) (\(location)): it is not a regular file or folder (a FIFO, device or "
                    + "socket); give the dataset's file.")
        }
    }
}
