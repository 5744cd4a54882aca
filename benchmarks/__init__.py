"""Benchmarks of kinerja-core against a plain-Decimal implementation of the same rules."""
