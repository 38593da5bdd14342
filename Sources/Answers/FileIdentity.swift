import Foundation

/// The files this run reads, by device and inode, so that no output can replace one of its own
/// inputs: `extract r.txt --spec r.txt` would overwrite the report, and a rename over a hard link to
/// the spec would too. Paths are no help here (links, `./`, symlinks); the inode is the file.
public enum FileIdentity {
    private struct Key: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    /// Inputs read so far, by inode, with the path they were named by. One run is one command:
    /// a plain global (a CLI process, never a library) guarded for the signal-free main thread.
    nonisolated(unsafe) private static var inputs: [Key: String] = [:]
    private static let lock = NSLock()

    public static func noteInput(_ status: stat, path: String) {
        lock.withLock { inputs[Key(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))] = path }
    }

    /// Refuses `destination` when it is a file this run read (the same inode), before any output.
    public static func refuseInput(at destination: URL) throws {
        var status = stat()
        guard stat(destination.path, &status) == 0 else { return }
        let key = Key(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
        guard let input = lock.withLock({ inputs[key] }) else { return }
        throw IOFailure(
            description: "Cannot write \(destination.path): it is the input \(input), which the output would replace; "
                + "give another output path.")
    }

    /// Refuses `destination` when something other than a regular file is there (a device such as
    /// /dev/stdout, a FIFO, a socket, or a symlink): the atomic rename would replace it, not write to it.
    public static func refuseSpecialFile(at destination: URL) throws {
        var status = stat()
        guard lstat(destination.path, &status) == 0 else { return }
        let what: String
        switch status.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: what = "a folder"
        case S_IFLNK: what = "a symbolic link"
        case S_IFIFO: what = "a FIFO"
        case S_IFCHR, S_IFBLK: what = "a device"
        default: what = "a socket"
        }
        throw IOFailure(
            description: "Cannot write \(destination.path): it is \(what), which eventmap never replaces; give the path of a "
                + "regular file (or none), or use --json or the printed output for standard output.")
    }
}
