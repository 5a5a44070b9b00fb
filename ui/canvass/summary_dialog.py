"""The session summary at check-in: doors, contacts, results, time, sync, quality flags."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from callcenter.services.canvass.summary import SessionSummary
from callcenter.services.scripts import pick_language
from ui import formats
from ui.calls.labels import format_duration, ui_language
from ui.canvass.labels import state_label
from ui.core_messages import translated
from ui.shiftlead.labels import flag_kind_label, local_time


class SessionSummaryDialog(QDialog):
    """Read-only; Enter or Escape closes it."""

    def __init__(self, summary: SessionSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionSummary")
        checkout = summary.checkout
        self.setWindowTitle(self.tr("Session summary: {name}").format(name=checkout.name))
        title = QLabel(self.windowTitle())
        title.setObjectName("dialogTitle")
        title.setWordWrap(True)
        language = ui_language()
        label = {
            code: pick_language(summary.result_labels.get(code, {}), language) or code
            for code in summary.results_by_code
        }
        results = ", ".join(
            f"{label[code]}: {formats.count(n)}" for code, n in summary.results_by_code.items()
        )
        ways = {
            "door": self.tr("at the door"),
            "paper": self.tr("from paper"),
            "phone": self.tr("by phone"),
        }
        sources = ", ".join(
            f"{formats.count(n)} {ways.get(k, k)}" for k, n in summary.results_by_source.items()
        )
        facts = [
            (self.tr("State"), state_label(checkout.state())),
            (
                self.tr("Doors knocked"),
                self.tr("{n} of {total} households").format(
                    n=formats.count(summary.doors_knocked), total=formats.count(summary.households)
                ),
            ),
            (
                self.tr("People with a result"),
                self.tr("{n} of {total}").format(
                    n=formats.count(summary.people_with_result), total=formats.count(summary.people)
                ),
            ),
            (self.tr("Contacts"), formats.count(summary.contacts)),
            (
                self.tr("Results"),
                f"{formats.count(summary.results)} ({sources})" if sources else formats.count(0),
            ),
            (self.tr("By result"), results or self.tr("none")),
            (
                self.tr("Time"),
                self.tr("{start} to {end} ({duration})").format(
                    start=local_time(checkout.checked_out_at),
                    end=local_time(checkout.ended_at) or self.tr("now"),
                    duration=format_duration(int(summary.duration.total_seconds())),
                ),
            ),
            (self.tr("Waiting to sync"), formats.count(summary.waiting_to_sync)),
            (self.tr("Refused by the CRM (review)"), formats.count(summary.in_review)),
            (self.tr("Conflicts to review"), formats.count(summary.conflicts)),
        ]
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for label, value in facts:
            field = QLabel(value)
            field.setWordWrap(True)
            field.setAccessibleName(label)
            self.values[label] = field
            form.addRow(label, field)
        flags = [
            f"{flag.volunteer_name}: {flag_kind_label(flag.kind)} ({translated(flag.message)})"
            for flag in summary.flags
        ]
        self.flags_label = QLabel("\n".join(flags) if flags else self.tr("No data-quality flags."))
        self.flags_label.setObjectName("summaryFlags")
        self.flags_label.setWordWrap(True)
        self.flags_label.setAccessibleName(self.tr("Data-quality flags"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Data-quality flags (a reason to look, not proof):")))
        layout.addWidget(self.flags_label)
        layout.addWidget(buttons)
