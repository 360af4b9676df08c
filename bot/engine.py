"""One turn: dedup -> lock -> session -> NLU -> flows -> replies -> persist.

The single entry point every channel uses (web chat, console, Telegram, WhatsApp, an agent's
reply). It never sees a channel payload: only ``Inbound`` in, ``Outbound`` out.

Idle expiry and ``Session.last_activity`` use the turn's time (``bot.turn_time``: the message's
own, as flows see it); the replies are recorded at ``clock()`` (the wall clock, or a
conversation test's time).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from typing import Any, Protocol

import orjson

from bot.logs import get_logger
from bot.metrics import Metrics
from bot.privacy import mask_nik, mask_pii
from bot.request_beside_data import enough, reread, without_data, worth_rereading
from bot.transcript import BufferedTranscript
from bot.turn_time import Clock, turn_time, wall_clock
from bot.typed_choice import chosen, offered
from flows import FlowContext, Inbound, Message, Outbound, ParticipantQuery, Query, respond
from flows.messages import MAX_TEXT_LENGTH
from flows.parking import waits_for_code
from flows.responses import LANGUAGES
from flows.responses import text as response_text
from flows.safety import strip_codes_typed, strip_issued_codes, strip_pasted, strip_secrets
from nlu import NLUError
from nlu.clauses import clauses
from nlu.types import ParseResult
from storage.keys import ConversationKey
from storage.repositories.transcript import TranscriptEntry
from storage.sessions import Session, SessionStore

log = get_logger(__name__)

QueryAnswerer = Callable[[Query], Awaitable[Any]]


class IntentParser(Protocol):
    """The NLU seam: ``aparse(text)`` returning an nlu.ParseResult-like object."""

    async def aparse(self, text: str) -> Any: ...


class Engine:
    def __init__(
        self,
        *,
        sessions: SessionStore,
        answer: QueryAnswerer,
        transcript: BufferedTranscript,
        context: FlowContext,
        metrics: Metrics,
        parser: IntentParser | None = None,
        idle_timeout_seconds: float = 30 * 60,
        clock: Clock = wall_clock,
    ) -> None:
        self._sessions = sessions
        self._answer = answer
        self._transcript = transcript
        self._context = context
        self._metrics = metrics
        self._parser = parser
        self._idle_timeout = idle_timeout_seconds
        self.clock = clock

    async def handle(self, inbound: Inbound) -> list[Outbound]:
        """Process one inbound message and return the replies to send."""
        started = time.perf_counter()
        key = inbound.key
        outcome = "ok"
        try:
            async with self._sessions.turn(key, inbound.message_id) as turn:
                if turn.prior is not None:
                    outcome = "duplicate"
                    return [Outbound.from_dict(item) for item in orjson.loads(turn.prior)]
                fresh = turn.session is None
                session, replies = await self._turn(key, inbound, turn.session or Session(), fresh)
                await turn.commit(session, orjson.dumps([reply.to_dict() for reply in replies]))
                return replies
        except Exception as exc:
            outcome = "error"
            self._metrics.errors.labels(kind=type(exc).__name__).inc()
            raise
        finally:
            self._metrics.turns.labels(channel=inbound.channel, outcome=outcome).inc()
            elapsed = time.perf_counter() - started
            self._metrics.turn_seconds.labels(channel=inbound.channel).observe(elapsed)

    async def _turn(
        self, key: ConversationKey, inbound: Inbound, session: Session, fresh: bool = False
    ) -> tuple[Session | None, list[Outbound]]:
        """Run the flows; return the session to save (None: keep the stored one) and replies."""
        now = turn_time(inbound.timestamp, self.clock()).timestamp()
        if session.is_idle(now, self._idle_timeout):
            session.expire()
        if session.handoff != "agent":  # a person reads what is typed to them
            inbound = chosen(inbound, session.offered, session.suspended is not None)
        code_asked = waits_for_code(session)  # a bare code is kept masked (parked flow too)
        # a voucher code pasted alone is masked; an order number typed for a form or staff is not
        pasted = session.flow is None and session.handoff != "agent"
        parse = await self._parse(inbound)
        message = _message(inbound, parse)
        if parse is not None and inbound.text:
            message = replace(message, parts=await self._parts(inbound.text))
        session.entered = []
        try:
            if fresh:
                await self._returning(session, inbound)
            replies = await self._run_flow(session, message)
        except Exception as exc:
            # A bug in a flow must not lose the message: record it, apologise, keep the state.
            log.exception("flow_failed", conversation=str(key), error=type(exc).__name__)
            self._metrics.errors.labels(kind="flow").inc()
            self._record(key, inbound, message, [], code_asked=code_asked, pasted=pasted)
            return None, [Outbound(response_text(session.language, "errors.internal"))]
        session.turns += 1
        # never back: a late delivery of an earlier message (WhatsApp may reorder them)
        session.last_activity = max(session.last_activity, now)
        session.offered = offered(replies)
        steps, session.entered = tuple(session.entered), []
        self._record(key, inbound, message, replies, steps, code_asked=code_asked, pasted=pasted)
        return session, replies

    async def _returning(self, session: Session, inbound: Inbound) -> None:
        """A new session of a linked participant starts in the language saved on their record
        (which a clearly written message of the other language overrides:
        ``flows.language_choice``)."""
        found = await self._answer(ParticipantQuery(inbound.channel, inbound.user_id))
        if found is not None:
            session.participant_id = found.id
            if found.language in LANGUAGES:
                session.language = found.language

    async def _parse(self, inbound: Inbound) -> Any:
        """The NLU result; when the NLU fails (a Rasa server away) the turn goes on unparsed."""
        if inbound.payload is not None or not inbound.text:
            return None
        parse = await self._parse_text(inbound.text[:MAX_TEXT_LENGTH])
        if not worth_rereading(parse):
            return parse
        rest = without_data(parse.text, parse.entities)
        again = await self._parse_text(rest) if rest is not None and enough(rest) else None
        return reread(parse, again) if isinstance(again, ParseResult) else parse

    async def _parse_text(self, text: str) -> Any:
        if self._parser is None:
            return None
        try:
            return await self._parser.aparse(text)
        except NLUError as exc:
            log.warning("nlu_unavailable", error=type(exc).__name__)
            self._metrics.errors.labels(kind="nlu").inc()
            return None

    async def _run_flow(self, session: Session, message: Message) -> list[Outbound]:
        steps = respond(session, message, self._context)
        try:
            query = next(steps)
            while True:
                answer = await self._answer(query)
                query = steps.send(answer)
        except StopIteration as done:
            replies: list[Outbound] = done.value
            return replies

    async def _parts(self, text: str) -> tuple[tuple[str, str, float], ...]:
        """Each question of a message that asks several, read on its own (confident ones)."""
        found = []
        for clause in clauses(text[:MAX_TEXT_LENGTH]):
            parsed = await self._parse_text(clause)
            if parsed is not None and not parsed.fallback:
                found.append((clause, str(parsed.intent.name), float(parsed.intent.confidence)))
        return tuple(found)

    def _record(
        self,
        key: ConversationKey,
        inbound: Inbound,
        message: Message,
        replies: Sequence[Outbound],
        steps: tuple[str, ...] = (),
        *,
        code_asked: bool = False,
        pasted: bool = False,
    ) -> None:
        sent_at = self.clock()
        typed = inbound.text
        if typed and code_asked:
            typed = strip_codes_typed(typed)
        if typed and pasted:
            typed = strip_pasted(typed)
        entries = [
            TranscriptEntry(
                direction="in",
                text=mask_pii(strip_secrets(typed)) if typed else typed,
                payload=inbound.payload,
                external_id=inbound.message_id,
                intent=message.intent,
                confidence=message.confidence if message.intent else None,
                entities=[_entity_dict(e) for e in message.entities] or None,
                created_at=inbound.timestamp,
                steps=steps,
            )
        ]
        entries += [
            TranscriptEntry(
                direction="out",
                text=mask_pii(strip_issued_codes(reply.text)),
                payload=orjson.dumps(reply.to_dict()["buttons"]).decode()
                if reply.buttons
                else None,
                external_id=None,
                intent=None,
                confidence=None,
                entities=None,
                created_at=sent_at,
                author=reply.author,  # a staff member's greeting: theirs (crm.chat_moves)
            )
            for reply in replies
        ]
        self._transcript.add(key, entries)


def _message(inbound: Inbound, parse: Any) -> Message:
    if parse is None:
        return Message(
            inbound.text,
            inbound.payload,
            inbound.contact,
            inbound.location,
            channel=inbound.channel,
            user_id=inbound.user_id,
            at=inbound.timestamp,
            client=inbound.client,
        )
    ranking = tuple(
        (str(item.name), float(item.confidence)) for item in getattr(parse, "ranking", ())
    )
    return Message(
        inbound.text,
        inbound.payload,
        inbound.contact,
        inbound.location,
        intent=parse.intent.name,
        confidence=float(parse.intent.confidence),
        entities=tuple(parse.entities),
        channel=inbound.channel,
        user_id=inbound.user_id,
        at=inbound.timestamp,
        ranking=ranking,
        ambiguous=bool(getattr(parse, "ambiguous", False)),
        client=inbound.client,
    )


def _entity_dict(entity: Any) -> dict[str, Any]:
    """What the transcript keeps of an entity: identifiers only masked, like the text."""
    value = entity.value
    if isinstance(value, str) and entity.entity in ("nik", "kk"):
        value = mask_nik(value)
    elif isinstance(value, str) and entity.entity in ("phone", "email"):
        value = mask_pii(value)
    return {
        "entity": entity.entity,
        "value": value,
        "start": entity.start,
        "end": entity.end,
    }
