"""The one error type users see: bad input, reported as one clear line (exit code 2 on the CLI)."""


class VqsError(ValueError):
    """Invalid input (arguments, configs, files). The message is shown to the user as is."""
