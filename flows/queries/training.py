"""Training and incentives: buying a course, the courses bought, the incentive payments."""

from __future__ import annotations

from dataclasses import dataclass

from flows.queries.base import Query


@dataclass(frozen=True, slots=True)
class CreateEnrolment(Query):
    """-> ``views.EnrolmentOutcome``: checks again in one transaction, then buys the course."""

    participant_id: int
    course_id: int


@dataclass(frozen=True, slots=True)
class EnrolmentsQuery(Query):
    """-> list of ``views.EnrolmentView``, newest first."""

    participant_id: int


@dataclass(frozen=True, slots=True)
class IncentivesQuery(Query):
    """-> list of ``views.IncentiveView`` in payment order."""

    participant_id: int
