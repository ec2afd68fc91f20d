"""The ``vqs`` command: one subcommand per user task.

The persistent compilation cache is on unless ``--no-compile-cache`` or ``VQS_JAX_CACHE=0``
(:mod:`vqs.compile_cache`). Each subcommand lives in its own module exposing
``register(subparsers)``, which adds a parser whose ``func`` default takes the parsed arguments
and returns an exit code. Invalid input (:class:`vqs.VqsError`, :class:`ansatz.CircuitError`,
argparse errors) prints one line on stderr and exits with code 2.
"""

from __future__ import annotations

import argparse
import importlib
import signal
import sys
import threading

from ansatz import CircuitError
from vqs import __version__
from vqs.compile_cache import enable_compile_cache
from vqs.errors import VqsError

SUBCOMMAND_MODULES = ("qfi", "run", "measure", "estimate", "network", "purify", "iqsc", "export", "table", "plot",
                      "config")


class Terminated(KeyboardInterrupt):
    """SIGTERM, turned into an interrupt: the command stops as on Ctrl-C (resume hint, worker
    processes ended) and exits with 128 + 15."""


def exit_code(interrupt: KeyboardInterrupt) -> int:
    """130 for Ctrl-C, 143 for SIGTERM."""
    return 128 + (signal.SIGTERM if isinstance(interrupt, Terminated) else signal.SIGINT)


def _terminated(signum, frame):
    raise Terminated()


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, exit 2, no usage dump
        sys.stderr.write(f"vqs: error: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="vqs", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"vqs {__version__}")
    parser.add_argument("--no-compile-cache", action="store_true",
                        help="do not use the persistent compilation cache (default: on, in $VQS_JAX_CACHE, "
                        "$XDG_CACHE_HOME/vqs/jax or ~/.cache/vqs/jax; VQS_JAX_CACHE=0 also turns it off)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for name in SUBCOMMAND_MODULES:
        importlib.import_module(f"vqs.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminated) if main_thread else None
    if not args.no_compile_cache:
        enable_compile_cache()  # compile each kernel once per machine (vqs.compile_cache)
    try:
        return int(args.func(args) or 0)
    except (VqsError, CircuitError) as err:
        sys.stderr.write(f"vqs {args.command}: error: {err}\n")
        return 2
    except OSError as err:  # the environment failed us mid-way (disk full, ...): still one line
        where = f" ({err.filename})" if err.filename else ""
        sys.stderr.write(f"vqs {args.command}: error: {err.strerror or err}{where}\n")
        return 1
    except MemoryError:
        sys.stderr.write(f"vqs {args.command}: error: out of memory\n")
        return 1
    except KeyboardInterrupt as err:
        sys.stderr.write("vqs: interrupted\n")
        return exit_code(err)
    finally:
        if main_thread:
            signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    raise SystemExit(main())
