"""One sync with the shared folder: check this laptop's id, send its changes, receive the rest.

:func:`sync` uses the peewee ``database`` of the calling thread and must be
the only writer while it runs. Each file is applied in its own transaction,
so a sync that stops (killed, or the folder gone) leaves the database as it
was before the file it was working on, and the next sync carries on.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from peewee import IntegrityError

from carehome_desk.process.i18n import QT_TRANSLATE_NOOP, DeskError
from carehome_desk.store.models import database
from carehome_desk.sync import identity as ids
from carehome_desk.sync.capture import APPLYING, CAPTURING, HLC_SHIFT, SEQ_BITS, now_ms
from carehome_desk.sync.files import (
    CHANGES_PER_WRITTEN_FILE,
    ChangeFile,
    FileName,
    FileRejected,
    encode,
    new_name,
    parse_name,
    read_file,
)
from carehome_desk.sync.merge import apply_changes
from carehome_desk.sync.queries import conflict_count, forget_settled, waiting_count
from carehome_desk.sync.report import (
    DAY_MS,
    SKEW_WARNING_MS,
    Received,
    Skipped,
    SyncError,
    SyncReport,
    laptop_name,
)
from carehome_desk.sync.share import (
    device_folders,
    folder_clock_ms,
    list_folder,
    remove_stale_temporary_files,
    write_file,
)
from carehome_desk.sync.tables import SyncedTable, read_tables

log = logging.getLogger(__name__)

_CTX = "Sync"

# Files are applied in transactions of about this many changes: large enough that
# the disk flush at each commit costs little, small enough that a stopped sync
# keeps most of its work.
BATCH_CHANGES = 50_000

SENDING = "sending"
RECEIVING = "receiving"


@dataclass(frozen=True)
class Progress:
    stage: str  # SENDING or RECEIVING
    done: int
    total: int


ProgressCallback = Callable[[Progress], None]


class _Unreachable(Exception):
    """The shared folder vanished part-way through the sync."""


def sync(share: Path, progress: ProgressCallback | None = None) -> SyncReport:
    """Exchange changes with the shared folder ``share`` and return what happened.

    Raises SyncError when the folder cannot be reached or written at the start.
    """
    share = Path(share)
    connection: sqlite3.Connection = database.connection()
    tables = read_tables(connection)
    me = ids.current(connection)
    report = SyncReport(share, me.device_id, me.label)
    report_progress = progress or (lambda _progress: None)
    log.info("Sync with %s started as laptop %s", share, me.device_id)

    own = _own_folder(share, me.device_id)
    _check_own_clock(connection, own, report)
    try:
        me = _check_identity(connection, share, me, report)
        _send(connection, share, me, report, report_progress)
        _receive(connection, tables, share, me, report, report_progress)
    except _Unreachable:
        report.interrupted = True
        report.warnings.append(
            DeskError(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "The shared folder {path} became unreachable during the sync. What was "
                    "received before is kept; sync again when the folder is back.",
                ),
                path=str(share),
            )
        )

    with database.atomic():
        forget_settled(connection)
    report.conflicts = conflict_count(connection, tables)
    report.waiting_records = waiting_count(connection)
    log.info(
        "Sync finished: %s changes sent, %s received, %s records updated, %s files skipped",
        report.sent_changes,
        report.received_changes,
        report.records_updated,
        len(report.skipped),
    )
    return report


def _own_folder(share: Path, device_id: str) -> Path:
    if not share.is_dir():
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "Sync",
                "The shared folder {path} cannot be reached. Check the network connection and "
                "the folder in Settings, then sync again.",
            ),
            path=str(share),
        )
    folder = share / device_id
    try:
        folder.mkdir(exist_ok=True)
        folder_clock_ms(folder)
    except OSError as error:
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "Sync",
                "Cannot write to the shared folder {path}: {reason}. Ask for write access to "
                "it, or choose another folder in Settings.",
            ),
            path=str(share),
            reason=error.strerror or str(error),
        ) from error
    return folder


def _relative(share: Path, path: Path) -> str:
    return path.relative_to(share).as_posix()


def _gone(share: Path, error: OSError) -> bool:
    """True when ``error`` came from the whole shared folder going away."""
    gone = not share.is_dir()
    if gone:
        log.warning("The shared folder %s became unreachable: %s", share, error)
    return gone


# ---------------------------------------------------------------- clocks


def _check_own_clock(connection: sqlite3.Connection, own: Path, report: SyncReport) -> None:
    try:
        skew = now_ms(connection) - folder_clock_ms(own)
    except OSError as error:
        log.warning("Could not compare clocks with the shared folder: %s", error)
        return
    if abs(skew) >= SKEW_WARNING_MS:
        report.warnings.append(_skew_warning(skew, None))


def _skew_warning(skew_ms: int, laptop: str | None) -> DeskError:
    hours = round(abs(skew_ms) / 3_600_000)
    if laptop is None:
        template = (
            QT_TRANSLATE_NOOP(
                "Sync",
                "This laptop's clock is {hours} hours ahead of the shared folder's. Correct "
                "the clock; nothing was rejected because of it.",
            )
            if skew_ms > 0
            else QT_TRANSLATE_NOOP(
                "Sync",
                "This laptop's clock is {hours} hours behind the shared folder's. Correct "
                "the clock; nothing was rejected because of it.",
            )
        )
        return DeskError(_CTX, template, hours=hours)
    template = (
        QT_TRANSLATE_NOOP(
            "Sync",
            "The clock of {laptop} was {hours} hours ahead of the shared folder's when it "
            "wrote its changes. Its changes were received all the same.",
        )
        if skew_ms > 0
        else QT_TRANSLATE_NOOP(
            "Sync",
            "The clock of {laptop} was {hours} hours behind the shared folder's when it "
            "wrote its changes. Its changes were received all the same.",
        )
    )
    return DeskError(_CTX, template, hours=hours, laptop=laptop)


# ---------------------------------------------------------------- identity


def _check_identity(
    connection: sqlite3.Connection, share: Path, me: ids.Identity, report: SyncReport
) -> ids.Identity:
    """Adopt own files a stopped sync did not record; take a new id if another database wrote."""
    folder = share / me.device_id
    try:
        listing = list_folder(folder)
    except OSError as error:
        if _gone(share, error):
            raise _Unreachable from error
        raise
    remove_stale_temporary_files(listing, time.time())
    recorded = _recorded_names(connection, me.number)
    on_share: set[int] = set()
    foreign = False

    for name, path in listing.change_files:
        if name.text in recorded:
            continue
        found = _read(share, path, me.device_id, report)
        if found is None:
            continue
        matching = ids.matching_seqs(connection, me, found)
        if len(matching) == len(found.changes):
            with database.atomic():
                ids.adopt(connection, me, name.text, found)
        else:
            foreign = True
            on_share |= matching

    if not foreign:
        return ids.current(connection)
    with database.atomic("IMMEDIATE"):
        me = ids.take_new_id(connection, ids.current(connection), on_share)
    report.new_device_id = me.device_id
    report.device_id = me.device_id
    _own_folder(share, me.device_id)
    return me


def _recorded_names(connection: sqlite3.Connection, number: int) -> set[str]:
    rows = connection.execute("SELECT name FROM sync_file WHERE device = ?", (number,))
    return {row[0] for row in rows}


def _read(
    share: Path,
    path: Path,
    device_id: str,
    report: SyncReport,
    tables: Mapping[str, SyncedTable] | None = None,
) -> ChangeFile | None:
    """Read and check one file; on a problem add it to the report's skipped files."""
    try:
        return read_file(path, device_id, tables)
    except FileRejected as reason:
        log.warning("Skipped %s: %s", _relative(share, path), reason)
        report.skipped.append(Skipped(_relative(share, path), reason))
    except OSError as error:
        if _gone(share, error):
            raise _Unreachable from error
        reason = FileRejected(
            QT_TRANSLATE_NOOP("Sync", "The file could not be read: {reason}."),
            reason=error.strerror or str(error),
        )
        log.warning("Skipped %s: %s", _relative(share, path), error)
        report.skipped.append(Skipped(_relative(share, path), reason))
    return None


