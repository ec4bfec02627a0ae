"""Where a village stands on the way to the district: the "Langkah kirim" of Kirim ke Kabupaten.

``send_steps(app)`` reads the real state: the package log (enrollment file made, data packages
sent, feedback packages received) and the pinned district (configuration imported). Nothing is
assumed: a step is done only when the log or the settings say so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop_app.services.app import App
from desktop_app.services.packages.common import pinned_district
from desktop_app.storage import packages as package_log


@dataclass(frozen=True)
class SendSteps:
    enrollment_at: datetime | None  # the last enrollment file this village made
    district_name: str  # the district whose configuration was imported ('' when none yet)
    packages_sent: int  # data packages made
    last_sent_at: datetime | None
    feedback_received: int  # feedback packages from the district read in
    last_feedback_at: datetime | None

    @property
    def enrollment_made(self) -> bool:
        return self.enrollment_at is not None

    @property
    def config_imported(self) -> bool:
        return bool(self.district_name)


def send_steps(app: App) -> SendSteps:
    pinned = pinned_district(app) or {}
    with app.db.read() as s:
        enrollment = package_log.packages(s, direction="sent", kind="enrollment")
        sent = package_log.packages(s, direction="sent", kind="data")
        feedback = package_log.packages(s, direction="received", kind="feedback")
    district = (pinned.get("name") or pinned.get("region_code") or "") if pinned else ""
    return SendSteps(
        enrollment_at=enrollment[0].created_at if enrollment else None,
        district_name=str(district),
        packages_sent=len(sent),
        last_sent_at=sent[0].created_at if sent else None,
        feedback_received=len(feedback),
        last_feedback_at=feedback[0].created_at if feedback else None,
    )


__all__ = ["SendSteps", "send_steps"]
