"""Accessibility (JIS X 8341-3:2016 AA = WCAG 2.0 AA, checked against WCAG 2.1 A/AA rules):
axe-core over every page each role reaches from its dashboard, keyboard-only use of login,
drafting and attendance, reflow at 320 px and the menu on one line at 1280 px.

axe-core is vendored from the npm registry (tests/browser/vendor, MPL-2.0). The per-page
results are written to build/accessibility/axe-results.json (or $SHINGIKAI_A11Y_REPORT), from
which `shingikai accessibility-statement` writes the published 試験結果.
"""

from __future__ import annotations

import datetime
import json
import os
import re
from collections import deque
from pathlib import Path
from urllib.parse import urldefrag, urlparse

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page, expect

from tests.browser.conftest import login, upload_for_review

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser, live_server, demo) -> Page:
    """As conftest's page, with the app's Content-Security-Policy bypassed for the test's
    own scripts only: axe-core is injected inline and waits evaluate expressions, which the
    policy (rightly) forbids to the pages' own content."""
    context = browser.new_context(locale="ja-JP", base_url=live_server.url, bypass_csp=True)
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()


AXE = Path(__file__).parent / "vendor" / "axe-core-4.14.1.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
REPORT = Path(os.environ.get("SHINGIKAI_A11Y_REPORT", "build/accessibility/axe-results.json"))
ROLES = ["jimukyoku", "shokanka", "iin", "admin"]
# Pages of one shape (same path with other ids) are checked once; the crawl stops at
# PAGES_PER_ROLE. Downloads, the Django admin (not our templates) and logout are not pages.
PAGES_PER_ROLE = 40
SAME_SHAPE = 1
NOT_PAGES = re.compile(
    r"(logout|/admin/|/media/|/static/|/export|/download|[./](pdf|docx|xlsx|csv|ics|json)(/|$))"
)


def _axe(page: Page) -> dict:
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    return page.evaluate(
        "tags => axe.run(document, "
        "{runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        TAGS,
    )


def _shape(path: str) -> str:
    return re.sub(r"/\d+", "/N", path)


def _links(page: Page, origin: str) -> list[str]:
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    found = []
    for href in hrefs:
        href = urldefrag(href)[0]
        parsed = urlparse(href)
        if f"{parsed.scheme}://{parsed.netloc}" != origin or NOT_PAGES.search(parsed.path):
            continue
        found.append(parsed.path + (f"?{parsed.query}" if parsed.query else ""))
    return found


def _crawl(
    page: Page, origin: str, start: list[str], passed: dict[str, list[str]]
) -> dict[str, list[dict]]:
    """Breadth-first over the pages a person can reach by following links; axe on each.
    Returns the violations per page; `passed` receives the tags of the rules each page passed."""
    queue, seen, shapes, results = deque(start), set(), {}, {}
    while queue and len(results) < PAGES_PER_ROLE:
        path = queue.popleft()
        shape = _shape(path.split("?")[0])
        if path in seen or shapes.get(shape, 0) >= SAME_SHAPE:
            continue
        seen.add(path)
        try:
            response = page.goto(path)
        except PlaywrightError:  # a link that turned out to be a download
            continue
        if (
            response is None
            or response.status != 200
            or "text/html" not in (response.headers.get("content-type", ""))
        ):
            continue
        shapes[shape] = shapes.get(shape, 0) + 1
        page.wait_for_load_state("networkidle")
        outcome = _axe(page)
        results[path] = [
            {
                "id": v["id"],
                "impact": v["impact"],
                "tags": v["tags"],
                "help": v["help"],
                "targets": [n["target"] for n in v["nodes"]][:5],
            }
            for v in outcome["violations"]
        ]
        passed[path] = sorted({tag for rule in outcome["passes"] for tag in rule["tags"]})
        queue.extend(link for link in _links(page, origin) if link not in seen)
    return results


def _record(role: str, results: dict[str, list[dict]], passed: dict[str, list[str]]) -> None:
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    report = json.loads(REPORT.read_text()) if REPORT.exists() else {}
    report["axe"] = Path(AXE).name
    report["tags"] = TAGS
    report["date"] = datetime.date.today().isoformat()
    report.setdefault("roles", {})[role] = {
        path: {"violations": violations, "passed_tags": passed.get(path, [])}
        for path, violations in results.items()
    }
    REPORT.write_text(json.dumps(report, ensure_ascii=False, indent=1))


