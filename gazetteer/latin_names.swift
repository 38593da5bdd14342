// Transliterates names to Latin with ICU (through Foundation) for gazetteer/given_names.py: reads
// "TRANSFORM<TAB>NAME" lines and prints the Latin form of each, one a line, in the same order.
// TRANSFORM is an ICU transform ID such as "Ukrainian-Latin/BGN" or "Han-Latin".
import Foundation

while let line = readLine() {
    let fields = line.split(separator: "\t", maxSplits: 1).map(String.init)
    guard fields.count == 2 else {
        print("")
        continue
    }
    let latin = fields[1].applyingTransform(StringTransform(rawValue: fields[0]), reverse: false) ?? ""
    print(latin)
}
