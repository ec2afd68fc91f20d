"""Type stub of the public API (vqs/__init__.py imports these lazily, on first use)."""

from ansatz import Circuit as Circuit
from vqs.compile_cache import enable_compile_cache as enable_compile_cache
from vqs.errors import VqsError as VqsError
from vqs.names import Figure as Figure
from vqs.names import Init as Init
from vqs.names import Noise as Noise
from vqs.names import Task as Task
from vqs.physics.fom import BestTime as BestTime
from vqs.physics.fom import best_times_of_circuits as best_times_of_circuits
from vqs.physics.fom import best_times_of_states as best_times_of_states
from vqs.physics.hcrb_time import best_hcrb_time as best_hcrb_time
from vqs.physics.hcrb_time import hcrb_curve as hcrb_curve
from vqs.physics.hcrb_time import weak_commutativity as weak_commutativity
from vqs.physics.kernel.holevo import HolevoResult as HolevoResult
from vqs.physics.kernel.holevo import hcrb as hcrb
from vqs.physics.kernel.sld import qfim as qfim
from vqs.physics.model.sensing_model import SensingModel as SensingModel
from vqs.physics.optimum.bounds import qcrb_lower_bound as qcrb_lower_bound
from vqs.physics.optimum.certificate import optimal_over_time as optimal_over_time
from vqs.physics.optimum.certificate import optimal_qfi as optimal_qfi
from vqs.physics.optimum.continuity import check_operating_point as check_operating_point
from vqs.physics.optimum.multi_optimum import multi_optimum as multi_optimum
from vqs.physics.qfi import QFICurve as QFICurve
from vqs.physics.qfi import default_times as default_times
from vqs.physics.qfi import ghz_circuit as ghz_circuit
from vqs.physics.qfi import local_cfi_of_circuits as local_cfi_of_circuits
from vqs.physics.qfi import qfi_of_circuits as qfi_of_circuits
from vqs.physics.qfi import qfi_of_states as qfi_of_states
from vqs.physics.readout.local_readout import best_local_over_time as best_local_over_time
from vqs.physics.readout.local_readout import readout_check as readout_check
from vqs.physics.readout.measurement import MeasurementReport as MeasurementReport
from vqs.physics.readout.measurement import measure_probe as measure_probe
from vqs.search.design import DesignResult as DesignResult
from vqs.search.design import design as design
from vqs.search.pipeline import run as run
from vqs.search.rundir import RunDir as RunDir
from vqs.search.rundir import RunResult as RunResult
from vqs.search.schema import RunConfig as RunConfig
from vqs.search.schema import load_config as load_config

__version__: str
__all__: list[str]
