"""Table 1 rendered from its summary rows: CSV, Markdown and LaTeX (with the notes under the table).

Every QCRB in the table is ``1 / figure of merit``: per shot, QCRB = 1/max_t F(t) (single) or
min_t Tr(F^-1(t)) (multi); per unit time, QCRB = min_t t/F(t) (single) or min_t t Tr(F^-1(t)).
"""

from __future__ import annotations

import csv
import io
import math

from vqs.physics.model.sensing_model import PARAM_NAMES
from vqs.report.ancilla_columns import ANC_COLUMNS, ANC_PROBES, anc_cell, anc_notes
from vqs.report.cells import OPTIMALITY_TOLERANCE
from vqs.report.labels import NOISE_SHORT, cell_label, open_bracket_note
from vqs.report.local_columns import LOCAL_COLUMNS, figure_note
from vqs.report.table_config import TableConfig, cells_of

CSV_COLUMNS = (
    "task", "noise", "gamma", "nodes", "operating_point", "figure_of_merit", "ghz_qcrb", "vqs_qcrb",
    "vqs_hcrb", "ghz_hcrb", "estimate_hcrb", "estimate_qcrb", "vqs_hcrb_over_qcrb", "optimum_qcrb",
    "optimum_kind", "bound_qcrb", "vqs_over_optimum", "vqs_over_bound", "vqs_t_star",
    "ghz_t_star", "optimum_t_star", "t_star_at_grid_edge", "paper_vqs", "paper_ghz", *LOCAL_COLUMNS, *ANC_COLUMNS,
    "run_dir",
)


def _fmt(x, digits=5) -> str:
    if x is None:
        return ""
    if isinstance(x, float):
        if not math.isfinite(x):
            return "inf"
        return f"{x:.{digits}g}"
    return str(x)


def to_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: (repr(float(r[k])) if isinstance(r[k], float) else ("" if r[k] is None else r[k]))
                    for k in CSV_COLUMNS})
    return buf.getvalue()


def _columns(config: TableConfig) -> list[tuple[float, str]]:
    return [(g, z) for g in config.gammas for z in config.noises]


def _lookup(rows):
    return {(r["task"], r["noise"], r["gamma"], r["nodes"]): r for r in rows}


