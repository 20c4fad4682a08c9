"""Growth: each hostile input of the issue grown 10x, and the time ratio, beside a normal
article grown the same way.

The inputs are made by ``tests/fixtures/hostile/inputs.py`` (:data:`GROWN`): a text of
many dates, "Monday" repeated, sentences "On Monday, ...", a soup of date-like tokens,
nested Markdown bold and links, front matter and header lines of long runs of spaces, a
Russian page that sends htmldate's extensive search to dateparser. Each is built at its
base size and at 10x, in a fresh child process that times ``build_timeline`` and the
rendering of every output file (not the imports). The normal article (``NORMAL_PARAGRAPH``
repeated) is the baseline, grown the same way in the same run.

Each is timed twice: wall seconds (what a user waits) and the child's CPU seconds. On a
shared machine the wall time of a long run takes in whatever else ran meanwhile, so the
CPU ratio is the one that shows how the code grows; the wall ratio is printed beside it.

Targets: the ratio under 15 for every input (linear is 10); no input under 10 MB over 60 s.
Usage: ``python benchmarks/growth.py [--only WORD] [--limit 300] [--code DIR]``; ``--code``
times another checkout (e.g. the unchanged code, from ``git archive``) on this checkout's
inputs. Writes only temporary files.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import importlib.util, json, sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
spec = importlib.util.spec_from_file_location("inputs", {inputs!r})
inputs = importlib.util.module_from_spec(spec); spec.loader.exec_module(inputs)
from events.errors import TimelineError
from events.options import Options
from output.page import render_files
from timeline.build import build_timeline
name, n, folder = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
make = inputs.normal if name == "normal" else inputs.GROWN[name][0]
paths = make(folder, n)
size = sum(Path(p).stat().st_size for p in paths)
start, cpu = time.perf_counter(), time.process_time()
try:
    files = render_files(build_timeline(paths, Options()))
    outcome = f"{{len(files)}} files"
except TimelineError as exc:
    outcome = f"error: {{exc}}"
print(json.dumps({{"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu,
                  "bytes": size, "outcome": outcome}}))
"""

#: The normal article's base size (paragraphs).
NORMAL_BASE = 20


def run(name: str, n: int, limit: float, root: Path = ROOT) -> dict:
    """Build one input of size ``n`` in a child process with the code of ``root``:
    seconds, CPU seconds, bytes, outcome."""
    code = CHILD.format(root=str(root), inputs=str(ROOT / "tests/fixtures/hostile/inputs.py"))
    with tempfile.TemporaryDirectory() as tmp:
        try:
            done = subprocess.run([sys.executable, "-c", code, name, str(n), tmp],
                                  capture_output=True, text=True, timeout=limit, check=True)
        except subprocess.TimeoutExpired:
            return {"seconds": limit, "cpu": 0.0, "bytes": 0, "outcome": f"killed at {limit:g} s"}
        except subprocess.CalledProcessError as exc:
            return {"seconds": 0, "cpu": 0.0, "bytes": 0, "outcome": "crashed: " +
                    (exc.stderr.strip().splitlines() or ["?"])[-1][:60]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", default="")
    parser.add_argument("--limit", type=float, default=300.0)
    parser.add_argument("--code", type=Path, default=ROOT,
                        help="another checkout whose code to time (the inputs are this one's)")
    options = parser.parse_args()
    spec_path = ROOT / "tests/fixtures/hostile/inputs.py"
    import importlib.util
    spec = importlib.util.spec_from_file_location("inputs", spec_path)
    inputs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(inputs)
    cases = [("normal", NORMAL_BASE)] + [(name, base) for name, (_, base) in inputs.GROWN.items()]
    print("| input | size 1x | 1x s | size 10x | 10x s | ratio | 1x CPU s | 10x CPU s | "
          "CPU ratio | outcome 10x |")
    print("|---|---|---|---|---|---|---|---|---|---|", flush=True)
    for name, base in cases:
        if options.only.lower() not in name.lower() and name != "normal":
            continue
        small = run(name, base, options.limit, options.code)
        large = run(name, 10 * base, options.limit, options.code)
        ratio = large["seconds"] / max(small["seconds"], 1e-3)
        cpu_ratio = large["cpu"] / max(small["cpu"], 1e-3)
        label = "normal article (baseline)" if name == "normal" else name
        print(f"| {label} | {small['bytes']:,} B | {small['seconds']:.2f} | "
              f"{large['bytes']:,} B | {large['seconds']:.2f} | {ratio:.1f} | "
              f"{small['cpu']:.2f} | {large['cpu']:.2f} | {cpu_ratio:.1f} | "
              f"{large['outcome']} |", flush=True)


if __name__ == "__main__":
    main()
