"""Explanations people can read: wholly Indonesian or English, footnoted citations, a legend,
a summary form, `str()` and the HTML Jupyter shows."""

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kinerja_core as kc
from kinerja_core import Citation, Confidence, Explanation, InvalidValueError
from kinerja_core.core import ParameterUse, Step, Text
from kinerja_core.core._glossary import NAMES
from kinerja_core.core.explain import render_date, render_name, render_number
from kinerja_core.testing import strategies as kst
from snapshots.corpus import CORPUS, quickstart

# English words that must not appear in an Indonesian rendering. Words that are also Indonesian
# ("target", "rating", "parameter", "median", "total") are not listed; official terms and names
# ("Kurang/Misconduct", "BerAKHLAK", "kinerja-core") and abbreviations in capitals ("TO", the
# target output of PP 46/2011) are not English prose; nor is "a" ("ayat (2) huruf a").
ENGLISH = frozenset(
    re.findall(
        r"\w+",
        """
    an and are as at basis be by choice common default for force from half in indicator inputs
    input is judgement judgements legal mean not of on or policy polarity period programs
    realisation regulation result round rounded score scores seen silent the to up was weight
    weighted with work behaviour achievement aggregation supervisor proposed expectations
    meets above below good poor primary secondary software unconfirmed january february march
    may june july august october december none yes no
    """,
    )
)
WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")


def english_words(text):
    return sorted({w for w in WORD.findall(text) if w.lower() in ENGLISH and not w.isupper()})


def test_the_indonesian_quickstart_explanation_has_no_english_words():
    text = quickstart().render(lang="id")
    assert english_words(text) == []
    assert english_words(quickstart().render(lang="id", form="summary")) == []


def test_the_word_list_finds_english():
    found = english_words("masukan: indicator = X, weight = 50 (in force from), TO = 1, huruf a")
    assert found == ["force", "from", "in", "indicator", "weight"]


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_no_corpus_case_renders_english_words_in_indonesian(name):
    explanation = CORPUS[name]()
    for form in ("full", "summary"):
        assert english_words(explanation.render(lang="id", form=form)) == []


def test_indonesian_numbers_and_dates():
    text = quickstart().render(lang="id")
    assert "hasil: 112,5" in text
    assert "112.5" not in text
    assert "(berlaku sejak 1 Januari 2022)" in text
    english = quickstart().render(lang="en")
    assert "result: 112.5" in english
    assert "(in force from 1 January 2022)" in english


@pytest.mark.parametrize("name", sorted(CORPUS))
@pytest.mark.parametrize("lang", ["id", "en"])
def test_each_citation_is_printed_once_as_a_numbered_footnote(name, lang):
    explanation = CORPUS[name]()
    text = explanation.render(lang=lang)
    for number, citation in enumerate(explanation.citations, 1):
        assert text.count(citation.render(lang)) == 1
        assert f"\n[{number}] {citation.render(lang)}\n" in text
    footnotes = re.findall(r"^\[(\d+)\] ", text, flags=re.MULTILINE)
    assert footnotes == [str(n) for n in range(1, len(explanation.citations) + 1)]


def test_the_quickstart_cites_the_behaviour_scores_once_not_seven_times():
    text = quickstart().render(lang="id")
    assert text.count("Skor Di Bawah / Sesuai / Di Atas Ekspektasi = 1 / 2 / 3") == 1
    assert text.count("skor rating perilaku (Sesuai Ekspektasi) = 2") == 8  # each use, marked [4]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_legend_explains_every_tag_shown(lang):
    explanation = quickstart()
    text = explanation.render(lang=lang)
    legend = text.split(
        {"id": "Tingkat keyakinan sumber:", "en": "Confidence of the sources:"}[lang]
    )
    assert len(legend) == 2
    shown = {c.confidence for c in explanation.citations}
    assert shown == {Confidence.PRIMARY, Confidence.SOFTWARE, Confidence.POLICY_CHOICE}
    for confidence in shown:
        assert f"\n[{confidence.tag_in(lang)}] {confidence.meaning(lang)}" in legend[1]
    assert f"[{Confidence.SECONDARY.tag_in(lang)}]" not in legend[1]


def test_tags_in_indonesian_are_indonesian():
    assert Confidence.POLICY_CHOICE.tag_in("id") == "PILIHAN KEBIJAKAN"
    assert Confidence.UNCONFIRMED.tag_in("id") == "BELUM TERKONFIRMASI"
    assert Confidence.UNCONFIRMED.tag_in("en") == Confidence.UNCONFIRMED.tag == "UNCONFIRMED"
    for confidence in Confidence:
        assert english_words(confidence.meaning("id")) == []
    with pytest.raises(InvalidValueError, match="lang"):
        Confidence.PRIMARY.meaning("fr")


