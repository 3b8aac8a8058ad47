"""Sync through the shared folder: the change log, and its exchange between laptops.

Design note
===========

Each laptop keeps its own SQLite database on its own disk. Every local
change goes, in the same transaction, into an append-only change log. Laptops
exchange the log through a shared folder, and each rebuilds its records from
the changes it has seen. The log is also the audit trail.

Capture (:mod:`.capture`)
    SQLite triggers, generated at every open from ``PRAGMA table_info`` of
    each synced table (every model in ``store.models.ALL_MODELS`` with a UUID
    ``id``; :mod:`.tables`), write one log row per changed column. Triggers,
    unlike peewee hooks, also see ``insert_many``, ``update()`` queries and
    foreign key cascades, and they are permanent, so a worker thread's or
    another process's connection is captured too. A row records the laptop
    and its sequence number (together the change id), a hybrid logical clock
    time, the record, the column, the old and new values, the officer, and as
    parents the changes to the same field it replaces. A delete is a
    tombstone on the record itself (column ``""``) whose parents are every
    current change of the record. Applying remote changes sets
    ``sync_state.applying`` inside its transaction, which turns capture off.
    Records found without any change (written while capture was off) are
    logged as inserts at the next open.

Identity (:mod:`.identity`)
    A laptop is the random ``device_id`` created with its database; the
    ``laptop_name`` setting is only a label. Before sending, a laptop reads the
    files in its own share folder that it has no record of writing. A file
    equal to its own changes was written by a sync that stopped before
    recording it, and is adopted. Any other means a second database (a
    restored backup, a cloned disk) wrote under the same id: this laptop takes
    a new id and renumbers its changes that the share does not hold, so no
    published number is ever reused, and then reads the old id's folder like
    any other laptop's, which also restores what a backup lacked.

Files (:mod:`.files`, :mod:`.share`)
    Each laptop writes only ``<share>/<its id>/``. A file holds a contiguous
    run of its changes, grouped by saved row, behind a header with the format
    version, the sha256 and the length of the payload. It is written under a
    temporary name, flushed, and renamed (with retries) to
    ``<first>-<last>-<random>.chd``, which is never reused and uses digits and
    lower-case hex only. A reader skips, with a reason, any file whose name,
    header, length, checksum, format version, size, nesting, types, names,
    control characters or record ids are wrong, and applies a file wholly (a
    savepoint) or not at all; files are read before the write lock is taken.

Merge (:mod:`.merge`, :mod:`.state`, :mod:`.records`)
    "Happened before" comes from parents, never from clocks. A field's heads
    are its changes that no known change to the same field names as a parent.
    One head gives the value. Several heads are concurrent edits: equal values
    merge silently, different ones are a conflict, and every laptop shows the
    value of the head with the highest clock time, then the highest laptop id,
    until an officer chooses. The choice is a new change naming every head, so
    it supersedes them everywhere. Edits of different fields never conflict
    (a field is one column). ``updated_at`` and ``updated_by`` merge silently,
    since every edit sets them. A record is deleted only when a tombstone saw
    every current value; a delete concurrent with an edit keeps the record and
    lists it as a conflict, and a record that an alive record refers to is
    kept or brought back. A record whose referenced record has not arrived,
    or whose unique value clashes with another's, waits in ``sync_pending``.
    For clashes the smallest id is the one shown, on every laptop. As a
    result, laptops that have seen the same changes hold the same rows and
    list the same conflicts, in whatever order the files came. Records of
    models marked ``append_only`` (assessments, their answers, rescheduled
    dates, case events, plan progress entries) reject updates, locally by a
    trigger and from files by the reader, so they never conflict and are
    never overwritten.

Clocks
    The hybrid logical clock only orders concurrent values for display. A
    clock a day or more off the shared folder's (measured through file times)
    is reported, and nothing is rejected for it. A laptop takes in remote
    times only up to a day ahead of its own clock.

Speed
    A file's changes go into the log with one batched insert. Their head flags
    are worked out in memory, and records first seen in the file are built
    from it without reading the log back. Files are applied in transactions of
    about 50,000 changes, so the disk flush at each commit costs little.
"""
