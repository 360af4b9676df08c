"""A homemaker's answer to "are you at school or university?" ("saya ibu rumah tangga aja",
"cuma di rumah ngurus anak", "I'm a housewife"): not at school, read as a "no" (before: "aku
belum menangkap jawabannya", or the fact noted and the school question asked again)."""

from __future__ import annotations

import re

from flows.eligibility_facts import studying
from flows.runtime.machine import Slots
from flows.turn import Message

_AT_HOME = re.compile(
    r"\b(?:ibu rumah tangga|ibu rt|irt|(?:ng|meng|m)?urus(?:in)? (?:anak|rumah|keluarga)|"
    r"di ?rumah (?:aja|ajah|saja|doang|aj)|jaga anak|momong anak|"
    r"housewife|homemaker|stay(?:-| )at(?:-| )home|look(?:ing)? after (?:my )?(?:kids|children))\b"
)


def at_home(lowered: str) -> bool:
    """A homemaker or someone at home, no study of their own named ("ngurus anak sekolah" is
    the child's)."""
    return bool(_AT_HOME.search(lowered)) and not studying(lowered)


def answered(lowered: str, slots: Slots) -> bool:
    """The school question answered by being at home: a "no", and no excluded job either
    (the job question is not asked then)."""
    if not at_home(lowered):
        return False
    slots.setdefault("occupation", "none")
    return True


def ahead(message: Message, said: Slots) -> Slots:
    """The check's facts read ahead of their question: being at home says one is not at
    school, the school question's own answer (so at that question it is the answer, not a job
    noted and the question asked again; the job is set by ``answered``)."""
    if message.payload is not None or not at_home((message.text or "").lower()):
        return said
    kept = {key: value for key, value in said.items() if key != "occupation" or value != "none"}
    return {**kept, "school": kept.get("school", "no")}


__all__ = ["ahead", "answered", "at_home"]
