"""Reference data the system ships for councils: the section sets of the 諮問書.

Idempotent and safe to run at any time (after migrate, from a seed command, in tests): a
set that exists is left as the secretariat edited it, and only grounds that have no set
yet get one, chosen by the words of their name (目的外利用・外部提供 → purpose).
"""

from __future__ import annotations

from shingikai.consultations import schema


def ground_set_code(name: str, shipped: list[dict] | None = None) -> str | None:
    """The shipped set whose longest word occurs in a ground's name (first in file order)."""
    best: tuple[int, str] | None = None
    for entry in shipped if shipped is not None else schema.shipped_sets():
        for word in entry.get("ground_words", []):
            if word in name and (best is None or len(word) > best[0]):
                best = (len(word), entry["code"])
    return best[1] if best else None


def models() -> list:
    """For councils.seeding.run_seeds: the tables this seed fills."""
    from shingikai.councils.models import Ground, SectionSet

    return [SectionSet, Ground]


def seed() -> int:
    from shingikai.councils.models import SectionSet

    before = SectionSet.objects.count()
    seed_section_sets()
    return SectionSet.objects.count() - before


def seed_section_sets() -> None:
    from shingikai.councils.models import Ground, SectionSet

    shipped = schema.shipped_sets()
    rows = {}
    for order, entry in enumerate(shipped):
        rows[entry["code"]], _ = SectionSet.objects.get_or_create(
            code=entry["code"],
            defaults={"name": entry["name"], "sections": entry["sections"], "order": order},
        )
    for ground in Ground.objects.filter(section_set__isnull=True):
        code = ground_set_code(ground.name, shipped)
        if code is not None:
            ground.section_set = rows[code]
            ground.save(update_fields=["section_set"])


PRESET_FIELDS = (
    "numbering_scheme",
    "deputy_title",
    "answer_number_format",
    "answer_intro",
    "outcomes",
)


def apply_preset(council, code: str) -> None:
    """Give a council one of the shipped vocabularies (councils/data/council_presets.json):
    numbering, outcomes and their 答申 wording, the deputy's title, the 答申書's heading."""
    from shingikai.councils import vocabulary

    entry = vocabulary.preset(code)
    for name in PRESET_FIELDS:
        setattr(council, name, entry[name])
    council.save(update_fields=list(PRESET_FIELDS))
