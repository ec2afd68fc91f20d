"""Dual-downlink LEO satellite: rate and fidelity of pairs shared by two ground stations.

Model (formulas also in docs/network.md). A satellite at altitude ``h`` above the midpoint of
two ground stations an arc distance ``L`` apart (Earth radius ``R``) sends one photon of each
pair to each station.

Geometry: central half-angle ``phi = L / (2R)``;

    d     = sqrt(R^2 + (R+h)^2 - 2 R (R+h) cos phi)        (slant range)
    sin e = ((R+h) cos phi - R) / d                        (elevation)

The link exists only while ``e >= e_min``; the largest such ``L`` is the coverage limit.

One downlink (wavelength ``lam``, transmitter 1/e^2 waist ``w0``, receiver aperture diameter
``D``, pointing jitter ``sigma`` rad per axis):

    z_R    = pi w0^2 / lam,  w(d) = w0 sqrt(1 + (d / z_R)^2)
    w_eff^2 = w(d)^2 + 4 (sigma d)^2                       (jitter-averaged spot)
    eta_diff = 1 - exp(-2 (D/2)^2 / w_eff^2)
    eta_atm  = eta_zenith ^ (1 / sin e)                    (air mass ~ sec of zenith angle)
    eta      = eta_tx * eta_diff * eta_atm * eta_rx

Counts (source pair rate ``S``, background ``b`` counts/s per station, coincidence window
``tau_c``):

    C  = S eta_1 eta_2                                     (true coincidences)
    A  = (S eta_1 + b)(S eta_2 + b) tau_c                  (accidentals: background and multi-pair)
    rate = C + A,   F = (C F_src + A / 4) / (C + A)

Accidentals are uncorrelated, i.e. the maximally mixed two-qubit state, so the delivered state is
Werner with fidelity ``F``.

Instantaneous versus time-averaged. ``rate`` above is *instantaneous*: the satellite exactly over
the midpoint, the best moment of the best pass. Over a day the link exists only during passes.
Pass model: circular orbit (period ``T_orb = 2 pi sqrt((R+h)^3 / GM)``), ground track through the
midpoint, perpendicular to the baseline, Earth rotation neglected. With ``psi`` the track angle
from the midpoint, both stations see the satellite at central angle ``gamma``,
``cos gamma = cos phi cos psi`` (spherical right triangle), so the link exists for
``|psi| <= psi_max = arccos(cos gamma_max / cos phi)``, ``gamma_max = L_max / 2R``, and

    pass duration  T_pass(L) = 2 psi_max T_orb / (2 pi)
    pairs per pass N(L)      = (T_orb / 2 pi) int_{-psi_max}^{psi_max} rate(gamma(psi)) dpsi
    time-averaged rate       = duty_cycle N(L) / T_pass(0)

``duty_cycle`` is the fraction of the time the satellite is in such a pass (seen from one
station: ``T_pass(0)`` per pass), so ``duty_cycle / T_pass(0)`` is the number of passes per
second. The integral is Gauss-Legendre (64 nodes) over a smooth integrand.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from vqs.errors import VqsError

EARTH_RADIUS_KM = 6371.0
GM_EARTH_KM3_S2 = 398600.4418  # Earth's standard gravitational parameter (IERS / WGS 84)
_PASS_NODES = 64


@dataclass(frozen=True)
class SatelliteParams:
    altitude_km: float = 400.0
    min_elevation_deg: float = 20.0
    wavelength_nm: float = 810.0
    tx_waist_m: float = 0.0258
    rx_aperture_m: float = 1.2
    pointing_jitter_urad: float = 0.5
    zenith_transmittance: float = 0.8
    tx_efficiency: float = 1.0
    rx_efficiency: float = 0.05
    source_rate_hz: float = 5.9e6
    source_fidelity: float = 0.97
    background_cps: float = 100.0
    coincidence_window_s: float = 1.0e-9
    duty_cycle: float = 0.0028
    memory_coherence_s: float = 1.0  # the same memories as the fiber chain's (FiberParams.memory_coherence_s)
    c_classical_km_per_s: float = 2.0e5  # the classical signal between the stations, as the fiber chain's


@dataclass(frozen=True)
class SatelliteResult:
    distance_km: np.ndarray
    slant_range_km: np.ndarray
    elevation_deg: np.ndarray
    in_view: np.ndarray  # elevation >= min elevation
    eta_link: np.ndarray  # one downlink
    loss_db: np.ndarray  # both downlinks
    rate_hz: np.ndarray  # instantaneous, satellite over the midpoint; 0 where not in view
    fidelity: np.ndarray  # nan where not in view
    rate_avg_hz: np.ndarray  # time-averaged over passes (duty cycle); 0 beyond coverage


def _central_geometry(gamma, altitude_km: float, radius_km: float = EARTH_RADIUS_KM):
    """Slant range (km) and elevation (deg) of a satellite at Earth-central angle ``gamma`` (rad)
    from the station."""
    rh = radius_km + altitude_km
    d = np.sqrt(radius_km**2 + rh**2 - 2.0 * radius_km * rh * np.cos(gamma))
    sin_e = (rh * np.cos(gamma) - radius_km) / d
    return d, np.degrees(np.arcsin(np.clip(sin_e, -1.0, 1.0)))


def geometry(distance_km, altitude_km: float, radius_km: float = EARTH_RADIUS_KM):
    """Slant range (km) and elevation (deg) from each station to a satellite over the midpoint."""
    L = np.asarray(distance_km, dtype=float)
    return _central_geometry(L / (2.0 * radius_km), altitude_km, radius_km)


def _coverage_half_angle(params: SatelliteParams, radius_km: float = EARTH_RADIUS_KM) -> float:
    """Earth-central angle station - sub-satellite point at elevation = min elevation.

    From the triangle Earth centre - station - satellite: arccos(R cos e / (R + h)) - e.
    """
    e = np.radians(params.min_elevation_deg)
    return float(np.arccos(radius_km * np.cos(e) / (radius_km + params.altitude_km)) - e)


def coverage_limit_km(params: SatelliteParams, radius_km: float = EARTH_RADIUS_KM) -> float:
    """Largest station separation with elevation >= min elevation at both stations."""
    return 2.0 * radius_km * _coverage_half_angle(params, radius_km)


def orbital_period_s(altitude_km: float, radius_km: float = EARTH_RADIUS_KM) -> float:
    """Period of a circular orbit at this altitude (Kepler's third law)."""
    return float(2.0 * np.pi * np.sqrt((radius_km + altitude_km) ** 3 / GM_EARTH_KM3_S2))


def _pass_half_track(distance_km, params: SatelliteParams) -> np.ndarray:
    """psi_max (rad): half the usable track angle of the overhead pass; 0 beyond coverage."""
    phi = np.asarray(distance_km, dtype=float) / (2.0 * EARTH_RADIUS_KM)
    g = _coverage_half_angle(params)
    ok = phi < g
    ratio = np.cos(g) / np.cos(np.where(ok, phi, 0.0))
    return np.where(ok, np.arccos(np.clip(ratio, -1.0, 1.0)), 0.0)


def pass_duration_s(distance_km, params: SatelliteParams = SatelliteParams()) -> np.ndarray:
    """Time both stations see the satellite above min elevation during one overhead pass."""
    return _pass_half_track(distance_km, params) * orbital_period_s(params.altitude_km) / np.pi


def downlink_efficiency(slant_km, elevation_deg, params: SatelliteParams):
    """Transmittance of one downlink (formula in the module docstring)."""
    d = np.asarray(slant_km, dtype=float) * 1e3
    lam = params.wavelength_nm * 1e-9
    w0 = params.tx_waist_m
    z_r = np.pi * w0**2 / lam
    w = w0 * np.sqrt(1.0 + (d / z_r) ** 2)
    w_eff2 = w**2 + 4.0 * (params.pointing_jitter_urad * 1e-6 * d) ** 2
    a = params.rx_aperture_m / 2.0
    eta_diff = -np.expm1(-2.0 * a**2 / w_eff2)
    sin_e = np.sin(np.radians(np.asarray(elevation_deg, dtype=float)))
    with np.errstate(divide="ignore"):
        eta_atm = np.where(sin_e > 0, params.zenith_transmittance ** (1.0 / np.where(sin_e > 0, sin_e, 1.0)), 0.0)
    return params.tx_efficiency * eta_diff * eta_atm * params.rx_efficiency


def _check(params: SatelliteParams) -> None:
    positive = ("altitude_km", "wavelength_nm", "tx_waist_m", "rx_aperture_m", "source_rate_hz",
                "coincidence_window_s", "memory_coherence_s", "c_classical_km_per_s")
    for name in positive:
        if not getattr(params, name) > 0:
            raise VqsError(f"satellite {name} must be > 0, got {getattr(params, name)}")
    for name in ("zenith_transmittance", "tx_efficiency", "rx_efficiency", "source_fidelity"):
        v = getattr(params, name)
        if not 0.0 <= v <= 1.0:
            raise VqsError(f"satellite {name} must be in [0, 1], got {v}")
    for name in ("pointing_jitter_urad", "background_cps"):
        if getattr(params, name) < 0:
            raise VqsError(f"satellite {name} must be >= 0, got {getattr(params, name)}")
    if not 0.0 < params.duty_cycle <= 1.0:
        raise VqsError(f"satellite duty_cycle must be in (0, 1], got {params.duty_cycle}")
    if not 0.0 <= params.min_elevation_deg < 90.0:
        raise VqsError(f"satellite min_elevation_deg must be in [0, 90), got {params.min_elevation_deg}")


def _counts(eta, params: SatelliteParams):
    """Coincidence rate (true + accidental) and Werner fidelity for per-link transmittance eta."""
    s = params.source_rate_hz
    true_c = s * eta * eta
    singles = s * eta + params.background_cps
    acc = singles * singles * params.coincidence_window_s
    total = true_c + acc
    with np.errstate(invalid="ignore", divide="ignore"):
        fid = (true_c * params.source_fidelity + acc / 4.0) / total
    return total, fid


def _stored(fid, distance_km, params: SatelliteParams):
    """Memory decay of a delivered pair: each station stores its half until the other station's
    detection reaches it, the classical wait L / c (as at the fiber chain's end nodes); both halves
    decay, w -> w exp(-2 L / (c T_mem)) (Werner parameter w = (4F - 1)/3)."""
    wait = np.asarray(distance_km, dtype=float) / params.c_classical_km_per_s
    w = (4.0 * fid - 1.0) / 3.0 * np.exp(-2.0 * wait / params.memory_coherence_s)
    return (3.0 * w + 1.0) / 4.0


def pairs_per_pass(distance_km, params: SatelliteParams = SatelliteParams()) -> np.ndarray:
    """Coincidences collected during one overhead pass (pass model in the module docstring)."""
    L = np.atleast_1d(np.asarray(distance_km, dtype=float))
    half = _pass_half_track(L, params)
    x, wq = np.polynomial.legendre.leggauss(_PASS_NODES)
    psi = half[:, None] * (x[None, :] + 1.0) / 2.0  # nodes on [0, psi_max]
    cos_g = np.cos(L / (2.0 * EARTH_RADIUS_KM))[:, None] * np.cos(psi)
    d, elev = _central_geometry(np.arccos(np.clip(cos_g, -1.0, 1.0)), params.altitude_km)
    rate, _ = _counts(downlink_efficiency(d, elev, params), params)
    integral = (rate * wq[None, :]).sum(axis=1) * half / 2.0  # int_0^psi_max rate dpsi
    return 2.0 * integral * orbital_period_s(params.altitude_km) / (2.0 * np.pi)


def time_averaged_rate(distance_km, params: SatelliteParams = SatelliteParams()) -> np.ndarray:
    """duty_cycle * pairs per pass / pass duration at zero separation (pairs/s, long-run mean)."""
    return params.duty_cycle * pairs_per_pass(distance_km, params) / pass_duration_s(0.0, params)


def dual_downlink(distance_km, params: SatelliteParams = SatelliteParams()) -> SatelliteResult:
    """Rate and Werner fidelity of satellite-distributed pairs at each ground separation."""
    _check(params)
    L = np.atleast_1d(np.asarray(distance_km, dtype=float))
    if not np.all(np.isfinite(L)) or np.any(L < 0):
        raise VqsError("satellite ground distances must be >= 0 km")
    d, elev = geometry(L, params.altitude_km)
    in_view = elev >= params.min_elevation_deg
    eta = downlink_efficiency(d, elev, params)
    with np.errstate(divide="ignore"):
        loss_db = -10.0 * np.log10(eta * eta)
    total, fid = _counts(eta, params)
    fid = _stored(fid, L, params)
    rate = np.where(in_view, total, 0.0)
    fid = np.where(in_view, fid, np.nan)
    return SatelliteResult(L, d, elev, in_view, eta, loss_db, rate, fid, time_averaged_rate(L, params))
