"""vqs: variational quantum sensing probes designed by a genetic search over circuits,
scored by the exact quantum Fisher information of the noisy probe state.

Importing vqs switches JAX to 64-bit floats: every QFI number is computed in double precision.
"""

import jax

jax.config.update("jax_enable_x64", True)

from vqs.errors import VqsError  # noqa: E402

__version__ = "0.1.0"
__all__ = ["VqsError", "__version__"]
