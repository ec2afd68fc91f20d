"""The report wing: Table 1 (config, cells, rendering), executors, the paper's figures and circuit
export.

Imports vqs.search and vqs.physics; never vqs.cli or vqs.network (docs/architecture.md).
"""
