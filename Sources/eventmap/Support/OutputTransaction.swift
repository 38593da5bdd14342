import Answers
import Foundation
import Geodesy

/// The files of one run, written so that all of them appear together or none does.
///
/// Each file is first written to a temporary beside its destination (same file system, so the final
/// rename is atomic): a fresh random name created with `O_CREAT | O_EXCL | O_NOFOLLOW`, so nothing
/// planted at a predictable name (a symlink to another file) is ever opened, with mode 0644 less the
/// umask, and flushed with fsync. Only a regular file (or nothing) at a destination is ever replaced:
/// a device, FIFO or symlink there is refused, and so is a file this run read (`FileIdentity`).
/// `commit` renames them all into place only after every one was
/// written; `rollback`, a failed commit, and SIGINT, SIGTERM or SIGHUP remove the temporaries (a
/// signal during the renames waits for them to finish: `TemporaryFiles.committing`).
final class OutputTransaction {
    /// Temporaries and where each goes; a scratch file (the SVG rsvg-convert reads) goes nowhere.
    private var staged: [(temporary: URL, destination: URL?)] = []
    private var committed = false

    init() {
        TemporaryFiles.installSignalCleanup()
    }

    deinit {
        if !committed { rollback() }
    }

    /// One file, written atomically on its own.
    static func write(_ data: Data, to destination: URL) throws {
        let transaction = OutputTransaction()
        try transaction.stage(data, as: destination)
        try transaction.commit()
    }

    /// Writes `data` to a temporary that `commit` will move to `destination`.
    func stage(_ data: Data, as destination: URL) throws {
        _ = try writeTemporary(data, for: destination, keep: true)
    }

    /// An empty temporary for `destination` that another program fills (rsvg-convert writes the PNG);
    /// call `flush` on it afterwards.
    func stageEmpty(as destination: URL) throws -> URL {
        try writeTemporary(Data(), for: destination, keep: true)
    }

    /// A temporary beside `neighbour` that only feeds another program and is removed, never kept.
    func scratch(_ data: Data, near neighbour: URL) throws -> URL {
        try writeTemporary(data, for: neighbour, keep: false)
    }

    /// Flushes a temporary that another program wrote to disk.
    func flush(_ temporary: URL) throws {
        let descriptor = open(temporary.path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw IOFailure(description: "Cannot reopen \(temporary.path): \(Self.reason()).") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw IOFailure(description: "Cannot flush \(temporary.path) to disk: \(Self.reason()).") }
    }

    /// Moves every staged file into place and removes the scratch files; when a rename fails, the
    /// temporaries not yet moved are removed.
    func commit() throws {
        try TemporaryFiles.committing { try renameAll() }
    }

    private func renameAll() throws {
        let kept = staged.filter { $0.destination != nil }
        let scratch = staged.filter { $0.destination == nil }.map(\.temporary)
        staged = []
        committed = true
        for (index, file) in kept.enumerated() {
            // Checked again at the last moment: something may have been put there while we worked.
            if let destination = file.destination {
                do {
                    try FileIdentity.refuseSpecialFile(at: destination)
                } catch {
                    Self.remove(kept[index...].map(\.temporary) + scratch)
                    throw error
                }
            }
            guard let destination = file.destination, rename(file.temporary.path, destination.path) == 0 else {
                let reason = Self.reason()
                Self.remove(kept[index...].map(\.temporary) + scratch)
                throw IOFailure(description: "Cannot move the new file into place at \(file.destination?.path ?? ""): \(reason).")
            }
            TemporaryFiles.forget(file.temporary.path)
        }
        Self.remove(scratch)
    }

    /// Removes every temporary; nothing at the destinations changes.
    func rollback() {
        Self.remove(staged.map(\.temporary))
        staged = []
    }

    private static func remove(_ temporaries: [URL]) {
        for temporary in temporaries {
            unlink(temporary.path)
            TemporaryFiles.forget(temporary.path)
        }
    }

    // MARK: Temporaries

    /// A new temporary beside `destination` holding `data`, flushed to disk; `keep` says whether
    /// `commit` moves it to `destination` or removes it. Written through the descriptor that created
    /// it, so no other file can take its place between creating and writing.
    private func writeTemporary(_ data: Data, for destination: URL, keep: Bool) throws -> URL {
        let (temporary, descriptor) = try createTemporary(for: destination, keep: keep)
        defer { close(descriptor) }
        try FileDescriptorWriter.writeAll(data, to: descriptor, name: destination.path)
        guard fsync(descriptor) == 0 else { throw IOFailure(description: "Cannot flush \(temporary.path) to disk: \(Self.reason()).") }
        return temporary
    }

    /// Creates the temporary exclusively and returns it open for writing.
    private func createTemporary(for destination: URL, keep: Bool) throws -> (URL, Int32) {
        let folder = destination.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw IOFailure(description: "Cannot write \(destination.path): it is a folder; give a file path instead.")
        }
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw IOFailure(description: "Cannot write \(destination.path): the folder \(folder.path) does not exist; create it first.")
        }
        if keep {
            try FileIdentity.refuseSpecialFile(at: destination)
            try FileIdentity.refuseInput(at: destination)
        }
        for _ in 0..<100 {
            let name = ".\(destination.lastPathComponent).\(String(UInt64.random(in: 0...UInt64.max), radix: 36)).tmp"
            let temporary = folder.appendingPathComponent(name)
            let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            if descriptor < 0, errno == EEXIST { continue }
            guard descriptor >= 0 else {
                throw IOFailure(description: "Cannot write \(destination.path): \(Self.reason()); check the folder's permissions.")
            }
            TemporaryFiles.remember(temporary.path)
            staged.append((temporary, keep ? destination : nil))
            return (temporary, descriptor)
        }
        throw IOFailure(description: "Cannot write \(destination.path): no unused temporary name in \(folder.path) after 100 tries.")
    }

    private static func reason() -> String {
        String(cString: strerror(errno))
    }
}

/// Writes all of a buffer to a file descriptor, retrying short writes and EINTR.
enum FileDescriptorWriter {
    /// - Throws: `IOFailure` naming `name` (a path or "standard output") and the system's reason.
    static func writeAll(_ data: Data, to descriptor: Int32, name: String) throws {
        do {
            try data.withUnsafeBytes { try FileDescriptor.writeAll($0, to: descriptor) }
        } catch let failure as FileDescriptor.WriteFailure {
            throw IOFailure(description: "Cannot write \(name): \(failure.reason); check free disk space or the reading end of the pipe.")
        }
    }
}
