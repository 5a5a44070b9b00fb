"""The window's language: which one, its translations, and the locale for dates and numbers.

Order of choice: an explicit ``--lang``, then the language chosen in Display settings,
then the system's (``QLocale.system().uiLanguages()``), then English.  The app's own
``callcenter_<lang>.qm`` and Qt's ``qtbase_<lang>.qm`` (standard buttons, context
menus) are installed; ``QLocale.setDefault`` makes every ``QLocale()`` format dates,
times and numbers the way the chosen language's readers expect.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ui.retranslate import RecordingTranslator, retranslate

log = logging.getLogger(__name__)

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "de", "fr")
# Each language named in itself: a volunteer who cannot read the current one finds theirs.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français"}
# The language's usual country, for dates and numbers when the system's locale is another
# language (a German build on an English laptop formats like Germany, not like the US).
HOME_LOCALE = {"en": "en_US", "de": "de_DE", "fr": "fr_FR"}


@dataclass
class InstalledLanguage:
    """What ``install_language`` did; the translators must stay referenced while in use."""

    language: str
    locale: QLocale
    previous_locale: QLocale
    translators: list[QTranslator] = field(default_factory=list)


def supported(code: str | None) -> str | None:
    """``code`` ("de", "de-AT", "fr_CA") reduced to a language the app has, else None."""
    if not code:
        return None
    base = code.replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else None


def system_language(system: QLocale | None = None) -> str:
    """The first of the system's preferred languages the app has; English otherwise."""
    system = system if system is not None else QLocale.system()
    for code in system.uiLanguages():
        found = supported(code)
        if found:
            return found
    return SOURCE_LANGUAGE


def choose_language(
    explicit: str | None = None, stored: str | None = None, system: QLocale | None = None
) -> str:
    """``--lang`` beats the setting, the setting beats the system, and English is last."""
    return supported(explicit) or supported(stored) or system_language(system)


def formatting_locale(language: str, system: QLocale | None = None) -> QLocale:
    """The system's own locale when it speaks ``language`` (keeps de_AT, fr_CA), else its home."""
    system = system if system is not None else QLocale.system()
    if supported(system.name()) == language:
        return system
    return QLocale(HOME_LOCALE.get(language, "en_US"))


def install_language(
    language: str, *, system: QLocale | None = None, folder: Path = TRANSLATIONS
) -> InstalledLanguage:
    """Install the translators for ``language`` and make its locale the default.

    Call before any widget is made: texts are translated when widgets are built.
    A missing ``.qm`` file leaves English in place (logged), never a failed start.
    One ``RecordingTranslator`` is installed, for English too: it notes where each shown
    text came from, so a later switch can put open screens in the new language.
    """
    app = QCoreApplication.instance()
    locale = formatting_locale(language, system)
    installed = InstalledLanguage(language, locale, QLocale())
    QLocale.setDefault(locale)
    if app is None:
        return installed
    inner: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    files = ((f"callcenter_{language}", folder), (f"qtbase_{language}", qt_folder))
    for name, where in files if language != SOURCE_LANGUAGE else ():
        translator = QTranslator(app)
        if translator.load(name, str(where)):
            inner.append(translator)
        else:
            log.warning("no translation %s in %s; those texts stay in English", name, where)
    recorder = RecordingTranslator(inner)
    if QCoreApplication.installTranslator(recorder):
        installed.translators.append(recorder)
    return installed


def remove_language(installed: InstalledLanguage) -> None:
    """Undo ``install_language`` (tests switch languages within one process)."""
    for translator in installed.translators:
        QCoreApplication.removeTranslator(translator)
    installed.translators.clear()
    QLocale.setDefault(installed.previous_locale)


class LanguageSwitch:
    """The language in use; switching swaps the translators and the default locale.

    Widgets built after a switch speak the new language, and the windows already open
    are put into it at once (``ui.retranslate``), keeping what is on them.
    """

    def __init__(
        self, language: str, *, system: QLocale | None = None, folder: Path = TRANSLATIONS
    ) -> None:
        self._system = system
        self._folder = folder
        self.installed = install_language(language, system=system, folder=folder)

    @property
    def language(self) -> str:
        return self.installed.language

    def switch(self, language: str) -> bool:
        """Use ``language`` from now on; False if it is the one in use already."""
        if language == self.installed.language:
            return False
        remove_language(self.installed)
        self.installed = install_language(language, system=self._system, folder=self._folder)
        if isinstance(QCoreApplication.instance(), QApplication):
            retranslate(QApplication.topLevelWidgets())
        return True

    def uninstall(self) -> None:
        remove_language(self.installed)
