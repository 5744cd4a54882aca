"""One population under two policies: who changes, how, and what it costs."""

from __future__ import annotations

import html
from decimal import Decimal
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from kinerja_core.core._text import Lang
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.parameters import Rules
from kinerja_core.performance.ratings import Predicate
from kinerja_core.population.columns import MISSING, Population
from kinerja_core.population.results import PopulationResult
from kinerja_core.population.run import Engine, evaluate_population

__all__ = ["PolicyComparison", "compare_policies"]

_PREDICATES = (None, *Predicate)


class PolicyComparison:
    """The same population under two policies (`before` and `after`).

    Attributes:
        before: The result under the first policy.
        after: The result under the second.
    """

    __slots__ = ("after", "before")

    def __init__(self, before: PopulationResult, after: PopulationResult) -> None:
        self.before = before
        self.after = after

    def __len__(self) -> int:
        return len(self.before)

    def __repr__(self) -> str:
        return (
            f"<PolicyComparison of {len(self)} rows: {self.before.rules.policy.name!r} → "
            f"{self.after.rules.policy.name!r}, {int(self.changed.sum())} changed>"
        )

    @property
    def changed(self) -> npt.NDArray[np.bool_]:
        """Which rows change in any published value (or in whether they have one)."""
        changed: npt.NDArray[np.bool_] = np.zeros(len(self), dtype=bool)
        for before, after in zip(self.before._arrays(), self.after._arrays(), strict=True):
            changed |= before != after
        return changed

    def changed_rows(self) -> tuple[int, ...]:
        """The indexes of the rows that change."""
        return tuple(np.flatnonzero(self.changed).tolist())

    def predicate_transitions(self) -> dict[tuple[Predicate | None, Predicate | None], int]:
        """How many rows go from each predikat to each other (`None`: no predikat), non-zero."""
        size = len(_PREDICATES)
        cells = (self.before.predicates.astype(np.int64) + 1) * size + (
            self.after.predicates.astype(np.int64) + 1
        )
        counts = np.bincount(cells, minlength=size * size)
        return {
            (_PREDICATES[i // size], _PREDICATES[i % size]): int(n)
            for i, n in enumerate(counts.tolist())
            if n
        }

    def allowance_delta(self) -> npt.NDArray[np.int64]:
        """Each row's change in the TPP paid (after − before; 0 where neither has one)."""
        return self.after.amounts("allowance") - self.before.amounts("allowance")

    def credit_delta(self) -> list[Decimal | None]:
        """Each row's change in angka kredit (`None` where either has none)."""
        a, b = self.before.credits, self.after.credits
        places = self.before.credit_places
        return [
            None if MISSING in {x, y} else Decimal(y - x).scaleb(-places)
            for x, y in zip(a.tolist(), b.tolist(), strict=True)
        ]

    def totals(self) -> dict[str, object]:
        """The totals before and after: the month's TPP, employer BPJS, angka kredit, counts."""
        delta = self.allowance_delta()
        return {
            "rows": len(self),
            "changed": int(self.changed.sum()),
            "predicate_changed": int((self.before.predicates != self.after.predicates).sum()),
            "allowance_before": self.before.total("allowance"),
            "allowance_after": self.after.total("allowance"),
            "allowance_delta": int(delta.sum()),
            "employer_bpjs_before": self.before.total("employer_bpjs"),
            "employer_bpjs_after": self.after.total("employer_bpjs"),
            "gain": int((delta > 0).sum()),
            "lose": int((delta < 0).sum()),
            "credit_points_before": self.before.total_credit_points(),
            "credit_points_after": self.after.total_credit_points(),
        }

    def summary(self, lang: Lang = "en") -> str:
        """A short summary in English (`"en"`) or Indonesian (`"id"`)."""
        t = self.totals()
        names = (self.before.rules.policy.name, self.after.rules.policy.name)
        if lang == "id":
            return (
                f"{names[0]} → {names[1]}: {t['changed']} dari {t['rows']} pegawai berubah "
                f"({t['predicate_changed']} predikatnya); TPP sebulan "
                f"Rp {_grouped(t['allowance_before'])} → Rp {_grouped(t['allowance_after'])} "
                f"(selisih Rp {_grouped(t['allowance_delta'], sign=True)}); "
                f"{t['gain']} naik, {t['lose']} turun."
            )
        return (
            f"{names[0]} → {names[1]}: {t['changed']} of {t['rows']} employees change "
            f"({t['predicate_changed']} in predikat); monthly TPP Rp {t['allowance_before']:,} → "
            f"Rp {t['allowance_after']:,} (Rp {t['allowance_delta']:+,}); {t['gain']} gain, "
            f"{t['lose']} lose."
        )

    def table(self) -> list[dict[str, object]]:
        """The rows that change: employee, each value before and after, and the TPP delta."""
        rows: list[dict[str, object]] = []
        delta = self.allowance_delta()
        for row in self.changed_rows():
            a, b = self.before.row(row), self.after.row(row)
            entry: dict[str, object] = {"row": row, "employee": a["employee"]}
            for column in ("predicate", "credit_points", "allowance", "penalty", "talent_box"):
                entry[f"{column}_before"] = a[column]
                entry[f"{column}_after"] = b[column]
            entry["allowance_delta"] = int(delta[row])
            rows.append(entry)
        return rows

    def to_pandas(self) -> Any:  # noqa: ANN401 (pandas is optional)
        """The changed rows (`table()`) as a pandas DataFrame (needs the `[pandas]` extra)."""
        from kinerja_core.population._frames import table_frame  # noqa: PLC0415

        return table_frame(self.table())

    def _repr_html_(self) -> str:
        labels = [("—" if p is None else p.label("id")) for p in _PREDICATES]
        transitions = self.predicate_transitions()
        head = "".join(f"<th>{html.escape(x)}</th>" for x in labels)
        body = "".join(
            f"<tr><th>{html.escape(labels[i])}</th>"
            + "".join(f"<td>{transitions.get((p, q), 0)}</td>" for q in _PREDICATES)
            + "</tr>"
            for i, p in enumerate(_PREDICATES)
        )
        return (
            f"<div><p>{html.escape(self.summary())}</p><table><tr><th>before \\ after</th>"
            f"{head}</tr>{body}</table></div>"
        )


def _grouped(amount: object, *, sign: bool = False) -> str:
    """Whole rupiah grouped the Indonesian way (`1.234.567`, `+1.000`)."""
    return format(amount, "+," if sign else ",").replace(",", ".")


def compare_policies(
    population: Population,
    before: Rules,
    after: Rules,
    *,
    engine: Engine = Engine.BATCH,
    errors: Literal["collect", "raise"] = "collect",
) -> PolicyComparison:
    """Run one population under two policies and compare them row by row.

    Args:
        population: The rows.
        before: The first policy's rules (e.g. `NATIONAL`'s or the Pemda's today), taken at a
            day of the paid month.
        after: The second policy's rules (e.g. a variant made with `with_overrides`), taken at
            a day of the same month.
        engine: The engine of both runs.
        errors: As for `evaluate_population`.

    Returns:
        The comparison: changed rows, the predikat transitions, the deltas and the totals.

    Raises:
        InvalidValueError: If the two rules are taken in different months.
    """
    if (
        isinstance(before, Rules)
        and isinstance(after, Rules)
        and ((before.on.year, before.on.month) != (after.on.year, after.on.month))
    ):
        raise InvalidValueError(
            "after",
            after.on,
            f"must be taken in the same month as before ({before.on.isoformat()})",
            reason_id=f"harus diambil pada bulan yang sama dengan before ({before.on.isoformat()})",
            code="month_mismatch",
        )
    return PolicyComparison(
        evaluate_population(population, before, engine=engine, errors=errors),
        evaluate_population(population, after, engine=engine, errors=errors),
    )
