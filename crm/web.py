"""The CRM console's HTTP routes under ``/crm`` (mounted by the bot's ASGI app).

Every page but the sign-in needs a valid staff session cookie; every POST also needs the
form's CSRF token. Pages carry no script and forbid framing and caching.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from crm import (
    analytics_pages,
    campaign_web,
    not_found_web,
    pages,
    presence_web,
    review_web,
    sign_in,
    ticket_web,
)  # fmt: skip
from crm.analytics_export import export, funnel_of, window_of
from crm.auth import COOKIE, MAX_ID
from crm.console import SUPERVISING, NotAllowed, NotFound, NotSent, NotYours, Undeliverable
from crm.http import HEADERS, crm_of, fields, first_values, html, see
from crm.notices import AWAY, DONE, MISSING, NOTICES, QUEUE_NOTICES, back_saying_why
from crm.reply_once import well_formed
from crm.return_to import login_url
from crm.transcript_view import messages as messages_shown
from storage.errors import LockTimeout, StoreUnavailable
from storage.repositories.staff import StaffRecord

STATIC = Path(__file__).resolve().parent / "static"


async def _agent(request: Request) -> StaffRecord | None:
    """The signed-in staff member: a genuine cookie whose session is still open (not signed
    out or revoked) and whose account is active."""
    crm = crm_of(request)
    claim = crm.sessions.claim(request.cookies.get(COOKIE))
    if claim is None:
        return None
    return await crm.staff.session_holder(claim.session_id, claim.staff_id)


Handler = Callable[[Request, StaffRecord, str], Awaitable[Response]]


def _refused(agent: StaffRecord) -> Response:
    return html(pages.page("Ditolak", "<p>Hanya supervisor dan admin.</p>", agent), 403)


def _supervisors(handler: Handler) -> Handler:
    """Only supervisors and admins get past (agents see a refusal)."""

    async def checked(request: Request, agent: StaffRecord, csrf: str) -> Response:
        if agent.role not in SUPERVISING:
            return _refused(agent)
        return await handler(request, agent, csrf)

    return checked


def _signed_in(handler: Handler, *, post: bool = False) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        agent = await _agent(request)
        if agent is None:  # back to this page after signing in (again); a form posted, or
            # a cookie sent, says a session had been open: it has ended
            ended = post or COOKIE in request.cookies
            return see(login_url(request.url.path, expired=ended))
        cookie = request.cookies.get(COOKIE, "")
        csrf = crm_of(request).sessions.csrf(cookie)
        await crm_of(request).console.seen(agent)  # still here: still available
        if post:
            request.state.fields = await fields(request)
            request.state.form = first_values(request.state.fields)
            if not crm_of(request).sessions.csrf_ok(cookie, request.state.form.get("csrf")):
                return html(pages.page("Ditolak", "<p>Formulir kedaluwarsa. Muat ulang.</p>"), 403)
        try:
            if not _ids_in_range(request):
                raise NotFound(request.url.path)
            return await handler(request, agent, csrf)
        except NotFound:
            return html(pages.page("Tidak ditemukan", f"<p>{MISSING}</p>", agent, csrf), 404)
        except (StoreUnavailable, LockTimeout):
            return html(pages.page("Layanan terganggu", f"<p>{AWAY}</p>", agent, csrf), 503)

    return endpoint


def _ids_in_range(request: Request) -> bool:
    """Ids in the path fit the database's 64-bit integers (a larger one names nothing)."""
    return all(
        not isinstance(value, int) or value <= MAX_ID for value in request.path_params.values()
    )


async def logout(request: Request, agent: StaffRecord, csrf: str) -> Response:
    """Sign out: the session is closed in the database, so a copy of the cookie is worthless
    on every worker."""
    crm = crm_of(request)
    claim = crm.sessions.claim(request.cookies.get(COOKIE))
    if claim is not None:
        await crm.staff.close_session(claim.session_id)
    await crm.console.set_available(agent, False)
    response = see("/crm/login?notice=signed_out")
    response.delete_cookie(COOKIE, path="/crm")
    return response


