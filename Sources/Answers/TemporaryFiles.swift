import Dispatch
import Foundation

/// Every temporary file the process has created and not yet renamed or removed, so that SIGINT,
/// SIGTERM or SIGHUP in the middle of a long render leaves nothing behind.
public enum TemporaryFiles {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var paths: Set<String> = []
    nonisolated(unsafe) private static var children: Set<Int32> = []
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []
    /// Held while a commit renames its files, and taken for good by the signal cleanup: a signal
    /// either waits until every rename is done or keeps all of them from happening, never half.
    private static let commitLock = NSLock()

    public static func remember(_ path: String) {
        lock.withLock { _ = paths.insert(path) }
    }

    public static func forget(_ path: String) {
        lock.withLock { _ = paths.remove(path) }
    }

    /// A helper program (rsvg-convert) writing into a temporary: stopped first on a signal, so it
    /// cannot write a file again after the cleanup.
    public static func rememberChild(_ pid: Int32) {
        lock.withLock { _ = children.insert(pid) }
    }

    public static func forgetChild(_ pid: Int32) {
        lock.withLock { _ = children.remove(pid) }
    }

    /// Runs a commit's renames (`body`) so that no signal cleanup runs in the middle of them. A
    /// cleanup that has begun holds the lock until the process exits, so `body` then never runs:
    /// the helper it killed may look to Foundation like a clean exit, and its empty output must not
    /// be moved into place.
    public static func committing<T>(_ body: () throws -> T) rethrows -> T {
        commitLock.lock()
        defer { commitLock.unlock() }
        return try body()
    }

    /// Handles the three signals on a dispatch queue (so the cleanup may take locks and allocate,
    /// unlike a C signal handler): remove the temporaries, then exit as the signal would (128 + N).
    public static func installSignalCleanup() {
        lock.withLock {
            guard sources.isEmpty else { return }
            for number in [SIGINT, SIGTERM, SIGHUP] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler {
                    commitLock.lock()  // never released: the process ends below
                    let (pending, helpers) = lock.withLock { (paths, children) }
                    for helper in helpers {
                        kill(helper, SIGKILL)
                        waitpid(helper, nil, 0)
                    }
                    for path in pending { unlink(path) }
                    _exit(128 + number)
                }
                source.resume()
                sources.append(source)
            }
        }
    }
}
