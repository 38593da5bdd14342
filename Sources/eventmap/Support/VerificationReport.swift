import Claims

/// A verification as JSON: the keys, plus the range the statement allows.
struct VerificationReport: Encodable {
    let from: PlaceReport
    let to: PlaceReport
    let statedText: String
    let statedMeters: Double
    let computedMeters: Double
    let minMeters: Double
    let maxMeters: Double
    let acceptedMinMeters: Double
    let acceptedMaxMeters: Double
    let differenceMeters: Double
    let relativeDifference: Double
    let verdict: String
    let explanation: String

    init(_ verification: DistanceVerification) {
        from = PlaceReport(verification.from)
        to = PlaceReport(verification.to)
        statedText = verification.stated.text
        statedMeters = verification.stated.length.meters
        computedMeters = verification.computedMeters
        minMeters = verification.minMeters
        maxMeters = verification.maxMeters
        acceptedMinMeters = verification.acceptedMinMeters
        acceptedMaxMeters = verification.acceptedMaxMeters
        differenceMeters = verification.differenceMeters
        relativeDifference = verification.relativeDifference
        verdict = verification.verdict.rawValue
        explanation = verification.explanation
    }
}
