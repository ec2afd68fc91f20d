"""What the best probe can do: the see-saw optimum over input states (``certificate``), proven bounds
(``bounds`` for one parameter, ``multi_bound`` for the vector field), the multi-task estimate
(``multi_optimum``) and the continuity check that refuses rank-changing operating points
(``continuity``)."""
