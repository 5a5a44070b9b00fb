"""Settings: language and look, and how this workstation calls; from the status bar (Ctrl+,)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from callcenter.services.display_prefs import DisplaySettings
from callcenter.services.settings import DialSettings
from ui.i18n import LANGUAGE_NAMES, LANGUAGES, system_language


class DisplaySettingsDialog(QDialog):
    """Pick the language ("" follows the system), the theme and how Call dials.

    ``chosen()`` and ``chosen_dial()`` read them.  Without ``dial`` the calling part
    is left out.
    """

    def __init__(
        self,
        current: DisplaySettings,
        parent: QWidget | None = None,
        *,
        dial: DialSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("displaySettingsDialog")
        self.setWindowTitle(self.tr("Settings"))

        title = QLabel(self.tr("Settings"))
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
        self.dial_box: QComboBox | None = None
        self.sip_domain_field: QLineEdit | None = None
        if dial is not None:
            self._add_dial_rows(form, dial)

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

    def _add_dial_rows(self, form: QFormLayout, dial: DialSettings) -> None:
        box = QComboBox()
        box.setObjectName("dialSchemeBox")
        box.setAccessibleName(self.tr("Call with"))
        box.addItem(self.tr("Phone app (tel:)"), "tel")
        box.addItem(self.tr("Internet phone (SIP)"), "sip")
        box.setCurrentIndex(max(0, box.findData(dial.scheme)))
        domain = QLineEdit(dial.sip_domain or "")
        domain.setObjectName("sipDomainField")
        domain.setAccessibleName(self.tr("SIP domain"))
        domain.setMaxLength(253)
        form.addRow(self.tr("Call &with"), box)
        form.addRow(self.tr("SIP &domain"), domain)
        self.dial_box, self.sip_domain_field = box, domain
        box.currentIndexChanged.connect(self._follow_scheme)
        self._follow_scheme()

    def _follow_scheme(self) -> None:
        if self.dial_box is not None and self.sip_domain_field is not None:
            self.sip_domain_field.setEnabled(self.dial_box.currentData() == "sip")

    def chosen_dial(self) -> DialSettings | None:
        """The dial settings chosen, or None when the dialog had no calling part."""
        if self.dial_box is None or self.sip_domain_field is None:
            return None
        domain = self.sip_domain_field.text().strip()
        return DialSettings(str(self.dial_box.currentData()), domain or None)

    def chosen(self) -> DisplaySettings:
        return DisplaySettings(
            language=str(self.language_box.currentData()),
            theme=str(self.theme_box.currentData()),
        )