def _summary(results: dict[str, list[dict]]) -> str:
    return "\n".join(
        f"{path}: {v['id']} ({v['impact']}) {v['help']} at {v['targets']}"
        for path, violations in results.items()
        for v in violations
    )


@pytest.mark.browser
@pytest.mark.accessibility_crawl
@pytest.mark.parametrize("role", ROLES)
def test_axe_finds_no_violation_on_any_page_a_role_reaches(page: Page, live_server, role):
    login(page, role)
    passed: dict[str, list[str]] = {}
    results = _crawl(page, live_server.url, ["/dashboard/"], passed)
    _record(role, results, passed)
    assert len(results) >= 5, results.keys()
    assert not any(results.values()), _summary(results)


@pytest.mark.browser
@pytest.mark.accessibility_crawl
def test_axe_finds_no_violation_on_public_pages(page: Page, live_server):
    passed: dict[str, list[str]] = {}
    results = _crawl(page, live_server.url, ["/login/", "/public/", "/accessibility/"], passed)
    _record("anonymous", results, passed)
    assert "/login/" in results and "/public/" in results
    assert not any(results.values()), _summary(results)


@pytest.mark.browser
def test_axe_finds_no_violation_on_the_minutes_review_page(page: Page, tmp_path):
    """Reached only by uploading a file, so the crawl never sees it: the form with guessed
    fields marked, linked warnings and a value marked in the source text."""
    from tests.browser.test_minutes_review import MINUTES

    path = tmp_path / "unsure.txt"
    unsure = MINUTES.replace("諮問第12号 ", "").replace("出席委員：", "出席委員（5名）：")
    path.write_text(unsure, encoding="utf-8")
    login(page, "jimukyoku")
    # waits for the deferred review.js: a field focused before it listens is never marked
    upload_for_review(page, path)
    page.locator("#meeting-place").focus()
    expect(page.locator("#source-mark")).to_have_count(1)
    assert page.locator("#review-warnings a").count() >= 2
    violations = _axe(page)["violations"]
    assert not violations, [(v["id"], [n["html"][:120] for n in v["nodes"]]) for v in violations]


# --- Keyboard only ---------------------------------------------------------------------------


