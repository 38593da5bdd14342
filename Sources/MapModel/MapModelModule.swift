// MapModel: the one in-memory map both renderers draw, built from a spec file (YAML or JSON)
// with every place geocoded, every line measured and every claim verified.
