"""Entry point of passend for hypothesis (``[project.entry-points.hypothesis]``).

Hypothesis imports this module on every ``import hypothesis``. It lies outside the ``passend``
package on purpose: importing anything inside it would import all of passend (some 40 ms) in
test suites that never use passend. Only when passend is already imported are its classes
registered now; otherwise passend registers them itself when it is imported.
"""

from __future__ import annotations

import sys


def _hypothesis_setup_hook() -> None:
    if "passend" in sys.modules:
        from passend._hypothesis import registreer

        registreer()
