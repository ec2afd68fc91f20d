"""``python -m vqs.cli``: the vqs command."""

from vqs.cli import main

raise SystemExit(main())
