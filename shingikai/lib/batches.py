"""Fixed-size batches of any iterable (itertools.batched arrives only in Python 3.12)."""

from collections.abc import Iterable, Iterator
from itertools import islice


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Lists of `size` items in order, the last one shorter; nothing for no items."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
