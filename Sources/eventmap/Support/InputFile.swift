import Foundation

/// Reads an input file named on the command line; failures are I/O errors naming the path.
enum InputFile {
    static func data(_ path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw IOFailure(description: "Cannot read \(path): no such file; check the path.")
        }
        guard !isDirectory.boolValue else {
            throw IOFailure(description: "Cannot read \(path): it is a folder; give a file.")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw IOFailure(description: "Cannot read \(path): permission denied or unreadable.")
        }
        return data
    }

    /// The file as UTF-8 text; invalid UTF-8 is an input error naming the file.
    static func text(_ path: String) throws -> String {
        let bytes = try data(path)
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw InputError(description: "\(path) is not UTF-8 text; save it as UTF-8.")
        }
        return text
    }
}

/// Bad input found by the CLI itself (not a library), as one sentence.
struct InputError: Error, CustomStringConvertible {
    let description: String
}
