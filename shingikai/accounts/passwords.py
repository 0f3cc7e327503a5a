"""Password rules beyond Django's: several kinds of characters, not only length."""

from __future__ import annotations

import string

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

KINDS = {
    "lower": set(string.ascii_lowercase),
    "upper": set(string.ascii_uppercase),
    "digit": set(string.digits),
}


def character_kinds(password: str) -> int:
    kinds = {name for name, chars in KINDS.items() if any(c in chars for c in password)}
    if any(not c.isalnum() or not c.isascii() for c in password):
        kinds.add("symbol")
    return len(kinds)


class CharacterKindsValidator:
    """At least three of: lower case, upper case, digits, symbols (spaces and kana count)."""

    def __init__(self, minimum: int = 3) -> None:
        self.minimum = minimum

    def validate(self, password: str, user=None) -> None:
        if character_kinds(password) < self.minimum:
            raise ValidationError(
                _(
                    "Use at least %(minimum)d of these kinds of characters: lower case, upper "
                    "case, digits and symbols."
                ),
                code="password_too_simple",
                params={"minimum": self.minimum},
            )

    def get_help_text(self) -> str:
        return _(
            "Your password must mix at least %(minimum)d kinds of characters "
            "(lower case, upper case, digits, symbols)."
        ) % {"minimum": self.minimum}
