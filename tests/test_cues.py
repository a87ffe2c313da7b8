"""The cue patterns the rules read stances by (most are tested through `suggest`, on whole sentences)."""

from __future__ import annotations

import re

import pytest

from positions import cues


def test_what_needs_saying_is_no_call():
    assert not cues.PROPOSING.search("The Final Act says everything that needs saying about borders.")
    assert cues.PROPOSING.search("Europe needs a new Helsinki summit.")


def test_a_year_to_come_tells_no_history():
    years = re.compile(rf"^{cues.years_until(2026)}$")
    assert all(years.match(str(year)) for year in (1900, 1975, 2009, 2020, 2026))
    assert not any(years.match(str(year)) for year in (2027, 2030, 2100, 1899))


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("We recommend the second.", "second"),
        ("The latter is the wiser course.", "latter"),
        ("The first option would fail.", "first"),
        ("This is the first step.", None),  # a step, not an option set out before
        ("For the first time since 2010, they met.", None),
    ],
)
def test_an_option_is_picked_by_its_ordinal(text, ordinal):
    pick = cues.ORDINAL_PICK.search(text)
    assert (pick.group(1).lower() if pick else None) == ordinal


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("But the council itself should be wound up.", "council"),
        ("This treaty would bind both sides.", "treaty"),
        ("the treaty of Paris", None),  # a treaty of its own
        ("a council", None),
    ],
)
def test_a_short_name_is_the_head_noun_of_a_name(text, head):
    short = cues.SHORT_NAME.search(text)
    assert (short.group(1).lower() if short else None) == head
