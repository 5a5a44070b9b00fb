"""Keeping the translations in step with the code (a developer tool, not part of the app).

    python -m ui.i18n_tools refresh     # new strings into the .ts files, then the .qm files
    python -m ui.i18n_tools check       # what is untranslated, obsolete or broken
    python -m ui.i18n_tools fill FILE   # translations from a JSON file into the .ts files

``refresh`` runs Qt's ``lupdate`` over ``ui/`` (dropping strings the code no longer
has) and ``lrelease``.  New strings then wait as "unfinished": translate them in Qt
Linguist (``pyside6-linguist resources/translations/callcenter_de.ts``) or with
``fill`` and a JSON file ``{"de": {"Context": {"Source": "Übersetzung"}}, "fr": ...}``,
then ``refresh`` again so the ``.qm`` files follow.  ``tests/ui/test_translations.py``
fails until every string of every language is translated and the ``.qm`` files match.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"de": "de_DE", "fr": "fr_FR"}
REFRESH_COMMAND = "python -m ui.i18n_tools refresh"

# A field's name must survive translation; its format spec ({until:%d.%m.%Y}) may change.
_PLACEHOLDER = re.compile(r"\{([a-z_]*)(?::[^}]*)?\}|(%[0-9]+|%n)")
_ACCELERATOR = re.compile(r"&(?=[^&\s])")


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"callcenter_{language}.ts"


def qm_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"callcenter_{language}.qm"


def _tool(name: str) -> str:
    """Qt's own tool shipped inside the PySide6 wheel (``pyside6-<name>`` wraps it)."""
    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.exists():
            return str(candidate)
    raise FileNotFoundError(f"Qt's {name} is not in {folder}; reinstall PySide6.")


def source_files(root: Path = SOURCES) -> list[Path]:
    """The Python files lupdate reads, in a stable order."""
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(ts_files: list[Path], *, drop_obsolete: bool, sources: Path = SOURCES) -> None:
    """Merge the strings of ``sources`` into ``ts_files``; no line numbers (fewer conflicts)."""
    command = [_tool("lupdate"), *map(str, source_files(sources)), "-locations", "none"]
    if drop_obsolete:
        command.append("-no-obsolete")
    for ts in ts_files:
        language = ts.stem.rsplit("_", 1)[-1]
        subprocess.run(
            [*command, "-source-language", "en", "-target-language", LANGUAGES[language],
             "-ts", str(ts)],
            check=True,
            capture_output=True,
        )  # fmt: skip


def run_lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("lrelease"), "-silent", "-removeidentical", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


@dataclass(frozen=True)
class Problem:
    language: str
    context: str
    source: str
    what: str

    def __str__(self) -> str:
        return f"{self.language}: [{self.context}] {self.source!r}: {self.what}"


def _messages(ts: Path):  # -> Iterator[tuple[str, ET.Element]]
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def _fields(text: str) -> list[str]:
    return sorted("".join(match) for match in _PLACEHOLDER.findall(text))


def problems_in(ts: Path, language: str) -> list[Problem]:
    """Untranslated, obsolete, and translations that lost a placeholder or accelerator."""
    found: list[Problem] = []
    for context, message in _messages(ts):
        source = message.findtext("source", "")
        translation = message.find("translation")
        kind = translation.get("type", "") if translation is not None else "unfinished"
        text = (translation.text or "") if translation is not None else ""
        if kind in ("obsolete", "vanished"):
            found.append(Problem(language, context, source, "no longer in the code"))
        elif kind == "unfinished" or not text:
            found.append(Problem(language, context, source, "not translated"))
        elif _fields(source) != _fields(text):
            found.append(Problem(language, context, source, f"placeholders differ: {text!r}"))
        elif len(_ACCELERATOR.findall(source)) != len(_ACCELERATOR.findall(text)):
            found.append(Problem(language, context, source, f"accelerator (&) differs: {text!r}"))
    return found


def check(work: Path, folder: Path = TRANSLATIONS) -> list[Problem]:
    """Copies the .ts files into ``work``, updates the copies from the code, lists problems."""
    found: list[Problem] = []
    for language in LANGUAGES:
        copy = work / ts_path(language).name
        copy.write_bytes(ts_path(language, folder).read_bytes())
        run_lupdate([copy], drop_obsolete=False)
        found += problems_in(copy, language)
    return found


def refresh(folder: Path = TRANSLATIONS) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    run_lupdate([ts_path(lang, folder) for lang in LANGUAGES], drop_obsolete=True)
    for language in LANGUAGES:
        run_lrelease(ts_path(language, folder), qm_path(language, folder))


def fill(translations: dict[str, dict[str, dict[str, str]]], folder: Path = TRANSLATIONS) -> int:
    """Put ``{language: {context: {source: text}}}`` into the .ts files; returns how many.

    Context "*" fills a source in any context that has no translation yet; it never
    replaces one (the same English word may need another one elsewhere).
    """
    filled = 0
    for language, contexts in translations.items():
        ts = ts_path(language, folder)
        tree = ET.parse(ts)
        anywhere = contexts.get("*", {})
        for context in tree.getroot().iter("context"):
            own = contexts.get(context.findtext("name", ""), {})
            for message in context.iter("message"):
                source = message.findtext("source", "")
                translation = message.find("translation")
                if translation is None:
                    continue
                done = translation.get("type") is None and bool(translation.text)
                text = own.get(source) or (None if done else anywhere.get(source))
                if text is None:
                    continue
                translation.text = text
                translation.attrib.pop("type", None)
                filled += 1
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["refresh"]:
        refresh()
        print(f"Updated {', '.join(str(ts_path(lang)) for lang in LANGUAGES)} and the .qm files.")
        return 0
    if args[:1] == ["check"]:
        import tempfile

        with tempfile.TemporaryDirectory() as work:
            found = check(Path(work))
        for problem in found:
            print(problem)
        return 1 if found else 0
    if args[:1] == ["fill"] and len(args) == 2:
        count = fill(json.loads(Path(args[1]).read_text(encoding="utf-8")))
        refresh()
        print(f"Filled {count} translations; .ts and .qm refreshed.")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
