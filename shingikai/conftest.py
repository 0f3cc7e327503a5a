"""Shared test fixtures: one small council and one named user per role.

- alice is the secretariat of the council
- bob works in 市民課 and owns its consultations
- carol works in 中央図書館: another department, no access to bob's drafts
- dave is a council member: reads, never writes
- erin is an administrator
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import pytest

from shingikai.accounts.models import User
from shingikai.consultations.models import Consultation
from shingikai.councils.models import Council, Department, Ground, Member, Municipality, Term

TODAY = datetime.date(2024, 6, 1)


@dataclass
class World:
    city: Municipality
    council: Council
    shimin: Department
    library: Department
    ground: Ground
    term: Term
    members: list[Member]
    alice: User
    bob: User
    carol: User
    dave: User
    erin: User

    def consultation(self, *, department=None, title="学童メールシステムの導入", **fields):
        department = department or self.shimin
        owner = self.bob if department == self.shimin else self.carol
        # Dated before the fixtures' meetings: an answer may not precede its consultation.
        fields.setdefault("consulted_on", TODAY - datetime.timedelta(days=365))
        consultation = Consultation.objects.create(
            council=self.council, department=department, title=title, created_by=owner, **fields
        )
        consultation.grounds.set([self.ground])
        return consultation


def _user(username, role, **extra) -> User:
    return User.objects.create_user(
        username=username, password="correct horse 9", role=role, **extra
    )


@pytest.fixture
def world(db) -> World:
    city = Municipality.objects.create(name="テスト市")
    shimin = Department.objects.create(municipality=city, name="市民課")
    library = Department.objects.create(municipality=city, name="中央図書館")
    council = Council.objects.create(
        municipality=city,
        name="テスト市個人情報保護審議会",
        quorum_rule=Council.QuorumRule.MAJORITY,
        numbering_start=480,
    )
    ground = Ground.objects.create(council=council, name="業務の委託", article="条例第16条")
    term = Term.objects.create(
        council=council,
        name="第十三期",
        start=datetime.date(2023, 4, 1),
        end=datetime.date(2025, 3, 31),
    )
    members = [
        Member.objects.create(term=term, name=f"委員{i}", role=Member.Role.MEMBER)
        for i in range(1, 6)
    ]
    return World(
        city=city,
        council=council,
        shimin=shimin,
        library=library,
        ground=ground,
        term=term,
        members=members,
        alice=_user("alice", User.Role.SECRETARIAT, council=council),
        bob=_user("bob", User.Role.DEPARTMENT, department=shimin),
        carol=_user("carol", User.Role.DEPARTMENT, department=library),
        dave=_user("dave", User.Role.MEMBER, council=council),
        erin=_user("erin", User.Role.ADMIN),
    )
