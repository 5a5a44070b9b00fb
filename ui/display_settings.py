"""Language and look: a small dialog, reachable from the status bar (Ctrl+,)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from callcenter.services.settings import DisplaySettings
from ui.i18n import LANGUAGE_NAMES, LANGUAGES, system_language


class DisplaySettingsDialog(QDialog):
    """Pick the language ("" follows the system) and the theme; ``chosen()`` reads them."""

    def __init__(self, current: DisplaySettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("displaySettingsDialog")
        self.setWindowTitle(self.tr("Language and display"))

        title = QLabel(self.tr("Language and display"))
        title.setObjectName("dialogTitle")

        self.language_box = QComboBox()
        self.language_box.setObjectName("languageBox")
        self.language_box.setAccessibleName(self.tr("Language"))
        system_name = LANGUAGE_NAMES[system_language()]
        self.language_box.addItem(
            self.tr("Like the system ({language})").format(language=system_name), ""
        )
        for code in LANGUAGES:
            # Each language in its own words, so anyone finds theirs.
            self.language_box.addItem(LANGUAGE_NAMES[code], code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(current.language)))

        self.theme_box = QComboBox()
        self.theme_box.setObjectName("themeBox")
        self.theme_box.setAccessibleName(self.tr("Colours"))
        for code, label in (
            ("system", self.tr("Like the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
            ("high_contrast", self.tr("High contrast")),
        ):
            self.theme_box.addItem(label, code)
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(current.theme)))

        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("&Language"), self.language_box)
        form.addRow(self.tr("&Colours"), self.theme_box)

        note = QLabel(
            self.tr(
                "Colours change at once. A new language shows on the sign-in screen at once "
                "and everywhere else from the next sign-in."
            )
        )
        note.setObjectName("dialogHint")
        note.setWordWrap(True)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.language_box.setFocus()

    def chosen(self) -> DisplaySettings:
        return DisplaySettings(
            language=str(self.language_box.currentData()),
            theme=str(self.theme_box.currentData()),
        )
