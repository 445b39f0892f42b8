"""asyncio.exceptions - the exceptions of Glass's asyncio (CPython 3.11 names)."""

__all__ = ('CancelledError', 'InvalidStateError', 'TimeoutError', 'QueueEmpty',
           'QueueFull')


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


TimeoutError = TimeoutError  # the builtin, as in CPython 3.11


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


class QueueFull(Exception):
    """Raised when Queue.put_nowait() is called on a full Queue."""
