"""Problems found in a user's files, reported in plain words."""

from __future__ import annotations

from dataclasses import dataclass

# Internal column carrying the spreadsheet row a record was read from.
ROW = "_row"


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in one place: a file, and where known a row and a column.

    Rows are numbered as a spreadsheet shows them: the header is row 1.
    """

    file: str
    row: int | None
    column: str | None
    message: str
    severity: str = "error"  # "error" stops loading; "warning" does not

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column '{self.column}'")
        prefix = "" if self.severity == "error" else "warning: "
        return f"{', '.join(where)}: {prefix}{self.message}"


class InvalidDataset(Exception):
    """Raised when a dataset cannot be loaded; `problems` lists every reason."""

    def __init__(self, problems: list[Problem]):
        self.problems = sort_problems(problems)
        lines = [str(p) for p in self.problems]
        super().__init__(f"{len(lines)} problem(s):\n" + "\n".join(lines))


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def _problem_order(p: Problem) -> tuple:
    return (p.file, p.row or 0, p.column or "", p.message)


def sort_problems(problems: list[Problem]) -> list[Problem]:
    """In file and row order, each problem once (two checks may find the same one)."""
    return sorted(set(problems), key=_problem_order)