def _notes(config: TableConfig, rows: list[dict]) -> list[str]:
    fig = ("per shot: QCRB = 1/max_t F(t) (multi: min_t Tr F^-1(t))" if config.figure_of_merit == "per_shot"
           else "per unit time: QCRB = min_t t/F(t) (multi: min_t t Tr F^-1(t))")
    points = "; ".join(f"{task} task " + ", ".join(
        f"{n} = {v:g} gamma" for n, v in zip(PARAM_NAMES[task], getattr(config.operating_point_over_gamma, task)))
        for task in config.tasks)
    notes = [
        f"Figure of merit: {fig}. Lower is better. One model for every cell (docs/model.md, docs/table.md).",
        f"Operating point of every cell: {points} (checked continuous before each run; docs/table.md).",
        "Cell format: ours [paper, ours/paper]. Paper values: vqs/data/table1_paper.csv.",
        "Optimum (single task): see-saw maximum over all N-qubit input states (vqs/physics/optimum/certificate.py), an "
        "achievable value found by a local method (a VQS / optimum below 1 means the search found the better "
        "state). Bound: the channel-extension bound (vqs/physics/optimum/bounds.py), a proven limit for every probe, "
        "ancillas included: bound <= optimum and bound <= VQS in QCRB.",
    ]
    if "multi" in config.tasks:
        notes.append("Estimate (multi task): best of L-BFGS optimisations over input states and time started from "
                     "GHZ, |+>^N, random states and the VQS probe (never worse than VQS in the figure it optimises; "
                     "not a bound). Bound (multi task): the larger of sum_a W_aa/(channel-extension bound of "
                     "component a) and the incompatibility-aware bound (one probe serves every component, "
                     "vqs/physics/optimum/multi_bound.py), a proven lower limit on the QCRB of every probe.")
    notes += _holevo_notes(config, rows)
    grid = config.run.time_grid
    notes.append(f"Every t* and every bound is taken over the same time grid: {grid.points} geometric points from "
                 f"t_max/{grid.span:g} to t_max = {grid.gamma_t_max:g}/gamma.")
    short = [r for r in rows if r["short_of_optimum"]]
    if short:
        names = ", ".join(f"{cell_label(r)} ({r['vqs_over_optimum']:.4f})" for r in short)
        notes.append(f"MARKED (*): VQS more than {OPTIMALITY_TOLERANCE:.0%} above the see-saw optimum in "
                     f"{len(short)} single-task cell(s): {names}.")
    elif any(r["task"] == "single" for r in rows):
        notes.append(f"Every single-task VQS is within {OPTIMALITY_TOLERANCE:.0%} of the see-saw optimum.")
    ahead = [r for r in rows if r["task"] == "single" and r.get("vqs_over_optimum") is not None
             and r["vqs_over_optimum"] < 1 - OPTIMALITY_TOLERANCE / 100]
    if ahead:
        notes.append("VQS below the see-saw optimum (the see-saw ended at a local optimum; the table's optimum is "
                     "then not the best known probe): "
                     + ", ".join(f"{cell_label(r)} ({r['vqs_over_optimum']:.5f})" for r in ahead) + ".")
    edge = [r for r in rows if r.get("t_star_at_grid_edge")]
    if edge:
        notes.append("MARKED (†): t* at an end of the time grid (the value is a supremum over the grid approached "
                     "at its edge, not an interior optimum): "
                     + ", ".join(f"{cell_label(r)} ({r['t_star_at_grid_edge'].replace(';', ', ')})" for r in edge))
    else:
        notes.append("No VQS, GHZ or optimum t* lies at an end of its time grid: every optimum is interior.")
    worse = [r for r in rows if not _holevo(r) and r["vqs_qcrb"] > r["ghz_qcrb"] * (1 + 1e-9)]
    if worse:
        notes.append(f"WARNING: VQS QCRB above GHZ in {len(worse)} cell(s) (a search bug): "
                     + ", ".join(cell_label(r) for r in worse))
    below = [r for r in rows if r.get("bound_qcrb") and r["vqs_qcrb"] < r["bound_qcrb"] * (1 - 1e-9)]
    if below:
        notes.append(f"WARNING: VQS QCRB below the proven bound in {len(below)} cell(s) (a bug): "
                     + ", ".join(cell_label(r) for r in below))
    return notes + anc_notes(rows) + _local_notes(config, rows)


def _holevo(r: dict) -> bool:
    """A multi-task row designed and reported on the HCRB (hcrb_* figure)."""
    return (r.get("task") == "multi" and str(r.get("figure_of_merit")).startswith("hcrb")
            and r.get("vqs_hcrb") is not None)


def _holevo_notes(config: TableConfig, rows: list[dict]) -> list[str]:
    """What the multi block's HCRB cells claim, and any cell where a proven inequality fails."""
    rows = [r for r in rows if _holevo(r)]
    if not rows:
        return []
    notes = ["Multi task, HCRB cells: 'H (QCRB Q)': H = the Holevo bound (HCRB), the precision a collective "
             "measurement attains, with the SLD bound Q = Tr(W F^-1) of the same probe at the same t* beside it "
             "(QCRB <= HCRB <= 2 QCRB; equal where the SLDs commute weakly on the state; docs/model.md). The probes "
             "are designed on the HCRB (figure of merit " + ", ".join(sorted({r['figure_of_merit'] for r in rows}))
             + "). The estimate is the best HCRB of several optimisations over input states and t (not a bound). "
             "The bound is the proven lower limit on the QCRB of every probe, ancillas included, and so on the "
             "HCRB too: bound <= VQS QCRB <= VQS HCRB. The paper's values are QCRBs: the ratio in brackets is "
             "our QCRB over theirs."]
    checks = (("VQS HCRB above GHZ HCRB",
               lambda r: r["ghz_hcrb"] is not None and r["vqs_hcrb"] > r["ghz_hcrb"] * (1 + 1e-9)),
              ("VQS HCRB below its QCRB (a bug)", lambda r: r["vqs_hcrb"] < r["vqs_qcrb"] * (1 - 1e-6)))
    for probe in ("vqs", "ghz"):
        notes += open_bracket_note(rows, f"{probe}_hcrb_gap", f"the {probe.upper()} HCRB's", cell_label)
    for what, bad in checks:
        hit = [r for r in rows if bad(r)]
        if hit:
            notes.append(f"WARNING: {what} in {len(hit)} cell(s): " + ", ".join(cell_label(r) for r in hit))
    return notes


