import Answers
import ArgumentParser
import Foundation
import Geodesy

/// The root command. Subcommands live one per file in `Commands/`; all real work is in the library targets.
@main
struct Eventmap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eventmap",
        abstract: "Turn reports of events at named places into checked geography.",
        discussion: """
            Exit codes: 0 ok, 1 a check ran and failed, 2 usage or input error, 3 I/O error.
            Every subcommand prints plain text for people, or JSON with --json.
            """,
        version: EventmapVersion.current,
        subcommands: [
            VersionCommand.self,
            GeocodeCommand.self,
            DistanceCommand.self,
            DestinationCommand.self,
            WithinCommand.self,
            VerifyCommand.self,
            ExtractCommand.self,
            RenderCommand.self,
            ValidateCommand.self,
            ServeCommand.self,
        ]
    )

    /// Parses, runs, and turns every failure into one sentence on stderr and a documented exit code.
    static func main() {
        // A closed pipe on stdout becomes EPIPE, reported as an I/O error, instead of a silent death.
        signal(SIGPIPE, SIG_IGN)
        // Past a file-size limit (ulimit -f) a write fails with EFBIG, reported and cleaned up like any
        // full disk, instead of SIGXFSZ killing the run and leaving its temporaries.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            if command is MeasuringCommand { PROJLibrary.loadInBackground() }
            try command.run()
            PROJLibrary.waitForBackgroundLoad()
        } catch {
            PROJLibrary.waitForBackgroundLoad()
            ErrorReporter.exit(with: error, command: Eventmap.self)
        }
    }
}
