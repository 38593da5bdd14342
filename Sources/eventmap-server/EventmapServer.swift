import Answers
import ArgumentParser
import Foundation
import Hummingbird
import Logging

/// `eventmap serve` (which runs this program): the web workbench and the JSON API on one loopback
/// port, answering from one gazetteer loaded at start and shared, read-only, by every request.
@main
struct EventmapServer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eventmap serve",
        abstract: "Serve the web workbench and the JSON API (the CLI's --json answers over HTTP) on this machine.",
        discussion: """
            Open the printed address in a browser. Nothing leaves the machine: every page asset is served from
            eventmap's own web/ folder. Stop with Ctrl-C.
            """)

    @Option(help: "The port to listen on (0: any free port, printed at start).")
    var port = 8080

    @Option(help: "The address to listen on: loopback by default; another address exposes the workbench to that network.")
    var host = "127.0.0.1"

    @Option(help: "Seconds a request may take before it is answered 503.")
    var timeout = 10.0

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
        guard timeout >= 0.1, timeout <= 600 else { throw ValidationError("--timeout must be between 0.1 and 600 seconds.") }
    }

    func run() async throws {
        signal(SIGPIPE, SIG_IGN)
        let workbench: Workbench
        do {
            workbench = try Workbench.load()
        } catch {
            Self.fail("cannot start: \(error)", status: 3)
        }
        if !["127.0.0.1", "::1", "localhost"].contains(host) {
            Self.say("warning: listening on \(host), not loopback: anyone who can reach this address can use the workbench.")
        }
        var logger = Logger(label: "eventmap-serve")
        logger.logLevel = .warning
        let host = self.host
        let app = Application(
            router: APIRoutes(workbench: workbench, timeoutSeconds: timeout).router(),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "eventmap"),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? 0
                let shown = host.contains(":") ? "[\(host)]" : host
                FileHandle.standardOutput.write(Data("eventmap serve: listening on http://\(shown):\(bound)/ (Ctrl-C stops)\n".utf8))
            },
            logger: logger)
        do {
            try await app.runService()
        } catch {
            Self.fail("cannot listen on \(host):\(port): \(error); choose another --port or --host.", status: 3)
        }
    }

    static func say(_ line: String) {
        FileHandle.standardError.write(Data("eventmap serve: \(line)\n".utf8))
    }

    static func fail(_ sentence: String, status: Int32) -> Never {
        say(sentence)
        Foundation.exit(status)
    }
}
