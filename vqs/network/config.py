"""Validated configs for ``vqs network`` and ``vqs iqsc`` (pydantic, unknown keys rejected).

Every default here equals the value in configs/network.yaml / configs/iqsc.yaml, where each one
has its source in a comment. Bad input raises :class:`vqs.errors.VqsError` with one line.
"""

from __future__ import annotations

import numpy as np
from pydantic import Field, field_validator, model_validator

from vqs import _checks
from vqs.config import Strict, load, parse, resolved_yaml  # noqa: F401 (load, parse, resolved_yaml: used by the CLI)
from vqs.errors import VqsError
from vqs.network import fiber
from vqs.network.fiber import FiberParams
from vqs.network.satellite import SatelliteParams

_FIBER = FiberParams()  # the defaults of the link models are theirs
_SATELLITE = SatelliteParams()

LINK_TYPES = ("fiber", "satellite")
MAX_GROUND_KM = 20037.5
"""Longest ground distance between base station and sensor node: half the Earth's circumference."""
PROTOCOLS = ("dejmps", "bbpssw")

Probability = Field(ge=0.0, le=1.0)


class Grid(Strict):
    """Evenly spaced values ``start..stop`` (``points`` of them, ``log`` for geometric spacing)."""

    start: float = Field(description="first value")
    stop: float = Field(description="last value")
    points: int = Field(ge=1, le=100000, description="number of values")
    log: bool = Field(default=False, description="geometric spacing (start and stop > 0) instead of even spacing")

    def values(self) -> np.ndarray:
        if self.log:
            if self.start <= 0 or self.stop <= 0:
                raise VqsError("a log grid needs start and stop > 0")
            return np.geomspace(self.start, self.stop, self.points)
        return np.linspace(self.start, self.stop, self.points)


class FiberConfig(Strict):
    n_repeaters: fiber.Repeaters = Field(
        _FIBER.n_repeaters,
        description="repeater stations between the two ends (0 to 29); the chain has n_repeaters + 1 links",
    )
    attenuation_db_per_km: fiber.Attenuation = Field(
        _FIBER.attenuation_db_per_km, description="fiber loss in dB per km",
    )
    c_fiber_km_per_s: fiber.FiberLightSpeed = Field(
        _FIBER.c_fiber_km_per_s,
        description="speed of light in the fiber (km/s), for the classical signalling time",
    )
    coupling_efficiency: fiber.Efficiency = Field(
        _FIBER.coupling_efficiency,
        description="probability a photon is coupled into the fiber",
    )
    detector_efficiency: fiber.Efficiency = Field(_FIBER.detector_efficiency, description="detector efficiency")
    bsm_efficiency: fiber.Efficiency = Field(
        _FIBER.bsm_efficiency,
        description="success probability of the linear-optics Bell-state measurement",
    )
    swap_success: fiber.Efficiency = Field(
        _FIBER.swap_success,
        description="success probability of one entanglement swap",
    )
    link_fidelity: fiber.Efficiency = Field(
        _FIBER.link_fidelity,
        description="fidelity of a freshly generated elementary link (Werner state)",
    )
    memory_coherence_s: fiber.CoherenceTime = Field(
        _FIBER.memory_coherence_s,
        description="coherence time T_mem of the quantum memories (s); stored qubits decay as exp(-t/T_mem)",
    )
    multiplexing: fiber.Multiplexing = Field(
        _FIBER.multiplexing, description="modes attempted in parallel per link attempt",
    )
    attempt_rate_hz: fiber.AttemptRate = Field(
        _FIBER.attempt_rate_hz,
        description="upper limit on the attempt rate per link (Hz)",
    )

    def params(self) -> FiberParams:
        return FiberParams(**self.model_dump())


