"""Engines beside the JAX kernel: ``pennylane``, the independent density-matrix oracle, which keeps the
JAX engine's signature and states what it cannot do (``vqs.physics.types.EngineCapabilities``)."""
