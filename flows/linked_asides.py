"""Messages of a participant already in the programme read before anything else outside a form,
whatever the NLU made of them (probe p22b), each answered by its own module:

- "akun sy bakal dihapus ga?": asked, no erasure (``account_kept``);
- "knp ga boleh, kan satu kk", "sy yg beliin boleh?": no eligibility quiz (``own_name_asks``);
- "kalo kasih bintang 1 insentif dipotong ga": no incentive complaint (``rating_value_asked``);
- "makasih min, sy udh buka usaha kopi": thanked, no lecture (``thanks_story``);
- "kalo 2 pelatihan bisa ga?" after the balance: one after another (``two_courses``);
- "kemaren cs bilang minggu ini": heard, a person offered, not queued (``cs_said``);
- "anak sy sakit butuh uang, insentif kok gagal terus": heard, then the record
  (``hardship_heard``).

Each is narrow (its words, most also the answer just before), so the readers after it keep the
rest."""

from __future__ import annotations

from collections.abc import Callable

from flows import (
    account_kept,
    cs_said,
    hardship_heard,
    own_name_asks,
    rating_value_asked,
    thanks_story,
    two_courses,
)
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, Step


def answer(
    turn: FlowTurn, on_intent: Callable[[FlowTurn, str], Step]
) -> Ask[list[Outbound] | None]:
    """The first of these answers, else None."""
    said = account_kept.answer(turn) or own_name_asks.answer(turn)
    said = said or rating_value_asked.answer(turn) or thanks_story.answer(turn)
    said = said or cs_said.answer(turn)
    if said is not None:
        return said
    said = yield from two_courses.answer(turn)
    return said if said is not None else (yield from hardship_heard.answer(turn, on_intent))


def files_provider(turn: FlowTurn) -> bool:
    """ "trus sy mau lapor pelatihannya jelek" right after the stars' answer offered it."""
    return rating_value_asked.files_provider(turn)


__all__ = ["answer", "files_provider"]
