"""The physics wing: the sensing model, the batched QFI kernel, figures of merit, optimality
certificates, bounds and estimates, the continuity check and the spin Wigner function.

Imports nothing from vqs.search, vqs.report, vqs.cli or vqs.network (docs/architecture.md).

Importing it switches JAX to 64-bit floats: every QFI number is computed in double precision.
"""

import jax

jax.config.update("jax_enable_x64", True)
