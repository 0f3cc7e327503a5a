"""Pure-Python parser for personal-information protection council minutes (会議録/要録).

Public API::

    parse_minutes(text, *, source="") -> dict      # the JSON contract, docs/minutes-json.md
    parse_minutes_bytes(data, source="") -> dict   # decode (UTF-8/Shift_JIS/CP932/HTML) + parse
    decode_bytes(data) -> str                      # just the decoding, with MinutesError
    plain_text(text) -> str                        # HTML to text, width-normalised (for storage)
    parse_minutes_with_text(text, source="")       # (parse_minutes(text), plain_text(text))
    accuracy(expected, actual) -> {field: (precision, recall)}
    outcome_unstated(item) -> bool                 # a consultation the minutes leave undecided
    MinutesError                                   # ValueError for unreadable input

No Django imports: the parser is used by import scripts, the CLI and tests alike.
"""

from ._accuracy import FIELDS, accuracy, accuracy_counts, wrong_and_flagged
from ._confidence import outcome_unstated
from ._decode import MinutesError, decode_bytes
from ._parse import parse_minutes, parse_minutes_bytes, parse_minutes_with_text, plain_text

__all__ = [
    "FIELDS",
    "MinutesError",
    "accuracy",
    "accuracy_counts",
    "wrong_and_flagged",
    "outcome_unstated",
    "decode_bytes",
    "parse_minutes",
    "parse_minutes_bytes",
    "parse_minutes_with_text",
    "plain_text",
]
