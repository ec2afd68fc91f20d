"""Validated configs for ``vqs network`` and ``vqs iqsc`` (pydantic, unknown keys rejected).

Every default here equals the value in configs/network.yaml / configs/iqsc.yaml, where each one
has its source in a comment. Bad input raises :class:`vqs.errors.VqsError` with one line.
"""

from __future__ import annotations

import numpy as np
from pydantic import Field, field_validator

from vqs import _checks
from vqs.config import Strict, load, parse, resolved_yaml  # noqa: F401 (load, parse, resolved_yaml: used by the CLI)
from vqs.errors import VqsError
from vqs.network.fiber import FiberParams
from vqs.network.satellite import SatelliteParams

_FIBER = FiberParams()  # the defaults of the link models are theirs
_SATELLITE = SatelliteParams()

LINK_TYPES = ("fiber", "satellite")
PROTOCOLS = ("dejmps", "bbpssw")

Probability = Field(ge=0.0, le=1.0)


class Grid(Strict):
    """Evenly spaced values ``start..stop`` (``points`` of them, ``log`` for geometric spacing)."""

    start: float
    stop: float
    points: int = Field(ge=1, le=100000)
    log: bool = False

    def values(self) -> np.ndarray:
        if self.log:
            if self.start <= 0 or self.stop <= 0:
                raise VqsError("a log grid needs start and stop > 0")
            return np.geomspace(self.start, self.stop, self.points)
        return np.linspace(self.start, self.stop, self.points)


class FiberConfig(Strict):
    n_repeaters: int = Field(_FIBER.n_repeaters, ge=0, le=29)
    attenuation_db_per_km: float = Field(_FIBER.attenuation_db_per_km, gt=0)
    c_fiber_km_per_s: float = Field(_FIBER.c_fiber_km_per_s, gt=0)
    coupling_efficiency: float = Field(_FIBER.coupling_efficiency, ge=0, le=1)
    detector_efficiency: float = Field(_FIBER.detector_efficiency, ge=0, le=1)
    bsm_efficiency: float = Field(_FIBER.bsm_efficiency, ge=0, le=1)
    swap_success: float = Field(_FIBER.swap_success, ge=0, le=1)
    link_fidelity: float = Field(_FIBER.link_fidelity, ge=0, le=1)
    memory_coherence_s: float = Field(_FIBER.memory_coherence_s, gt=0)
    multiplexing: int = Field(_FIBER.multiplexing, ge=1)
    attempt_rate_hz: float = Field(_FIBER.attempt_rate_hz, gt=0)

    def params(self) -> FiberParams:
        return FiberParams(**self.model_dump())


class SatelliteConfig(Strict):
    altitude_km: float = Field(_SATELLITE.altitude_km, gt=0)
    min_elevation_deg: float = Field(_SATELLITE.min_elevation_deg, ge=0, lt=90)
    wavelength_nm: float = Field(_SATELLITE.wavelength_nm, gt=0)
    tx_waist_m: float = Field(_SATELLITE.tx_waist_m, gt=0)
    rx_aperture_m: float = Field(_SATELLITE.rx_aperture_m, gt=0)
    pointing_jitter_urad: float = Field(_SATELLITE.pointing_jitter_urad, ge=0)
    zenith_transmittance: float = Field(_SATELLITE.zenith_transmittance, ge=0, le=1)
    tx_efficiency: float = Field(_SATELLITE.tx_efficiency, ge=0, le=1)
    rx_efficiency: float = Field(_SATELLITE.rx_efficiency, ge=0, le=1)
    source_rate_hz: float = Field(_SATELLITE.source_rate_hz, gt=0)
    source_fidelity: float = Field(_SATELLITE.source_fidelity, ge=0, le=1)
    background_cps: float = Field(_SATELLITE.background_cps, ge=0)
    coincidence_window_s: float = Field(_SATELLITE.coincidence_window_s, gt=0)
    duty_cycle: float = Field(_SATELLITE.duty_cycle, gt=0, le=1)

    def params(self) -> SatelliteParams:
        return SatelliteParams(**self.model_dump())


class ProbeConfig(Strict):
    n_qubits: int = Field(3, ge=1, le=8)
    noise: str = "dephasing"
    gamma: float = Field(0.1, ge=0)
    circuit: str | None = None  # path to a VQS circuit JSON; GHZ is always scored alongside
    round_trip: bool = False
    t_max: float | None = Field(None, gt=0)
    time_points: int = Field(48, ge=2, le=2000)

    @field_validator("noise")
    @classmethod
    def _noise(cls, v: str) -> str:
        return str(_checks.noise(v))


def _round_counts(v: list[int], name: str) -> list[int]:
    if not v or any(r < 0 or r > 10 for r in v):
        raise ValueError(f"{name} must be a non-empty list of integers in [0, 10]")
    return v


class PurificationConfig(Strict):
    protocol: str = "dejmps"
    rounds: list[int] = Field(default_factory=lambda: [0, 1, 2])

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
    output: str = "runs/network"
    distances_km: Grid = Grid(start=25.0, stop=3000.0, points=60)
    links: list[str] = Field(default_factory=lambda: ["fiber", "satellite"])
    fiber: FiberConfig = FiberConfig()
    satellite: SatelliteConfig = SatelliteConfig()
    probe: ProbeConfig = ProbeConfig()
    purification: PurificationConfig = PurificationConfig()

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
        if v.stop < v.start:
            raise ValueError("distances_km: stop must be >= start")
        return v


class IqscConfig(Strict):
    output: str = "runs/iqsc"
    error_rate: Grid = Grid(start=0.0, stop=0.5, points=501)
    initial_fidelity: float = Field(0.6, le=1)
    rounds: int = Field(15, ge=0, le=64)
    payload_ratio: Grid = Grid(start=0.0, stop=1.0, points=201)
    m: float = Field(100.0, gt=0)
    n_sensors: int = Field(2, ge=1)
    k: float = Field(10.0, gt=0)
    alpha: float = Field(1.0, ge=0)
    purification_rounds: list[int] = Field(default_factory=lambda: [1, 2])

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
