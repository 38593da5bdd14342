import Answers
import ArgumentParser
import Foundation

/// `eventmap serve`: runs the web workbench, a program of its own (`eventmap-server`, built beside
/// `eventmap`), so that the CLI does not link or start the HTTP server.
struct ServeCommand: ParsableCommand, MeasuringCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web workbench and JSON API on this machine (http://127.0.0.1:8080/ by default).",
        discussion: """
            The API gives the same JSON as --json: GET /api/geocode?q=, GET /api/distance?from=&to=, POST /api/verify,
            POST /api/extract, POST /api/render?format=svg|geojson|png|…, GET /api/health, GET /api/version.
            See the README's "Web workbench".
            """)

    @Option(help: "The port to listen on (0: any free port, printed at start).")
    var port = 8080

    @Option(help: "The address to listen on: loopback by default.")
    var host = "127.0.0.1"

    @Option(help: "Seconds a request may take before it is answered 503.")
    var timeout = 10.0

    func run() throws {
        let own = URL(fileURLWithPath: CommandLine.arguments.first ?? "eventmap").resolvingSymlinksInPath()
        let server = own.deletingLastPathComponent().appendingPathComponent("eventmap-server").path
        guard FileManager.default.isExecutableFile(atPath: server) else {
            throw IOFailure(
                description: "Cannot find the workbench server \(server); build it beside eventmap (swift build --product "
                    + "eventmap-server, or make build).")
        }
        let arguments = [server, "--port", String(port), "--host", host, "--timeout", String(timeout)]
        var pointers = arguments.map { strdup($0) } + [nil]
        execv(server, &pointers)
        throw IOFailure(description: "Cannot start \(server): \(String(cString: strerror(errno))).")
    }
}
