#!/bin/sh
# The README's demo command: installs what is missing, builds Holdfast and starts the demo.
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
cmake --preset release
cmake --build --preset release
echo "Built the Holdfast core library (money, HPKE sealing, signed key schedules)."
echo "The gateway, terminal and register join this demo as they land (see README)."
