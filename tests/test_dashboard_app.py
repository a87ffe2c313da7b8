"""The dashboard under Streamlit's AppTest: every view, every filter, the URL in and out."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from positions.dashboard import data
from positions.dataset import SHIPPED_DATA
from tests.conftest import read_csv, write_csv

APP = Path(__file__).resolve().parents[1] / "app.py"
PAGES = "positions/dashboard/pages"
VIEWS = ["overview", "compare", "documents", "proposals", "your_data"]


@pytest.fixture(autouse=True)
def shipped_data(monkeypatch):
    monkeypatch.delenv(data.DATA_ENV, raising=False)


def app(**params) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def on_page(at: AppTest, page: str) -> AppTest:
    at.switch_page(f"{PAGES}/{page}.py")
    return at.run()


def texts(at: AppTest) -> str:
    """All text shown, with Markdown escapes removed."""
    shown = "\n".join(str(m.value) for m in [*at.markdown, *at.caption, *at.info, *at.warning, *at.error])
    return re.sub(r"\\(.)", r"\1", shown)


def widget(at: AppTest, key: str):
    return next(w for w in [*at.multiselect, *at.text_input, *at.checkbox] if w.key == key)


@pytest.mark.parametrize("page", VIEWS)
def test_each_view_renders_without_exception(page):
    at = app()
    if page != "overview":
        on_page(at, page)
    assert not at.exception
    assert at.title[0].value.lower().replace(" ", "_") == page


def test_overview_counts_everything_by_default():
    at = app()
    assert "28 of 28 positions" in texts(at)
    assert at.query_params.to_dict() == {} if hasattr(at.query_params, "to_dict") else not dict(at.query_params)


@pytest.mark.parametrize(
    "key,value,url_key,expected",
    [
        ("f_proposals", ["neutral_status"], "proposal", "1 of 28 positions"),
        ("f_stances", ["opposes"], "stance", "2 of 28 positions"),
        ("f_documents", ["riac_eln_roundtable_2019"], "document", "6 of 28 positions"),
        ("f_categories", ["Economic cooperation"], "category", "1 of 28 positions"),
        ("f_actors", ["Katarzyna Kubiak"], "actor", "2 of 28 positions"),
    ],
)
def test_each_list_filter_changes_the_view_and_the_url(key, value, url_key, expected):
    at = app()
    widget(at, key).set_value(value).run()
    assert expected in texts(at)
    assert at.query_params[url_key] in (value, [",".join(value)], ",".join(value), value[0])


def test_text_filter():
    at = app()
    widget(at, "f_text").set_value("hotline").run()
    assert "2 of 28 positions" in texts(at)
    assert at.query_params["q"] in ("hotline", ["hotline"])


def test_date_filter_with_undated():
    at = app()
    widget(at, "f_from").set_value("2019").run()
    widget(at, "f_to").set_value("2019-12").run()
    assert "6 of 28 positions" in texts(at)
    widget(at, "f_undated").check().run()
    assert "28 of 28 positions" in texts(at)
    assert at.query_params["undated"] in ("1", ["1"])


def test_bad_date_in_the_sidebar_is_explained_and_ignored():
    at = app()
    widget(at, "f_from").set_value("March").run()
    assert any("not a date" in w.value for w in at.warning)
    assert "28 of 28 positions" in texts(at)


def test_url_state_fills_the_widgets():
    at = app(proposal="neutral_status,arms_control", stance="advances", q="forces")
    assert widget(at, "f_proposals").value == ["neutral_status", "arms_control"]
    assert widget(at, "f_stances").value == ["advances"]
    assert widget(at, "f_text").value == "forces"
    assert "2 of 28 positions" in texts(at)


def test_unknown_ids_in_the_url_warn_and_do_not_break():
    at = app(proposal="neutral_status,no_such_thing", document="ghost", stance="loves", to="soon")
    assert not at.exception
    warnings = " ".join(w.value for w in at.warning)
    assert "no_such_thing" in warnings and "ghost" in warnings and "loves" in warnings and "soon" in warnings
    assert widget(at, "f_proposals").value == ["neutral_status"]


def test_filters_survive_switching_views():
    at = app()
    widget(at, "f_proposals").set_value(["arms_control"]).run()
    for page in ["compare", "documents", "proposals", "overview"]:
        on_page(at, page)
        assert widget(at, "f_proposals").value == ["arms_control"], page
        assert "arms_control" in str(at.query_params["proposal"])


def test_clear_filters():
    at = app(proposal="arms_control", stance="advances")
    next(b for b in at.button if b.label == "Clear filters").click().run()
    assert "28 of 28 positions" in texts(at)
    assert "proposal" not in at.query_params


def test_overview_cell_from_the_url_shows_its_positions():
    at = app(cell="riac_eln_roundtable_2019~russia_nato_dialogue")
    shown = texts(at)
    for speaker in ["Adam Tomson", "Katarzyna Kubiak", "Dmitry Danilov"]:
        assert speaker in shown
    assert "second track" in shown


def test_overview_unknown_cell_warns():
    at = app(cell="nowhere~nothing")
    assert any("not in the matrix" in w.value for w in at.warning)


def test_compare_shows_terms_agreement_and_evidence():
    at = on_page(app(proposal="new_security_architecture"), "compare")
    shown = texts(at)
    assert "2 of 10 terms are held by more than one document" in shown
    assert "renewed cooperation with Moscow" in shown
    frames = [d.value for d in at.dataframe]
    assert any("no dominance by a single power or bloc" in set(f.get("term", [])) for f in frames)


def test_compare_empty_state_when_nothing_advances():
    at = on_page(app(proposal="russia_nato_membership"), "compare")
    assert any("No document advances this proposal under the current filters" in i.value for i in at.info)


def test_documents_page_reads_the_linked_document_and_passage():
    at = on_page(app(), "documents")
    at.query_params["read"] = "riac_eln_roundtable_2019"
    at.query_params["at"] = "p21"
    at.run()
    shown = texts(at)
    assert "The passage you followed" in [s.value for s in at.subheader]
    assert "<mark" in shown and "inferred" in shown


def test_documents_page_unknown_document_warns():
    at = on_page(app(), "documents")
    at.query_params["read"] = "ghost"
    at.run()
    assert any("ghost" in w.value for w in at.warning)


def test_proposals_page_lists_the_codebook():
    at = on_page(app(), "proposals")
    shown = texts(at)
    assert "A call for neutral or non-bloc status" in shown and "`helsinki_summit`" in shown


@pytest.fixture
def hostile_dataset(tmp_path) -> Path:
    folder = tmp_path / "hostile"
    shutil.copytree(SHIPPED_DATA, folder)
    text_path = folder / "texts" / "malkevich_socialbites.txt"
    text_path.write_text(text_path.read_text(encoding="utf-8") + "\n\n<script>alert('x')</script>\n", encoding="utf-8")
    positions = read_csv(folder / "positions.csv")
    positions.loc[0, "actor"] = "<img src=x onerror=alert(1)>"
    positions.loc[0, "summary"] = "[click](javascript:alert(1)) ![x](http://tracker.example/p.png)"
    write_csv(positions, folder / "positions.csv")
    return folder


def test_text_from_files_is_never_raw_html(hostile_dataset, monkeypatch):
    monkeypatch.setenv(data.DATA_ENV, str(hostile_dataset))
    at = app(cell="malkevich_socialbites~new_security_architecture")
    at = on_page(at, "documents")
    at.query_params["read"] = "malkevich_socialbites"
    at.run()
    raw = [m.value for m in at.markdown]
    # Markup from files only ever appears escaped: as Markdown (\\<) or as HTML entities (&lt;).
    for value in raw:
        for tag in re.finditer(r"<(script|img)", value):
            assert tag.start() > 0 and value[tag.start() - 1] == "\\", value[max(0, tag.start() - 40) : tag.end() + 20]
        assert "](javascript:" not in value
    assert any("&lt;script&gt;" in v for v in raw)


def test_data_from_the_environment_variable(dataset_copy, monkeypatch):
    positions = read_csv(dataset_copy / "positions.csv")
    write_csv(positions.iloc[:10], dataset_copy / "positions.csv")
    terms = read_csv(dataset_copy / "terms.csv")
    write_csv(terms[terms["position_id"].isin(positions.iloc[:10]["position_id"])], dataset_copy / "terms.csv")
    monkeypatch.setenv(data.DATA_ENV, str(dataset_copy))
    assert "10 of 10 positions" in texts(app())


def test_a_broken_data_path_lists_problems_and_offers_the_shipped_data(tmp_path, monkeypatch):
    broken = tmp_path / "broken.csv"
    broken.write_text("nothing,useful\n1,2\n", encoding="utf-8")
    monkeypatch.setenv(data.DATA_ENV, str(broken))
    at = app()
    assert not at.exception and at.error
    next(b for b in at.button if b.label == "Open the shipped dataset instead").click().run()
    assert "28 of 28 positions" in texts(at)


def test_a_good_upload_replaces_the_data_and_a_bad_one_keeps_it(flat_csv):
    at = on_page(app(), "your_data")
    edited = read_csv(flat_csv)
    edited = edited[edited["stance"] != "mentions"]
    good = flat_csv.with_name("good.csv")
    write_csv(edited, good)
    # AppTest cannot drive st.file_uploader: call what the page calls, in the app's session.
    at.session_state["data_source"] = str(good)
    at = on_page(at, "overview")
    assert f"{len(edited)} of {len(edited)} positions" in texts(at)
    problems = data.accept_upload("bad.csv", b"\x00\x01binary junk")
    assert problems and "binary" in problems[0].message


def present(**params) -> AppTest:
    return app(present="1", **params)


def button(at: AppTest, key: str):
    return next(b for b in at.button if b.key == key)


def test_presentation_mode_title_slide_follows_the_filters():
    at = present(proposal="neutral_status,arms_control", stance="advances")
    assert at.title[0].value == "Who advances what in European security"
    assert "2 proposals · 2 documents · 4 positions" in texts(at)
    assert "Stances: advances" in texts(at)
    assert not at.sidebar.multiselect  # no sidebar widgets while presenting


def test_presentation_mode_slides_and_navigation_in_the_url():
    at = present(slide="3", proposal="neutral_status,arms_control")
    assert "Neutral status" in at.title[0].value
    assert "(GUAM)" in texts(at)
    button(at, "next").click().run()
    assert at.query_params["slide"] in ("4", ["4"]) and "Arms control" in at.title[0].value
    assert button(at, "next").disabled  # the last slide
    button(at, "previous").click().run()
    assert at.query_params["slide"] in ("3", ["3"])


def test_presentation_mode_reveals_documents_one_at_a_time():
    at = present(slide="7", reveal="1")  # new_security_architecture: two advance, two oppose
    assert "4 more to reveal" in texts(at)
    for shown in range(1, 5):
        button(at, "next").click().run()
        assert at.query_params["step"] in (str(shown), [str(shown)])
        assert at.query_params["slide"] in ("7", ["7"])
    assert "Opposed by" in [s.value for s in at.subheader] and "more to reveal" not in texts(at)
    button(at, "next").click().run()
    assert at.query_params["slide"] in ("8", ["8"])


def test_presentation_mode_matrix_slide_and_bad_slide_numbers():
    at = present(slide="2")
    assert at.title[0].value == "Who takes a position on what" and not at.exception
    at = present(slide="999")
    assert not at.exception and "/ 12" in texts(at)
    at = present(slide="abc")
    assert at.title[0].value == "Who advances what in European security"


PASTED = "Europe needs a new Helsinki conference, provided that Ukraine takes part as an equal. Neutrality for Moldova is a dangerous illusion."


def add_pasted(at: AppTest, title: str = "Pasted piece") -> AppTest:
    on_page(at, "add_document")
    at.text_area[0].input(PASTED).run()
    next(b for b in at.button if b.label == "Use this text").click().run()
    next(t for t in at.text_input if t.label == "Title").input(title)
    next(b for b in at.button if b.label == "Add to the dataset").click().run()
    return at


def test_add_document_by_pasting_then_review_and_accept(dataset_copy, monkeypatch):
    monkeypatch.setenv(data.DATA_ENV, str(dataset_copy))
    at = add_pasted(app())
    assert [s.value for s in at.success] == ["Added as `pasted_piece`."]
    assert (dataset_copy / "texts" / "pasted_piece.txt").read_text(encoding="utf-8").startswith("Europe needs")
    on_page(at, "review")
    at.query_params["doc"] = "pasted_piece"
    at.run()
    assert "2 suggestion(s)" in texts(at)
    before = (dataset_copy / "positions.csv").read_bytes()
    next(b for b in at.button if b.label == "Accept").click().run()  # no coder name yet
    assert any("coder" in e.value for e in at.error)
    assert (dataset_copy / "positions.csv").read_bytes() == before  # nothing written without a coder
    at.text_input(key="coder").input("Tester").run()
    next(b for b in at.button if b.label == "Accept").click().run()
    assert "Accepted as p29, coded by Tester" in texts(at)
    stored = read_csv(dataset_copy / "positions.csv").set_index("position_id").loc["p29"]
    assert stored["document_id"] == "pasted_piece" and stored["coder"] == "Tester" and stored["stance"] == "advances"


def review_of_pasted(dataset_copy, monkeypatch):
    """The Review page of a document just pasted into a copy of the shipped dataset."""
    monkeypatch.setenv(data.DATA_ENV, str(dataset_copy))
    at = add_pasted(app())
    on_page(at, "review")
    at.query_params["doc"] = "pasted_piece"
    at.run()
    return at


def test_review_says_how_often_such_suggestions_were_right(dataset_copy, monkeypatch):
    shown = texts(review_of_pasted(dataset_copy, monkeypatch))
    assert re.search(r"Confidence \d+%: right \d+ times in \d+ such calls on unseen texts of 2–3 sentences", shown)
    assert re.search(r"such rejections on unseen texts of 2–3 sentences", shown)


def test_review_reject_writes_nothing(dataset_copy, monkeypatch):
    at = review_of_pasted(dataset_copy, monkeypatch)
    before = (dataset_copy / "positions.csv").read_bytes()
    next(b for b in at.button if b.label == "Reject").click().run()
    assert "Rejected: nothing was written" in texts(at)
    assert (dataset_copy / "positions.csv").read_bytes() == before


def test_review_refuses_an_edited_quote_that_is_not_verbatim(dataset_copy, monkeypatch):
    at = review_of_pasted(dataset_copy, monkeypatch)
    at.text_input(key="coder").input("Tester").run()
    evidence = next(t for t in at.text_area if t.label.startswith("Evidence"))
    evidence.input("Europe demands a summit")
    next(b for b in at.button if b.label == "Accept").click().run()
    assert any("not word for word" in e.value for e in at.error)


def test_adding_the_same_text_twice_is_refused(dataset_copy, monkeypatch):
    monkeypatch.setenv(data.DATA_ENV, str(dataset_copy))
    at = add_pasted(app())
    at = add_pasted(at, title="Again")
    assert any("already in the dataset as document 'pasted_piece'" in e.value for e in at.error)


def test_adding_needs_a_dataset_folder(flat_csv, monkeypatch):
    monkeypatch.setenv(data.DATA_ENV, str(flat_csv))
    at = on_page(app(), "add_document")
    assert any("dataset folder" in i.value for i in at.info)


@pytest.fixture(scope="module")
def large_corpus(tmp_path_factory) -> Path:
    from positions.synth import synthesise

    folder = tmp_path_factory.mktemp("large") / "corpus"
    synthesise(folder, documents=350, proposals=20, seed=5)
    return folder


def test_many_documents_are_grouped_and_listed_by_typed_ids(large_corpus, monkeypatch):
    monkeypatch.setenv(data.DATA_ENV, str(large_corpus))
    at = app()
    assert not at.exception
    assert "too many to draw one row each" in texts(at)
    assert any(s.key == "group_by" for s in at.selectbox)
    document_ids = next(t for t in at.text_input if t.key == "f_documents")  # typed, not a 350-option list
    document_ids.input("doc000001, doc000002, nope").run()
    assert any("nope" in w.value for w in at.sidebar.warning)
    assert "doc000001,doc000002" in str(at.query_params["document"])
    assert "too many to draw" not in texts(at)  # two documents: drawn one row each


def test_many_documents_compare_and_documents_pages_cap_what_they_show(large_corpus, monkeypatch):
    monkeypatch.setenv(data.DATA_ENV, str(large_corpus))
    at = on_page(app(), "compare")
    assert not at.exception and "proposals with the most positions" in texts(at)
    capped = [c.value for c in at.caption if "terms held by the most documents" in c.value]
    assert capped  # a 350-document corpus has more distinct terms per proposal than a screen should hold
    assert all(len(frame.value) <= 200 for frame in at.dataframe)
    at = on_page(at, "documents")
    next(t for t in at.text_input if t.key == "document_search").input("corridor").run()
    caption = next(c.value for c in at.caption if "matching documents" in c.value)
    best, matching = (int(n.replace(",", "")) for n in re.findall(r"[\d,]+", caption))
    assert not at.exception and 0 < best <= matching


def test_held_by_counts_link_to_the_quotes_of_their_documents():
    at = on_page(app(proposal="new_security_architecture"), "compare")
    table = next(d.value for d in at.dataframe if "term" in d.value.columns)
    shared = table[table["term"] == "no dominance by a single power or bloc"]["documents"].iloc[0]
    assert shared.startswith("compare?") and "held=2" in shared
    assert "document=malkevich_socialbites%2Cputin_security_architecture" in shared
    assert "proposal=new_security_architecture" in shared