# ---------------------------------------------------------------- sending


def _send(
    connection: sqlite3.Connection,
    share: Path,
    me: ids.Identity,
    report: SyncReport,
    progress: ProgressCallback,
) -> None:
    """Write this laptop's unpublished changes, and any of its files missing from the share."""
    folder = share / me.device_id
    missing = _missing_sent_files(connection, folder, me)
    runs = [*missing, *_runs(connection, me.number, me.published_seq + 1, me.seq)]
    for done, (first, last) in enumerate(runs):
        progress(Progress(SENDING, done, len(runs)))
        changes = ids.local_changes(connection, me.number, first, last)
        rows = [changes[seq] for seq in range(first, last + 1)]
        data, digest = encode(me.device_id, me.label, now_ms(connection), rows)  # type: ignore[arg-type]
        name = new_name(first, last)
        try:
            write_file(folder, name, data)
        except OSError as error:
            if _gone(share, error):
                raise _Unreachable from error
            raise
        with database.atomic():
            connection.execute(
                "INSERT INTO sync_file (device, name, kind, sha256, first_seq, last_seq) "
                "VALUES (?, ?, 'sent', ?, ?, ?)",
                (me.number, name, digest, first, last),
            )
            connection.execute(
                "UPDATE sync_state SET published_seq = max(published_seq, ?)", (last,)
            )
        report.sent_changes += last - first + 1
        report.sent_files += 1
        log.info("Sent changes %s to %s as %s", first, last, name)
    progress(Progress(SENDING, len(runs), len(runs)))


