"""Progress of ``vqs run``: a rich bar on a terminal, plain log lines otherwise (CI, nohup, pipes).

Both report the same events of :func:`vqs.search.pipeline.run`: the start of the search (its
first generation also compiles the kernel), every generation with the best fitness and an ETA,
each refinement (k of top_k) and the GHZ baseline. ``--quiet`` uses neither.
"""

from __future__ import annotations

import sys
import time
from contextlib import contextmanager


def _eta(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds:.0f} s"


class LogProgress:
    """Plain lines on ``stream`` (stderr), one per event, flushed."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stderr
        self.started = time.perf_counter()
        self.first: tuple[int, float] | None = None

    def _line(self, text: str) -> None:
        self.stream.write(f"vqs run [{time.perf_counter() - self.started:7.1f} s] {text}\n")
        self.stream.flush()

    def eta(self, generation: int, total: int) -> float | None:
        """Seconds left, from the mean time per generation since the first one reported."""
        now = time.perf_counter()
        if self.first is None:
            self.first = (generation, now)
            return None
        done = generation - self.first[0]
        return (now - self.first[1]) / done * (total - generation) if done > 0 else None

    def stage(self, name: str, k: int, total: int) -> None:
        if name == "search":
            what = "compiling the kernel and scoring generation 0" if k == 0 else f"resuming after generation {k}"
            self._line(f"search: {what} ({total} generations)")
        elif name == "refine":
            self._line(f"refinement {k} of {total}")
        elif name == "hcrb":
            self._line(f"HCRB refinement {k} of {total} (two starts: the refined angles and zero angles)")
        else:
            self._line("GHZ baseline and outputs")

    def generation(self, generation: int, total: int, best: float) -> None:
        eta = self.eta(generation, total)
        self._line(f"generation {generation}/{total}  best {best:.6g}  ETA {_eta(eta)}")


class BarProgress(LogProgress):
    """The same events as a rich progress bar (stderr is a terminal)."""

    def __init__(self, bar, task):
        super().__init__()
        self.bar, self.task = bar, task

    def stage(self, name: str, k: int, total: int) -> None:
        if name == "search":
            text = "compiling + generation 0" if k == 0 else "search"
            self.bar.update(self.task, description=text, total=total, completed=k)
        elif name == "refine":
            self.bar.update(self.task, description=f"refine {k}/{total}", total=total, completed=k - 1)
        elif name == "hcrb":
            self.bar.update(self.task, description=f"HCRB refine {k}/{total}", total=total, completed=k - 1)
        else:
            self.bar.update(self.task, description="GHZ + outputs", total=1, completed=0)

    def generation(self, generation: int, total: int, best: float) -> None:
        eta = self.eta(generation, total)
        self.bar.update(self.task, description="search", completed=generation, best=f"{best:.6g}", eta=_eta(eta))


@contextmanager
def reporter(quiet: bool):
    """None (quiet), a :class:`BarProgress` on a terminal, else a :class:`LogProgress`."""
    if quiet:
        yield None
    elif not sys.stderr.isatty():
        yield LogProgress()
    else:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        columns = (TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("best {task.fields[best]}  ETA {task.fields[eta]}"), TimeElapsedColumn())
        with Progress(*columns, console=Console(stderr=True), transient=False) as bar:
            yield BarProgress(bar, bar.add_task("starting", total=None, best="-", eta="-"))