def _tab_to(page: Page, selector: str, limit: int = 60) -> None:
    """Presses Tab until the element matching selector has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


@pytest.mark.browser
def test_keyboard_login_then_the_skip_link(page: Page):
    page.goto("/login/")
    # The user name field has the focus on arrival: a keyboard user types at once.
    assert page.evaluate("document.activeElement.id") == "id_username"
    page.keyboard.type("jimukyoku")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_password"
    page.keyboard.type("demo")
    page.keyboard.press("Enter")
    page.wait_for_url("**/dashboard/")
    # The first Tab on a page reaches the skip link, which moves past the menu.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('main')")


@pytest.mark.browser
def test_keyboard_drafting_lands_on_the_first_error_then_saves(page: Page):
    login(page, "shokanka")
    page.goto("/consultations/new/")
    _tab_to(page, "form#consultation-form button[type=submit], form#consultation-form button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_load_state()
    # The failed submit leaves the focus on the field in error, not on <body>.
    assert page.evaluate("document.activeElement.id") == "id_title"
    assert page.evaluate("document.activeElement.getAttribute('aria-invalid')") == "true"
    page.keyboard.type("窓口予約システムの導入に係る委託")
    _tab_to(page, "form#consultation-form button[type=submit], form#consultation-form button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/consultations/\d+/$"))
    assert "窓口予約システムの導入に係る委託" in page.content()


@pytest.mark.browser
def test_keyboard_attendance_keeps_the_focus_and_announces_the_quorum(page: Page):
    login(page, "jimukyoku")
    page.goto("/meetings/")
    page.locator("main a[href^='/meetings/']").filter(has_text=re.compile("第")).first.click()
    page.wait_for_selector("#attendance")
    toggle = "#attendance button[data-member]"
    member = page.locator(toggle).first.get_attribute("data-member")
    _tab_to(page, f"{toggle}[data-member='{member}']", limit=200)
    before = page.locator("#quorum").inner_text()
    page.keyboard.press("Enter")
    page.wait_for_function(
        "before => document.querySelector('#quorum').innerText !== before", arg=before
    )
    page.wait_for_function("document.activeElement && document.activeElement !== document.body")
    assert page.evaluate("document.activeElement.dataset.member") == member
    page.wait_for_function("document.querySelector('#live-status').textContent.length > 0")
    assert page.locator("#live-status").get_attribute("role") == "status"
    assert (
        page.locator("#live-status").text_content().strip()
        == re.sub(r"\s+", " ", page.locator("#quorum").inner_text()).strip()
    )


# --- Reflow and the menu -------------------------------------------------------------------

NARROW_PAGES = {
    "jimukyoku": ["/dashboard/", "/meetings/new/", "/audit/", "/consultations/", "/registers/"],
    "shokanka": ["/dashboard/", "/consultations/new/"],
    "iin": ["/dashboard/", "/meetings/"],
}


@pytest.mark.browser
@pytest.mark.parametrize("role", sorted(NARROW_PAGES))
def test_pages_reflow_at_320_css_pixels(page: Page, role):
    login(page, role)
    page.set_viewport_size({"width": 320, "height": 640})
    for path in NARROW_PAGES[role]:
        page.goto(path)
        page.wait_for_load_state("networkidle")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"{path} is {width}px wide at 320px"
        header = page.evaluate("document.querySelector('header.top').offsetHeight")
        assert header < 640 / 3, f"{path}: header {header}px tall"
    # The folded menu opens from its button and offers every link.
    page.get_by_role("button", name="メニュー").click()
    assert page.get_by_role("navigation", name="メインメニュー").is_visible()


@pytest.mark.browser
def test_the_menu_fits_one_line_at_1280_without_breaking_words(page: Page):
    page.set_viewport_size({"width": 1280, "height": 800})
    login(page, "admin")
    tops = page.eval_on_selector_all(
        "header.top nav a", "els => els.map(e => e.getBoundingClientRect().top)"
    )
    assert len(tops) >= 8 and max(tops) - min(tops) < 4, tops
    lines = page.eval_on_selector_all(
        "header.top nav a, header.top .logout button",
        "els => els.map(e => e.getClientRects().length)",
    )
    assert set(lines) == {1}


# --- Members on tablets and phones -------------------------------------------------------


@pytest.mark.browser
@pytest.mark.parametrize("width", [768, 375])
def test_a_member_reads_the_agenda_materials_and_questions_on_a_tablet_and_a_phone(
    page: Page, width
):
    """Issue 16 item 3: the next meeting's agenda, its materials (the packet's page) and the
    advance-question form fit the screen, with readable text and buttons large enough to tap."""
    from shingikai.meetings.models import Meeting

    upcoming = Meeting.objects.filter(date__gte=datetime.date.today()).order_by("date").first()
    login(page, "iin")
    page.set_viewport_size({"width": width, "height": 900})
    for path in (f"/meetings/{upcoming.pk}/", f"/documents/meetings/{upcoming.pk}/"):
        page.goto(path)
        page.wait_for_load_state("networkidle")
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= width, f"{path} is {scroll_width}px wide at {width}px"
        smallest = page.evaluate(
            "Math.min(...[...document.querySelectorAll('main p, main li, main td, main dd')]"
            ".filter(e => e.offsetParent && e.textContent.trim())"
            ".map(e => parseFloat(getComputedStyle(e).fontSize)))"
        )
        assert smallest >= 14, f"{path}: text of {smallest}px at {width}px"
        small_targets = page.evaluate(
            "[...document.querySelectorAll('main button, main input[type=submit]')]"
            ".filter(e => e.offsetParent && e.getBoundingClientRect().height < 32)"
            ".map(e => e.textContent.trim() || e.value)"
        )
        assert not small_targets, f"{path}: buttons too small to tap: {small_targets}"
    page.goto(f"/meetings/{upcoming.pk}/")
    question = page.locator("textarea").first
    question.scroll_into_view_if_needed()
    box = question.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= width
