import Foundation

/// Writes a file so that readers see either the old file or the whole new one, never a part.
///
/// The bytes go to a hidden temporary file in the destination folder (same file system, so the
/// rename is atomic), are flushed with fsync, and the temporary is renamed over the destination.
/// On any failure the temporary is removed and nothing at the destination changes.
enum AtomicFileWriter {
    static func write(_ data: Data, to destination: URL) throws {
        let folder = destination.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw IOFailure(description: "Cannot write \(destination.path): it is a folder; give a file path instead.")
        }
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw IOFailure(
                description:
                    "Cannot write \(destination.path): the folder \(folder.path) does not exist; create it or choose another --out.")
        }
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw IOFailure(
                description: "Cannot write \(destination.path): \(String(cString: strerror(errno))); check the folder's permissions.")
        }
        do {
            defer { close(descriptor) }
            try FileDescriptorWriter.writeAll(data, to: descriptor, name: destination.path)
            guard fsync(descriptor) == 0 else {
                throw IOFailure(description: "Cannot flush \(destination.path) to disk: \(String(cString: strerror(errno))).")
            }
        } catch {
            unlink(temporary.path)
            throw error
        }
        guard rename(temporary.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw IOFailure(description: "Cannot move the new file into place at \(destination.path): \(reason).")
        }
    }
}

/// Writes all of a buffer to a file descriptor, retrying short writes and EINTR.
enum FileDescriptorWriter {
    /// - Throws: `IOFailure` naming `name` (a path or "standard output") and the system's reason.
    static func writeAll(_ data: Data, to descriptor: Int32, name: String) throws {
        try data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw IOFailure(
                        description:
                            "Cannot write \(name): \(String(cString: strerror(errno))); check free disk space or the reading end of the "
                            + "pipe."
                    )
                }
                offset += written
            }
        }
    }
}
