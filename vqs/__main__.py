"""``python -m vqs``: the vqs command."""

from vqs.cli import main

raise SystemExit(main())
