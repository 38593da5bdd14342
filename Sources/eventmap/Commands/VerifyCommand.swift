import Answers
import ArgumentParser
import Foundation
import Gazetteer
import Geodesy
import Verification

/// `eventmap verify A B --stated "460 km"`: is a reported distance right?
struct VerifyCommand: ParsableCommand, MeasuringCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a stated distance between two places, or a place and an area, against the geodesic on WGS84.",
        discussion: """
            The statement is read as written: "460 km" means 455–465 km, "460.3 km" 460.25–460.35 km (half a
            unit of the last significant digit, at most 5%); "about", "some" keep it two-sided, "more than",
            "over", "at least" make it a lower bound, "up to", "less than", "within" an upper bound, "nearly",
            "almost" a value just below. Cities are not points: each place has an extent (from the gazetteer,
            or a disc of its population at 3,000 people per km², 1–40 km).
            Verdicts: consistent (centres agree), plausible (only the places' edges agree), inconsistent.
            Either end may be an area, as in 'distance' ("Yemen", "the Russian border", "coast"): the distance
            then runs to its nearest boundary point.
            Exit code 0 for consistent or plausible, 1 for inconsistent.
            """)

    @Argument(parsing: .allUnrecognized, help: "From and to: place names or coordinates.")
    var places: [String] = []

    @Option(
        parsing: .unconditional, help: "The distance as the report states it, e.g. \"460 km\", \"about 285 miles\", \"more than 400 km\".",
        transform: { try StatedDistance.parse($0, hedges: try DataFiles.wordLists().hedges) })
    var stated: StatedDistance?

    @Flag(help: "Read JSON Lines {\"from\", \"to\", \"stated\", \"tolerance\"?, \"id\"?} from the file given (or -); one JSON line each.")
    var batch = false

    @Option(help: "With --batch: claims checked at once, at most the cores there are (default: all of them).")
    var threads: Int?

    @Option(
        parsing: .unconditional, help: "Extra leeway: a percentage of the stated distance (\"3%\", the default) or a length (\"10 km\").",
        transform: Tolerance.parse)
    var tolerance: Tolerance = .standard

    @OptionGroup var gazetteer: GazetteerOptions
    @OptionGroup var areas: AreaOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if batch {
            guard places.count <= 1, stated == nil else {
                throw ValidationError("--batch reads claims from one file (or -); give only its path, each line with its own 'stated'.")
            }
            if let threads, threads < 1 { throw ValidationError("--threads must be 1 or more.") }
            return
        }
        try PlaceArguments.check(places, count: 2, command: "verify", example: "Wonsan Busan --stated \"460 km\"")
        guard stated != nil else { throw ValidationError("Missing expected argument '--stated <stated>'.") }
        if threads != nil { throw ValidationError("--threads is for --batch; one claim is checked on one core.") }
    }

    func run() throws {
        if batch {
            return try VerifyLines(threads: threads, tolerance: tolerance, geocodeOptions: gazetteer.geocodeOptions).run(
                places.first ?? "-", resolver: areas.resolver(try gazetteer.load()), hedges: try DataFiles.wordLists().hedges)
        }
        guard let stated else { throw ValidationError("Missing expected argument '--stated <stated>'.") }
        let checked = try VerificationReport.check(
            from: places[0], to: places[1], stated: stated, tolerance: tolerance, resolver: areas.resolver(try gazetteer.load()),
            options: gazetteer.geocodeOptions)
        let verification = checked.verification
        if !output.json { Warnings.print(checked.report.warnings) }
        try output.emit(checked.report) {
            let measured = verification.measured
            let nearest =
                verification.from.place != nil && verification.to.place != nil
                ? "" : "\nfrom \(PointReport.text(measured.nearestFrom)) to \(PointReport.text(measured.nearestTo))"
            return verification.explanation + nearest
        }
        if verification.verdict == .inconsistent { throw CheckFailed() }
    }
}
