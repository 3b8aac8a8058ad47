"""One open data folder: the database, the process maps and the officer using them."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from carehome_desk.paths import resource_path
from carehome_desk.process.i18n import QT_TRANSLATE_NOOP, DeskError
from carehome_desk.process.processmap import Level, ProcessMap, load_process_maps
from carehome_desk.store import settings
from carehome_desk.store.db import init_db

log = logging.getLogger(__name__)

_CTX = "Session"


@dataclass
class Session:
    data_dir: Path
    maps: Mapping[tuple[str, str], ProcessMap]
    clock: Callable[[], date] = field(default=date.today)
    # The chosen map and the settings.saves() count it was read at. Views look levels up
    # for every cell they paint, so the setting is read again only after a save.
    _chosen_map: tuple[int, ProcessMap] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def today(self) -> date:
        return self.clock()

    def process_map(self) -> ProcessMap:
        """Return the map chosen in settings for new assessments.

        When that exact version is not installed (a map file was replaced by a
        revised version), the newest installed version with the same id is
        used, and failing that the first installed map, so the app still opens.
        """
        saves = settings.saves()
        if self._chosen_map is None or self._chosen_map[0] != saves:
            self._chosen_map = (saves, self._read_chosen_map())
        return self._chosen_map[1]

    def _read_chosen_map(self) -> ProcessMap:
        map_id, version = settings.process_map_key()
        if (map_id, version) in self.maps:
            return self.maps[(map_id, version)]
        same_id = [key for key in self.maps if key[0] == map_id]
        candidates = same_id or list(self.maps)
        if not candidates:
            return self.map_for(map_id, version)
        fallback = max(candidates, key=lambda key: _version_order(key[1]))
        log.warning("Process map %s:%s is not installed; using %s:%s", map_id, version, *fallback)
        return self.maps[fallback]

    def map_for(self, map_id: str, version: str) -> ProcessMap:
        found = self.maps.get((map_id, version))
        if found is None:
            raise DeskError(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Session",
                    "Process map {map} version {version} is not installed; reinstall the app.",
                ),
                map=map_id,
                version=version,
            )
        return found

    def officer(self) -> settings.Officer:
        officer = settings.officer()
        if officer is None:
            raise DeskError(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Session", "No officer is set for this data folder; set your name first."
                ),
            )
        return officer

    def level_ranks(self) -> dict[str, int]:
        return {level.id: level.rank for level in self.process_map().levels}

    def level(self, level_id: str) -> Level | None:
        """Return the current map's level ``level_id``, or None for no escalation."""
        if not level_id:
            return None
        try:
            return self.process_map().level(level_id)
        except KeyError:
            return None


def _version_order(version: str) -> tuple[bool, tuple[int, ...], str]:
    """Return a sort key that puts "10" after "9", and numeric versions after others."""
    parts = version.split(".")
    if all(part.isdigit() for part in parts):
        return (True, tuple(int(part) for part in parts), "")
    return (False, (), version)


def open_session(data_dir: Path, maps_folder: Path | None = None) -> Session:
    """Open the database in ``data_dir`` and load the process maps.

    Raises DeskError when no process map is installed at all.
    """
    folder = maps_folder or resource_path("process_maps")
    maps = load_process_maps(folder)
    if not maps:
        raise DeskError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Session", "No process map is installed in {folder}; reinstall Care Home Desk."
            ),
            folder=str(folder),
        )
    init_db(data_dir)
    return Session(Path(data_dir), maps)
