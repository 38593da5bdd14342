import Foundation

/// A value computed the first time it is asked for, then shared by every thread.
///
/// Used for data a command may never need (the admin-1 table) and for the bundled gazetteer
/// itself, so a process reads `gazetteer/` at most once.
final class OnceCell<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    var get: Value {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        let made = make()
        value = made
        return made
    }
}
