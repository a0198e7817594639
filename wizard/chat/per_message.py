"""Results kept for one chat message only: the asking part of a message is read by many
modules while one answer is composed (asks, compose, guarantees). A process-wide cache would keep
parents' messages in memory across sessions ("answers live only in the session"); this one lives
in a context variable that `one_message()` sets for the duration of one answer and then drops."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import Any, TypeVar

_MEMO: ContextVar[dict[tuple[Any, ...], Any] | None] = ContextVar("chat_message_memo", default=None)
F = TypeVar("F", bound=Callable[..., Any])


@contextmanager
def one_message() -> Iterator[None]:
    """Within this block, `remembered` functions compute each result once; after it, nothing
    of the message is kept."""
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


@contextmanager
def this_message() -> Iterator[None]:
    """one_message(), unless the caller has opened one already (then its results are shared)."""
    if _MEMO.get() is not None:
        yield
    else:
        with one_message():
            yield


def remembered(fn: F) -> F:
    """Compute fn(*args) once per message (outside one_message(): every time)."""
    name = f"{fn.__module__}.{fn.__qualname__}"  # text.normalise is not safety.normalise
    get = _MEMO.get

    @wraps(fn)
    def wrapper(*args: Any) -> Any:
        memo = get()
        if memo is None:
            return fn(*args)
        key = (name, args)
        found = memo.get(key, _MISSING)  # (one lookup: the nets call these thousands of times)
        if found is _MISSING:
            found = memo[key] = fn(*args)
        return found
    return wrapper  # type: ignore[return-value]


_MISSING = object()
