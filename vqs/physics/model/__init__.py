"""The sensing model: what is sensed (``sensing_model``), the noise channels (``noise``) and their
Kraus operators (``kraus``). Imports nothing else from ``vqs.physics``."""
