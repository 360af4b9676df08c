"""Answers about a participant's training and incentives (``bot.data.DataAnswers`` mixes them
in): buying a course, the courses bought, the incentive payments. Never cached."""

from __future__ import annotations

from bot.turn_time import Clock
from flows import queries as q
from flows import views
from storage.repositories.enrolments import EnrolmentRepository
from storage.repositories.incentives import IncentiveRepository


class TrainingAnswers:
    """The repositories are built by ``DataAnswers``."""

    enrolments: EnrolmentRepository
    incentives: IncentiveRepository
    clock: Clock

    async def _enrol(self, query: q.CreateEnrolment) -> views.EnrolmentOutcome:
        return await self.enrolments.enrol(
            query.participant_id, query.course_id, now=self.clock()
        )

    async def _enrolments(self, query: q.EnrolmentsQuery) -> list[views.EnrolmentView]:
        return list(await self.enrolments.for_participant(query.participant_id))

    async def _incentives(self, query: q.IncentivesQuery) -> list[views.IncentiveView]:
        rows = await self.incentives.for_participant(query.participant_id)
        return [
            views.IncentiveView(
                r.sequence,
                r.scheduled_date,
                r.amount,
                r.status,
                r.status_label,
                r.payout_channel,
                r.failure_reason,
                r.paid_at,
            )
            for r in rows
        ]
