"""The batched kernel, stage by stage: probe states (``states``), the sensing channel and its
derivative (``sensing``), the SLD and QFI matrix (``sld``, ``qfim``), the covariant shortcut
(``covariant``), local readouts' classical Fisher information (``local_cfi``), the Holevo bound and its
gradient (``holevo``, ``hcrb_grad``) and the jitted composition of them all (``batched``)."""
