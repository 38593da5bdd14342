import Foundation

/// Reads an input file named on the command line (or standard input), never more than a stated
/// limit: the size is checked with `stat` before a byte is read, and standard input is read only
/// up to the limit. Failures are I/O errors naming the path; a file over the limit is an input error.
enum InputFile {
    /// Limits, each chosen so that the work on a file at the limit stays under about 1 GB of memory
    /// (JSON parsing takes some 70 bytes a byte; see maps/README.md "Limits").
    enum Limit: Int {
        /// A map spec.
        case spec = 5_000_000
        /// A report for `extract`: news reports are tens of kilobytes.
        case report = 1_000_000
        /// A GeoJSON or SVG file for `validate`: an eventmap map at the limits is well under it.
        case validated = 16_000_000
        /// A GeoJSON file of areas or lines to measure to (`file:…`, `--occupied`).
        case areas = 12_000_000

        var description: String { "\(rawValue / 1_000_000) MB" }
    }

    static func data(_ path: String, limit: Limit) throws -> Data {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let reason = errno == ENOENT ? "no such file; check the path" : "\(String(cString: strerror(errno))); check the path"
            throw IOFailure(description: "Cannot read \(path): \(reason).")
        }
        guard (status.st_mode & S_IFMT) != S_IFDIR else {
            throw IOFailure(description: "Cannot read \(path): it is a folder; give a file.")
        }
        if (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) > limit.rawValue {
            throw tooLarge(path, limit: limit)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw IOFailure(description: "Cannot read \(path): permission denied or unreadable.")
        }
        defer { try? handle.close() }
        return try read(handle, name: path, limit: limit)
    }

    /// Standard input, up to the limit.
    static func standardInput(limit: Limit) throws -> Data {
        try read(FileHandle.standardInput, name: "standard input", limit: limit)
    }

    /// The file as UTF-8 text; invalid UTF-8 is an input error naming the file.
    static func text(_ path: String, limit: Limit) throws -> String {
        try utf8(try data(path, limit: limit), name: path)
    }

    static func utf8(_ bytes: Data, name: String) throws -> String {
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw InputError(description: "\(name) is not UTF-8 text; save it as UTF-8.")
        }
        return text
    }

    /// Reads at most one byte past the limit (a FIFO or a pipe has no size to check first).
    private static func read(_ handle: FileHandle, name: String, limit: Limit) throws -> Data {
        let data: Data
        do {
            data = try handle.read(upToCount: limit.rawValue + 1) ?? Data()
        } catch {
            throw IOFailure(description: "Cannot read \(name): \((error as NSError).localizedDescription).")
        }
        guard data.count <= limit.rawValue else { throw tooLarge(name, limit: limit) }
        return data
    }

    private static func tooLarge(_ name: String, limit: Limit) -> InputError {
        InputError(description: "\(name) is larger than the limit of \(limit.description) for this input; split it or shorten it.")
    }
}

/// Bad input found by the CLI itself (not a library), as one sentence.
struct InputError: Error, CustomStringConvertible {
    let description: String
}
