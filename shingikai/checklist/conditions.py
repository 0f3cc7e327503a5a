"""A small condition language for review-checklist rules, stored as JSON in the database.

The secretariat edits rules in the admin, so a condition is data, not code:

    {"empty": FIELDS}                          the fields are blank
    {"filled": FIELDS}                         at least one of the fields has text
    {"contains": FIELDS, "words": [w, ...]}    one of the words occurs in the fields
    {"lacks": FIELDS, "words": [w, ...]}       none of the words occurs (also true when blank)
    {"matches": FIELDS, "pattern": "regex"}    the regular expression matches the fields
    {"all": [condition, ...]}                  every condition holds
    {"any": [condition, ...]}                  at least one condition holds
    {"not": condition}                         the condition does not hold

FIELDS is a field name, a list of names (their texts are read together) or "*" for every
text field of the consultation.  A condition that holds means the rule has a finding.

For "contains", a word counts only where the text does not deny it in the same clause:
「記録媒体は使用しない」 and 「USBメモリの使用は禁止」 do not mention media.  "lacks" looks for
safeguards, often written as bans (再識別を禁止), so there any occurrence counts.

Text is compared after NFKC normalisation and case folding, so ＵＳＢ, usb and USB are the same
word and half-width katakana match full-width.  No Django imports: the CLI, the admin's
validation and the tests use this module directly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

ALL_FIELDS = "*"
_LEAF_KEYS = {
    "empty": set(),
    "filled": set(),
    "contains": {"words"},
    "lacks": {"words"},
    "matches": {"pattern"},
}
_BRANCH_KEYS = {"all", "any"}


class ConditionError(ValueError):
    """A condition that does not follow the language; the message says where (English)."""


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def as_text(value: Any) -> str:
    """Field values as one text: lists (personal-information items) joined with 、."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "、".join(as_text(v) for v in value if as_text(v))
    return str(value).strip()


def _field_names(spec: Any, text_fields: Iterable[str]) -> list[str]:
    if spec == ALL_FIELDS:
        return list(text_fields)
    if isinstance(spec, str):
        return [spec]
    return list(spec)


def _text(data: Mapping[str, Any], spec: Any, text_fields: Iterable[str]) -> str:
    parts = (as_text(data.get(name)) for name in _field_names(spec, text_fields))
    return "\n".join(part for part in parts if part)


@lru_cache(maxsize=256)
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(unicodedata.normalize("NFKC", pattern), re.IGNORECASE)


# What denies a word when it follows it within the clause.  "しないよう" (so as not to) and
# "ない限り" (unless) state a purpose or a condition, not a denial, so they do not count.
_DENIAL = re.compile(
    r"^[^。．.!?！？\n、，,；;]{0,14}?"
    r"(使用しない|使用せず|使用しません|利用しない|利用せず|利用しません|用いない|用いず|使わない|"
    r"使わず|行わない|行わず|行いません|しない|しません|せず|ありません|無い|なし|無し|不要|"
    r"禁止|不可)"
    r"(?!よう|限り|ように|ため)"
)


def _mentions(folded: str, word: str) -> bool:
    """The word occurs somewhere it is not denied."""
    start = folded.find(word)
    while start != -1:
        if not _DENIAL.match(folded[start + len(word) :]):
            return True
        start = folded.find(word, start + 1)
    return False


def fields_named(condition: Mapping[str, Any]) -> set[str]:
    """The fields a (valid) condition reads; "*" reads every field and names none."""
    names: set[str] = set()
    for key, value in condition.items():
        if key in _BRANCH_KEYS:
            for child in value:
                names |= fields_named(child)
        elif key == "not":
            names |= fields_named(value)
        elif key in _LEAF_KEYS and value != ALL_FIELDS:
            names |= {value} if isinstance(value, str) else set(value)
    return names


def holds(
    condition: Mapping[str, Any], data: Mapping[str, Any], text_fields: Iterable[str]
) -> bool:
    """Evaluate a condition (validated beforehand) against a consultation's data."""
    text_fields = tuple(text_fields)
    if "all" in condition:
        return all(holds(c, data, text_fields) for c in condition["all"])
    if "any" in condition:
        return any(holds(c, data, text_fields) for c in condition["any"])
    if "not" in condition:
        return not holds(condition["not"], data, text_fields)
    op = next(key for key in _LEAF_KEYS if key in condition)
    text = _text(data, condition[op], text_fields)
    if op == "empty":
        return not text
    if op == "filled":
        return bool(text)
    if op == "matches":
        return _regex(condition["pattern"]).search(unicodedata.normalize("NFKC", text)) is not None
    folded = normalise(text)
    if op == "contains":
        return any(_mentions(folded, normalise(word)) for word in condition["words"])
    # lacks looks for safeguards, and a safeguard is often a ban (再識別を禁止): any
    # occurrence counts.
    return not any(normalise(word) in folded for word in condition["words"])


def validate(condition: Any, known_fields: Iterable[str], path: str = "$") -> None:
    """Raise ConditionError naming the first problem; a valid condition returns None."""
    known = set(known_fields)
    if not isinstance(condition, dict) or not condition:
        raise ConditionError(f"{path}: a condition must be a non-empty JSON object")
    ops = [key for key in condition if key in _LEAF_KEYS or key in _BRANCH_KEYS or key == "not"]
    if len(ops) != 1:
        raise ConditionError(
            f"{path}: exactly one of empty, filled, contains, lacks, matches, all, any, not "
            f"is needed, found {sorted(condition)}"
        )
    op = ops[0]
    allowed = {op} | _LEAF_KEYS.get(op, set())
    extra = set(condition) - allowed
    if extra:
        raise ConditionError(f"{path}: unexpected keys {sorted(extra)} for {op!r}")
    if op in _BRANCH_KEYS:
        children = condition[op]
        if not isinstance(children, list) or not children:
            raise ConditionError(f"{path}.{op}: a non-empty list of conditions is needed")
        for i, child in enumerate(children):
            validate(child, known, f"{path}.{op}[{i}]")
        return
    if op == "not":
        validate(condition["not"], known, f"{path}.not")
        return
    _validate_fields(condition[op], known, f"{path}.{op}")
    if op in ("contains", "lacks"):
        words = condition.get("words")
        if not isinstance(words, list) or not words:
            raise ConditionError(f"{path}.words: a non-empty list of words is needed")
        if not all(isinstance(w, str) and w.strip() for w in words):
            raise ConditionError(f"{path}.words: every word must be non-empty text")
    if op == "matches":
        pattern = condition.get("pattern")
        if not isinstance(pattern, str) or not pattern:
            raise ConditionError(f"{path}.pattern: a regular expression is needed")
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ConditionError(f"{path}.pattern: not a regular expression ({exc})") from None


def _validate_fields(spec: Any, known: set[str], path: str) -> None:
    if spec == ALL_FIELDS:
        return
    names = [spec] if isinstance(spec, str) else spec
    if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
        raise ConditionError(f'{path}: a field name, a list of field names or "*" is needed')
    unknown = [name for name in names if name not in known]
    if unknown:
        raise ConditionError(f"{path}: unknown fields {unknown}")
