"""Readouts that reach the figures: the SLD and parity measurements (``measurement``), the best local
(one qubit at a time) readouts (``local_readout``) and the spin Wigner function (``wigner``)."""