class SatelliteConfig(Strict):
    altitude_km: float = Field(_SATELLITE.altitude_km, gt=0, le=1e5, description="orbit altitude (km)")
    min_elevation_deg: float = Field(
        _SATELLITE.min_elevation_deg, ge=0, lt=90,
        description="lowest elevation at which a ground station can link (degrees)",
    )
    wavelength_nm: float = Field(
        _SATELLITE.wavelength_nm, gt=0, le=1e5, description="wavelength of the entangled photons (nm)",
    )
    tx_waist_m: float = Field(
        _SATELLITE.tx_waist_m, gt=0, le=100, description="beam waist of the transmitting telescope (m)",
    )
    rx_aperture_m: float = Field(
        _SATELLITE.rx_aperture_m, gt=0, le=100,
        description="aperture diameter of the receiving telescope (m)",
    )
    pointing_jitter_urad: float = Field(
        _SATELLITE.pointing_jitter_urad, ge=0, le=1e6,
        description="pointing error, standard deviation (microradians)",
    )
    zenith_transmittance: float = Field(
        _SATELLITE.zenith_transmittance, ge=0, le=1,
        description="atmospheric transmittance at zenith",
    )
    tx_efficiency: float = Field(
        _SATELLITE.tx_efficiency, ge=0, le=1,
        description="efficiency of the transmitting optics",
    )
    rx_efficiency: float = Field(
        _SATELLITE.rx_efficiency, ge=0, le=1,
        description="efficiency of the receiving optics and detectors",
    )
    source_rate_hz: float = Field(
        _SATELLITE.source_rate_hz, gt=0, le=1e12,
        description="pair generation rate of the on-board source (pairs/s)",
    )
    source_fidelity: float = Field(
        _SATELLITE.source_fidelity, ge=0, le=1,
        description="fidelity of the source's pairs (Werner state)",
    )
    background_cps: float = Field(
        _SATELLITE.background_cps, ge=0, le=1e12,
        description="background counts per second per detector (lower the fidelity)",
    )
    coincidence_window_s: float = Field(
        _SATELLITE.coincidence_window_s, gt=0, le=1, description="coincidence window (s)",
    )
    duty_cycle: float = Field(
        _SATELLITE.duty_cycle, gt=0, le=1,
        description="fraction of time a satellite is in view, for the time-averaged rate",
    )

    def params(self, fiber: FiberConfig | None = None) -> SatelliteParams:
        """The link model's parameters; the memories and the classical signal are the fiber chain's
        (``fiber.memory_coherence_s``, ``fiber.c_fiber_km_per_s``; their defaults without it)."""
        fib = fiber or FiberConfig()
        return SatelliteParams(**self.model_dump(), memory_coherence_s=fib.memory_coherence_s,
                               c_classical_km_per_s=fib.c_fiber_km_per_s)


class ProbeConfig(Strict):
    n_qubits: int = Field(
        3, ge=1, le=8,
        description="qubits of the probe (one kept, N-1 teleported to the sensor nodes), 1 to 8",
    )
    noise: str = Field(default="dephasing", description="noise during sensing (as in the run config)")
    gamma: float = Field(0.1, ge=0, description="decay rate during sensing")
    circuit: str | None = Field(
        default=None,
        description="a VQS circuit file (JSON) to score beside GHZ; relative to the config file's folder",
    )
    round_trip: bool = Field(
        default=False,
        description="teleport the qubits back after sensing (a second teleportation)",
    )
    t_max: float | None = Field(None, gt=0, description="largest sensing time (default 2/gamma)")
    time_points: int = Field(48, ge=2, le=2000, description="sensing times the QFI is maximised over")

    @field_validator("noise")
    @classmethod
    def _noise(cls, v: str) -> str:
        return str(_checks.noise(v))

    @model_validator(mode="after")
    def _times_in_range(self):
        """The sensing times (t_max/100 to t_max, as the study's grid) within the engine's range,
        checked at load so that nothing is written for a config that cannot run."""
        if self.t_max is None and self.gamma <= 0:
            raise ValueError("t_max is needed when gamma = 0")
        t_max = self.t_max if self.t_max is not None else 2.0 / self.gamma
        what = (f"the sensing times up to t_max = {self.t_max:g}" if self.t_max is not None
                else f"the sensing times up to 2 / gamma = 2 / {self.gamma:g}")
        _checks.in_time_range(t_max / 100.0, t_max, what)
        return self


def _round_counts(v: list[int], name: str) -> list[int]:
    if not v or any(r < 0 or r > 10 for r in v):
        raise ValueError(f"{name} must be a non-empty list of integers in [0, 10]")
    return v


class PurificationConfig(Strict):
    protocol: str = Field(default="dejmps", description="purification protocol: dejmps or bbpssw")
    rounds: list[int] = Field(
        default_factory=lambda: [0, 1, 2],
        description="purification rounds to compare (each in 0 to 10); rate times yield per round count",
    )

    @field_validator("protocol")
    @classmethod
    def _protocol(cls, v: str) -> str:
        if v not in PROTOCOLS:
            raise ValueError(f"unknown protocol {v!r}; choose one of {', '.join(PROTOCOLS)}")
        return v

    @field_validator("rounds")
    @classmethod
    def _rounds(cls, v: list[int]) -> list[int]:
        return sorted(set(_round_counts(v, "rounds")))