def _local_notes(config: TableConfig, rows: list[dict]) -> list[str]:
    if not _local_rows(config):
        return []
    notes = [f"Local readout (single task; docs/table.md, docs/measurement.md): {figure_note(config)}. "
             "'VQS, local': the QFI-designed VQS probe with its best local readout (readout and t re-optimised); "
             "'GHZ, local': GHZ likewise; 'design, local': a probe designed with its local readout (a second run "
             "of the cell with the local-CFI figure, same GA budget). [xR]: R = this QCRB / the VQS QCRB with the "
             "best joint measurement (1 = local readout costs nothing)."]
    singular = [r for r in rows if r.get("local_readout_singular")]
    if singular:
        notes.append("WARNING: a local readout's CFI is singular at its t* (an outcome with p <= 1e-12 but a nonzero "
                     "derivative; the value is the one at the point): " + ", ".join(
                         f"{cell_label(r)} ({r['local_readout_singular'].replace(';', ', ')})" for r in singular))
    worse = [r for r in rows if r.get("local_design_qcrb") is not None and r.get("vqs_local_qcrb") is not None
             and r["local_design_qcrb"] > r["vqs_local_qcrb"] * (1 + 1e-9)]
    if worse:
        notes.append(f"The local design is worse than the QFI design read out locally in {len(worse)} cell(s) (the "
                     "search missed it): " + ", ".join(cell_label(r) for r in worse))
    above = [r for r in rows if r.get("local_design_qcrb") is not None and r.get("ghz_local_qcrb") is not None
             and r["local_design_qcrb"] > r["ghz_local_qcrb"] * (1 + 1e-9)]
    if above:
        notes.append(f"WARNING: the local design above GHZ's local QCRB in {len(above)} cell(s) (GHZ competes in the "
                     "design run, so a search bug): " + ", ".join(cell_label(r) for r in above))
    below = [r for r in rows if r.get("local_design_qcrb") is not None
             and r["local_design_qcrb"] < r["vqs_qcrb"] * (1 - 1e-9)]
    if below:
        notes.append(f"WARNING: a local design below the VQS QCRB (joint measurement) in {len(below)} cell(s): C <= F "
                     "makes this a search result better than the QFI search found: " + ", ".join(
                         cell_label(r) for r in below))
    missing = [r for r in rows if r["task"] == "single" and r.get("local_design_qcrb") is None]
    if missing:
        notes.append(f"Local-readout rows not computed yet in {len(missing)} single-task cell(s) (vqs table --resume "
                     "adds them).")
    return notes


PROBES = ("VQS", "GHZ", "optimum", "bound")
LOCAL_PROBES = {"VQS, local": "vqs_local_qcrb", "GHZ, local": "ghz_local_qcrb", "design, local": "local_design_qcrb"}


def _local_rows(config: TableConfig) -> bool:
    return bool(config.local_columns) and "single" in config.tasks


def _probes(config: TableConfig, task: str) -> tuple[str, ...]:
    return PROBES + (tuple(LOCAL_PROBES) if task == "single" and _local_rows(config) else ()) \
        + (ANC_PROBES if task == "multi" and config.ancilla_rows else ())


def _probe_label(task: str, probe: str) -> str:
    return "estimate" if task == "multi" and probe == "optimum" else probe


def _local_cell(r: dict, probe: str, digits: int, ratio: bool) -> str:
    q = r.get(LOCAL_PROBES[probe])
    if q is None:
        return ""
    text = _fmt(q, digits)
    if ratio and r.get("vqs_qcrb"):
        text += f" [x{_fmt(q / r['vqs_qcrb'], 3)}]"
    return text


def _probe_cells(config: TableConfig, by: dict, task: str, fmt_cell) -> list[tuple[str, int, list[str]]]:
    """Rows (probe, N, cells) of one task's QCRB block; ``fmt_cell(row, probe)`` formats a present cell."""
    out = []
    for probe in _probes(config, task):
        for n in config.nodes:
            rows = [by.get((task, z, g, n)) for g, z in _columns(config)]
            out.append((probe, n, [None if r is None else fmt_cell(r, probe) for r in rows]))
    return out


