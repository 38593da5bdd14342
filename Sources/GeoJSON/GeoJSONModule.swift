// GeoJSON: the RFC 7946 sink for a MapModel, and the validator for GeoJSON files from any tool.
