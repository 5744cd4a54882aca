"""`python -m kinerja_core`: the command line (see `kinerja_core.cli`)."""

from kinerja_core.cli import main

raise SystemExit(main())