def _marks(r: dict, star: str, dagger: str) -> str:
    return (star if r["short_of_optimum"] else "") + (dagger if r.get("t_star_at_grid_edge") else "")


def _holevo_cell(r: dict, probe: str, digits: int, paper_form: str) -> str:
    """An HCRB cell of the multi block: the HCRB with the QCRB beside it (the bound: its QCRB bound)."""
    if probe == "bound":
        return _fmt(r.get("bound_qcrb"), digits)
    key = {"VQS": "vqs", "GHZ": "ghz", "optimum": "estimate"}[probe]
    text = f"{_fmt(r.get(f'{key}_hcrb'), digits)} (QCRB {_fmt(r.get(f'{key}_qcrb'), digits)})"
    if probe == "VQS":
        text += _marks(r, " *", " †") if paper_form.startswith(" [") else _marks(r, "$^*$", r"$^\dagger$")
    return text + (_paper(r, key, paper_form, digits, 3) if probe != "optimum" else "")


def _md_cell(r: dict, probe: str) -> str:
    if probe in ANC_PROBES:
        return anc_cell(r, probe, 5, True)
    if probe in LOCAL_PROBES:
        return _local_cell(r, probe, 5, True)
    if _holevo(r):
        return _holevo_cell(r, probe, 5, " [{}, {}]")
    if probe == "VQS":
        return f"{_fmt(r['vqs_qcrb'])}{_marks(r, ' *', ' †')}{_paper(r, 'vqs', ' [{}, {}]', 5, 3)}"
    if probe == "GHZ":
        return f"{_fmt(r['ghz_qcrb'])}{_paper(r, 'ghz', ' [{}, {}]', 5, 3)}"
    return _fmt(r["optimum_qcrb"] if probe == "optimum" else r.get("bound_qcrb"))


def _paper(r: dict, probe: str, form: str, digits: int, ratio_digits: int) -> str:
    """The paper's value (and ours / paper) in ``form``; nothing where the paper has no such cell."""
    paper = r.get(f"paper_{probe}")
    if paper is None:
        return ""
    return form.format(_fmt(paper, digits), _fmt(r.get(f"{probe}_over_paper"), ratio_digits))


def _tex_cell(r: dict, probe: str) -> str:
    if probe in ANC_PROBES:
        return anc_cell(r, probe, 4, False)
    if probe in LOCAL_PROBES:
        return _local_cell(r, probe, 4, False)
    if _holevo(r):
        return _holevo_cell(r, probe, 4, " ({})")
    if probe == "VQS":
        marks = _marks(r, "$^*$", r"$^\dagger$")
        return f"{_fmt(r['vqs_qcrb'], 4)}{marks}{_paper(r, 'vqs', ' ({})', 4, 3)}"
    if probe == "GHZ":
        return f"{_fmt(r['ghz_qcrb'], 4)}{_paper(r, 'ghz', ' ({})', 4, 3)}"
    return _fmt(r["optimum_qcrb"] if probe == "optimum" else r.get("bound_qcrb"), 4)


