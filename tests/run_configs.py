"""One tiny run config for tests that need a real `vqs run` in seconds (N = 2, 2 generations)."""

import copy

_TINY = {
    "name": "tiny", "seed": 1,
    "model": {"n_qubits": 2, "task": "single", "noise": "dephasing", "gamma": 0.2},
    "time_grid": {"points": 8},
    "ga": {"population": 6, "generations": 2, "max_genes": 4, "initial_genes": [1, 3], "local_steps": 2},
    "refine": {"method": "adam", "top_k": 1, "steps": 3},
}


def tiny_run(**sections) -> dict:
    """The tiny config with top-level keys replaced and sections (dicts) updated key by key."""
    raw = copy.deepcopy(_TINY)
    for key, value in sections.items():
        if isinstance(value, dict) and isinstance(raw.get(key), dict):
            raw[key].update(value)
        else:
            raw[key] = value
    return raw
