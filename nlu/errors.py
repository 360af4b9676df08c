"""The NLU's own exceptions; callers react to these types, never to message text."""

from __future__ import annotations


class NLUError(Exception):
    """Base class of every error raised by the ``nlu`` package."""


class TrainingDataError(NLUError):
    """Training data that cannot be read: bad YAML, unknown keys, broken annotations."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(f"{source}: {message}" if source else message)
        self.source = source


class ModelError(NLUError):
    """A saved model that is missing, corrupt or of another format version."""


class ClassifierUnavailable(NLUError):
    """A remote classifier (the Rasa server) did not answer usefully."""