def to_markdown(config: TableConfig, rows: list[dict], wall_time_s: float | None = None) -> str:
    cols = _columns(config)
    by = _lookup(rows)
    head = "| probe | N | " + " | ".join(f"γ={g:g} {NOISE_SHORT.get(z, z)}" for g, z in cols) + " |"
    sep = "|---|---|" + "---|" * len(cols)
    # the table's own name: only configs/table1.yaml is the paper's Table 1 (its values stand beside ours
    # in the cells it has)
    holevo = "; multi task: HCRB with the QCRB beside it" if any(_holevo(r) for r in rows) else ""
    lines = [f"# {config.name}: QCRB ({config.figure_of_merit}){holevo}, ours beside the paper's Table 1 where it has "
             "the cell", ""]
    for task in config.tasks:
        opt = "estimate" if task == "multi" else "optimum"
        lines += [f"## {'Single' if task == 'single' else 'Multi'}-parameter task", "", head, sep]
        for probe, n, cells in _probe_cells(config, by, task, _md_cell):
            lines.append(f"| {_probe_label(task, probe)} | {n} | " + " | ".join("—" if c is None else c for c in cells)
                         + " |")
        lines += ["", f"VQS / {opt}, VQS / bound and t* (VQS, GHZ, {opt}) — {task} task", "", head, sep]
        for n in config.nodes:
            cells = []
            for g, z in cols:
                r = by.get((task, z, g, n))
                if r is None:
                    cells.append("—")
                else:
                    cells.append(f"{_fmt(r['vqs_over_optimum'], 5)}{_marks(r, ' *', ' †')}, "
                                 f"{_fmt(r.get('vqs_over_bound'), 4)} (t* {_fmt(r['vqs_t_star'], 3)}, "
                                 f"{_fmt(r['ghz_t_star'], 3)}, {_fmt(r['optimum_t_star'], 3)})")
            lines.append(f"| VQS/{opt[:3]}, VQS/bound | {n} | " + " | ".join(cells) + " |")
        lines.append("")
    lines += ["## Notes", ""] + [f"- {s}" for s in _notes(config, rows)]
    n_cells = len(cells_of(config))
    lines.append(f"- Cells finished: {len(rows)} of {n_cells}.")
    if wall_time_s is not None:
        lines.append(f"- Wall time of the command that wrote this file: {wall_time_s:.0f} s"
                     f"{_cell_compute_note(rows)}.")
    return "\n".join(lines) + "\n"


def _cell_compute_note(rows: list[dict]) -> str:
    """The cells' own compute (each cell's ``vqs run``, its optimum and its local-readout runs, summed),
    so that a summary rebuilt by ``--resume`` from finished cells does not read as the cost of the table."""
    total = sum((r.get("wall_time_s") or 0.0) + (r.get("optimum_wall_time_s") or 0.0)
                + (r.get("local_wall_time_s") or 0.0) + (r.get("anc_wall_time_s") or 0.0) for r in rows)
    if total <= 0:
        return ""
    extra = [what for what, key in (("local-readout runs", "local_wall_time_s"), ("ancilla rows", "anc_wall_time_s"))
             if any(r.get(key) for r in rows)]
    parts = ", ".join(["run", "optimum", *extra][:-1]) + " and " + (extra or ["optimum"])[-1]
    return f"; the cells' own compute (each cell's {parts}, summed over {len(rows)} cells): {total / 60:.1f} min"


def to_latex(config: TableConfig, rows: list[dict]) -> str:
    cols = _columns(config)
    by = _lookup(rows)
    spec = "ll" + "r" * len(cols)
    out = [r"% vqs table: QCRB, ours (paper) per cell; * = VQS > 1% above the see-saw optimum; "
           r"\dagger = t* at an end of the time grid; Est. = estimate (multi task); Bound = proven limit; "
           r"loc. = local readout (one basis per node): VQS and GHZ with their best, Design = designed for it",
           r"\begin{tabular}{" + spec + "}", r"\toprule"]
    out.append(" & & " + " & ".join(
        rf"\multicolumn{{{len(config.noises)}}}{{c}}{{$\gamma={g:g}$}}" for g in config.gammas) + r" \\")
    out.append("Task/probe & $N$ & " + " & ".join(NOISE_SHORT.get(z, z) for _, z in cols) + r" \\")
    out.append(r"\midrule")
    labels = {"VQS": "VQS", "GHZ": "GHZ", "optimum": "Opt.", "bound": "Bound", "VQS, local": "VQS loc.",
              "GHZ, local": "GHZ loc.", "design, local": "Design loc.", **dict(zip(ANC_PROBES, ANC_PROBES))}
    for task in config.tasks:
        for probe, n, cells in _probe_cells(config, by, task, _tex_cell):
            name = "Est." if task == "multi" and probe == "optimum" else labels[probe]
            label = f"{task} {name}" if n == config.nodes[0] else ""
            out.append(f"{label} & {n} & " + " & ".join("--" if c is None else c for c in cells) + r" \\")
            if n == config.nodes[-1]:
                out.append(r"\midrule")
    out[-1] = r"\bottomrule"
    out.append(r"\end{tabular}")
    return "\n".join(out) + "\n"


