"""The period report on data built to match the sample: 1 Apr 2020 – 13 Aug 2021,
32 started, 6 abolished, 51 changed, 609 in force on the last day."""

import datetime
import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from shingikai.registers import services
from shingikai.registers.models import Notification, Operation
from shingikai.registers.report import in_force_on, period_report
from shingikai.registers.tests.conftest import VALUES, started

FIRST = datetime.date(2020, 4, 1)
LAST = datetime.date(2021, 8, 13)
DAY = datetime.timedelta(days=1)


def _spread(n: int) -> list[datetime.date]:
    """n days across the period, the first and the last day included."""
    span = (LAST - FIRST).days
    return [FIRST + datetime.timedelta(days=round(i * span / (n - 1))) for i in range(n)]


@pytest.fixture
def sample(world):
    """582 old entries, one started the day before the period, and the period's notifications,
    with notifications just outside the period and unaccepted ones that must not count."""
    Operation.objects.bulk_create(
        Operation(
            department=world.shimin if i % 2 else world.library,
            name=f"既存ファイル{i}",
            purpose="既存業務",
            start_date=datetime.date(2015, 4, 1),
            origin=Operation.Origin.IMPORT,
        )
        for i in range(582)
    )
    started(world, name="前日に開始", on=FIRST - DAY)
    old = list(Operation.objects.filter(origin=Operation.Origin.IMPORT).order_by("pk"))
    for i, day in enumerate(_spread(32)):
        started(world, name=f"期間中に開始{i}", on=day)
    for i, day in enumerate(_spread(51)):
        change = services.file_change(
            old[i],
            values={"purpose": f"変更後{i}"},
            effective_on=day,
            reason="訂正",
            actor=world.alice,
        )
        services.accept(change, world.alice)
    for i, day in enumerate(_spread(6)):
        abolition = services.file_abolition(
            old[100 + i], effective_on=day, reason="事業終了", actor=world.alice
        )
        services.accept(abolition, world.alice)
    # Outside the period, or never accepted: none of these may count.
    started(world, name="翌日に開始", on=LAST + DAY)
    outside = services.file_change(
        old[200],
        values={"purpose": "期間前"},
        effective_on=FIRST - DAY,
        reason="x",
        actor=world.alice,
    )
    services.accept(outside, world.alice)
    later = services.file_abolition(
        old[201], effective_on=LAST + DAY, reason="x", actor=world.alice
    )
    services.accept(later, world.alice)
    services.file_start(
        department=world.shimin, values=VALUES, effective_on=FIRST, reason="未受理", actor=world.bob
    )
    returned = services.file_change(
        old[202], values={"purpose": "差戻し"}, effective_on=FIRST, reason="x", actor=world.bob
    )
    services.return_notification(returned, world.alice, "不備")
    return world


def test_the_sample_period_gives_the_sample_counts(sample):
    report = period_report(sample.city, FIRST, LAST)
    assert len(report.started) == 32
    assert len(report.abolished) == 6
    assert len(report.changed) == 51
    assert report.in_force == 609


def test_an_entry_abolished_on_the_last_day_is_no_longer_in_force(sample):
    abolished = Notification.objects.get(
        kind=Notification.Kind.ABOLITION, effective_on=LAST, status="accepted"
    ).operation
    assert abolished in in_force_on(sample.city, LAST - DAY)
    assert abolished not in in_force_on(sample.city, LAST)


def test_the_report_page_shows_the_counts(client, sample):
    client.force_login(sample.dave)  # members read the registers
    response = client.get("/registers/report/", {"start": "令和2年4月1日", "end": "令和3年8月13日"})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<td id="count-started">32</td>' in html
    assert '<td id="count-changed">51</td>' in html
    assert '<td id="count-abolished">6</td>' in html
    assert '<td id="count-in-force">609</td>' in html


def test_the_report_pdf_has_the_japanese_title_and_wareki_dates(client, sample):
    client.force_login(sample.alice)
    response = client.get("/registers/report/pdf/", {"start": "2020-04-01", "end": "2021-08-13"})
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = "".join("".join(page.extract_text().split()) for page in reader.pages)
    assert "個人情報ファイル簿の届出状況" in text
    assert "令和2年4月1日から令和3年8月13日まで" in text
    assert "期間中に開始0" in text


def test_the_report_excel_has_the_counts_and_the_lists(client, sample):
    client.force_login(sample.alice)
    response = client.get("/registers/report/xlsx/", {"start": "2020-04-01", "end": "2021-08-13"})
    workbook = load_workbook(io.BytesIO(response.content))
    summary = {row[0]: row[1] for row in workbook["集計"].iter_rows(values_only=True)}
    assert summary["開始"] == 32
    assert summary["変更"] == 51
    assert summary["廃止"] == 6
    assert summary["最終日現在の件数"] == 609
    assert workbook["変更"].max_row == 52  # header and 51 rows


def test_a_period_that_ends_before_it_starts_is_refused_in_japanese(client, world):
    client.force_login(world.alice)
    response = client.get("/registers/report/", {"start": "2021-08-13", "end": "2020-04-01"})
    assert "最終日が初日より前です" in response.content.decode()
