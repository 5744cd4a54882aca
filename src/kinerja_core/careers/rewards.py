"""Rewards and priorities that follow from a run of good years (institution policy).

PP 30/2019 Pasal 53 gives priority for the talent pool (kelompok rencana suksesi) to a PNS rated
Sangat Baik 2 years in a row, and priority for competency development to one rated Baik 2 years
in a row; the seeds of the performance-management reform name certificates, financial
incentives and advanced training for those who meet or exceed their targets. Which reward needs
what is institution policy: one parameter
([`REWARD_RULES`][kinerja_core.careers.REWARD_RULES]) with a documented national default, read
on the 2022 predikat scale (a history may reach back across regimes).
"""

from __future__ import annotations

from collections.abc import Sequence

from kinerja_core.careers.eligibility import Condition, Eligibility
from kinerja_core.careers.history import YearResult, by_year, checked_history, on_scale
from kinerja_core.careers.promotion_specs import REWARD_RULES, Reward
from kinerja_core.core._validators import check_member, check_whole
from kinerja_core.core.explain import Explanation, Step, Text, explained_by, explains_result
from kinerja_core.core.law import Citation
from kinerja_core.core.parameters import Rules
from kinerja_core.national import rules_or_national

__all__ = ["reward_eligibility"]

_PASAL_53 = Citation(
    "PP 30/2019",
    "Pasal 53",
    Text(
        "Sangat Baik 2 tahun berturut-turut: dapat diprioritaskan masuk kelompok rencana "
        "suksesi; Baik 2 tahun berturut-turut: diprioritaskan mengikuti pengembangan kompetensi.",
        "Sangat Baik 2 years in a row: may be prioritised for the succession pool; Baik 2 years "
        "in a row: prioritised for competency development.",
    ),
)
_BY_LAW = frozenset({Reward.TALENT_POOL, Reward.DEVELOPMENT})


def _reward(
    reward: Reward,
    *,
    year: int,
    history: Sequence[YearResult],
    rules: Rules | None = None,
) -> Eligibility:
    reward = check_member(reward, Reward, field="reward")
    year = check_whole(year, field="year", low=1970, high=2100)
    results = checked_history(history)
    applied = rules_or_national(rules)
    table = applied.resolve(REWARD_RULES)
    rule = table.value.lookup(reward, field="reward")
    found = by_year(results)
    years = list(range(year - rule.consecutive_years + 1, year + 1))
    steps: list[Step] = [
        Step(
            Text(f"Syarat {reward.value}", f"Requirement of {reward.label('en')}"),
            inputs=(("reward", reward),),
            parameters=[table.use(rule, entry=reward.value)],
            result=rule,
        )
    ]
    citation = _PASAL_53 if reward in _BY_LAW else table.citation
    conditions = []
    for each in years:
        requirement = Text(
            f"Predikat tahun {each} paling rendah {rule.minimum_predicate.label('id')}",
            f"The predikat of {each} at least {rule.minimum_predicate.label('en')}",
        )
        result = found.get(each)
        if result is None:
            conditions.append(
                Condition(
                    f"performance_{each}",
                    False,
                    requirement,
                    found=Text(f"tidak ada penilaian {each}", f"no appraisal for {each}"),
                    citation=citation,
                )
            )
            continue
        scaled, use = on_scale(result, applied)
        if use is not None:
            steps.append(
                Step(
                    Text(
                        f"Hasil {each} dibaca pada skala predikat 2022",
                        f"The result of {each} read on the 2022 predikat scale",
                    ),
                    inputs=(("year", each), ("result", result)),
                    parameters=[use],
                    result=scaled,
                )
            )
        conditions.append(
            Condition(
                f"performance_{each}",
                scaled.rank >= rule.minimum_predicate.rank,
                requirement,
                found=Text(scaled.label("id"), scaled.label("en")),
                citation=citation,
            )
        )
    explanation = Explanation(tuple(steps))
    return Eligibility.of(conditions, steps=lambda: explanation)


@explained_by(explains_result(_reward))
def reward_eligibility(
    reward: Reward,
    *,
    year: int,
    history: Sequence[YearResult],
    rules: Rules | None = None,
) -> Eligibility:
    """Whether an employee's latest years earn a reward or a priority, by institution policy.

    The rule of each reward ([`REWARD_RULES`][kinerja_core.careers.REWARD_RULES]) is a number of
    consecutive years, ending with `year`, each at least a predikat. Nationally: talent-pool
    priority after 2 years Sangat Baik and development priority after 2 years Baik (PP 30/2019
    Pasal 53); a certificate, advanced training (1 year Baik) and a financial incentive (1 year
    Sangat Baik) are kinerja-core's documented default, for each institution to set.

    Args:
        reward: The reward or priority.
        year: The latest appraisal year.
        history: The annual results, one per year, in any regime's vocabulary.
        rules: The rules to apply (an institution's policy); default: the latest national rules.

    Returns:
        The answer (no `earliest`: it depends on appraisals not yet made).

    Raises:
        InvalidValueError: If an input is of the wrong type.

    Examples:
        >>> from kinerja_core import Predicate
        >>> reward_eligibility(Reward.TALENT_POOL, year=2024, history=[
        ...     YearResult.of(2023, Predicate.VERY_GOOD),
        ...     YearResult.of(2024, Predicate.VERY_GOOD)]).eligible
        True
    """
    return _reward(reward, year=year, history=history, rules=rules)
