"""Testing helpers for users of kinerja-core (install the `testing` extra)."""
