"""Dated, cited parameters; policies that bundle them; regional overrides and what-if variants.

A *parameter* is a timeline of values. Each [`Version`][kinerja_core.Version] of a parameter has
the date from which it is in force and the [`Citation`][kinerja_core.Citation] of the rule that
set it. A [`Policy`][kinerja_core.Policy] bundles every parameter the library knows;
`policy.at(day)` gives the [`Rules`][kinerja_core.Rules] in force on that day, and formulas read
their numbers from a `Rules` snapshot, never from module constants.

`kinerja_core.NATIONAL` is the national policy. A Pemda's (or an instansi's) rules are a new
policy built with [`Policy.with_overrides`][kinerja_core.Policy.with_overrides]; a variant for a
"what if" experiment is one call to [`Policy.replace`][kinerja_core.Policy.replace]. Neither
touches the policy it starts from.

**How an override merges.** An override gives its own timeline for a parameter. On dates before
the override's first version, the base policy's timeline still applies; from that date on, only
the override's versions do (a later national amendment does not silently undo a regional rule:
the region states its own timeline).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from itertools import pairwise
from typing import Any, Generic, TypeVar, cast

import attrs

from kinerja_core.core._frozen import FrozenMap
from kinerja_core.core._validators import a_date, check_date, instance_of, non_blank, tuple_of
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import (
    InvalidValueError,
    KinerjaError,
    RuleNotInForceError,
    UnknownParameterError,
)
from kinerja_core.core.explain import ParameterUse, Text
from kinerja_core.core.law import Citation, Confidence

__all__ = [
    "Parameter",
    "ParameterSpec",
    "Policy",
    "PolicyOverrides",
    "Resolved",
    "Rules",
    "Version",
]

T = TypeVar("T")

_LATEST = object()
"""The memo key of `Policy.latest()`."""

_UNBUILT = object()
"""The memo's marker for "not built yet" (a build may return `None`)."""

_MAX_SNAPSHOTS = 4096
"""How many dated `Rules` snapshots a policy keeps for reuse (`Policy.at` is memoised)."""


@attrs.frozen
class ParameterSpec(Generic[T]):
    """What a parameter is: its name, meaning, and how a candidate value is checked.

    The spec is also the typed key for reading the parameter from [`Rules`][kinerja_core.Rules]:
    `rules[PREDICATE_MATRIX]` is typed as the spec's value type.

    Attributes:
        name: The parameter's name (snake_case, unique within a policy).
        description: What the parameter means, in one sentence.
        check: Validates a candidate value and returns it normalised (e.g. as an immutable
            table); raises a `KinerjaError` naming what is wrong.
        institution_only: Whether only an institution sets the parameter (a Pemda's TPP
            rules, say): the national policy has no timeline for it, a policy adds one with
            `with_overrides`, and reading it from a policy that lacks it is an error naming it.
    """

    name: str = attrs.field(validator=non_blank)
    description: str = attrs.field(validator=non_blank)
    check: Callable[[object], T] = attrs.field(eq=False, repr=False)
    institution_only: bool = attrs.field(default=False, kw_only=True)

    def validate(self, value: object) -> T:
        """Check a candidate value for this parameter.

        Args:
            value: The candidate.

        Returns:
            The value, normalised.

        Raises:
            InvalidValueError: If the value does not fit the parameter (the error names the
                parameter and the reason).
        """
        try:
            return self.check(value)
        except KinerjaError as error:
            field = self.name if error.field == self.name else f"{self.name}: {error.field}"
            raise InvalidValueError(
                field, error.value, error.reason, reason_id=error.reason_id, code=error.code
            ) from error
        except (TypeError, ValueError, KeyError, AttributeError) as error:
            raise InvalidValueError(
                self.name,
                value,
                f"not a valid value ({error})",
                reason_id=f"bukan nilai yang sah ({error})",
            ) from error


@attrs.frozen
class Version(Generic[T], Document):
    """One value of a parameter, in force from a date, with its legal source.

    Attributes:
        effective_from: The first date on which the value applies.
        value: The value.
        citation: The regulation (article, lampiran) that sets the value.
    """

    effective_from: date = attrs.field(validator=a_date)
    value: T
    citation: Citation = attrs.field(validator=instance_of(Citation, "a Citation"))


