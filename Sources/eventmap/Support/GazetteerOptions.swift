import Answers
import ArgumentParser
import Foundation
import Gazetteer

/// `--gazetteer FILE`, shared by every subcommand that turns names into places.
struct GazetteerOptions: ParsableArguments {
    @Option(
        name: .customLong("gazetteer"),
        help: ArgumentHelp(
            "A TSV of extra places that adds to or overrides the bundled gazetteer (columns as in gazetteer/sites.tsv).",
            valueName: "file"))
    var customFiles: [String] = []

    @Flag(help: "Compute with a spelling guess when a name is not in the gazetteer (each guess is a warning on stderr).")
    var acceptGuesses = false

    /// Options for the commands that compute: spelling guesses refused unless --accept-guesses.
    var geocodeOptions: GeocodeOptions { GeocodeOptions(acceptsGuesses: acceptGuesses) }

    /// The bundled gazetteer with every `--gazetteer` file added, in order.
    func load() throws -> Gazetteer {
        try customFiles.reduce(try Gazetteer.load(directory: try DataFiles.gazetteerDirectory())) { gazetteer, path in
            // Read with a limit: a row costs about 17 bytes of memory a byte once parsed.
            let text = try InputFile.text(path, limit: .gazetteer)
            return gazetteer.adding(try CustomGazetteerFile.parse(text, path: path, countries: gazetteer.countries))
        }
    }
}