def test_the_summary_gives_the_predikat_and_the_facts_that_decided_it():
    summary = quickstart().render(lang="id", form="summary").splitlines()
    assert summary[0] == "Predikat kinerja: Baik"
    assert summary[1] == "Ditentukan oleh:"
    facts = summary[2:]
    assert 3 <= len(facts) <= 6
    assert facts == [
        "- Rezim penilaian: PermenPANRB 6/2022",
        "- Capaian SKP tertimbang (%): 112,5",
        "- Usulan rating hasil kerja: Di Atas Ekspektasi",
        "- Rating perilaku kerja: Sesuai Ekspektasi",
    ]
    english = quickstart().render(lang="en", form="summary").splitlines()
    assert english[:2] == ["Performance predicate: Good", "Decided by:"]


@pytest.mark.parametrize("name", ["pp46_official_example", "pp30_items_with_peers", "unit_head"])
def test_every_regime_summarises_in_three_to_six_facts(name):
    lines = CORPUS[name]().render(lang="id", form="summary").splitlines()
    assert lines[1] == "Ditentukan oleh:"
    assert 2 <= len(lines[2:]) <= 6


def test_a_summary_without_marked_facts_shows_the_last_step():
    steps = [Step(Text("a", "a"), result=Decimal(1)), Step(Text("b", "bee"), result=Decimal("2.5"))]
    assert Explanation(steps).render(lang="id", form="summary") == "b: 2,5"
    assert Explanation(steps).render(lang="en", form="summary") == "bee: 2.5"
    assert Explanation().render(lang="id", form="summary") == "(tidak ada langkah)"
    assert Explanation([Step(Text("c", "c"))]).render(lang="en", form="summary") == "c"


def test_the_form_is_checked():
    with pytest.raises(InvalidValueError) as caught:
        quickstart().render(lang="id", form="short")  # type: ignore[arg-type]
    assert caught.value.field == "form"


def test_str_renders_the_full_form_in_indonesian():
    explanation = quickstart()
    assert str(explanation) == explanation.render(lang="id")
    assert str(explanation).startswith("1. Rezim: PermenPANRB 6/2022")


def test_html_is_escaped_and_holds_the_summary_and_the_steps():
    cite = Citation("PP <1>", "Pasal & 2", Text("catatan <b>", "note <b>"))
    step = Step(
        Text("Aturan <script>alert(1)</script>", "Rule <script>"),
        inputs={"realisation": Decimal("1.5")},
        result=Text("<i>ya</i>", "<i>yes</i>"),
        citation=cite,
        fact=Text("Fakta & hasil", "Fact & result"),
    )
    html = Explanation([step])._repr_html_()
    assert "<script>" not in html
    assert "<b>" not in html
    assert "<i>" not in html
    assert "&lt;script&gt;" in html
    assert "Fakta &amp; hasil: &lt;i&gt;ya&lt;/i&gt;" in html
    assert "PP &lt;1&gt;, Pasal &amp; 2 [P] — catatan &lt;b&gt;" in html
    assert html.startswith('<div class="kinerja-explanation">')
    assert html.endswith("</div>")


def test_results_and_outcomes_show_html_in_jupyter():
    plan = kc.PerformancePlan(
        "198507122010012003",
        kc.Period.year(2024),
        [kc.PlanItem(kc.Indicator("Dokumen <terbit>", "dokumen"), 100, 100)],
    )
    result = kc.evaluate(
        kc.PerformanceCase(
            plan, behaviour=kc.Rating.MEETS_EXPECTATIONS, work_result=kc.Rating.MEETS_EXPECTATIONS
        )
    )
    html = result._repr_html_()
    assert "<strong>Predikat kinerja: Baik</strong>" in html
    assert "<summary>Langkah lengkap</summary>" in html
    assert "Evaluation(" in html
    assert "<terbit>" not in html
    outcome = kc.explain(
        kc.performance_predicate, kc.Rating.MEETS_EXPECTATIONS, kc.Rating.MEETS_EXPECTATIONS
    )
    assert "<strong>Predikat kinerja: Baik</strong>" in outcome._repr_html_()
    assert "Explained(value=" in outcome._repr_html_()


@settings(max_examples=50)
@given(
    st.decimals(
        allow_nan=False, allow_infinity=False, places=4, min_value=-(10**12), max_value=10**12
    )
)
def test_numbers_render_exactly_in_both_languages(number):
    english = render_number(number, "en")
    assert Decimal(english) == number
    assert english == format(number, "f")
    indonesian = render_number(number, "id")
    assert Decimal(indonesian.replace(".", "").replace(",", ".")) == number
    whole = indonesian.lstrip("-").split(",")[0]
    assert all(len(group) == 3 for group in whole.split(".")[1:])
    assert 1 <= len(whole.split(".")[0]) <= 3


def test_number_examples():
    assert render_number(1000000, "id") == "1.000.000"
    assert render_number(Decimal("112.5"), "id") == "112,5"
    assert render_number(Decimal("112.5"), "en") == "112.5"
    assert render_number(Decimal("-1234.50"), "id") == "-1.234,50"
    assert render_number(Decimal("1E+3"), "en") == "1000"
    assert render_number(Decimal("Infinity"), "id") == "Infinity"


def test_dates():
    assert render_date(date(2024, 12, 31), "id") == "31 Desember 2024"
    assert render_date(date(2024, 12, 31), "en") == "31 December 2024"
    assert render_date(date(2021, 8, 17), "id") == "17 Agustus 2021"