async def queue(request: Request, agent: StaffRecord, csrf: str) -> Response:
    console = crm_of(request).console
    items = await console.queue()
    notice = QUEUE_NOTICES.get(request.query_params.get("notice", ""))
    zone = crm_of(request).zone
    presence = await presence_web.presence_box(request, agent, csrf)  # tickets handed out
    replies = await crm_of(request).tickets.unread(agent)
    overdue = await crm_of(request).tickets.overdue(agent)
    page = pages.queue(
        items, agent, csrf, await console.satisfaction(), zone=zone, notice=notice,
        replies=replies, overdue=overdue, presence=presence,
    )  # fmt: skip
    return html(page)


def _handoff_id(request: Request) -> int:
    return int(request.path_params["handoff_id"])


async def conversation(request: Request, agent: StaffRecord, csrf: str) -> Response:
    console = crm_of(request).console
    found = await console.conversation(_handoff_id(request))
    if found is None:
        raise NotFound(str(_handoff_id(request)))  # the console's page saying so
    item, history = found
    notice = request.query_params.get("notice", "")
    said = (NOTICES[notice], notice in DONE) if notice in NOTICES else None
    titles = [title for title, _ in crm_of(request).canned]
    notes, ending = await console.notes(item.id), await console.ending(item.id)
    zone = crm_of(request).zone
    return html(pages.conversation(item, history, agent, csrf, said, titles, notes, zone, ending))


async def take(request: Request, agent: StaffRecord, csrf: str) -> Response:
    handoff_id = _handoff_id(request)
    try:
        taken = await crm_of(request).console.take(handoff_id, agent)
    except (NotYours, Undeliverable, NotSent) as error:
        return back_saying_why(handoff_id, error)
    return see(f"/crm/handoffs/{handoff_id}{'' if taken else '?notice=changed'}")


async def reply(request: Request, agent: StaffRecord, csrf: str) -> Response:
    handoff_id = _handoff_id(request)
    form: dict[str, str] = request.state.form
    words = form.get("text", "")
    canned = crm_of(request).canned
    if form.get("canned", "").isdigit() and int(form["canned"]) < len(canned):
        words = canned[int(form["canned"])][1]
    once, tokens = form.get("once", ""), crm_of(request).once
    try:
        await crm_of(request).console.held(handoff_id, agent)
    except NotYours as error:
        return back_saying_why(handoff_id, error)
    if not well_formed(once):
        return see(f"/crm/handoffs/{handoff_id}?notice=stale_form")
    if not await tokens.claim(agent.id, once):  # this very form was sent already
        return see(f"/crm/handoffs/{handoff_id}?notice=already_sent")
    try:
        await crm_of(request).console.reply(handoff_id, agent, words)
    except (NotYours, Undeliverable, ValueError, StoreUnavailable, LockTimeout) as error:
        await tokens.release(agent.id, once)  # nothing sent: the same form may be posted again
        if isinstance(error, (NotYours, Undeliverable)):
            return back_saying_why(handoff_id, error)
        if isinstance(error, ValueError):
            return see(f"/crm/handoffs/{handoff_id}?notice=empty")
        raise
    return see(f"/crm/handoffs/{handoff_id}?notice=sent")


async def release(request: Request, agent: StaffRecord, csrf: str) -> Response:
    handoff_id = _handoff_id(request)
    try:
        await crm_of(request).console.hand_back(handoff_id, agent)
    except (NotYours, Undeliverable, NotSent) as error:
        return back_saying_why(handoff_id, error)
    return see("/crm?notice=released")


async def messages(request: Request, agent: StaffRecord, csrf: str) -> Response:
    """The conversation's transcript as JSON, for the page's live refresh."""
    found = await crm_of(request).console.conversation(_handoff_id(request))
    if found is None:
        return JSONResponse({"error": "not found"}, 404, headers=HEADERS)
    item, history = found
    body = {
        "state": item.state,
        "stamp": pages.stamp(history),
        "messages": messages_shown(history, crm_of(request).zone),
    }
    return JSONResponse(body, headers=HEADERS)


