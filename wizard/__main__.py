"""`python -m wizard` is the `smi` command line."""

from wizard.cli import main

raise SystemExit(main())
