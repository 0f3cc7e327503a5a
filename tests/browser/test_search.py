"""DOMAIN §5 journey 5, second half: "how did other councils handle SMS reminders?"

The secretariat searches its own consultations and imported minutes, narrows the results
by municipality, opens a consultation, and sees the consultations most like it.
"""

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from shingikai.minutes.importer import import_bytes
from tests.browser.conftest import login

pytestmark = pytest.mark.browser
SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "minutes"


@pytest.fixture
def minutes(demo):
    # Committed imports: the search index follows them (after commit), as in production.
    for name in ("adachi_2022-12-27.txt", "higashimurayama_2022-02-02.txt"):
        assert import_bytes((SAMPLES / name).read_bytes(), name).status == "created"


def test_the_secretariat_finds_how_other_councils_handled_sms_reminders(page: Page, minutes):
    login(page, "jimukyoku")
    page.get_by_role("link", name="検索").click()
    page.get_by_role("searchbox").fill("ショートメッセージ 督促")
    page.get_by_role("button", name="検索").click()

    results = page.locator("#results article.hit")
    expect(results.first).to_be_visible()
    expect(page.locator("#results")).to_contain_text("足立区")
    expect(page.locator("#results")).to_contain_text("さくら市")
    expect(page.locator("#results mark", has_text="ショートメッセージ").first).to_be_visible()

    page.locator("#facet-municipality").get_by_role("link", name="足立区").click()
    expect(page).to_have_url(re.compile(r"[?&]municipality=\d+"))
    expect(results.first).to_contain_text("諮問第481号")
    expect(results.first.locator(".badge.approved")).to_be_visible()

    results.first.get_by_role("button", name="類似の諮問").click()
    similar = results.first.locator("#similar")
    expect(similar).to_contain_text("さくら市")
    expect(similar.locator("li").first).to_be_visible()

    results.first.get_by_role("link", name="図書館資料の督促訪問業務").click()
    expect(page.locator("h1")).to_contain_text("諮問第481号")
    expect(page.locator("#turns tr").first).to_be_visible()


def test_a_plain_question_finds_its_answer_with_snippet_facet_and_similar(page: Page, minutes):
    """Issue 10: a sentence typed as spoken, no spaces, everyday words."""
    login(page, "jimukyoku")
    page.get_by_role("link", name="検索").click()
    expect(page.locator(".search-box .help")).to_contain_text("普段の言葉の文章")
    page.get_by_role("searchbox").fill("図書館の本の返却の催促をケータイのメッセージで知らせた例")
    page.get_by_role("button", name="検索").click()

    results = page.locator("#results article.hit")
    expect(results.first).to_contain_text("ショートメッセージ")
    snippet = results.first.locator(".snippet").first
    expect(snippet.locator("mark").first).to_be_visible()

    page.locator("#facet-municipality").get_by_role("link", name="足立区").click()
    expect(page).to_have_url(re.compile(r"[?&]municipality=\d+"))
    expect(results.first).to_contain_text("諮問第481号")

    results.first.get_by_role("button", name="類似の諮問").click()
    similar = results.first.locator("#similar")
    expect(similar.locator("li").first).to_be_visible()
