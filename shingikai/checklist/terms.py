"""Personal-information terms (氏名, メールアドレス …) found in text, compared with a declared list.

The dictionary is data: (term, variants) pairs kept in the database and shipped from
data/terms.json.  A product sheet that says "E-mail" or "メアド" mentions the term
メールアドレス; a declared item "保護者のメールアドレス" declares it.  No Django imports.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from shingikai.checklist.conditions import normalise


@dataclass(frozen=True)
class Term:
    name: str
    variants: tuple[str, ...]

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.variants)


def find_terms(text: str, dictionary: Sequence[Term]) -> list[str]:
    """Terms mentioned in the text, in dictionary order.

    Longer spellings win where they overlap, so "メールアドレス" is e-mail and not also an
    address (住所 has no variant "アドレス", but a municipality may add one).
    """
    folded = normalise(text)
    if not folded:
        return []
    spellings = sorted(
        ((normalise(s), term.name) for term in dictionary for s in term.spellings if s.strip()),
        key=lambda pair: -len(pair[0]),
    )
    taken = [False] * len(folded)
    found: set[str] = set()
    for spelling, name in spellings:
        start = folded.find(spelling)
        while start != -1:
            end = start + len(spelling)
            if not any(taken[start:end]):
                taken[start:end] = [True] * (end - start)
                found.add(name)
            start = folded.find(spelling, start + 1)
    return [term.name for term in dictionary if term.name in found]


def declared_terms(items: Iterable[str], dictionary: Sequence[Term]) -> set[str]:
    """Terms the declared items cover.

    Lenient on purpose: an item declares a term when it mentions one of its spellings
    ("保護者の氏名") or is a shorter form of one ("メール" for メールアドレス), so that a
    finding means the item is really missing, not worded differently.
    """
    declared: set[str] = set()
    for item in items:
        declared.update(find_terms(item, dictionary))
        folded = normalise(item).strip()
        if len(folded) < 2:
            continue
        for term in dictionary:
            if any(folded in normalise(s) for s in term.spellings):
                declared.add(term.name)
    return declared


def undeclared_terms(
    texts: Iterable[str], items: Iterable[str], dictionary: Sequence[Term]
) -> list[str]:
    """Terms the texts (attachments) mention that the declared items do not cover."""
    mentioned: list[str] = []
    for text in texts:
        for name in find_terms(text, dictionary):
            if name not in mentioned:
                mentioned.append(name)
    declared = declared_terms(items, dictionary)
    order = [term.name for term in dictionary]
    return sorted((n for n in mentioned if n not in declared), key=order.index)
