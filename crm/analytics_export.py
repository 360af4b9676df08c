"""CSV downloads of the analytics page's tables, for a spreadsheet or a BI tool; and the
query parameters the page and the downloads share (period, flow).

Only figures and intent, flow and state names go out, never message text (the messages not
understood are labelled on the page and downloaded as training data by ``review_web``): no
cell can carry a participant's words or a spreadsheet formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence

from starlette.requests import Request
from starlette.responses import Response

from crm.analytics_pages import PERIODS, FunnelView
from crm.http import HEADERS, crm_of
from flows import FLOWS
from storage.repositories.analytics import Window
from storage.repositories.staff import StaffRecord

DEFAULT_DAYS = 7
DEFAULT_FLOW = "registration"
TABLES = ("daily", "intents", "funnel")


def days_of(values: Mapping[str, str]) -> int:
    """The period asked for by ``days`` (one of PERIODS), else the last week."""
    raw = values.get("days", "")
    return int(raw) if raw.isdigit() and int(raw) in PERIODS else DEFAULT_DAYS


def window_of(request: Request) -> Window:
    return Window.last_days(days_of(request.query_params))


def flow_of(values: Mapping[str, str]) -> str:
    """The flow asked for by ``flow`` (a known flow), else registration."""
    name = values.get("flow", DEFAULT_FLOW)
    return name if name in FLOWS else DEFAULT_FLOW


async def funnel_of(request: Request, window: Window) -> FunnelView:
    flow = flow_of(request.query_params)
    steps = await crm_of(request).analytics.funnel(window, flow, FLOWS[flow].state_names())
    return FunnelView(flow, sorted(FLOWS), steps)


def to_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


async def export(request: Request, agent: StaffRecord, csrf: str) -> Response:
    """``/crm/analytics/{table}.csv?days=N``: per day and channel, per intent, or the states
    of one flow (``&flow=``)."""
    table = str(request.path_params["table"])
    if table not in TABLES:
        return Response("Tabel tidak dikenal.", 404, headers=HEADERS)
    window = window_of(request)
    repo = crm_of(request).analytics
    if table == "daily":
        body = to_csv(
            ("date_wib", "channel", "conversations", "user_messages"),
            ((d.day.isoformat(), d.channel, d.conversations, d.inbound)
             for d in await repo.daily(window)),
        )  # fmt: skip
    elif table == "intents":
        body = to_csv(
            ("intent", "messages", "average_confidence"),
            ((i.intent, i.messages, f"{i.average_confidence:.3f}")
             for i in await repo.intents(window, limit=100)),
        )  # fmt: skip
    else:
        view = await funnel_of(request, window)
        body = to_csv(("flow", "state", "conversations"),
                      ((view.flow, s.state, s.conversations) for s in view.steps))  # fmt: skip
    name = f"analytics-{table}-{window.first.isoformat()}-{window.last.isoformat()}.csv"
    headers = {**HEADERS, "Content-Disposition": f'attachment; filename="{name}"'}
    return Response(body, media_type="text/csv; charset=utf-8", headers=headers)
