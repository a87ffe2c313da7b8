"""End to end in a real headless Chromium (Debian's), driven by Playwright.

Run with the rest of the suite; skipped only when Chromium is not installed and
not in CI (.ci/run installs it).
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        raise RuntimeError("Chromium is missing in CI: .ci/run must install Debian's chromium")
    pytest.skip("Debian's chromium is not installed", allow_module_level=True)

playwright = pytest.importorskip("playwright.sync_api")
expect = playwright.expect
expect.set_options(timeout=20_000)  # a rerun on a busy 2-core CI machine can take seconds


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "POSITIONS_DATA"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                break
        except OSError:
            time.sleep(0.3)
    else:
        process.terminate()
        raise RuntimeError("the dashboard did not start")
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        instance = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True)
    yield context.new_page()
    context.close()


def settle(page) -> None:
    """Wait until Streamlit has finished the rerun (the signals its own e2e tests use)."""
    page.wait_for_selector("[data-testid='stApp'][data-test-connection-state='CONNECTED']", timeout=30000)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=30000)
    expect(page.get_by_test_id("stStatusWidget")).to_have_count(0, timeout=30000)


def open_view(page, url: str) -> None:
    page.goto(url)
    settle(page)
    expect(page.get_by_test_id("stMainBlockContainer").locator("h1").first).to_be_visible(timeout=30000)


# Records whether the script runs again: a download must not rerun the page, since a rerun
# replaces the button's deferred file while the browser is fetching it (a flaky lost download).
WATCH_RERUNS = """() => {
  window.rerunsSeen = 0;
  const app = document.querySelector("[data-testid='stApp']");
  new MutationObserver(() => {
    if (app.getAttribute("data-test-script-state") === "running") window.rerunsSeen += 1;
  }).observe(app, {attributes: true, attributeFilter: ["data-test-script-state"]});
}"""


def download_rows(page, label: str) -> list[dict[str, str]]:
    button = page.get_by_test_id("stDownloadButton").filter(has_text=label).first
    expect(button).to_be_enabled()
    page.evaluate(WATCH_RERUNS)
    with page.expect_download() as download:
        button.click()
    data = Path(download.value.path()).read_bytes()
    assert page.evaluate("window.rerunsSeen") == 0, f"downloading {label!r} reran the page"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def choose(page, label: str, option: str) -> None:
    """Pick an option in the sidebar multiselect named `label`."""
    box = page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").filter(has_text=label)
    box.locator("input").click()
    page.get_by_role("option", name=option).click()
    page.keyboard.press("Escape")
    settle(page)


def test_changing_a_filter_updates_the_url_and_the_downloaded_csv(server, page):
    open_view(page, f"{server}/compare")
    choose(page, "Proposals", "Neutral status for states between NATO and Russia")
    expect(page.get_by_test_id("stMainBlockContainer").locator("h2").first).to_contain_text("Neutral status")
    assert "proposal=neutral_status" in page.url
    rows = download_rows(page, "Comparison CSV")
    assert [r["proposal_id"] for r in rows] == ["neutral_status"]
    assert rows[0]["evidence"].startswith("The neutral status of Ukraine, Moldova, Georgia and Azerbaijan")


def test_a_copied_link_reopens_the_same_view(server, page):
    link = f"{server}/compare?proposal=arms_control&stance=advances"
    open_view(page, link)
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.locator("[data-tag]").filter(has_text="Arms control")).to_have_count(1)
    expect(sidebar.locator("[data-tag]").filter(has_text="advances")).to_have_count(1)
    rows = download_rows(page, "Comparison CSV")
    assert {r["proposal_id"] for r in rows} == {"arms_control"} and {r["stance"] for r in rows} == {"advances"}
    assert len(rows) == 3


def test_a_filter_survives_switching_views_by_the_sidebar(server, page):
    open_view(page, f"{server}/?stance=opposes")
    page.get_by_test_id("stSidebar").get_by_role("link", name="Proposals").click()
    settle(page)
    expect(page.get_by_test_id("stMainBlockContainer").locator("h1").first).to_have_text("Proposals")
    assert "stance=opposes" in page.url
    expect(page.get_by_test_id("stSidebar").locator("[data-tag]").filter(has_text="opposes")).to_have_count(1)


def test_a_number_opens_the_quotes_behind_it(server, page):
    open_view(page, f"{server}/proposals")
    page.get_by_role("link", name="2", exact=True).first.click()
    settle(page)
    expect(page.get_by_test_id("stMainBlockContainer").locator("h1").first).to_have_text("Compare")
    assert "stance=" in page.url and "proposal=" in page.url
    expect(page.get_by_test_id("stMarkdownContainer").filter(has_text="Read it in the document").first).to_be_visible()


def test_matrix_download_is_a_wide_table(server, page):
    open_view(page, server)
    rows = download_rows(page, "Matrix CSV")
    assert len(rows) == 5
    assert rows[0]["document_id"] and "Neutral status for states between NATO and Russia" in rows[0]


def test_uploading_a_bad_table_lists_problems_and_keeps_the_data(server, page, tmp_path):
    open_view(page, f"{server}/your_data")
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "proposal_id,document_id,actor,stance,evidence\nneutral_status,x,Someone,loves,quote\n", encoding="utf-8"
    )
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(bad))
    settle(page)
    expect(page.get_by_test_id("stAlertContentError")).to_contain_text("bad.csv was not loaded")
    problems = page.get_by_test_id("stDataFrame").first  # the problems table comes before the template's
    expect(problems.locator("td").filter(has_text="unknown stance 'loves'")).to_have_count(1)
    expect(page.get_by_test_id("stSidebar")).to_contain_text("28 positions")


def test_uploading_a_good_table_switches_the_data(server, page, tmp_path):
    open_view(page, f"{server}/your_data")
    exported = subprocess.run(
        [sys.executable, "-m", "positions", "export", "--stance", "advances", "-o", str(tmp_path / "mine.csv")],
        cwd=REPO,
        check=True,
    )
    assert exported.returncode == 0
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(tmp_path / "mine.csv"))
    settle(page)
    expect(page.get_by_test_id("stSidebar")).to_contain_text("18 positions", timeout=30000)


def test_clicking_a_matrix_square_shows_its_positions(server, page):
    open_view(page, f"{server}/?document=riac_eln_roundtable_2019&proposal=cyber_security")
    chart = page.get_by_test_id("stPlotlyChart")
    expect(chart).to_be_visible()
    box = chart.locator("g.points path.point").first.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)  # plotly's drag layer takes the click
    settle(page)
    expect(page.get_by_text("Katarzyna Kubiak").first).to_be_visible(timeout=15000)
    # The only cell's positions show before the click's rerun writes it to the URL: wait for that rerun.
    expect(page).to_have_url(re.compile(r"cell=riac_eln_roundtable_2019"), timeout=15000)


def test_presentation_mode_hides_chrome_and_steps_through_slides(server, page):
    page.set_viewport_size({"width": 1280, "height": 720})
    open_view(page, f"{server}/compare?proposal=neutral_status,arms_control&present=1&slide=3")
    expect(page.get_by_test_id("stSidebar")).to_be_hidden()
    expect(page.get_by_test_id("stMainBlockContainer").locator("h1").first).to_contain_text("Neutral status")
    size = page.evaluate("getComputedStyle(document.querySelector('[data-testid=stMarkdownContainer] p')).fontSize")
    assert float(size.rstrip("px")) >= 22  # readable from the back of a room
    page.get_by_role("button", name="Next ▶").click()
    settle(page)
    expect(page.get_by_test_id("stMainBlockContainer").locator("h1").first).to_contain_text("Arms control")
    assert "slide=4" in page.url
    page.goto(page.url)  # the link opens on the same slide
    settle(page)
    expect(page.get_by_test_id("stMainBlockContainer").locator("h1").first).to_contain_text("Arms control")


def test_the_sidebar_downloads_the_deck_and_handout_of_the_selection(server, page):
    open_view(page, f"{server}/?proposal=neutral_status")
    for label, start in (("Slides", b"PK"), ("Handout", b"<!DOCTYPE html>")):
        with page.expect_download() as download:
            page.get_by_test_id("stSidebar").get_by_test_id("stDownloadButton").filter(has_text=label).click()
        data = Path(download.value.path()).read_bytes()
        assert data.startswith(start)
        if label == "Handout":
            text = data.decode("utf-8")
            assert "Neutral status for states between NATO and Russia" in text and "Arms control, risk" not in text


def test_the_overview_total_opens_the_quotes(server, page):
    open_view(page, f"{server}/?stance=opposes")
    page.get_by_role("link", name="Read the 2 positions' quotes").click()
    settle(page)
    expect(page.get_by_test_id("stMainBlockContainer").locator("h1").first).to_have_text("Compare")
    assert "stance=opposes" in page.url
    expect(page.get_by_text("European Union policymakers").first).to_be_visible()