async def script(request: Request) -> Response:
    return FileResponse(STATIC / "console.js", media_type="text/javascript", headers=HEADERS)


async def drop(request: Request, agent: StaffRecord, csrf: str) -> Response:
    return await _supervise(request, agent, "drop")


async def requeue(request: Request, agent: StaffRecord, csrf: str) -> Response:
    return await _supervise(request, agent, "requeue")


async def _supervise(request: Request, agent: StaffRecord, action: str) -> Response:
    handoff_id = _handoff_id(request)
    console = crm_of(request).console
    operation = console.drop if action == "drop" else console.requeue
    try:
        done = await operation(handoff_id, agent)
    except NotAllowed:
        return _refused(agent)
    except (Undeliverable, NotSent) as error:
        return back_saying_why(handoff_id, error)
    done_notice = "dropped" if action == "drop" else "requeued"
    return see(
        f"/crm?notice={done_notice}" if done else f"/crm/handoffs/{handoff_id}?notice=changed"
    )


async def figures(request: Request, agent: StaffRecord, csrf: str) -> Response:
    console = crm_of(request).console
    rows = await console.agent_figures()
    return html(pages.figures(rows, await console.satisfaction(), agent, csrf))


async def analytics(request: Request, agent: StaffRecord, csrf: str) -> Response:
    repo = crm_of(request).analytics
    window = window_of(request)
    overview, daily = await repo.overview(window), await repo.daily(window)
    intents = await repo.intents(window)
    funnel = await funnel_of(request, window)
    missed, review = await review_web.queue(request, window, funnel.flow)
    notice = review_web.NOTICES.get(request.query_params.get("notice", ""))
    page = analytics_pages.analytics(
        overview, daily, intents, missed, funnel, review, agent, csrf, notice
    )
    return html(page)


async def note(request: Request, agent: StaffRecord, csrf: str) -> Response:
    handoff_id = _handoff_id(request)
    try:
        text = request.state.form.get("note", "")
        await crm_of(request).console.add_note(handoff_id, agent, text)
    except ValueError:
        return see(f"/crm/handoffs/{handoff_id}?notice=empty_note")
    return see(f"/crm/handoffs/{handoff_id}")


def routes() -> list[Route]:
    one = "/crm/handoffs/{handoff_id:int}"
    return [
        Route("/crm/login", sign_in.page, methods=["GET"]),
        Route("/crm/login", sign_in.sign_in, methods=["POST"]),
        Route("/crm/logout", _signed_in(logout, post=True), methods=["POST"]),
        Route("/crm", _signed_in(queue), methods=["GET"]),
        Route("/crm/static/console.js", script, methods=["GET"]),
        Route(one, _signed_in(conversation), methods=["GET"]),
        Route(f"{one}/messages", _signed_in(messages), methods=["GET"]),
        Route(f"{one}/take", _signed_in(take, post=True), methods=["POST"]),
        Route(f"{one}/reply", _signed_in(reply, post=True), methods=["POST"]),
        Route(f"{one}/release", _signed_in(release, post=True), methods=["POST"]),
        Route(f"{one}/notes", _signed_in(note, post=True), methods=["POST"]),
        Route(f"{one}/drop", _signed_in(drop, post=True), methods=["POST"]),
        Route(f"{one}/requeue", _signed_in(requeue, post=True), methods=["POST"]),
        Route("/crm/figures", _signed_in(_supervisors(figures)), methods=["GET"]),
        Route("/crm/analytics", _signed_in(_supervisors(analytics)), methods=["GET"]),
        Route("/crm/analytics/{table}.csv", _signed_in(_supervisors(export)), methods=["GET"]),
        Route("/crm/analytics/reviewed.tsv", _signed_in(_supervisors(review_web.download))),
        Route(
            "/crm/analytics/reviews",
            _signed_in(_supervisors(review_web.label), post=True),
            methods=["POST"],
        ),
        *campaign_web.routes(_signed_in, _supervisors),
        *ticket_web.routes(_signed_in),
        *presence_web.routes(_signed_in),
        *not_found_web.routes(_signed_in),  # the last
    ]
