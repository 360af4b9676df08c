"""What people say, told with no person asked for ("beneran? dl kata org gabisa"): the NLU reads
the "orang" in "kata orang" as a wish for one (human_agent 0.61), and a doubt about an answer
handed the chat over to staff mid-form. Only hearsay alone: "kata orang mending tanya cs, sambungin
dong" still asks for a person."""

from __future__ import annotations

import re

from flows.turn import Message

_HEARSAY = re.compile(
    r"\b(?:kata|kt)\s+(?:orang|org|orng|temen\w*|teman\w*|tetangga\w*)\b|\bkatanya\b"
    r"|\bpeople (?:say|said)\b"
)
_ASKS_STAFF = re.compile(
    r"\b(?:petugas|admin|cs|customer service|manusia|agent|human|sambung\w*|ngobrol|bicara|"
    r"talk|speak)\b"
)


def only_hearsay(message: Message) -> bool:
    """Whether the message tells what people say and asks for no person."""
    said = " ".join((message.text or "").lower().split())
    return bool(_HEARSAY.search(said)) and not _ASKS_STAFF.search(said)