def _versions(value: object) -> tuple[Version[Any], ...]:
    return tuple_of(Version, "a Version")("versions")(
        (value,) if isinstance(value, Version) else value
    )


@attrs.frozen
class Parameter(Generic[T]):
    """A parameter's whole timeline.

    Attributes:
        spec: What the parameter is.
        versions: Its values in order of `effective_from` (strictly increasing; at least one).
    """

    spec: ParameterSpec[T] = attrs.field(validator=instance_of(ParameterSpec, "a ParameterSpec"))
    versions: tuple[Version[T], ...] = attrs.field(converter=_versions)

    def __attrs_post_init__(self) -> None:
        if not self.versions:
            raise InvalidValueError(
                self.spec.name,
                self.versions,
                "needs at least one version",
                reason_id="memerlukan sedikitnya satu versi",
                code="empty",
            )
        for earlier, later in pairwise(self.versions):
            if later.effective_from <= earlier.effective_from:
                raise InvalidValueError(
                    self.spec.name,
                    later.effective_from,
                    "versions must have strictly increasing effective_from dates",
                    reason_id="tanggal berlaku (effective_from) versi-versinya harus terus naik",
                    code="out_of_order",
                )
        checked = tuple(attrs.evolve(v, value=self.spec.validate(v.value)) for v in self.versions)
        object.__setattr__(self, "versions", checked)

    @property
    def name(self) -> str:
        """The parameter's name."""
        return self.spec.name

    @property
    def first_effective(self) -> date:
        """The first date the parameter has a value."""
        return self.versions[0].effective_from

    def at(self, on: date) -> Version[T]:
        """The version in force on a date.

        Args:
            on: The date.

        Returns:
            The latest version whose `effective_from` is on or before `on`.

        Raises:
            RuleNotInForceError: If `on` is before the first version.
            InvalidValueError: If `on` is not a `date`.
        """
        check_date(on, field="on")
        found: Version[T] | None = None
        for version in self.versions:
            if version.effective_from > on:
                break
            found = version
        if found is None:
            raise RuleNotInForceError(
                self.name,
                on,
                f"no value in force on {on.isoformat()}; first in force from "
                f"{self.first_effective.isoformat()}",
                in_force_from=self.first_effective,
                reason_id=f"tidak ada nilai yang berlaku pada {on.isoformat()}; baru berlaku "
                f"mulai {self.first_effective.isoformat()}",
            )
        return found

    def merged_with(self, override: Sequence[Version[Any]]) -> Parameter[T]:
        """This timeline with `override` taking over from the override's first date.

        Args:
            override: The overriding versions (validated against the spec).

        Returns:
            The merged parameter.
        """
        replacement = Parameter(self.spec, override)
        start = replacement.first_effective
        kept = tuple(v for v in self.versions if v.effective_from < start)
        return Parameter(self.spec, kept + replacement.versions)


@attrs.frozen
class Resolved(Generic[T]):
    """A parameter value resolved for a date, with its provenance.

    Attributes:
        name: The parameter's name.
        value: The value in force.
        effective_from: Since when the value is in force.
        citation: The value's legal source.
    """

    name: str
    value: T
    effective_from: date
    citation: Citation

    def use(self, value: object = None, *, entry: str | None = None) -> ParameterUse:
        """Record the use of this value (or of one entry of it) for an explanation.

        Args:
            value: The part of the value actually used (defaults to the whole value).
            entry: The key of the entry used, shown as `name[entry]`.

        Returns:
            A `ParameterUse` for a `Step`.
        """
        name = self.name if entry is None else f"{self.name}[{entry}]"
        used = self.value if value is None else value
        return ParameterUse(name, used, self.effective_from, self.citation)


SpecOrName = ParameterSpec[Any] | str


def _parameter_map(value: object) -> FrozenMap[str, Parameter[Any]]:
    candidates = value.values() if isinstance(value, Mapping) else value
    result: dict[str, Parameter[Any]] = {}
    for item in tuple_of(Parameter, "a Parameter")("parameters")(candidates):
        if item.name in result:
            raise InvalidValueError(
                "parameters",
                item.name,
                "parameter names must be unique",
                reason_id="nama parameter tidak boleh ganda",
                code="duplicate",
            )
        result[item.name] = item
    return FrozenMap(dict(sorted(result.items())))


