"""A change of language reaches the screens already open, keeping what is on them.

Every text the app shows went through ``tr()``, and ``ui.i18n`` routes each lookup
through one ``RecordingTranslator``: it remembers which source (context, text) gave
each shown text, templates with ``{fields}`` and ``%n`` included.  After a switch,
``retranslate`` walks the open windows and puts each text it recognises into the new
language: labels, buttons, tabs, group boxes, combo box items, placeholders, tool tips,
window titles, accessible names and descriptions.  A template's fields keep their
values (a name, a count), themselves translated when they are texts of the app.

Nothing is rebuilt, so a call in progress keeps its notes, answers and timer, and a
form keeps what was typed: what a person typed is never touched (only placeholders of
input fields are).  Texts the app did not translate (names, the CRM's words) stay.
Table headers follow through ``current_text`` in the models; dates and numbers already
shown keep the old locale's format until the screen next refreshes them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

# A field of a template: {name}, {until:%d.%m.%Y}, or Qt's %n and %1 … %9.
_FIELD = re.compile(r"\{([a-z_][a-z_0-9]*)(?::[^{}]*)?\}|%(n|[1-9])")
# A template needs this much text of its own to be recognised ("{a} {b}" matches anything).
MIN_LITERAL = 3


@dataclass(frozen=True)
class Source:
    context: str
    text: str
    disambiguation: str | None

    def translate(self, n: int = -1) -> str:
        text = QCoreApplication.translate(self.context, self.text, self.disambiguation, n)
        if n != -1 and text == self.text:
            # A count filled into a plain "{n} …" template: the .qm holds it without
            # plural forms, and a lookup with a count does not find such a message.
            text = QCoreApplication.translate(self.context, self.text, self.disambiguation)
        return text


@dataclass
class _Template:
    shown: str
    sources: list[Source]

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        parts, last = [], 0
        for index, found in enumerate(_FIELD.finditer(self.shown)):
            parts.append(re.escape(self.shown[last : found.start()]))
            parts.append(f"(?P<f{index}>.+?)")
            last = found.end()
        parts.append(re.escape(self.shown[last:]))
        return re.compile("".join(parts), re.DOTALL)

    @cached_property
    def longest_literal(self) -> str:
        return max(_FIELD.split(self.shown)[::3], key=len)

    @cached_property
    def literal_length(self) -> int:
        return len(_FIELD.sub("", self.shown).strip())


@dataclass
class TextCatalog:
    """Shown text -> where it came from, for every ``tr()`` since the app started."""

    exact: dict[str, list[Source]] = field(default_factory=dict)
    templates: dict[str, _Template] = field(default_factory=dict)
    _ordered: list[_Template] | None = None

    def note(self, shown: str, source: Source) -> None:
        sources = self.exact.setdefault(shown, [])
        if source not in sources:
            sources.append(source)
        if _FIELD.search(shown):
            template = self.templates.get(shown)
            if template is None:
                self.templates[shown] = _Template(shown, sources)
                self._ordered = None

    def _by_specificity(self) -> list[_Template]:
        if self._ordered is None:
            usable = [t for t in self.templates.values() if t.literal_length >= MIN_LITERAL]
            self._ordered = sorted(usable, key=lambda t: -t.literal_length)
        return self._ordered

    def current(self, text: str, contexts: Iterable[str] = ()) -> str | None:
        """``text`` (shown in an earlier language) in the language in use, if recognised."""
        if not text:
            return None
        sources = self.exact.get(text)
        if sources:
            return _pick(sources, contexts).translate()
        for template in self._by_specificity():
            if template.longest_literal not in text:
                continue
            found = template.pattern.fullmatch(text)
            if found is not None:
                return self._fill(template, found, contexts)
        return None

    def _fill(self, template: _Template, found: re.Match[str], contexts: Iterable[str]) -> str:
        values: dict[str, str] = {}
        n = -1
        for index, field_match in enumerate(_FIELD.finditer(template.shown)):
            name = field_match.group(1) or field_match.group(2)
            value = found.group(f"f{index}")
            if name == "n" and value.strip().lstrip("-").isdigit():
                n = int(value.strip())
            inner = self.exact.get(value)
            values[name] = _pick(inner, contexts).translate() if inner else value
        translated = _pick(template.sources, contexts).translate(n)

        def put(match: re.Match[str]) -> str:
            return values.get(match.group(1) or match.group(2), match.group(0))

        return _FIELD.sub(put, translated)


def _pick(sources: list[Source], contexts: Iterable[str]) -> Source:
    """The source whose context is the widget's own class or an ancestor's, else the first.

    PySide's ``tr()`` also asks under the Qt base classes' names (QWidget, QObject) when
    the class has no translation; those are the last choice.
    """
    wanted = set(contexts)
    own = [s for s in sources if not _is_qt_class(s.context)] or sources
    return next((s for s in own if s.context in wanted), own[0])


def _is_qt_class(name: str) -> bool:
    return any(hasattr(module, name) for module in (QtCore, QtGui, QtWidgets))


CATALOG = TextCatalog()


class RecordingTranslator(QTranslator):
    """The app's one installed translator: asks ``inner`` in turn and notes each answer."""

    def __init__(self, inner: list[QTranslator], catalog: TextCatalog = CATALOG) -> None:
        super().__init__()
        self.inner = inner
        self._catalog = catalog

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        text = ""
        for translator in self.inner:
            text = translator.translate(context, source, disambiguation, n)
            if text:
                break
        shown = text or source
        self._catalog.note(shown, Source(context, source, disambiguation or None))
        # Never a null string: the source itself stands for "no translation".
        return shown

    def isEmpty(self) -> bool:
        return False


