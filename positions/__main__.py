import sys

from positions.cli import main

sys.exit(main())
