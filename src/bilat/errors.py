"""Errors bilat reports to people: one line each, naming the input."""


class BilatError(Exception):
    """A problem the CLI prints as one clean line (no traceback)."""


class InputError(BilatError):
    """One input could not be read; the run goes on with the rest."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
