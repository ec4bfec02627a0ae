"""Translations: complete English .ts, loadable .qm, switching language, literal lists match core."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop_app import paths
from desktop_app.core import person
from desktop_app.core.issues import CATALOG, make_issue
from desktop_app.ui import i18n, i18n_tools

TS = paths.translations_dir() / "sipera_en.ts"


def test_vocab_literals_match_core():
    core_labels: list[str] = []
    for table in (person.STATUS_LABELS, person.OCCUPATION_LABELS, person.FUNDING_LABELS,
                  person.DATA_SOURCE_LABELS, person.PROGRAMME_LABELS, person.DELETE_REASON_LABELS,
                  person.VERIFICATION_LABELS):
        for label in table.values():
            if label not in core_labels:
                core_labels.append(label)
    assert sorted(set(i18n.VOCAB_LABELS)) == sorted(core_labels)


def test_issue_literals_match_catalog():
    assert i18n.ISSUE_TEMPLATES == {code: spec.message for code, spec in CATALOG.items()}


def test_ts_is_complete():
    problems = i18n_tools.problems(TS)
    assert problems == [], "\n".join(problems)


def test_ts_covers_every_source_string():
    """Strings added in the code but not yet run through lupdate fail here (make translations)."""
    missing = i18n_tools.missing_from_sources(TS)
    assert missing == [], "\n".join(missing)


def test_ts_has_registry_strings():
    have = {(e.context, e.source) for e in i18n_tools.entries(TS)}
    for label in i18n.VOCAB_LABELS:
        assert ("Vocab", label) in have
    for template in i18n.ISSUE_TEMPLATES.values():
        assert ("Issue", template) in have


def test_placeholders_survive_translation():
    for e in i18n_tools.entries(TS):
        for placeholder in ("%1", "%2", "%3", "%4", "%n", "{name}", "{n}", "{code}", "{age}"):
            if placeholder in e.source:
                assert all(placeholder in t for t in e.translations), (e.context, e.source, e.translations)


@pytest.mark.parametrize("name", ["sipera_en", "qt_id"])
def test_qm_loads(qapp, name):
    tr = QTranslator()
    assert tr.load(name, str(paths.translations_dir()))
    assert not tr.isEmpty()


def test_qm_is_up_to_date(tmp_path):
    """The committed .qm is compiled from the committed .ts (same translations)."""
    qm = paths.translations_dir() / "sipera_en.qm"
    assert qm.stat().st_mtime >= TS.stat().st_mtime - 1
    tr = QTranslator()
    assert tr.load(str(qm))
    for e in i18n_tools.entries(TS):
        if not e.numerus:
            assert tr.translate(e.context, e.source) == e.translations[0], (e.context, e.source)


def test_english_translates_widgets_and_issues(qtbot, qapp, english, tmp_path):
    assert i18n.current_language() == "en"
    assert i18n.tr_vocab("Petani/Pekebun") == "Farmer/Planter"
    assert i18n.sex_label("P") == "Female"
    issue = make_issue("nik.format", length=15)
    assert i18n.tr_issue(issue) == "The NIK must have 16 digits (15 entered)."
    from desktop_app.ui.setup.wizard import FirstStartWizard

    wiz = FirstStartWizard(tmp_path / "d")
    qtbot.addWidget(wiz)
    assert wiz.mode_page.title() == "Welcome to SIPERA"
    assert wiz.buttonText(wiz.WizardButton.NextButton) == "Next >"


def test_counts_use_numerus_forms(qapp, english):
    from desktop_app.ui.packages.dialogs import counts_text
    from desktop_app.ui.sheets.import_wizard import summarize_ignored

    assert counts_text({"records": 1, "deleted": 1}) == "1 record, 1 deletion"
    assert counts_text({"records": 1234, "deleted": 2, "later": 3}) == "1.234 records, 2 deletions, later: 3"
    assert summarize_ignored([(1, "judul di atas tabel"), (2, "judul di atas tabel"), (13, "baris jumlah")]) \
        == "rows 1-2: title above the table; row 13: totals row"


def test_counts_in_indonesian_keep_grouped_digits(qapp):
    from desktop_app.ui.common.widgets import with_count
    from desktop_app.ui.packages.dialogs import counts_text

    i18n.install_translators(qapp, "id")
    assert counts_text({"records": 12345, "held_back": 1}) == "12.345 data, 1 ditahan di desa"
    text = QCoreApplication.translate("ExportDialog", "%n data diekspor ke {path}", None, 2000)
    assert with_count(text, 2000, path="/x/2000.xlsx") == "2.000 data diekspor ke /x/2000.xlsx"


def test_indonesian_is_the_source_and_qt_buttons_are_indonesian(qtbot, qapp):
    i18n.install_translators(qapp, "id")
    assert i18n.current_language() == "id"
    assert i18n.tr_issue(make_issue("nik.format", length=15)) == "NIK harus 16 angka (terisi 15 angka)."
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    assert box.button(QDialogButtonBox.StandardButton.Yes).text() == "&Ya"


def test_unknown_language_falls_back_to_indonesian(qapp):
    i18n.install_translators(qapp, "xx")
    assert i18n.current_language() == "id"
    assert i18n.normalize_language("en_GB") == "en"


def test_pseudo_locale_lengthens(qtbot, qapp, monkeypatch):
    monkeypatch.setenv(i18n.PSEUDO_ENV, "1")
    try:
        i18n.install_translators(qapp, "id")
        text = QCoreApplication.translate("OverviewWidget", "Muat ulang")
        assert text.startswith("⟦") and len(text) > len("Muat ulang") * 1.3
        issue = i18n.tr_issue(make_issue("nik.duplicate", name="BUDI"))
        assert "BUDI" in issue  # placeholders are kept
    finally:
        monkeypatch.delenv(i18n.PSEUDO_ENV)
        i18n.install_translators(qapp, "id")
    assert QCoreApplication.translate("OverviewWidget", "Muat ulang") == "Muat ulang"


def test_pseudo_text_keeps_placeholders():
    out = i18n.pseudo_text("Umur {age} tahun, %1 dari %n &Simpan")
    for keep in ("{age}", "%1", "%n", "&S"):
        assert keep in out


def test_language_of_app(tmp_path):
    class FakeApp:
        def preference(self, key, default=None):
            return {"language": "en"}.get(key, default)

    assert i18n.language_of(FakeApp()) == "en"
    assert i18n.language_of(object()) == "id"


def test_tools_check_passes(capsys):
    assert i18n_tools.main(["check"]) == 0


def test_qapp_is_qapplication(qapp):
    assert isinstance(qapp, QApplication)
    assert Path(paths.translations_dir()).is_dir()


def test_service_messages_are_translated_with_their_parameters(english):
    from desktop_app.core.text import Msg

    m = Msg("Impor '{file}' tidak bisa dibatalkan: {reason}", file="bnba.xlsx",
            reason=Msg("Sebagian data dari impor ini sudah diubah, dihapus atau dikirim sejak diimpor."))
    assert i18n.tr_text(m) == ("The import of 'bnba.xlsx' cannot be undone: Some records from this import have "
                               "been changed, deleted or sent since they were imported.")
    listed = Msg("Kolom data (NIK, NAMA, ...) tidak dikenali di berkas ini. {detail}",
                 detail=[Msg("Pilih baris judul kolom dan cocokkan kolomnya secara manual.")])
    assert i18n.tr_text(listed).endswith("Choose the column heading row and match the columns by hand.")
    assert i18n.tr_text("teks biasa") == "teks biasa"  # plain text is shown as it is


def test_service_messages_stay_indonesian_in_indonesian(qapp):
    from desktop_app.core.text import Msg

    i18n.install_translators(qapp, "id")
    m = Msg("NIK sudah terdaftar atas nama {name}: dilewati.", name="SITI")
    assert i18n.tr_text(m) == "NIK sudah terdaftar atas nama SITI: dilewati."


def test_error_text_translates_a_raised_msg(english):
    from desktop_app.core.text import Msg
    from desktop_app.services.sheets.importer import ImportError_
    from desktop_app.ui.common.errors import error_text

    assert error_text(ImportError_(Msg("Tidak ada impor yang bisa dibatalkan."))) == (
        "There is no import that can be undone.")


def test_message_registry_is_current_and_every_template_literal():
    """ui/messages.py holds exactly the Msg templates of the sources (regenerate with
    `python -m desktop_app.ui.i18n_tools update`), and no Msg is built from an f-string."""
    assert i18n_tools.messages_problems() == []


def test_the_collector_refuses_an_fstring_template(tmp_path, monkeypatch):
    bad = tmp_path / "desktop_app" / "services" / "x.py"
    bad.parent.mkdir(parents=True)
    bad.write_text('from desktop_app.core.text import Msg\nname = "a"\nMsg(f"Berkas {name}")\nMsg("Baik {n}", n=1)\n')
    monkeypatch.setattr(i18n_tools, "source_files", lambda: [str(bad)])
    templates, problems = i18n_tools.collect_messages(tmp_path / "desktop_app")
    assert templates == ["Baik {n}"]
    assert len(problems) == 1 and "x.py:3" in problems[0]


def test_error_text_of_a_sync_error_is_its_translated_message(english):
    from desktop_app.sync.errors import KeysError
    from desktop_app.ui.common.errors import error_text

    text = error_text(KeysError("keys.exists", path="/data/keys"))
    assert text.startswith("Installation keys already exist"), text
    assert "/data/keys" in text and not text.startswith("keys.exists")


def test_kk_reasons_are_translated_also_after_storage(english):
    """A bad KK number's reasons travel inside the kk.format issue, through the database's
    issues_json, and still come out in English."""
    from desktop_app.core.kk import parse_kk
    from desktop_app.storage.persons import issues_from_json, issues_to_json

    issues = parse_kk("9903010000000000")  # unknown province, impossible issue date, serial 0000
    stored = issues_from_json(issues_to_json(issues))
    assert stored[0].message() == issues[0].message()  # the Indonesian text is unchanged
    text = i18n.tr_issue(stored[0])
    assert "province code 99 is unknown" in text and "serial number 0000" in text
    assert "tidak" not in text


def test_dbhcht_warning_names_the_occupation_in_english(english):
    issue = make_issue("funding.dbhcht_sector", occupation="Nelayan")
    assert "Fisher" in i18n.tr_issue(issue)
