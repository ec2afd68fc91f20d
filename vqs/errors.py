"""The one error type users see: bad input, reported as one clear line (exit code 2 on the CLI).

:class:`VqsError` is defined in :mod:`ansatz.errors` (the bottom of the import graph) so that
:class:`ansatz.CircuitError`, an invalid gene, circuit or circuit file, is a ``VqsError`` too.
"""

from ansatz.errors import VqsError

__all__ = ["VqsError"]