def _missing_sent_files(
    connection: sqlite3.Connection, folder: Path, me: ids.Identity
) -> list[tuple[int, int]]:
    """Return the ranges of files this laptop sent that are no longer in its folder."""
    present = {name.text for name, _path in list_folder(folder).change_files}
    missing = []
    rows = connection.execute(
        "SELECT name, first_seq, last_seq FROM sync_file WHERE device = ? AND kind = 'sent' "
        "ORDER BY first_seq",
        (me.number,),
    ).fetchall()
    for name, first, last in rows:
        if name not in present:
            log.warning("Sent file %s is missing from the shared folder; writing it again", name)
            connection.execute(
                "DELETE FROM sync_file WHERE device = ? AND name = ?", (me.number, name)
            )
            missing.append((first, last))
    return missing


def _runs(
    connection: sqlite3.Connection, number: int, first: int, last: int
) -> list[tuple[int, int]]:
    """Split changes ``first``..``last`` into file-sized runs, never splitting one saved row.

    The changes of one insert, update or delete share a clock time, so a run
    ends only where the clock time changes.
    """
    if first > last:
        return []
    base = number << SEQ_BITS
    times = connection.execute(
        "SELECT seq, hlc FROM sync_change WHERE id BETWEEN ? AND ? ORDER BY id",
        (base + first, base + last),
    ).fetchall()
    runs = []
    start = first
    for position in range(1, len(times)):
        seq, hlc = times[position]
        if seq - start >= CHANGES_PER_WRITTEN_FILE and hlc != times[position - 1][1]:
            runs.append((start, seq - 1))
            start = seq
    runs.append((start, last))
    return runs


# ---------------------------------------------------------------- receiving


def _receive(
    connection: sqlite3.Connection,
    tables: Mapping[str, SyncedTable],
    share: Path,
    me: ids.Identity,
    report: SyncReport,
    progress: ProgressCallback,
) -> None:
    """Read the other laptops' new files, then apply them in batches.

    Files are read and checked before the write lock is taken, so a slow shared
    folder never holds up the app's own saves. Each batch of files is then applied
    in one transaction, each file in its own savepoint. So a file is applied
    wholly or not at all, and a sync that stops keeps the batches before.
    """
    waiting = _files_to_read(connection, share, me, report)
    received: dict[str, Received] = {}
    warned: set[str] = set()
    batch: list[tuple[Path, FileName, ChangeFile]] = []
    size = 0
    try:
        for done, (device_id, name, path) in enumerate(waiting):
            progress(Progress(RECEIVING, done, len(waiting)))
            found = _read(share, path, device_id, report, tables)
            if found is None:
                continue
            _check_skew(path, found, warned, report)
            batch.append((path, name, found))
            size += len(found.changes)
            if size >= BATCH_CHANGES:
                _apply_batch(connection, tables, share, batch, received, report)
                batch, size = [], 0
    except _Unreachable:
        # The files read whole before the folder went away are still applied.
        _apply_batch(connection, tables, share, batch, received, report)
        report.received = _sorted(received)
        raise
    _apply_batch(connection, tables, share, batch, received, report)
    progress(Progress(RECEIVING, len(waiting), len(waiting)))
    report.received = _sorted(received)


def _sorted(received: dict[str, Received]) -> list[Received]:
    return sorted(received.values(), key=lambda item: (item.label, item.device_id))


