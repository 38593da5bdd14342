import Foundation

/// The one home of writing a whole buffer to a file descriptor, retrying short writes and EINTR.
public enum FileDescriptor {
    /// Why a write failed: the system's reason ("No space left on device").
    public struct WriteFailure: Error {
        public let reason: String
    }

    public static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) throws(WriteFailure) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteFailure(reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }
}
