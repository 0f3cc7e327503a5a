"""Leak check: random spans marked non-disclosable never reach any public output.

Loads the demo into a fresh SQLite database and, over --rounds rounds, fills the published
meeting's texts (minutes, the consultation's 諮問書 sections, the decision's opinion, the
utterances) with runs of unique tokens (甲0001乙…), marks --spans random spans as
non-disclosable, and reads every public output as an anonymous visitor: the portal, the
meeting page, the minutes as PDF and DOCX, the 答申書 page, PDF and DOCX, the consultation's
public page, the public file register, and the anonymous search (queries for hidden tokens).
Any hidden piece found in any output is a leak. It also checks that the secretariat still
sees every hidden piece on its redaction page. Prints spans, outputs checked and leaks.

Run: .venv/bin/python bench/leak.py [--rounds 25] [--spans 40]   (1,000 spans by default)
There is no feed (RSS/Atom) in Shingikai, so there is none to check.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def setup() -> None:
    os.environ["SHINGIKAI_DATA_DIR"] = tempfile.mkdtemp(prefix="shingikai-leak-")
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shingikai.settings")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    import logging

    import django

    django.setup()
    logging.disable(logging.WARNING)
    from django.core.management import call_command

    from shingikai.front.demo import load_demo

    call_command("migrate", verbosity=0)
    load_demo()


def page_text(html: bytes) -> str:
    return re.sub(r"<[^>]*>", "", html.decode("utf-8", "replace"))


def tokens(prefix: str, count: int) -> str:
    # Every 9-character piece of such a run occurs once, so finding one means it leaked.
    return "".join(f"{prefix}{i:04d}" for i in range(count))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=25)
    parser.add_argument("--spans", type=int, default=40, help="spans marked per round")
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    setup()
    from django.test import Client
    from django.urls import NoReverseMatch, reverse

    from shingikai.accounts.models import User
    from shingikai.consultations.models import Consultation
    from shingikai.documents.models import MeetingMinutes
    from shingikai.documents.tests.pdftext import docx_text, pdf_text, squeeze
    from shingikai.publication import services
    from shingikai.publication.models import Redaction

    try:
        search_url = reverse("search:index")
    except NoReverseMatch:
        search_url = None
    rng = random.Random(args.seed)
    alice = User.objects.get(username="jimukyoku")
    minutes = MeetingMinutes.objects.get(meeting__publication__isnull=False)
    meeting = minutes.meeting
    consultation = Consultation.objects.get(agenda_items__meeting=meeting)
    decision = consultation.decisions.get(meeting=meeting)
    utterances = list(consultation.utterances.filter(meeting=meeting))
    anonymous, secretariat = Client(), Client()
    secretariat.force_login(alice)

    spans_marked = outputs_checked = leaks = lost = visible_checked = visible_found = 0
    started = time.perf_counter()
    for round_ in range(args.rounds):
        Redaction.objects.all().delete()
        texts = {
            (minutes, "proceedings"): tokens("甲", 120),
            (consultation, "outline"): tokens("乙", 60),
            (consultation, "disposal_method"): tokens("丙", 40),
            (consultation, "contractor"): tokens("丁", 20),
            (decision, "opinion"): tokens("戊", 40),
            **{(u, "text"): tokens(chr(0x5DF1 + i), 30) for i, u in enumerate(utterances)},
        }
        for (obj, field), text in texts.items():
            setattr(obj, field, f"{round_:02d}{text}")
            obj.save(update_fields=[field])
        hidden: list[str] = []
        hidden_ranges: dict[tuple, list[range]] = {key: [] for key in texts}
        targets = list(texts)
        for _ in range(args.spans):
            obj, field = rng.choice(targets)
            text = getattr(obj, field)
            size = rng.randint(9, 30)
            start = rng.randint(0, len(text) - size)
            services.mark(meeting, obj, field, start, start + size, "情報公開条例第7条第2号", alice)
            hidden.append(text[start : start + size])
            hidden_ranges[(obj, field)].append(range(start, start + size))
        spans_marked += len(hidden)

        get = lambda url: anonymous.get(url).content  # noqa: E731
        outputs = {
            "portal": page_text(get("/public/")),
            "meeting page": page_text(get(f"/public/meetings/{meeting.pk}/")),
            "minutes pdf": pdf_text(get(f"/public/meetings/{meeting.pk}/minutes.pdf")),
            "minutes docx": docx_text(get(f"/public/meetings/{meeting.pk}/minutes.docx")),
            "answer page": page_text(get(f"/public/answers/{decision.pk}/")),
            "answer pdf": pdf_text(get(f"/public/answers/{decision.pk}.pdf")),
            "answer docx": docx_text(get(f"/public/answers/{decision.pk}.docx")),
            "consultation page": page_text(get(f"/public/consultations/{consultation.pk}/")),
            "public register": page_text(get("/registers/public/")),
        }
        if search_url:
            for piece in rng.sample(hidden, min(5, len(hidden))):
                query = piece[:5]
                outputs[f"search {query}"] = page_text(get(f"{search_url}?q={query}"))
        outputs = {name: squeeze(text) for name, text in outputs.items()}
        outputs_checked += len(outputs)
        for piece in hidden:
            for name, text in outputs.items():
                if piece in text:
                    leaks += 1
                    print(f"LEAK round {round_}: {piece} in the public {name}")
        # The check must be able to fail: a piece nobody hid is found in the public outputs.
        everything = "".join(outputs.values())
        for (obj, field), ranges in hidden_ranges.items():
            if field == "text":
                continue  # utterances reach the public only through search, for matching words
            text = getattr(obj, field)
            free = next(
                (
                    i
                    for i in range(0, len(text) - 9, 3)
                    if not any(i + 9 > r.start and i < r.stop for r in ranges)
                ),
                None,
            )
            if free is not None:
                visible_checked += 1
                found = text[free : free + 9] in everything
                visible_found += found
                if not found and args.verbose:
                    print(f"not in any public output: {obj._meta.model_name}.{field}")
        manage = squeeze(page_text(secretariat.get(f"/public/manage/{meeting.pk}/").content))
        lost += sum(piece not in manage for piece in hidden)
    elapsed = time.perf_counter() - started
    print(
        f"spans marked: {spans_marked} over {args.rounds} rounds; public outputs checked: "
        f"{outputs_checked} (anonymous search {'included' if search_url else 'not installed'}); "
        f"leaks: {leaks}; hidden pieces the secretariat could not see: {lost}; "
        f"unhidden pieces found in public outputs: {visible_found}/{visible_checked}; "
        f"{elapsed:.0f} s"
    )
    sys.exit(1 if leaks or lost or visible_found < visible_checked else 0)


if __name__ == "__main__":
    main()
