"""The shipped proposals' other names: every list is keyed by a proposal of the shipped codebook."""

from __future__ import annotations

import pytest

from positions.lexicon import FOREIGN_NAMES, LEXICON, PAST_MODELS, WEAK_LEXICON

LISTS = {"LEXICON": LEXICON, "WEAK_LEXICON": WEAK_LEXICON, "FOREIGN_NAMES": FOREIGN_NAMES, "PAST_MODELS": PAST_MODELS}


@pytest.mark.parametrize("name", LISTS)
def test_every_list_names_proposals_of_the_shipped_codebook(shipped, name):
    # A misspelt proposal id would leave its names silently unused.
    unknown = set(LISTS[name]) - set(shipped.proposals["proposal_id"])
    assert not unknown, f"{name} names proposals the codebook does not have: {sorted(unknown)}"
