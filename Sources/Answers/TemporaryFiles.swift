import Dispatch
import Foundation

/// Every temporary file the process has created and not yet renamed or removed, so that SIGINT,
/// SIGTERM or SIGHUP in the middle of a long render leaves nothing behind.
public enum TemporaryFiles {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var paths: Set<String> = []
    nonisolated(unsafe) private static var children: Set<Int32> = []
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

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

    /// Handles the three signals on a dispatch queue (so the cleanup may take locks and allocate,
    /// unlike a C signal handler): remove the temporaries, then exit as the signal would (128 + N).
    public static func installSignalCleanup() {
        lock.withLock {
            guard sources.isEmpty else { return }
            for number in [SIGINT, SIGTERM, SIGHUP] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler {
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
