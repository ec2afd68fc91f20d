"""The search wing: the run config schema, the fitness of the genetic search, angle refinement,
the run pipeline and its run directory (file names, result.json).

Imports vqs.physics; never vqs.report, vqs.cli or vqs.network (docs/architecture.md).
"""
