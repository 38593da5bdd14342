import Answers
import ArgumentParser
import Foundation
import Geodesy

/// The options `distance --batch` and `destination --batch` share (GeodSolve's `-p` and `-f`, and
/// the cores to use), and the one way both run and report a batch.
struct GeodesicBatchOptions: ParsableArguments {
    @Option(
        name: [.customShort("p"), .long],
        help: "With --batch: decimals for metres (angles get five more), 0…10, as GeodSolve's -p.")
    var precision = 3

    @Flag(
        name: [.customShort("f"), .customLong("full")],
        help: "With --batch: GeodSolve's full output, lat1 lon1 azi1 lat2 lon2 azi2 s12 a12 m12 M12 M21 S12.")
    var full = false

    @Option(help: "With --batch: lines answered at once, at most the cores there are (default: all of them).")
    var threads: Int?

    /// Checks the options against whether `--batch` was given.
    func validate(batch: Bool) throws {
        guard batch else {
            if precision != 3 || full || threads != nil {
                throw ValidationError("--precision, --full (-f) and --threads are for --batch.")
            }
            return
        }
        guard (0...10).contains(precision) else { throw ValidationError("--precision must be between 0 and 10.") }
        if let threads, threads < 1 { throw ValidationError("--threads must be 1 or more.") }
    }

    /// Answers standard input on standard output with `mode`, on `--threads` cores.
    /// - Throws: `InputError` (exit 2) after the run when any line was bad, naming the first;
    ///   `BatchError` (exit 3) when a stream fails.
    func run(_ mode: some BatchMode) throws {
        let stream = BatchStream(threads: OrderedParallelMap.threads(requested: threads))
        let summary = try stream.run(mode, input: STDIN_FILENO, output: STDOUT_FILENO)
        guard let first = summary.firstFailure else { return }
        throw InputError(
            description: "\(summary.failedLines) of \(summary.lines) lines could not be read (the first: \(first)); "
                + "give \(mode.columns.list) in \(mode.columns.units) a line, "
                + "and see the ERROR lines in the output.")
    }
}
