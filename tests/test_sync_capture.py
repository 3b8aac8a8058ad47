"""Change capture: every insert, update and delete is logged in the same transaction."""

from __future__ import annotations

import pytest
from peewee import IntegrityError

from carehome_desk.store.db import get_setting
from carehome_desk.store.homes import HomeInput, save_home
from carehome_desk.store.models import (
    Assessment,
    CareHome,
    Case,
    CaseAction,
    CaseEvent,
    database,
)
from carehome_desk.sync import capture
from carehome_desk.sync.capture import SEQ_BITS


def _log(record=None):
    sql = "SELECT seq, tbl, record, col, op, value, old, officer FROM sync_change"
    params: tuple = ()
    if record is not None:
        sql += " WHERE record = ?"
        params = (record.hex if hasattr(record, "hex") else record,)
    return database.execute_sql(sql + " ORDER BY id", params).fetchall()


def _parents(record):
    return database.execute_sql(
        "SELECT p.parent & ?, c.seq FROM sync_parent p JOIN sync_change c ON c.id = p.child "
        "WHERE c.record = ? ORDER BY c.id, p.parent",
        ((1 << SEQ_BITS) - 1, record.hex),
    ).fetchall()


def test_insert_logs_every_column(session):
    home = save_home(HomeInput(name="Tŷ Gwyn", beds=30), "Siân Ŵyn")
    logged = _log(home.id)
    columns = {row[3]: row[5] for row in logged}
    assert columns["name"] == "Tŷ Gwyn"
    assert columns["beds"] == 30
    assert set(columns) == set(CareHome._meta.fields) - {"id"}
    assert {row[4] for row in logged} == {"insert"}
    assert {row[7] for row in logged} == {"Siân Ŵyn"}
    device = database.execute_sql(
        "SELECT device_id FROM sync_device d JOIN sync_state s ON s.device = d.num"
    ).fetchone()[0]
    assert device == get_setting("device_id")


def test_update_logs_changed_columns_with_old_value_and_parent(session):
    home = save_home(HomeInput(name="Tŷ Gwyn"), "Siân Ŵyn")
    before = len(_log(home.id))
    CareHome.update(phone="029 2018 0114").where(CareHome.id == home.id).execute()
    [change] = _log(home.id)[before:]
    assert change[3:7] == ("phone", "update", "029 2018 0114", "")
    phone_insert = next(row[0] for row in _log(home.id) if row[3] == "phone")
    assert (phone_insert, change[0]) in _parents(home.id)


def test_saving_unchanged_row_logs_nothing(session):
    home = save_home(HomeInput(name="Tŷ Gwyn"), "Siân Ŵyn")
    before = _log()
    CareHome.get_by_id(home.id).save()
    assert _log() == before


def test_delete_logs_tombstone_naming_every_head(session):
    home = save_home(HomeInput(name="Tŷ Gwyn"), "Siân Ŵyn")
    CareHome.update(name="Tŷ Gwyn Newydd").where(CareHome.id == home.id).execute()
    CareHome.get_by_id(home.id).delete_instance()
    tombstone = _log(home.id)[-1]
    assert tombstone[3:6] == ("", "delete", None)
    parents = {parent for parent, child in _parents(home.id) if child == tombstone[0]}
    assert len(parents) == len(CareHome._meta.fields) - 1  # one head per column


def test_cascade_delete_logs_children(session, process_map):
    from tests.test_sync_merge import _case

    home = save_home(HomeInput(name="Tŷ Gwyn"), "Siân Ŵyn")
    case = _case(process_map, home.id)
    action_ids = [action.id.hex for action in CaseAction.select()]
    Case.get_by_id(case.id).delete_instance()
    deleted = {row[2] for row in _log() if row[4] == "delete" and row[1] == "case_action"}
    assert deleted == set(action_ids)


def test_bulk_queries_are_captured(session):
    CareHome.insert_many([{"name": "Bryn Ŵyn"}, {"name": "Plas-y-Coed"}]).execute()
    CareHome.update(provider="Hafan Care Ltd").execute()
    logged = _log()
    assert sum(1 for row in logged if row[3] == "name" and row[4] == "insert") == 2
    assert sum(1 for row in logged if row[3] == "provider" and row[4] == "update") == 2


def test_change_log_cannot_be_edited_or_deleted(session):
    home = save_home(HomeInput(name="Tŷ Gwyn"), "Siân Ŵyn")
    CareHome.update(name="Tŷ Gwyn Newydd").where(CareHome.id == home.id).execute()
    with pytest.raises(IntegrityError, match="append-only"):
        database.execute_sql("UPDATE sync_change SET value = 'forged'")
    with pytest.raises(IntegrityError, match="append-only"):
        database.execute_sql("DELETE FROM sync_change")
    with pytest.raises(IntegrityError, match="append-only"):
        database.execute_sql("DELETE FROM sync_parent")


def test_append_only_records_refuse_edits(session, process_map):
    from tests.test_sync_merge import _case

    home = save_home(HomeInput(name="Tŷ Gwyn"), "Siân Ŵyn")
    _case(process_map, home.id)
    assessment = Assessment.get()
    with pytest.raises(IntegrityError, match="append-only"):
        Assessment.update(reason="rewritten").where(Assessment.id == assessment.id).execute()
    event = CaseEvent.create(case=assessment.case_id, kind="closed", happened_on="2026-12-04")
    with pytest.raises(IntegrityError, match="append-only"):
        CaseEvent.update(reason="rewritten").where(CaseEvent.id == event.id).execute()


def test_applying_flag_turns_capture_off(session):
    before = _log()
    with database.atomic():
        database.execute_sql("UPDATE sync_state SET applying = 1")
        CareHome.insert(name="From another laptop").execute()
        database.execute_sql("UPDATE sync_state SET applying = 0")
    assert _log() == before


def test_new_column_captured_after_reopening(session):
    database.execute_sql("ALTER TABLE care_home ADD COLUMN region TEXT NOT NULL DEFAULT ''")
    capture.install(database)
    home = save_home(HomeInput(name="Tŷ Gwyn"), "Siân Ŵyn")
    database.execute_sql("UPDATE care_home SET region = 'De Cymru' WHERE id = ?", (home.id.hex,))
    assert ("region", "update", "De Cymru") in [row[3:6] for row in _log(home.id)]


def test_records_written_without_capture_are_logged_at_next_open(session):
    database.execute_sql("DROP TRIGGER sync_capture_care_home_insert")
    home = save_home(HomeInput(name="Made while capture was off"), "Siân Ŵyn")
    assert _log(home.id) == []
    capture.install(database)
    assert {row[3] for row in _log(home.id)} >= {"name", "postcode"}


def test_change_numbers_count_up_without_gaps(session):
    save_home(HomeInput(name="Tŷ Gwyn"), "Siân Ŵyn")
    save_home(HomeInput(name="Bryn Ŵyn"), "Siân Ŵyn")
    seqs = [row[0] for row in _log()]
    assert seqs == list(range(1, len(seqs) + 1))
    state = database.execute_sql("SELECT seq FROM sync_state").fetchone()[0]
    assert state == len(seqs)


def test_unchanged_triggers_kept_at_reopening(session):
    statements: list[str] = []
    database.connection().set_trace_callback(statements.append)
    try:
        capture.install(database)
    finally:
        database.connection().set_trace_callback(None)
    ddl = [sql for sql in statements if sql.lstrip().upper().startswith(("CREATE TRIGGER", "DROP"))]
    assert ddl == []
    assert len(capture._installed_triggers(database.connection())) > 20
