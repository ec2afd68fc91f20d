"""The test suite compiles with most of XLA's optimisations off and XLA's older CPU fusion emitters
(tests/conftest.py); the numbers must not depend on it. Each case is computed here, under the
suite's settings, and in a fresh process with JAX's defaults, and the two agree to 1e-12 of each
quantity's scale."""

import json
import os
import subprocess
import sys
from pathlib import Path

import jax
import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
FLAG = "JAX_DISABLE_MOST_OPTIMIZATIONS"
EMITTERS = "--xla_cpu_use_fusion_emitters=false"

# N = 3: the QFI of a 5-gene circuit under amplitude damping (per shot) with its autodiff gradient in the
# angles and log t (the refinement's objective), and the multi-task QFI matrix under dephasing on 3 times
CASES = '''
import json
import jax.numpy as jnp
import numpy as np
from ansatz import Circuit, Gene
from vqs.physics.kernel import batched as kernel
from vqs.physics.kernel.sensing import KernelModel
from vqs.physics.kernel.states import PackedCircuits
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.qfi import qfi_of_circuits

genes = (Gene("RX", 0, None, 0.3), Gene("CRX", 1, 0, 0.7), Gene("RY", 2, None, -0.4), Gene("RZ", 1, None, 1.1),
         Gene("CRX", 0, 2, -1.2))
circuit = Circuit(3, genes, "ghz")
model = SensingModel(3, "single", "amplitude_damping", 0.1, operating_point=(0.2,))
packed = PackedCircuits.pack([circuit], 6).row(0)
value, (g_angles, g_log_t, _) = kernel.neg_log_figure("single", "per_shot")(
    (jnp.asarray(packed.angle), jnp.asarray(np.log(2.0)), None), packed, KernelModel.of(model))
multi = SensingModel(3, "multi", "dephasing", 0.1, operating_point=(0.1, -0.2, 0.3))
matrix = qfi_of_circuits(circuit, multi, [0.5, 2.0, 6.0]).qfim
numbers = [float(value), *np.asarray(g_angles).ravel().tolist(), float(g_log_t), *np.asarray(matrix).ravel().tolist()]
print(json.dumps(numbers))
'''


def _numbers(env: dict[str, str]) -> np.ndarray:
    out = subprocess.run([sys.executable, "-c", CASES], cwd=ROOT, env={**env, "PYTHONPATH": str(ROOT)},
                         check=True, capture_output=True, text=True).stdout
    return np.array(json.loads(out.strip().splitlines()[-1]))


def test_numbers_do_not_depend_on_the_test_suites_compile_options():
    suite = os.environ.get("XLA_FLAGS", "").split()
    if not (jax.config.values["jax_disable_most_optimizations"] and EMITTERS in suite):
        pytest.skip("the suite runs with JAX's default compile options here: nothing to compare")
    ours = {}
    exec(compile(CASES.replace("print(json.dumps(numbers))", ""), "<cases>", "exec"), ours)  # noqa: S102
    a = np.array(ours["numbers"])
    b = _numbers({**os.environ, FLAG: "0", "XLA_FLAGS": " ".join(f for f in suite if f != EMITTERS)})
    assert a.size == b.size == 1 + 6 + 1 + 3 * 9 and np.all(np.isfinite(a))
    assert np.abs(a[1:7]).max() > 1e-2  # a gradient that is not zero
    # each quantity to 1e-12 of its own scale: an entry that is zero in exact arithmetic (the RZ gene's
    # gradient on GHZ, a padded slot) is rounding noise of order 1e-16 either way
    for part in (slice(0, 1), slice(1, 7), slice(7, 8), slice(8, None)):
        np.testing.assert_allclose(a[part], b[part], rtol=1e-12, atol=1e-12 * np.abs(b[part]).max())