class NetworkConfig(Strict):
    output: str = Field(default="runs/network", description="output folder (overridden by --out)")
    distances_km: Grid = Field(
        default=Grid(start=25.0, stop=3000.0, points=60),
        description="distances between base station and sensor node (km), > 0 and <= 20037.5 (half the Earth's "
        "circumference)",
    )
    links: list[str] = Field(
        default_factory=lambda: ["fiber", "satellite"],
        description="link types to compare: fiber and/or satellite",
    )
    fiber: FiberConfig = Field(default=FiberConfig(), description="the fiber repeater chain")
    satellite: SatelliteConfig = Field(default=SatelliteConfig(), description="the dual-downlink LEO satellite")
    probe: ProbeConfig = Field(default=ProbeConfig(), description="the probe sent over the links")
    purification: PurificationConfig = Field(
        default=PurificationConfig(),
        description="entanglement purification of the distributed pairs",
    )

    @field_validator("links")
    @classmethod
    def _links(cls, v: list[str]) -> list[str]:
        if not v:
            raise ValueError("at least one link type is needed")
        for name in v:
            if name not in LINK_TYPES:
                raise ValueError(f"unknown link type {name!r}; choose from {', '.join(LINK_TYPES)}")
        return list(dict.fromkeys(v))

    @field_validator("distances_km")
    @classmethod
    def _distances(cls, v: Grid) -> Grid:
        if v.start <= 0 or v.stop <= 0:
            raise ValueError(f"distances must be > 0 km, got start {v.start}, stop {v.stop}")
        if max(v.start, v.stop) > MAX_GROUND_KM:
            raise ValueError(f"distances must be <= {MAX_GROUND_KM:g} km (half the Earth's circumference, the longest "
                             f"ground distance), got start {v.start:g}, stop {v.stop:g}")
        if v.stop < v.start:
            raise ValueError(f"stop ({v.stop:g} km) must be >= start ({v.start:g} km)")
        return v


class IqscConfig(Strict):
    output: str = Field(default="runs/iqsc", description="output folder (overridden by --out)")
    error_rate: Grid = Field(
        default=Grid(start=0.0, stop=0.5, points=501),
        description="channel error rates (0 to 1) of the secrecy-capacity figure",
    )
    initial_fidelity: float = Field(
        0.6, le=1,
        description="initial pair fidelity F0 of the fidelity-vs-rounds figure (> 1/2)",
    )
    rounds: int = Field(15, ge=0, le=64, description="purification rounds of the fidelity-vs-rounds figure")
    payload_ratio: Grid = Field(
        default=Grid(start=0.0, stop=1.0, points=201),
        description="payload ratios (0 to 1) of the detection figures",
    )
    m: float = Field(
        100.0, gt=0, le=1e6, description="m of the detection-probability formula (not stated in the P-IQSC paper)",
    )
    n_sensors: int = Field(
        2, ge=1, le=1_000_000,
        description="number of sensors N of the detection-probability formula (not stated in the paper)",
    )
    k: float = Field(10.0, gt=0, le=1e6, description="k of the detection-probability formula (not stated in the paper)")
    alpha: float = Field(
        1.0, ge=0, le=1e6, description="alpha of the detection-probability formula (not stated in the paper)",
    )
    purification_rounds: list[int] = Field(
        default_factory=lambda: [1, 2],
        description="purification rounds compared in the secrecy-capacity figure (each in 0 to 10)",
    )

    @field_validator("error_rate", "payload_ratio")
    @classmethod
    def _unit(cls, v: Grid) -> Grid:
        if not (0.0 <= v.start <= 1.0 and 0.0 <= v.stop <= 1.0):
            raise ValueError(f"values must lie in [0, 1], got {v.start}..{v.stop}")
        return v

    @field_validator("initial_fidelity")
    @classmethod
    def _f0(cls, v: float) -> float:
        if not v > 0.5:
            raise ValueError(f"must be > 1/2 (seed 000's Eq. 5, drawn in Fig. 2, holds only for F > 1/2), got {v:g}")
        return v

    @field_validator("purification_rounds")
    @classmethod
    def _n(cls, v: list[int]) -> list[int]:
        return _round_counts(v, "purification_rounds")
