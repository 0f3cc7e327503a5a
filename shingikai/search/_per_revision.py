"""A value each search process keeps in memory until the index changes.

Every index write bumps `MeaningRevision`; a process compares the token it loaded with the
current one (one indexed read) and loads again when they differ. The documents' meaning
vectors (`_fusion`) and facet columns (`_facts`) are kept this way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from shingikai.search.models import MeaningRevision

T = TypeVar("T")


class PerRevision(Generic[T]):
    def __init__(self, load: Callable[[], T]) -> None:
        self._load = load
        self._lock = threading.Lock()
        self._token: str | None = None
        self._value: T | None = None

    def get(self) -> T:
        token = MeaningRevision.current()
        with self._lock:
            if self._value is not None and self._token == token:
                return self._value
        value = self._load()
        with self._lock:
            self._token, self._value = token, value
        return value

    def reset(self) -> None:
        with self._lock:
            self._token = self._value = None
