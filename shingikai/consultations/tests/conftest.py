import datetime

import pytest

from shingikai.meetings.models import Meeting


@pytest.fixture
def meeting(world) -> Meeting:
    return Meeting.objects.create(
        council=world.council,
        fiscal_year=2024,
        number=1,
        date=datetime.date(2024, 6, 10),
        start_time=datetime.time(10),
        place="第1会議室",
    )


@pytest.fixture
def next_meeting(world) -> Meeting:
    return Meeting.objects.create(
        council=world.council,
        fiscal_year=2024,
        number=2,
        date=datetime.date(2024, 8, 5),
        start_time=datetime.time(14),
        place="第1会議室",
    )