def _spec_map(value: object) -> FrozenMap[str, ParameterSpec[Any]]:
    specs = value.values() if isinstance(value, Mapping) else value
    if isinstance(specs, str | bytes) or not isinstance(specs, Iterable):
        specs = (specs,)
    found: dict[str, ParameterSpec[Any]] = {}
    for spec in specs:
        if not isinstance(spec, ParameterSpec) or not spec.institution_only:
            raise InvalidValueError(
                "institution_specs",
                spec,
                "must hold institution-only ParameterSpecs",
                reason_id="harus berisi ParameterSpec yang ditetapkan tiap instansi",
                code="wrong_type",
            )
        found[spec.name] = spec
    return FrozenMap(found)


@attrs.frozen
class Policy:
    """A complete, dated set of rules: the national one, a region's, or a what-if variant.

    Attributes:
        name: A human name, e.g. `"Nasional"` or `"Pemda Kota Banjarbaru"`.
        parameters: Every parameter, by name.
        base: The policy this one was derived from, if any (for provenance).
        institution_specs: The institution-only parameters a derived policy may add by name
            (e.g. from a `PolicyOverrides` document), by name; inherited by derived policies.

    Examples:
        >>> from datetime import date
        >>> from kinerja_core import NATIONAL
        >>> from kinerja_core.performance import PREDICATE_MATRIX
        >>> rules = NATIONAL.at(date(2024, 12, 31))
        >>> len(rules[PREDICATE_MATRIX])
        9
    """

    name: str = attrs.field(validator=non_blank)
    parameters: FrozenMap[str, Parameter[Any]] = attrs.field(converter=_parameter_map, repr=False)
    base: Policy | None = attrs.field(default=None, repr=False, eq=False)
    institution_specs: FrozenMap[str, ParameterSpec[Any]] = attrs.field(
        factory=FrozenMap, converter=_spec_map, repr=False, eq=False, kw_only=True
    )
    _snapshots: dict[object, Rules] = attrs.field(factory=dict, init=False, repr=False, eq=False)

    def __contains__(self, key: object) -> bool:
        name = key.name if isinstance(key, ParameterSpec) else key
        return name in self.parameters

    def parameter(self, key: ParameterSpec[T] | str) -> Parameter[Any]:
        """A parameter's whole timeline.

        Args:
            key: The parameter's spec or name.

        Returns:
            The parameter.

        Raises:
            UnknownParameterError: If the policy has no such parameter.
        """
        name = key.name if isinstance(key, ParameterSpec) else key
        if not isinstance(name, str) or name not in self.parameters:
            if isinstance(key, ParameterSpec) and key.institution_only:
                raise UnknownParameterError(
                    key.name,
                    self.name,
                    self.parameters,
                    reason=f"is set by each institution and the policy {self.name!r} has no "
                    "value for it; add it with with_overrides (e.g. from the Perkada)",
                    reason_id=f"ditetapkan oleh tiap instansi dan kebijakan {self.name!r} belum "
                    "memuat nilainya; tambahkan dengan with_overrides (misalnya dari Perkada)",
                )
            raise UnknownParameterError("parameter", key, self.parameters)
        return self.parameters[name]

    def at(self, on: date) -> Rules:
        """The rules in force on a date.

        Args:
            on: The date (a `datetime.date`; the library never reads the clock).

        Returns:
            A `Rules` snapshot; asking it for a parameter that has no value on `on` raises
            `RuleNotInForceError`.

        Raises:
            InvalidValueError: If `on` is not a `date`.
        """
        found = self._snapshots.get(on) if type(on) is date else None
        if found is None:
            found = Rules(self, check_date(on, field="on"))
            if len(self._snapshots) >= _MAX_SNAPSHOTS:  # a bounded memo, not a leak
                self._snapshots.clear()
            self._snapshots[found.on] = found
        return found

    def latest(self) -> Rules:
        """The rules on the latest effective date in this policy's tables.

        This is deterministic (it depends on the tables, not on today's date). Functions that
        take `rules=None` use the national policy's `latest()`; pass `policy.at(day)` to pin
        the date instead.

        Returns:
            A `Rules` snapshot on the latest `effective_from` of any parameter.
        """
        newest = self._snapshots.get(_LATEST)
        if newest is None:
            day = max(v.effective_from for p in self.parameters.values() for v in p.versions)
            newest = self._snapshots[_LATEST] = self.at(day)
        return newest

    def with_overrides(
        self,
        name: str,
        overrides: Mapping[SpecOrName, Version[Any] | Sequence[Version[Any]]],
    ) -> Policy:
        """A new policy: this one with some parameters overridden (e.g. a Pemda's own rules).

        Args:
            name: The new policy's name (e.g. `"Pemda Kota Banjarbaru"`).
            overrides: For each parameter (by spec or name), one `Version` or a timeline of them,
                each with its own effective date and citation (e.g. the Perkada).

        Returns:
            The new policy; this one is unchanged.

        Raises:
            UnknownParameterError: If an override names a parameter the policy does not have
                (an institution-only spec, given as its spec, is added instead).
            InvalidValueError: If an override's value does not fit the parameter, or an override
                is not a `Version`/sequence of `Version`s.
        """
        if not isinstance(overrides, Mapping):
            raise InvalidValueError(
                "overrides",
                overrides,
                "must be a mapping of name to Version(s)",
                reason_id="harus berupa pemetaan dari nama ke Version (satu atau lebih)",
                code="wrong_type",
            )
        merged = dict(self.parameters)
        for given, versions in overrides.items():
            key = given
            if isinstance(given, str) and given not in self and given in self.institution_specs:
                key = self.institution_specs[given]  # an institution-only parameter, by name
            added = isinstance(key, ParameterSpec) and key.institution_only and key not in self
            key_name = key.name if isinstance(key, ParameterSpec) else str(key)
            timeline: object = (versions,) if isinstance(versions, Version) else versions
            if isinstance(timeline, str | bytes) or not isinstance(timeline, Sequence):
                if not added:
                    self.parameter(key)  # an unknown name is the first problem to report
                raise InvalidValueError(
                    key_name,
                    versions,
                    "an override must be a Version or a sequence of Versions",
                    reason_id="penggantian nilai harus berupa Version atau daftar Version",
                    code="wrong_type",
                )
            if added:
                merged[key_name] = Parameter(cast(ParameterSpec[Any], key), timeline)
            else:
                current = self.parameter(key)
                merged[current.name] = current.merged_with(timeline)
        return Policy(name, merged, base=self, institution_specs=self.institution_specs)

    def replace(
        self,
        values: Mapping[SpecOrName, object],
        *,
        name: str | None = None,
        effective_from: date | None = None,
        citation: Citation | None = None,
    ) -> Policy:
        """A what-if variant: some parameters take new values.

        Args:
            values: The new value for each parameter (by spec or name).
            name: The variant's name (default: `"<this name> (variant)"`).
            effective_from: From when the new values apply (default: from each parameter's first
                date, i.e. on every date the parameter exists).
            citation: The source to record (default: an unconfirmed "what-if" citation naming the
                variant, so explanations show the value is hypothetical).

        Returns:
            The variant; this policy is unchanged.

        Raises:
            UnknownParameterError: If a name is not a parameter of the policy.
            InvalidValueError: If a value does not fit its parameter.
        """
        if not isinstance(values, Mapping):
            raise InvalidValueError(
                "values",
                values,
                "must be a mapping of name to value",
                reason_id="harus berupa pemetaan dari nama ke nilai",
                code="wrong_type",
            )
        variant_name = name if name is not None else f"{self.name} (variant)"
        source = citation or Citation(
            "what-if",
            variant_name,
            Text(
                "nilai hipotetis",
                "hypothetical value",
            ),
            confidence=Confidence.UNCONFIRMED,
        )
        overrides: dict[SpecOrName, Version[Any]] = {}
        for key, value in values.items():
            start = effective_from or self.parameter(key).first_effective
            overrides[key] = Version(start, value, source)
        return self.with_overrides(variant_name, overrides)