def _apply_batch(
    connection: sqlite3.Connection,
    tables: Mapping[str, SyncedTable],
    share: Path,
    batch: list[tuple[Path, FileName, ChangeFile]],
    received: dict[str, Received],
    report: SyncReport,
) -> None:
    if not batch:
        return
    with database.atomic("IMMEDIATE"):
        for path, name, found in batch:
            try:
                with database.atomic():  # a savepoint: a rejected file leaves nothing behind
                    new, updated = _apply(connection, tables, name, found)
            except (FileRejected, IntegrityError) as error:
                reason = error if isinstance(error, FileRejected) else _not_applicable(error)
                log.warning("Skipped %s: %s", _relative(share, path), error)
                report.skipped.append(Skipped(_relative(share, path), reason))
                continue
            if new == 0:
                report.skipped.append(Skipped(_relative(share, path), _duplicate()))
                continue
            item = received.setdefault(found.device_id, Received(found.device_id, found.label))
            item.label = found.label
            item.changes += new
            item.files += 1
            report.records_updated += updated


def _files_to_read(
    connection: sqlite3.Connection, share: Path, me: ids.Identity, report: SyncReport
) -> list[tuple[str, FileName, Path]]:
    """List the change files of other laptops that this laptop has not read yet."""
    waiting = []
    try:
        folders = device_folders(share)
        for device_id, folder in folders:
            if device_id == me.device_id:
                continue
            listing = list_folder(folder)
            for path in listing.unexpected:
                report.skipped.append(Skipped(_relative(share, path), _not_a_change_file(path)))
            number = connection.execute(
                "SELECT num FROM sync_device WHERE device_id = ?", (device_id,)
            ).fetchone()
            recorded = _recorded_names(connection, number[0]) if number else set()
            for name, path in listing.change_files:
                if name.text not in recorded:
                    waiting.append((device_id, name, path))
    except OSError as error:
        if _gone(share, error):
            raise _Unreachable from error
        raise
    return waiting


def _apply(
    connection: sqlite3.Connection,
    tables: Mapping[str, SyncedTable],
    name: FileName,
    found: ChangeFile,
) -> tuple[int, int]:
    """Apply ``found`` and record it as read; return (new changes, records updated)."""
    connection.execute("UPDATE sync_state SET applying = ?", (APPLYING,))
    result = apply_changes(connection, tables, found)
    number = connection.execute(
        "SELECT num FROM sync_device WHERE device_id = ?", (found.device_id,)
    ).fetchone()[0]
    connection.execute(
        "INSERT OR REPLACE INTO sync_file (device, name, kind, sha256, first_seq, last_seq) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            number,
            name.text,
            "received" if result.new_changes else "duplicate",
            found.sha256,
            found.first,
            found.last,
        ),
    )
    # The clock moves past the times received, but not beyond a day ahead of this
    # laptop's own clock, so one laptop with a wrong clock cannot drag the others.
    limit = (now_ms(connection) + DAY_MS) << HLC_SHIFT
    connection.execute(
        "UPDATE sync_state SET applying = ?, hlc = max(hlc, min(?, ?))",
        (CAPTURING, result.max_hlc, limit),
    )
    return result.new_changes, result.records_updated


def _check_skew(path: Path, found: ChangeFile, warned: set[str], report: SyncReport) -> None:
    """Warn once per laptop whose clock differed from the share's by a day or more."""
    if found.device_id in warned:
        return
    try:
        stamped = int(path.stat().st_mtime * 1000)
    except OSError:
        return
    skew = found.written_at - stamped
    if abs(skew) >= SKEW_WARNING_MS:
        warned.add(found.device_id)
        report.warnings.append(_skew_warning(skew, laptop_name(found.label, found.device_id)))


def _not_applicable(error: Exception) -> FileRejected:
    return FileRejected(
        QT_TRANSLATE_NOOP(
            "Sync",
            "The file's changes break a rule of the database ({detail}); nothing from it was "
            "applied. Keep the file and report the problem.",
        ),
        detail=str(error)[:200],
    )


def _duplicate() -> FileRejected:
    return FileRejected(
        QT_TRANSLATE_NOOP(
            "Sync",
            "The file holds only changes already received from another file; it is a copy.",
        )
    )


def _not_a_change_file(path: Path) -> FileRejected:
    if parse_name(path.name) is not None:
        # A change file's name on a folder, a link or a device, not on a plain file.
        return FileRejected(
            QT_TRANSLATE_NOOP(
                "Sync",
                "This is a folder or a link, not a change file, though it has the name of "
                "one. Remove it from the shared folder.",
            )
        )
    return FileRejected(
        QT_TRANSLATE_NOOP(
            "Sync",
            "The name is not that of a change file; it was renamed or copied. Remove it from "
            "the shared folder.",
        )
    )
