"""The cue patterns the rules read stances by (most are tested through `suggest`, on whole sentences)."""

from __future__ import annotations

import re

from positions import cues


def test_what_needs_saying_is_no_call():
    assert not cues.PROPOSING.search("The Final Act says everything that needs saying about borders.")
    assert cues.PROPOSING.search("Europe needs a new Helsinki summit.")


def test_a_year_to_come_tells_no_history():
    years = re.compile(rf"^{cues.years_until(2026)}$")
    assert all(years.match(str(year)) for year in (1900, 1975, 2009, 2020, 2026))
    assert not any(years.match(str(year)) for year in (2027, 2030, 2100, 1899))
