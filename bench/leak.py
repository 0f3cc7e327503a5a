"""Leak check: random spans marked non-disclosable never reach any public output.

Loads the demo into a fresh SQLite database and, over --rounds rounds, fills every kind of
text of the published meeting with runs of unique tokens (甲0001乙…): the minutes, the
consultation's title and 諮問書 sections, the decision's opinion, the recorded turns, the
meeting's place, contact and reason for closing, a free-text agenda item, a staff name, an
attachment title, a follow-up closed at the meeting, and a second consultation deliberated
in closed session (非公開の議題: its title, 諮問書, turns and opinion are never public).
It marks --spans random spans as non-disclosable, then:

- copies some withheld spans into *other* texts of the meeting before publishing (the same
  words standing in a turn, an opinion or a title);
- publishes (the 諮問書 and the attachment chosen), reads every public output as an
  anonymous visitor: the portal, the meeting page, the minutes as PDF and DOCX, the 答申書
  page, PDF and DOCX, the consultation's public page, the public file register, and the
  anonymous search (queries for hidden pieces);
- after publication re-types withheld spans: through the services (which must refuse while
  the meeting is published), and straight into the rows (as an edit from elsewhere would),
  and reads every output again.

Any hidden piece found in any output is a leak. The control pieces (9 characters nobody hid)
must still be found in the public outputs, and the secretariat must still see every hidden
piece on its redaction page. Prints spans, outputs checked, leaks, refused edits.

Run: .venv/bin/python bench/leak.py [--rounds 10] [--spans 200]   (2,000 spans by default)
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
GROUND = "情報公開条例第7条第2号"


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


class Scene:
    """The published meeting of the demo and one object of every kind of text it has."""

    def __init__(self) -> None:
        from django.core.files.base import ContentFile

        from shingikai.accounts.models import User
        from shingikai.consultations import services as consultations
        from shingikai.consultations.models import Attachment, Consultation
        from shingikai.documents.models import MeetingMinutes
        from shingikai.meetings.models import StaffAttendance
        from shingikai.publication import services

        self.alice = User.objects.get(username="jimukyoku")
        self.minutes = MeetingMinutes.objects.get(meeting__publication__isnull=False)
        self.meeting = self.minutes.meeting
        services.withdraw(self.meeting, self.alice, "leak check")
        self.consultation = Consultation.objects.get(agenda_items__meeting=self.meeting)
        self.decision = self.consultation.decisions.get(meeting=self.meeting)
        self.utterances = list(self.consultation.utterances.filter(meeting=self.meeting))
        self.item = consultations.add_agenda_item(self.meeting, "report", "報告")
        self.staff = StaffAttendance.objects.create(
            meeting=self.meeting, kind=StaffAttendance.Kind.EXPLAINER, name="職員", position=""
        )
        self.attachment = Attachment.objects.create(
            consultation=self.consultation,
            title="資料",
            file=ContentFile(b"attachment", name="a.txt"),
            uploaded_by=self.alice,
        )
        self.closed_item = self._closed_item(consultations)
        self.followup = consultations.raise_followup(
            meeting=self.meeting,
            owner=self.consultation.department,
            consultation=self.consultation,
            due="next_meeting",
            what="報告",
        )

    def _closed_item(self, consultations):
        """A second consultation deliberated at the meeting in closed session (非公開の議題):
        none of its texts may reach any public output, redacted or not."""
        from shingikai.consultations.models import Consultation, Outcome, Utterance
        from shingikai.meetings import services as meeting_services

        closed = Consultation.objects.create(
            council=self.meeting.council,
            department=self.consultation.department,
            title="非公開審議の諮問",
            created_by=self.alice,
            consulted_on=self.meeting.date,  # handed over at the meeting it was decided at
        )
        closed.grounds.set(self.consultation.grounds.all())
        consultations.submit(closed, self.alice)
        item = consultations.put_on_agenda(closed, self.meeting, self.alice)
        consultations.record_utterance(
            closed,
            self.meeting,
            speaker="委員",
            role=Utterance.Role.MEMBER,
            act=Utterance.Act.QUESTION,
            text="質問",
        )
        consultations.record_decision(closed, self.meeting, Outcome.APPROVED, "", self.alice)
        meeting_services.set_item_closed(item, True, "個人に関する情報を含むため", self.alice)
        self.closed_consultation = closed
        return item

    def closed_item_texts(self, round_: int) -> dict[tuple, str]:
        closed = self.closed_consultation
        return {
            (closed, "title"): f"{round_:02d}{tokens('巳', 40)}",
            (closed, "outline"): f"{round_:02d}{tokens('午', 80)}",
            (closed.utterances.get(), "text"): f"{round_:02d}{tokens('未', 60)}",
            (closed.decisions.get(), "opinion"): f"{round_:02d}{tokens('申', 60)}",
        }

    def texts(self, round_: int) -> dict[tuple, str]:
        """(object, field) -> fresh text of unique tokens. Lengths fit the fields."""
        pieces = {
            (self.minutes, "proceedings"): self.proceedings(),
            (self.consultation, "title"): tokens("乙", 50),
            (self.consultation, "outline"): tokens("丙", 200),
            (self.consultation, "disposal_method"): tokens("丁", 120),
            (self.consultation, "contractor"): tokens("戊", 30),
            (self.decision, "opinion"): tokens("己", 150),
            (self.meeting, "place"): tokens("庚", 30),
            (self.meeting, "contact"): tokens("辛", 30),
            (self.meeting, "closed_reason"): tokens("壬", 30),
            (self.item, "title"): tokens("癸", 50),
            (self.staff, "name"): tokens("子", 16),
            (self.attachment, "title"): tokens("丑", 30),
            **{(u, "text"): tokens(chr(0x5BC5 + i), 80) for i, u in enumerate(self.utterances)},
        }
        return {key: f"{round_:02d}{text}" for key, text in pieces.items()}

    def proceedings(self) -> str:
        """The minutes body with the closed item's part between its markers, as the minutes of
        a meeting with a closed item must have it (without them the whole body is withheld,
        and no span in it would be tested)."""
        from shingikai.documents.proceedings import CLOSED_END, CLOSED_START

        return tokens("甲", 300) + CLOSED_START + tokens("酉", 60) + CLOSED_END + tokens("戌", 300)

    def closed_texts(self, round_: int) -> dict[str, str]:
        return {
            "what": f"{round_:02d}{tokens('卯', 30)}",
            "report": f"{round_:02d}{tokens('辰', 30)}",
        }


def closed_range(text: str) -> tuple[range, str]:
    """Where the closed part stands in the minutes body (its markers included), and its text."""
    from shingikai.documents.proceedings import CLOSED_END, CLOSED_START

    start, end = text.index(CLOSED_START), text.index(CLOSED_END)
    return range(start, end + len(CLOSED_END)), text[start + len(CLOSED_START) : end]


def write(obj, field: str, text: str) -> None:
    """Straight into the row, as an edit from elsewhere (or a restore) would."""
    type(obj).objects.filter(pk=obj.pk).update(**{field: text})
    setattr(obj, field, text)


def public_outputs(anonymous, scene, rng, hidden, search_url) -> dict[str, str]:
    from shingikai.documents.tests.pdftext import docx_text, pdf_text, squeeze

    meeting, decision = scene.meeting, scene.decision

    def get(url: str) -> bytes:
        response = anonymous.get(url)
        return response.content if response.status_code == 200 else b""

    outputs = {
        "portal": page_text(get("/public/")),
        "meeting page": page_text(get(f"/public/meetings/{meeting.pk}/")),
        "minutes pdf": pdf_text(get(f"/public/meetings/{meeting.pk}/minutes.pdf")),
        "minutes docx": docx_text(get(f"/public/meetings/{meeting.pk}/minutes.docx")),
        "answer page": page_text(get(f"/public/answers/{decision.pk}/")),
        "answer pdf": pdf_text(get(f"/public/answers/{decision.pk}.pdf")),
        "answer docx": docx_text(get(f"/public/answers/{decision.pk}.docx")),
        "consultation page": page_text(get(f"/public/consultations/{scene.consultation.pk}/")),
        "public register": page_text(get("/registers/public/")),
    }
    if search_url:
        for piece in rng.sample(hidden, min(5, len(hidden))):
            query = piece[:5]
            outputs[f"search {query}"] = page_text(get(f"{search_url}?q={query}"))
    return {name: squeeze(text) for name, text in outputs.items()}


def count_leaks(outputs, hidden, label: str) -> int:
    leaks = 0
    for piece in hidden:
        for name, text in outputs.items():
            if piece in text:
                leaks += 1
                print(f"LEAK {label}: {piece} in the public {name}")
    return leaks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--spans", type=int, default=200, help="spans marked per round")
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    setup()
    from django.db import transaction
    from django.test import Client
    from django.urls import NoReverseMatch, reverse

    from shingikai.consultations import services as consultations
    from shingikai.consultations.models import Report
    from shingikai.documents import services as documents
    from shingikai.documents.tests.pdftext import squeeze
    from shingikai.publication import services
    from shingikai.publication.guard import PublishedMeetingLocked
    from shingikai.publication.models import Redaction
    from shingikai.search._index import refresh

    try:
        search_url = reverse("search:index")
    except NoReverseMatch:
        search_url = None
    rng = random.Random(args.seed)
    scene = Scene()
    anonymous, secretariat = Client(), Client()
    secretariat.force_login(scene.alice)
    # Shown to the public only through search (turns) or never (closed follow-ups): no
    # control piece is expected from them.
    not_shown = {"text"}

    figures = dict(spans=0, copies=0, retyped=0, refused=0, outputs=0, leaks=0, lost=0)
    visible_checked = visible_found = 0
    started = time.perf_counter()
    for round_ in range(args.rounds):
        Redaction.objects.all().delete()
        texts = scene.texts(round_)
        for (obj, field), text in texts.items():
            write(obj, field, text)
        closed = scene.closed_texts(round_)
        # Reopened for the next round (the product never reopens one): its report item goes.
        Report.objects.filter(followup=scene.followup).delete()
        type(scene.followup).objects.filter(pk=scene.followup.pk).update(
            status="open", closed_at=None, report=""
        )
        write(scene.followup, "what", closed["what"])
        # The closed agenda item's texts: every piece of them is hidden.
        closed_pieces = []
        for (obj, field), text in scene.closed_item_texts(round_).items():
            write(obj, field, text)
            closed_pieces += [text[i : i + 12] for i in range(2, len(text) - 12, 40)]
        hidden: list[str] = []
        covered: dict[tuple, list[range]] = {key: [] for key in texts}
        # The closed part of the minutes body is never public: its pieces are hidden ones,
        # and no span is marked over it or its markers (that would withhold the whole body).
        closed_part, inside = closed_range(scene.minutes.proceedings)
        covered[(scene.minutes, "proceedings")].append(closed_part)
        closed_pieces += [inside[i : i + 12] for i in range(0, len(inside) - 12, 40)]
        unmarkable = {(scene.minutes, "proceedings"): closed_part}
        targets = list(texts)
        # Longer texts get more spans, so that each keeps some text nobody hid.
        weights = [len(text) for text in texts.values()]
        for _ in range(args.spans):
            obj, field = rng.choices(targets, weights)[0]
            text = getattr(obj, field)
            size = rng.randint(9, 30)
            start = rng.randint(0, len(text) - size)
            keep_out = unmarkable.get((obj, field), range(0))
            while start + size > keep_out.start and start < keep_out.stop:
                start = rng.randint(0, len(text) - size)
            services.mark(scene.meeting, obj, field, start, start + size, GROUND, scene.alice)
            hidden.append(text[start : start + size])
            covered[(obj, field)].append(range(start, start + size))
        figures["spans"] += len(hidden)
        # The same words in other texts of the meeting, typed before publishing; and in the
        # closed follow-up (never public at all).
        for piece in rng.sample(hidden, min(10, len(hidden))):
            obj, field = rng.choice(targets)
            text = getattr(obj, field)
            limit = type(obj)._meta.get_field(field).max_length
            if limit and len(text) + len(piece) > limit:
                continue
            # Appended, so that the offsets of the marked spans stay where they were.
            write(obj, field, text + piece)
            covered[(obj, field)].append(range(len(text), len(text) + len(piece)))
            figures["copies"] += 1
        consultations.close_followup(scene.followup, scene.meeting, closed["report"], scene.alice)
        hidden += [closed["what"][2:40], closed["report"][2:40]]
        with transaction.atomic():
            services.publish(
                scene.meeting,
                scene.alice,
                consultations=[scene.consultation],
                attachments=[scene.attachment],
            )
        refresh({("consultation", scene.consultation.pk)})

        outputs = public_outputs(anonymous, scene, rng, hidden + closed_pieces, search_url)
        figures["outputs"] += len(outputs)
        figures["leaks"] += count_leaks(outputs, hidden + closed_pieces, f"round {round_}")
        # The check must be able to fail: a piece nobody hid is found in the public outputs.
        everything = "".join(outputs.values())
        for (obj, field), ranges in covered.items():
            if field in not_shown:
                continue
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

        # The secretariat still sees every withheld piece where it stands, marked.
        manage = squeeze(page_text(secretariat.get(f"/public/manage/{scene.meeting.pk}/").content))
        figures["lost"] += sum(piece not in manage for piece in hidden[:-2])

        # After publication: re-type withheld spans. The services refuse while published...
        retyped = rng.sample(hidden[:-2], min(10, len(hidden) - 2))
        for piece in retyped[:3]:
            try:
                documents.save_minutes(
                    scene.meeting, scene.minutes.proceedings + piece, "summary", scene.alice
                )
            except PublishedMeetingLocked:
                figures["refused"] += 1
            else:
                print(f"NOT REFUSED: an edit to the published meeting in round {round_}")
        # ...and an edit that goes straight to the rows is still redacted on every output.
        for piece in retyped:
            obj, field = rng.choice(targets)
            text = getattr(obj, field)
            limit = type(obj)._meta.get_field(field).max_length
            if limit and len(text) + len(piece) > limit:
                obj, field = scene.minutes, "proceedings"  # a text without a length limit
                text = getattr(obj, field)
            write(obj, field, text + piece)
            figures["retyped"] += 1
        scene.consultation.refresh_from_db()
        scene.consultation.save()  # a consultation edit refreshes the search index
        refresh({("consultation", scene.consultation.pk)})
        outputs = public_outputs(anonymous, scene, rng, retyped, search_url)
        figures["outputs"] += len(outputs)
        figures["leaks"] += count_leaks(
            outputs, hidden + closed_pieces, f"round {round_} after publication"
        )

        services.withdraw(scene.meeting, scene.alice, "next round")
    elapsed = time.perf_counter() - started
    print(
        f"spans marked: {figures['spans']} over {args.rounds} rounds; copies typed into other "
        f"texts before publishing: {figures['copies']}; spans re-typed after publishing: "
        f"{figures['retyped']} (edits through the services refused: {figures['refused']}); "
        f"public outputs checked: {figures['outputs']} (anonymous search "
        f"{'included' if search_url else 'not installed'}); leaks: {figures['leaks']}; "
        f"hidden pieces the secretariat could not see: {figures['lost']}; "
        f"unhidden pieces found in public outputs: {visible_found}/{visible_checked}; "
        f"{elapsed:.0f} s"
    )
    failed = figures["leaks"] or figures["lost"] or visible_found < visible_checked
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
