import Answers
import Foundation

/// The `--out` folder: made (with its parents) when missing, refused when it is a file.
enum OutputFolder {
    static func prepare(_ path: String) throws -> URL {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw IOFailure(description: "Cannot write into \(path): it is a file, not a folder; give a folder with --out.")
            }
            return URL(fileURLWithPath: path)
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw IOFailure(
                description:
                    "Cannot create the folder \(path): \((error as NSError).localizedDescription); check the path and its permissions.")
        }
        return URL(fileURLWithPath: path)
    }
}
