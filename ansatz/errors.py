"""The root of the repository's error classes: invalid input, reported to the user as one line.

It lives here, at the bottom of the import graph, so that :class:`ansatz.CircuitError` can derive
from it while ``ansatz`` imports nothing of ``vqs``; :mod:`vqs.errors` re-exports it as the one
error type of the vqs API. ``except vqs.VqsError`` therefore catches a bad circuit file too.
"""


class VqsError(ValueError):
    """Invalid input (arguments, configs, files). The message is shown to the user as is."""