def current_text(text: str) -> str:
    """A text kept from an earlier ``tr()`` (a table's column title) in today's language."""
    return CATALOG.current(text) or text


# --- the widget walk ----------------------------------------------------------------------


def _contexts(widget: QObject) -> list[str]:
    """The app's classes of ``widget`` and its ancestors: the contexts its texts came from."""
    names, node = [], widget
    while node is not None:
        names.extend(
            cls.__name__ for cls in type(node).__mro__ if not cls.__module__.startswith("PySide6")
        )
        node = node.parent()
    return names


def _redo(
    catalog: TextCatalog, contexts: list[str], get: Callable[[], str], put: Callable[[str], None]
) -> int:
    text = get()
    new = catalog.current(text, contexts) if text else None
    if new is None or new == text:
        return 0
    put(new)
    return 1


def retranslate_widget(widget: QWidget, catalog: TextCatalog = CATALOG) -> int:
    """Put ``widget``'s own texts in the language in use; returns how many changed."""
    contexts = _contexts(widget)
    changed = 0

    def redo(get: Callable[[], str], put: Callable[[str], None]) -> None:
        nonlocal changed
        changed += _redo(catalog, contexts, get, put)

    redo(widget.windowTitle, widget.setWindowTitle)
    redo(widget.toolTip, widget.setToolTip)
    redo(widget.statusTip, widget.setStatusTip)
    redo(widget.whatsThis, widget.setWhatsThis)
    redo(widget.accessibleName, widget.setAccessibleName)
    redo(widget.accessibleDescription, widget.setAccessibleDescription)
    if isinstance(widget, QAbstractButton):
        # An accessible name made from the button's text (no "&", no "…") follows it.
        follows = bool(widget.text()) and widget.accessibleName() == _plain(widget.text())
        redo(widget.text, widget.setText)
        if follows:
            widget.setAccessibleName(_plain(widget.text()))
    elif isinstance(widget, QLabel):
        redo(widget.text, widget.setText)
    elif isinstance(widget, QGroupBox):
        redo(widget.title, widget.setTitle)
    elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        # Only the hint: what the person typed stays as it is.
        redo(widget.placeholderText, widget.setPlaceholderText)
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            redo(lambda i=i: widget.itemText(i), lambda t, i=i: widget.setItemText(i, t))
            redo(
                lambda i=i: str(widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or ""),
                lambda t, i=i: widget.setItemData(i, t, Qt.ItemDataRole.ToolTipRole),
            )
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            redo(lambda i=i: widget.tabText(i), lambda t, i=i: widget.setTabText(i, t))
            redo(lambda i=i: widget.tabToolTip(i), lambda t, i=i: widget.setTabToolTip(i, t))
    elif isinstance(widget, QAbstractSpinBox):
        redo(widget.specialValueText, widget.setSpecialValueText)
        for getter, setter in (("prefix", "setPrefix"), ("suffix", "setSuffix")):
            if hasattr(widget, getter):
                redo(getattr(widget, getter), getattr(widget, setter))
    for action in widget.actions():
        redo(action.text, action.setText)
        redo(action.toolTip, action.setToolTip)
    if isinstance(widget, QAbstractItemView):
        _refresh_view(widget)
    return changed


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _refresh_view(view: QAbstractItemView) -> None:
    """Headers and cells are read from the model again (they translate as they are read)."""
    model = view.model()
    if model is None:
        return
    headers: list[QHeaderView] = []
    if isinstance(view, QTableView):
        headers = [view.horizontalHeader(), view.verticalHeader()]
    elif isinstance(view, QTreeView):
        headers = [view.header()]
    for header in headers:
        if header.count():
            model.headerDataChanged.emit(header.orientation(), 0, header.count() - 1)
    view.viewport().update()


def retranslate(windows: Iterable[QWidget], catalog: TextCatalog = CATALOG) -> int:
    """Every widget of ``windows`` and their children in the language in use now."""
    changed = 0
    for window in windows:
        for widget in [window, *window.findChildren(QWidget)]:
            changed += retranslate_widget(widget, catalog)
    return changed
