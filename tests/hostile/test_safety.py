"""Data safety: kill -9 during ``timeline add`` and ``timeline build``, two adds at once,
a full disk, and byte-identical builds with ``--jobs 1`` and ``--jobs 2``.

Everything runs through the real command line in child processes.
"""
from __future__ import annotations

import errno
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from events.options import Options

TOWNS = ("Northvale", "Eastmere", "Southby", "Westholm", "Ravensford", "Lakeport", "Hillcrest",
         "Ashwick", "Brookdale", "Cedarton", "Dunmore", "Elmstead")
VERBS = ("voted to close the old bridge", "opened a new school", "approved the budget",
         "hired forty nurses", "banned cars from the square", "signed a deal with the port")


def articles(folder: Path, n: int, seed: int = 0) -> Path:
    """``n`` short, distinct articles written into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    for i in range(n):
        town, verb = TOWNS[(seed + i) % len(TOWNS)], rng.choice(VERBS)
        day = 1 + (seed * 7 + i) % 27
        (folder / f"{town.lower()}-{seed}-{i}.txt").write_text(
            f"Title: {town} council {verb}\nSource: Gazette {seed}\nDate: 2023-03-{day:02d}\n\n"
            f"The council of {town} {verb} on Monday. Mayor Ilse Brandt said the work would "
            f"start in April 2023 and cost {rng.randint(2, 90)} million euros. Two weeks ago, "
            f"residents of {town} protested against the plan. Article {seed}-{i}.\n")
    return folder


def timeline(*args: str, cwd: Path, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "timeline", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120, **kwargs)


def start(*args: str, cwd: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "timeline", *args], cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def integrity(db: Path) -> tuple[str, int, int, int]:
    """(PRAGMA integrity_check, rows, distinct hashes, distinct ids) of a corpus."""
    with sqlite3.connect(db) as con:
        check = con.execute("PRAGMA integrity_check").fetchone()[0]
        rows, hashes, ids = con.execute(
            "SELECT COUNT(*), COUNT(DISTINCT hash), COUNT(DISTINCT id) FROM articles").fetchone()
    return check, rows, hashes, ids


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.slow
def test_kill_9_during_add_leaves_a_sound_corpus_holding_each_article_once(tmp_path):
    db = tmp_path / "story.sqlite"
    rng = random.Random(13)
    folders = []
    for trial in range(20):  # each trial adds new articles, and is killed at a random moment
        folders.append(articles(tmp_path / f"batch{trial}", 3, seed=trial))
        process = start("add", *map(str, folders), "--db", str(db), cwd=tmp_path)
        time.sleep(rng.uniform(0.4, 1.8))
        process.send_signal(signal.SIGKILL)
        process.wait()
        if db.exists():
            assert integrity(db)[0] == "ok", f"trial {trial}"
    done = timeline("add", *map(str, folders), "--db", str(db), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert integrity(db) == ("ok", 60, 60, 60)
    again = timeline("add", *map(str, folders), "--db", str(db), cwd=tmp_path)
    assert "added 0 articles, 60 already in the corpus" in again.stdout
    assert integrity(db) == ("ok", 60, 60, 60)


@pytest.mark.slow
def test_kill_9_during_build_leaves_the_earlier_output_whole_or_wholly_replaced(tmp_path):
    first, second = articles(tmp_path / "first", 2, seed=1), articles(tmp_path / "second", 6, seed=2)
    out = tmp_path / "out"
    assert timeline("build", str(first), "-o", str(out), cwd=tmp_path).returncode == 0
    old = files(out)
    assert timeline("build", str(second), "-o", str(tmp_path / "new"), cwd=tmp_path).returncode == 0
    new = files(tmp_path / "new")
    rng = random.Random(8)
    outcomes = set()
    for trial in range(4):
        process = start("build", str(second), "-o", str(out), cwd=tmp_path)
        time.sleep(rng.uniform(1.0, 2.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        now = files(out)
        assert now in (old, new), f"trial {trial}: a mix of two builds"
        outcomes.add("new" if now == new else "old")
        if now == new:  # start again from the earlier build
            assert timeline("build", str(first), "-o", str(out), cwd=tmp_path).returncode == 0
    assert outcomes  # which ones happened depends on the machine's speed
    # the next build removes what the killed ones left beside the folder
    assert timeline("build", str(first), "-o", str(out), cwd=tmp_path).returncode == 0
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.tmp-")]


@pytest.mark.slow
def test_two_adds_at_once_into_one_corpus_both_succeed(tmp_path):
    db = tmp_path / "story.sqlite"
    a, b = articles(tmp_path / "a", 6, seed=3), articles(tmp_path / "b", 6, seed=4)
    first = subprocess.Popen([sys.executable, "-m", "timeline", "add", str(a), "--db", str(db)],
                             cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    second = subprocess.Popen([sys.executable, "-m", "timeline", "add", str(b), "--db", str(db)],
                              cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out1, err1 = first.communicate(timeout=120)
    out2, err2 = second.communicate(timeout=120)
    assert (first.returncode, second.returncode) == (0, 0), err1 + err2
    assert "added 6 articles" in out1 and "added 6 articles" in out2
    assert integrity(db) == ("ok", 12, 12, 12)


def _can_mount_tmpfs(where: Path) -> bool:
    if os.geteuid() != 0:
        return False
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(where)],
                          capture_output=True)
    return done.returncode == 0


@pytest.mark.slow
def test_a_full_disk_gives_a_named_error_and_leaves_the_earlier_output(tmp_path, monkeypatch):
    """On a small tmpfs when one can be mounted (as root); else the write is made to fail
    with ENOSPC, in this process."""
    first, second = articles(tmp_path / "first", 1, seed=5), articles(tmp_path / "second", 3, seed=6)
    disk = tmp_path / "disk"
    if _can_mount_tmpfs(disk):
        try:
            out = disk / "out"
            assert timeline("build", str(first), "-o", str(out), cwd=tmp_path).returncode == 0
            old = files(out)
            filler = disk / "filler"
            free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
            filler.write_bytes(b"x" * max(0, free - sum(map(len, old.values())) // 2))
            done = timeline("build", str(second), "-o", str(out), cwd=tmp_path)
            assert done.returncode == 1
            assert done.stderr.strip() == \
                f"Error: {out}: could not write the timeline (No space left on device)"
            assert files(out) == old
            assert sorted(p.name for p in disk.iterdir()) == ["filler", "out"]
        finally:
            subprocess.run(["umount", str(disk)], check=False)
        return
    from output import page
    from output.page import OutputError, write_page
    from timeline.build import build_timeline

    out = tmp_path / "out"
    write_page(build_timeline([str(first)], Options()), out)
    old = files(out)

    def full(path, content):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(page, "_write_file", full)
    with pytest.raises(OutputError, match=r"could not write the timeline \(No space left"):
        write_page(build_timeline([str(second)], Options()), out)
    assert files(out) == old


def test_builds_are_byte_identical_with_one_or_two_jobs_from_folders_and_corpora(tmp_path):
    from output.page import render_files
    from timeline.build import build_timeline
    from timeline.store import Corpus

    folder = articles(tmp_path / "in", 8, seed=7)
    outs = {}
    for jobs in (1, 2):
        outs[f"folder {jobs}"] = render_files(build_timeline([str(folder)], Options(jobs=jobs)))
        with Corpus(tmp_path / f"c{jobs}.sqlite") as corpus:
            corpus.add([str(folder)], Options(jobs=jobs))
            outs[f"corpus {jobs}"] = render_files(corpus.timeline(Options(jobs=jobs)))
    assert outs["folder 1"] == outs["folder 2"]
    assert outs["corpus 1"] == outs["corpus 2"]
    assert outs["folder 1"] == outs["corpus 1"]
    assert render_files(build_timeline([str(folder)], Options())) == outs["folder 1"]
