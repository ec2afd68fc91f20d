"""vqs: variational quantum sensing probes designed by a genetic search over circuits,
scored by the exact quantum Fisher information of the noisy probe state.

The public API is the names below; each is imported from its wing on first use, so
``import vqs`` stays cheap (JAX is loaded, and switched to 64-bit floats, with
:mod:`vqs.physics`); ``vqs/__init__.pyi`` declares them for IDEs and type checkers. See
docs/architecture.md for where everything lives.

Design a probe in memory (:func:`vqs.design`), save it when you want (``result.save(folder)``);
``vqs.enable_compile_cache()`` first makes later processes skip the kernel's compilation.

Example:

    >>> import vqs
    >>> model = vqs.SensingModel(3, "single", "dephasing", gamma=0.1)
    >>> curve = vqs.qfi_of_circuits(vqs.ghz_circuit(3), model, vqs.default_times(model))
    >>> best = vqs.best_times_of_circuits(vqs.ghz_circuit(3), model, vqs.default_times(model), "per_shot")[0]
    >>> round(best.value, 4), round(best.t_star, 4)  # GHZ under dephasing: 1/(gamma e)^2 at t* = 1/(N gamma)
    (13.5335, 3.3333)
"""

from __future__ import annotations

import importlib

from vqs.errors import VqsError

__version__ = "0.1.0"

# public name -> module that defines it
_API = {
    # the sensing model and its vocabulary
    "SensingModel": "vqs.physics.model.sensing_model",
    "Task": "vqs.names",
    "Figure": "vqs.names",
    "Noise": "vqs.names",
    "Init": "vqs.names",
    "Circuit": "ansatz",
    "ghz_circuit": "vqs.physics.qfi",
    "default_times": "vqs.physics.qfi",
    # QFI, QFIM, QCRB over time, and the best sensing time
    "QFICurve": "vqs.physics.qfi",
    "qfi_of_circuits": "vqs.physics.qfi",
    "qfi_of_states": "vqs.physics.qfi",
    "qfim": "vqs.physics.kernel.sld",
    "BestTime": "vqs.physics.fom",
    "best_times_of_circuits": "vqs.physics.fom",
    "best_times_of_states": "vqs.physics.fom",
    # what physics allows: optimum, bounds, estimate, continuity of the QFI
    "optimal_qfi": "vqs.physics.optimum.certificate",
    "optimal_over_time": "vqs.physics.optimum.certificate",
    "qcrb_lower_bound": "vqs.physics.optimum.bounds",
    "multi_optimum": "vqs.physics.optimum.multi_optimum",
    "check_operating_point": "vqs.physics.optimum.continuity",
    # the attainable multi-parameter bound: the Holevo Cramér–Rao bound, over time, the diagnostic
    "hcrb": "vqs.physics.kernel.holevo",
    "HolevoResult": "vqs.physics.kernel.holevo",
    "hcrb_curve": "vqs.physics.hcrb_time",
    "best_hcrb_time": "vqs.physics.hcrb_time",
    "weak_commutativity": "vqs.physics.hcrb_time",
    # measurements the nodes can make: CFI of global, local, all-X and parity readouts
    "measure_probe": "vqs.physics.readout.measurement",
    "MeasurementReport": "vqs.physics.readout.measurement",
    # local readouts designed with the probe (the local_cfi_* figures of merit)
    "local_cfi_of_circuits": "vqs.physics.qfi",
    "best_local_over_time": "vqs.physics.readout.local_readout",
    "readout_check": "vqs.physics.readout.local_readout",
    # the search: in memory (design), or into a resumable run directory (run)
    "design": "vqs.search.design",
    "DesignResult": "vqs.search.design",
    "RunConfig": "vqs.search.schema",
    "load_config": "vqs.search.schema",
    "run": "vqs.search.pipeline",
    "RunDir": "vqs.search.rundir",
    "RunResult": "vqs.search.rundir",
    # compile each kernel once per machine (on by default in the vqs command)
    "enable_compile_cache": "vqs.compile_cache",
}

__all__ = ["VqsError", "__version__", *_API]


def __getattr__(name: str):
    if name in _API:
        value = getattr(importlib.import_module(_API[name]), name)
        globals()[name] = value  # later look-ups skip this function
        return value
    raise AttributeError(f"module 'vqs' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
