"""The shared folder on disk: one folder per laptop, written only by that laptop.

The database is never opened here; only change files are read and written.
Every path is built from the share's path and names that match
``files.DEVICE_PATTERN`` or ``files.NAME_PATTERN``, so a name found on the
share cannot point outside it.
"""

from __future__ import annotations

import logging
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from carehome_desk.sync.files import (
    DEVICE_PATTERN,
    SYSTEM_FILES,
    TEMP_PATTERN,
    FileName,
    parse_name,
)

log = logging.getLogger(__name__)

RENAME_ATTEMPTS = 5
RENAME_FIRST_WAIT_S = 0.05
# A temporary file this old was left by a sync that stopped; its owner removes it.
STALE_TEMP_S = 3600

Rename = Callable[[Path, Path], None]


@dataclass
class FolderListing:
    change_files: list[tuple[FileName, Path]] = field(default_factory=list)
    unexpected: list[Path] = field(default_factory=list)  # names that are not change files
    temporary: list[Path] = field(default_factory=list)  # files still being written


def device_folders(share: Path) -> list[tuple[str, Path]]:
    """Return (device id, folder) for each laptop folder on the share, in name order.

    Other entries (a README someone left, an operating system's files) are ignored.
    """
    folders = []
    with os.scandir(share) as entries:
        for entry in entries:
            if DEVICE_PATTERN.match(entry.name) and entry.is_dir(follow_symlinks=False):
                folders.append((entry.name, share / entry.name))
    return sorted(folders)


def list_folder(folder: Path) -> FolderListing:
    """Sort the entries of a laptop's folder into change files, temporary files and the rest."""
    listing = FolderListing()
    with os.scandir(folder) as entries:
        for entry in sorted(entries, key=lambda item: item.name):
            path = folder / entry.name
            name = parse_name(entry.name)
            if name is not None and entry.is_file(follow_symlinks=False):
                listing.change_files.append((name, path))
            elif TEMP_PATTERN.match(entry.name):
                listing.temporary.append(path)
            elif entry.name.lower() not in SYSTEM_FILES:
                listing.unexpected.append(path)
    listing.change_files.sort(key=lambda item: (item[0].first, item[0].last, item[0].nonce))
    return listing


def write_file(
    folder: Path,
    name: str,
    data: bytes,
    rename: Rename = os.replace,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Write ``data`` to ``folder/name`` through a flushed temporary file and a rename.

    A rename that fails (another program holding the file, as antivirus software
    does on Windows) is retried with a doubling wait. Raises OSError when the
    last attempt fails too, after removing the temporary file.
    """
    temp = folder / f"tmp-{secrets.token_hex(8)}.part"
    try:
        with open(temp, "xb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        _rename_with_retries(temp, folder / name, rename, sleep)
    except OSError:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(folder)


def _rename_with_retries(
    source: Path, target: Path, rename: Rename, sleep: Callable[[float], None]
) -> None:
    wait = RENAME_FIRST_WAIT_S
    for attempt in range(1, RENAME_ATTEMPTS + 1):
        if target.exists():
            raise FileExistsError(f"{target} already exists")
        try:
            rename(source, target)
            return
        except OSError as error:
            if attempt == RENAME_ATTEMPTS:
                log.error("Renaming %s failed %s times: %s", source.name, attempt, error)
                raise
            log.warning(
                "Renaming %s failed (%s); retry %s in %.2f s", source.name, error, attempt, wait
            )
            sleep(wait)
            wait *= 2


def _sync_folder(folder: Path) -> None:
    """Flush the folder entry of a renamed file to disk, where the system allows it."""
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        log.debug("The folder %s cannot be flushed", folder)
    finally:
        os.close(handle)


def remove_stale_temporary_files(listing: FolderListing, now_s: float) -> None:
    """Remove temporary files that a stopped sync of this laptop left in its own folder."""
    for path in listing.temporary:
        try:
            if now_s - path.stat().st_mtime > STALE_TEMP_S:
                path.unlink()
                log.info("Removed the stale temporary file %s", path.name)
        except OSError as error:
            log.warning("Could not remove the stale temporary file %s: %s", path.name, error)


def folder_clock_ms(folder: Path) -> int:
    """Return the shared folder's clock in milliseconds since 1970, read from a new file's time.

    The file server stamps the file, so this compares the laptop's clock with
    the server's. Raises OSError when the folder cannot be written.
    """
    probe = folder / f"tmp-{secrets.token_hex(8)}.part"
    with open(probe, "xb") as stream:
        stream.write(b"clock probe\n")
    try:
        return int(probe.stat().st_mtime * 1000)
    finally:
        probe.unlink(missing_ok=True)
