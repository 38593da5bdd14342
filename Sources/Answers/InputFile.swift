import Foundation

/// Reads an input file named on the command line (or standard input), never more than a stated
/// limit: the size is checked with `stat` before a byte is read, and standard input is read only
/// up to the limit. Failures are I/O errors naming the path; a file over the limit is an input error.
public enum InputFile {
    /// Limits, each chosen so that the work on a file at the limit stays under about 1 GB of memory
    /// (JSON parsing takes some 70 bytes a byte; see maps/README.md "Limits").
    public enum Limit: Int {
        /// A map spec.
        case spec = 5_000_000
        /// A report for `extract`: news reports are tens of kilobytes.
        case report = 1_000_000
        /// A GeoJSON or SVG file for `validate`: an eventmap map at the limits is well under it.
        case validated = 16_000_000
        /// A GeoJSON file of areas or lines to measure to (`file:…`, `--occupied`).
        case areas = 12_000_000
        /// A custom gazetteer TSV (`--gazetteer`): about 200,000 places.
        case gazetteer = 20_000_000

        public var description: String { "\(rawValue / 1_000_000) MB" }
    }

    /// A regular file's bytes. Anything else (a FIFO, a device, a socket) is refused before a byte
    /// is read: opened without blocking, so a FIFO with no writer cannot hang the run, and checked on
    /// the open descriptor, so nothing can be swapped in between the check and the read.
    public static func data(_ path: String, limit: Limit) throws -> Data {
        let (handle, size) = try regularFile(path)
        if size > limit.rawValue { throw tooLarge(path, limit: limit) }
        return try read(handle, name: path, limit: limit)
    }

    /// A regular file opened for reading, and its size; refusals as for `data`. For inputs read as a
    /// stream (`extract --jsonl`), which have no size limit of their own.
    public static func regularFile(_ path: String) throws -> (handle: FileHandle, size: Int) {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason =
                errno == ENOENT
                ? "no such file; check the path"
                : errno == EACCES ? "permission denied" : "\(String(cString: strerror(errno))); check the path"
            throw IOFailure(description: "Cannot read \(path): \(reason).")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw IOFailure(description: "Cannot read \(path): \(String(cString: strerror(errno))).")
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw IOFailure(description: "Cannot read \(path): it is a folder; give a file.")
        default:
            throw IOFailure(
                description: "Cannot read \(path): it is not a regular file (a FIFO, device or socket); give a file, or pipe the "
                    + "input to standard input with -.")
        }
        // Reads block again: a regular file never waits.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        FileIdentity.noteInput(status, path: path)
        return (handle, Int(status.st_size))
    }

    /// Standard input, up to the limit.
    public static func standardInput(limit: Limit) throws -> Data {
        try read(FileHandle.standardInput, name: "standard input", limit: limit)
    }

    /// The file as UTF-8 text; invalid UTF-8 is an input error naming the file.
    public static func text(_ path: String, limit: Limit) throws -> String {
        try utf8(try data(path, limit: limit), name: path)
    }

    public static func utf8(_ bytes: Data, name: String) throws -> String {
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw InputError(description: "\(name) is not UTF-8 text; save it as UTF-8.")
        }
        return text
    }

    /// Reads at most one byte past the limit (a pipe has no size to check first, and a file may grow).
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
