"""Mode Kabupaten use cases: merge village packages, villages, cases, verification, feedback,
restore packages."""
