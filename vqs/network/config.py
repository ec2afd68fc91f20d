"""Validated configs for ``vqs network`` and ``vqs iqsc`` (pydantic, unknown keys rejected).

Every default here equals the value in configs/network.yaml / configs/iqsc.yaml, where each one
has its source in a comment. Bad input raises :class:`vqs.errors.VqsError` with one line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, field_validator

from vqs.config import load_config, parse_config, resolved_yaml  # noqa: F401 (re-exported)
from vqs.errors import VqsError
from vqs.network.fiber import FiberParams
from vqs.network.satellite import SatelliteParams

LINK_TYPES = ("fiber", "satellite")
PROTOCOLS = ("dejmps", "bbpssw")
NOISES = ("amplitude_damping", "bit_flip", "dephasing", "depolarizing", "none")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Probability = Field(ge=0.0, le=1.0)


class Grid(_Strict):
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


class FiberConfig(_Strict):
    n_repeaters: int = Field(10, ge=0, le=29)
    attenuation_db_per_km: float = Field(0.2, gt=0)
    c_fiber_km_per_s: float = Field(2.0e5, gt=0)
    coupling_efficiency: float = Field(0.5, ge=0, le=1)
    detector_efficiency: float = Field(0.9, ge=0, le=1)
    bsm_efficiency: float = Field(0.5, ge=0, le=1)
    swap_success: float = Field(1.0, ge=0, le=1)
    link_fidelity: float = Field(0.99, ge=0, le=1)
    memory_coherence_s: float = Field(1.0, gt=0)
    multiplexing: int = Field(1, ge=1)
    attempt_rate_hz: float = Field(1.0e6, gt=0)

    def params(self) -> FiberParams:
        return FiberParams(**self.model_dump())


class SatelliteConfig(_Strict):
    altitude_km: float = Field(400.0, gt=0)
    min_elevation_deg: float = Field(20.0, ge=0, lt=90)
    wavelength_nm: float = Field(810.0, gt=0)
    tx_waist_m: float = Field(0.0258, gt=0)
    rx_aperture_m: float = Field(1.2, gt=0)
    pointing_jitter_urad: float = Field(0.5, ge=0)
    zenith_transmittance: float = Field(0.8, ge=0, le=1)
    tx_efficiency: float = Field(1.0, ge=0, le=1)
    rx_efficiency: float = Field(0.05, ge=0, le=1)
    source_rate_hz: float = Field(5.9e6, gt=0)
    source_fidelity: float = Field(0.97, ge=0, le=1)
    background_cps: float = Field(100.0, ge=0)
    coincidence_window_s: float = Field(1.0e-9, gt=0)
    duty_cycle: float = Field(0.0028, gt=0, le=1)

    def params(self) -> SatelliteParams:
        return SatelliteParams(**self.model_dump())


class ProbeConfig(_Strict):
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
        if v not in NOISES:
            raise ValueError(f"unknown noise {v!r}; choose one of {', '.join(NOISES)}")
        return v


class PurificationConfig(_Strict):
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
        if not v or any(r < 0 or r > 10 for r in v):
            raise ValueError("rounds must be a non-empty list of integers in [0, 10]")
        return sorted(set(v))


class NetworkConfig(_Strict):
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


class IqscConfig(_Strict):
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
        if not v or any(r < 0 or r > 10 for r in v):
            raise ValueError("purification_rounds must be a non-empty list of integers in [0, 10]")
        return v


def parse(model: type[BaseModel], data: Any, source: str = "config"):
    return parse_config(data, model, source)


def load(model: type[BaseModel], path: str | Path):
    return load_config(path, cls=model)