@attrs.frozen
class Rules:
    """The rules of a policy in force on one date.

    Read a parameter with `rules[SPEC]` (typed), or with `rules.resolve(SPEC)` to get its
    effective date and citation too (for explanations).

    Attributes:
        policy: The policy.
        on: The date.
    """

    policy: Policy = attrs.field(
        validator=instance_of(Policy, "a Policy"), repr=lambda policy: repr(policy.name)
    )
    on: date = attrs.field(validator=a_date)
    _resolved: dict[str, Resolved[Any]] = attrs.field(
        factory=dict, init=False, repr=False, eq=False
    )
    _built: dict[Callable[[Rules], Any], Any] = attrs.field(
        factory=dict, init=False, repr=False, eq=False
    )

    @property
    def policy_name(self) -> str:
        """The name of the policy these rules come from."""
        return self.policy.name

    def resolve(self, spec: ParameterSpec[T]) -> Resolved[T]:
        """A parameter's value on this date, with provenance.

        Args:
            spec: The parameter's spec.

        Returns:
            The resolved value.

        Raises:
            UnknownParameterError: If the policy has no such parameter.
            RuleNotInForceError: If the parameter has no value on this date.
        """
        found = self._resolved.get(spec.name) if isinstance(spec, ParameterSpec) else None
        if found is None:
            parameter = cast(Parameter[T], self.policy.parameter(spec))
            version = parameter.at(self.on)
            found = Resolved(
                parameter.name, version.value, version.effective_from, version.citation
            )
            self._resolved[parameter.name] = found
        return cast(Resolved[T], found)

    def __getitem__(self, spec: ParameterSpec[T]) -> T:
        return self.resolve(spec).value

    def _compiled(self, build: Callable[[Rules], T]) -> T:
        """What `build(self)` returns, built once per snapshot and kept (internal).

        A rule's hot path compiles the parameters it reads on this date into a form it can use
        directly (e.g. a table as integer edges); the snapshot is immutable, so the compiled
        form stays valid for as long as the snapshot lives.

        Args:
            build: A pure function of the rules (the memo key).

        Returns:
            Its result for this snapshot.
        """
        found: T = self._built.get(build, _UNBUILT)
        if found is _UNBUILT:
            found = self._built[build] = build(self)
        return found

    def get(self, name: str) -> object:
        """A parameter's value by name (untyped; prefer `rules[SPEC]`).

        Args:
            name: The parameter's name.

        Returns:
            The value in force.
        """
        return self.resolve(self.policy.parameter(name).spec).value


