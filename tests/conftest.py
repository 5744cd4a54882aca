"""Test configuration: hypothesis profiles.

`dev` (default) keeps the suite quick; `ci` (selected when the environment variable CI is set,
or explicitly with HYPOTHESIS_PROFILE=ci) runs more examples.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci",
    max_examples=150,  # keeps the whole CI (a fresh 2-core machine) well under 10 minutes
    deadline=None,
    derandomize=False,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
