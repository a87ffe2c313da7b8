"""positions: which documents advance which European-security proposals, and on what terms.

The public API:

    >>> import positions
    >>> data = positions.load_dataset()             # the shipped dataset
    >>> shown = positions.filter_positions(data.comparison, positions.Filters(stances=("advances",)))
    >>> positions.positions_matrix(shown)            # documents x proposals
"""

from positions.dataset import Dataset, load_dataset, read_dataset
from positions.export import FORMATS, export_bytes, write_atomic
from positions.problems import InvalidDataset, Problem
from positions.queries import (
    Filters,
    advancing_documents,
    document_label,
    filter_positions,
    positions_matrix,
    side_by_side,
    stance_counts,
    term_agreement,
    wide_matrix,
)
from positions.schema import FLAT_COLUMN_NAMES, STANCES, TABLES, TERM_KINDS

__all__ = [
    "FLAT_COLUMN_NAMES",
    "FORMATS",
    "STANCES",
    "TABLES",
    "TERM_KINDS",
    "Dataset",
    "Filters",
    "InvalidDataset",
    "Problem",
    "advancing_documents",
    "document_label",
    "export_bytes",
    "filter_positions",
    "load_dataset",
    "positions_matrix",
    "read_dataset",
    "side_by_side",
    "stance_counts",
    "term_agreement",
    "wide_matrix",
    "write_atomic",
]
