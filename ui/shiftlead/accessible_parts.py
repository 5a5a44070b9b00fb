"""Names for the parts Qt builds inside views and spin boxes, so screen readers can say them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QLineEdit, QTableView


def name_view_parts(view: QAbstractScrollArea) -> None:
    """Headers and scroll bars carry the view's own name."""
    name = view.accessibleName()
    view.verticalScrollBar().setAccessibleName(
        QCoreApplication.translate("AccessibleParts", "{name}: scroll up and down").format(
            name=name
        )
    )
    view.horizontalScrollBar().setAccessibleName(
        QCoreApplication.translate("AccessibleParts", "{name}: scroll sideways").format(name=name)
    )
    if isinstance(view, QTableView):
        view.horizontalHeader().setAccessibleName(
            QCoreApplication.translate("AccessibleParts", "{name}: columns").format(name=name)
        )
        view.verticalHeader().setAccessibleName(
            QCoreApplication.translate("AccessibleParts", "{name}: rows").format(name=name)
        )


def name_spin_box_field(box: QAbstractSpinBox) -> None:
    """The text field inside a date or time box is what the keyboard lands on."""
    field = box.findChild(QLineEdit)
    if field is not None:
        field.setAccessibleName(box.accessibleName())
