"""Network layer: entanglement links (fiber repeater chain, dual-downlink LEO satellite),
purification (exact DEJMPS/BBPSSW and seed 000's paper-mode formulas), teleported probes on top
of the core QFI engine, P-IQSC metrics, and the satellite-vs-fiber study. See docs/network.md."""
