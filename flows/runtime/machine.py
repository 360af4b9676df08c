"""Declared state machines: a flow is states (questions, actions, endings) and guarded moves.

A question state names the slot it fills and how to validate it; an action state does work
(yields queries for reads and writes) and may set slots; a final state ends the flow with a
message. Prompts live in the response catalogue under ``<flow>.<state>.ask`` (and ``.simple``
for the simpler re-ask after misses); endings under ``<flow>.<state>.say``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from flows.messages import Button, Meaning, Outbound
from flows.responses import text
from flows.result import Result
from flows.turn import Ask, FlowContext, Message
from storage.sessions import Session

Slots = dict[str, Any]
Validator = Callable[[Message, Slots, FlowContext], Result]
Guard = Callable[[Slots, FlowContext], bool]


@dataclass(slots=True)
class FlowTurn:
    """One turn as a flow step sees it."""

    session: Session
    message: Message
    ctx: FlowContext

    @property
    def lang(self) -> str:
        return self.session.language

    @property
    def slots(self) -> Slots:
        return self.session.slots

    def say(self, key: str, **params: object) -> str:
        return text(self.lang, key, **params)

    def reply(self, key: str, *buttons: Button, **params: object) -> Outbound:
        style: Literal["buttons", "list"] = "list" if len(buttons) > 3 else "buttons"
        return Outbound(text(self.lang, key, **params), tuple(buttons), style=style)

    def button(
        self, key: str, payload: str, *, means: Meaning | None = None, **params: object
    ) -> Button:
        return Button(text(self.lang, key, **params), payload, means)

    def menu_button(self, *, means: Meaning | None = None) -> Button:
        """``means="no"`` where the menu is the way to decline ("Mau dihubungkan ...?")."""
        return self.button("menu.button", "menu", means=means)


Action = Callable[[FlowTurn], Ask[list[Outbound]]]
Params = Callable[[FlowTurn], Mapping[str, object]]
Buttons = Callable[[FlowTurn], tuple[Button, ...]]


@dataclass(frozen=True, slots=True)
class Option:
    """A button answer: ``value`` is stored in the slot, ``label`` is a response key."""

    value: str
    label: str
    means: Meaning | None = None  # the option a plain typed "ya" / "tidak" chooses


@dataclass(frozen=True, slots=True)
class Slot:
    name: str
    validate: Validator | None = None  # typed answers; options are matched by their payload
    options: tuple[Option, ...] = ()
    free_text: bool = False  # any text is an answer; digressions need a confident intent
    correctable: bool = False  # may be corrected later ("eh salah, lahirku 5 mei 2001")
    request_contact: bool = False  # channels may offer "share my phone number"
    sensitive: bool = False  # personal data: masked in handoff summaries
    entity: str | None = None  # a message carrying it answers, whatever else it reads as
    stale_taps: bool = False  # an earlier question's button tapped here goes to ``validate``


@dataclass(frozen=True, slots=True)
class Go:
    """Move to ``target`` when ``when`` holds (no guard: always). ``label`` names the guard."""

    target: str
    when: Guard | None = None
    label: str = ""


@dataclass(frozen=True, slots=True)
class State:
    name: str
    slot: Slot | None = None
    action: Action | None = None
    go: tuple[Go, ...] = ()
    final: bool = False
    params: Params | None = None
    buttons: Buttons | None = None
    ask_again: bool = False  # ask even when the slot is already filled (confirmations)


@dataclass(frozen=True, slots=True)
class Flow:
    name: str
    start: str
    states: tuple[State, ...]
    prefill: Callable[[Message, FlowContext], Slots] | None = None
    fills_ahead: bool = False  # later messages may answer questions not asked yet (by prefill)
    reads_ahead: Callable[[Message, FlowContext], Slots] | None = None  # for those: not prefill
    confirm_cancel: bool = True
    cancel_when_empty: bool = False  # nothing answered yet: cancelled without "are you sure?"
    description: str = ""
    _index: dict[str, State] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._index.update({state.name: state for state in self.states})
        problems = self.problems()
        if problems:
            raise ValueError(f"flow {self.name!r}: " + "; ".join(problems))

    def state(self, name: str) -> State:
        return self._index[name]

    def state_names(self) -> list[str]:
        """The start state first, then the others as declared (the order of a funnel)."""
        return [self.start, *(s.name for s in self.states if s.name != self.start)]

    def problems(self) -> list[str]:
        """Structural errors: unknown targets, dead ends, unreachable states."""
        found: list[str] = []
        if self.start not in self._index:
            found.append(f"start state {self.start!r} is not declared")
        for state in self.states:
            for move in state.go:
                if move.target not in self._index:
                    found.append(f"{state.name} -> unknown state {move.target!r}")
            if state.final and state.go:
                found.append(f"final state {state.name} has moves")
            if not state.final and not state.go:
                found.append(f"state {state.name} is a dead end (no moves, not final)")
            if state.go and state.go[-1].when is not None:
                found.append(f"state {state.name} has no unguarded last move")
        reachable = {self.start}
        frontier = [self.start]
        while frontier:
            current = self._index.get(frontier.pop())
            for move in current.go if current else ():
                if move.target not in reachable:
                    reachable.add(move.target)
                    frontier.append(move.target)
        found += [f"state {s.name} is unreachable" for s in self.states if s.name not in reachable]
        return found

    def next_state(self, state: State, slots: Slots, ctx: FlowContext) -> str:
        for move in state.go:
            if move.when is None or move.when(slots, ctx):
                return move.target
        raise LookupError(f"{self.name}.{state.name}: no move applies")  # declared away above


def yes_no_options(*, typed: bool = True) -> tuple[Option, ...]:
    """Ya / Tidak. ``typed=False`` for a question about a fact: only the flow's own reading of
    the answer counts, so a typed "lanjut" is not taken for "Ya" ("ever received Prakerja?")."""
    if not typed:
        return (Option("yes", "common.yes"), Option("no", "common.no"))
    return (Option("yes", "common.yes", "yes"), Option("no", "common.no", "no"))
