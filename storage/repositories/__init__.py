"""Repositories over the programme database.

Every repository is built from an ``async_sessionmaker`` (``storage.db.create_session_factory``)
and each public method is one short unit of work: it opens a session, commits or rolls back, and
returns plain frozen dataclasses, never live ORM objects.
"""

from storage.repositories.catalogue import (
    CatalogueRepository,
    CourseDetail,
    CoursePage,
    CourseSummary,
)
from storage.repositories.deletion import DeletionRepository
from storage.repositories.participants import (
    NewParticipant,
    ParticipantRecord,
    ParticipantRepository,
)
from storage.repositories.transcript import TranscriptEntry, TranscriptRepository
from storage.repositories.waves import WaveInfo, WaveRepository

__all__ = [
    "CatalogueRepository",
    "CourseDetail",
    "CoursePage",
    "CourseSummary",
    "DeletionRepository",
    "NewParticipant",
    "ParticipantRecord",
    "ParticipantRepository",
    "TranscriptEntry",
    "TranscriptRepository",
    "WaveInfo",
    "WaveRepository",
]