def _override_map(value: object) -> FrozenMap[str, tuple[Version[Any], ...]]:
    if not isinstance(value, Mapping):
        raise InvalidValueError(
            "overrides",
            value,
            "must be a mapping of parameter names to timelines of Versions",
            reason_id="harus berupa pemetaan dari nama parameter ke rangkaian Version",
            code="wrong_type",
        )
    return FrozenMap({str(name): _versions(versions) for name, versions in value.items()})


@attrs.frozen
class PolicyOverrides(Document):
    """A region's (or a what-if) policy as a document: its name and the timelines it overrides.

    What a Pemda app stores or sends to say which rules it uses: `PolicyOverrides.of(policy)`
    records every parameter whose timeline differs from the base (by default `NATIONAL`), and
    `apply()` rebuilds the policy. Parameter values are written as tagged values, so band tables,
    matrices and value objects read back as what they were.

    Attributes:
        name: The policy's name (e.g. `"Pemda Kota Contoh"`).
        overrides: For each overridden parameter, its whole timeline of `Version`s.

    Examples:
        >>> from kinerja_core import NATIONAL
        >>> PolicyOverrides.of(NATIONAL, base=NATIONAL).overrides
        FrozenMap({})
    """

    __document_top__ = True

    name: str = attrs.field(validator=non_blank)
    overrides: FrozenMap[str, tuple[Version[Any], ...]] = attrs.field(
        factory=FrozenMap, converter=_override_map
    )

    @classmethod
    def of(cls, policy: Policy, *, base: Policy | None = None) -> PolicyOverrides:
        """The overrides that turn `base` into `policy`.

        Args:
            policy: The regional or what-if policy.
            base: The policy it derives from; default: `policy.base`, else the policy itself.

        Returns:
            The document (every parameter whose timeline differs from the base's).
        """
        start = base or policy.base or policy
        changed = {
            name: parameter.versions
            for name, parameter in policy.parameters.items()
            if name not in start.parameters or start.parameters[name] != parameter
        }
        return cls(policy.name, changed)

    def apply(self, base: Policy) -> Policy:
        """The policy: `base` with these overrides (see `Policy.with_overrides`).

        Args:
            base: The policy to override, e.g. `NATIONAL`.

        Returns:
            The new policy.
        """
        overrides: dict[SpecOrName, Sequence[Version[Any]]] = {}
        overrides.update(self.overrides.items())
        return base.with_overrides(self.name, overrides)