def test_a_year_is_not_grouped_like_a_quantity():
    text = CORPUS["skp_deadline_2024"]().render(lang="id")
    assert "masukan: tahun = 2024\n" in text
    assert "hasil: 31 Januari 2024" in text


def test_names_render_through_the_glossary():
    assert render_name("realisation", "id") == "realisasi"
    assert render_name("behaviour_scores[Sesuai Ekspektasi]", "id") == (
        "skor rating perilaku (Sesuai Ekspektasi)"
    )
    assert render_name("no_such_name", "en") == "no_such_name"
    assert render_name("IKI-1.2 (50 %)", "id") == "IKI-1.2 (50 %)"  # a code is a name


def test_every_identifier_the_rules_use_has_words_in_both_languages():
    identifier = re.compile(r"^[a-z][a-z0-9_]*$")
    used = set()
    for build in CORPUS.values():
        for step in build().steps:
            used.update(name for name, _ in step.inputs)
            used.update(use.name.split("[")[0] for use in step.parameters)
    missing = sorted(name for name in used if identifier.match(name) and name not in NAMES)
    assert missing == []
    for name in kc.NATIONAL.parameters:
        assert name in NAMES, name


def test_citations_with_bilingual_text_render_and_convert():
    cite = Citation("PP 30/2019", Text("pasal", "article"), Text("catatan", "note"))
    assert cite.render("id") == "PP 30/2019, pasal [P] — catatan"
    assert str(cite) == cite.render("en") == "PP 30/2019, article [P] — note"
    assert cite.to_dict()["note"] == {"id": "catatan", "en": "note"}
    assert Citation("PP 30/2019", "Pasal 41", "sama").to_dict()["note"] == "sama"
    with pytest.raises(InvalidValueError, match="article"):
        Citation("PP 30/2019", "")
    with pytest.raises(InvalidValueError, match="note"):
        Citation("PP 30/2019", "Pasal 41", 3)  # type: ignore[arg-type]


def test_every_national_citation_has_indonesian_notes():
    for parameter in kc.NATIONAL.parameters.values():
        for version in parameter.versions:
            cite = version.citation
            assert english_words(cite.render("id").replace(cite.regulation, "")) == [], cite


def test_step_render_carries_its_own_footnotes():
    cite = Citation("PP 30/2019", "Pasal 41")
    step = Step(
        Text("a", "b"),
        parameters=[ParameterUse("x", 1, date(2020, 1, 1), cite)],
        citation=cite,
        fact=Text("f", "f"),
    )
    assert step.render("id").splitlines()[:3] == [
        "a [1]",
        "   parameter: x = 1 (berlaku sejak 1 Januari 2020) [1]",
        "",
    ]
    assert step.to_dict()["fact"] == {"id": "f", "en": "f"}
    with pytest.raises(InvalidValueError, match="fact"):
        Step(Text("a", "b"), fact="f")  # type: ignore[arg-type]


DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_the_quickstart_pages_show_what_the_library_prints():
    english = (DOCS / "quickstart.md").read_text(encoding="utf-8")
    indonesian = (DOCS / "quickstart-id.md").read_text(encoding="utf-8")
    assert quickstart().render(lang="en", form="summary") in english
    assert quickstart().render(lang="id", form="summary") in indonesian
    rating = kc.Rating
    outcome = kc.explain(
        kc.performance_predicate, rating.ABOVE_EXPECTATIONS, rating.MEETS_EXPECTATIONS
    )
    assert outcome.explanation.render(lang="en") in english
    assert outcome.explanation.render(lang="id") in indonesian
    for block in re.findall(r"```text\n(.*?)```", indonesian, flags=re.DOTALL):
        assert english_words(block) == []


@settings(max_examples=30)
@given(kst.explanations(), st.sampled_from(["id", "en"]))
def test_any_explanation_prints_its_citations_once_each_in_order(explanation, lang):
    text = explanation.render(lang=lang)
    footnotes = [line for line in text.splitlines() if re.match(r"^\[\d+\] ", line)]
    legend = {f"[{c.tag_in(lang)}] {c.meaning(lang)}" for c in Confidence}
    footnotes = [line for line in footnotes if line not in legend]
    assert footnotes == [f"[{n}] {c.render(lang)}" for n, c in enumerate(explanation.citations, 1)]
    for citation in explanation.citations:
        assert f"[{citation.confidence.tag_in(lang)}] {citation.confidence.meaning(lang)}" in text
    assert str(explanation) == explanation.render(lang="id")


@settings(max_examples=30)
@given(kst.explanations(), st.sampled_from(["id", "en"]))
def test_any_summary_is_the_last_deciding_step_and_the_others_as_facts(explanation, lang):
    lines = explanation.render(lang=lang, form="summary").splitlines()
    deciding = [s for s in explanation.steps if s.fact is not None] or list(explanation.steps[-1:])
    assert len(lines) == (1 if len(deciding) <= 1 else 1 + len(deciding))
    if deciding:
        assert lines[0] == deciding[-1]._fact(lang)
    html = explanation._repr_html_()
    assert html.count("<li>") == max(len(deciding) - 1, 0)
