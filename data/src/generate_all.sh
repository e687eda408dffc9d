#!/bin/sh
# Regenerates every file of data/ from the generator scripts, then runs the self-checks.
# Needs Debian's python3-gdal, python3-numpy, python3-shapely (run with /usr/bin/python3) and the
# reference folder (../shared/reference-data from the repository root, or $ECOCORRIDOR_REFERENCE_DATA).
set -eu
cd "$(dirname "$0")"
PY=${PYTHON:-/usr/bin/python3}
export PYTHONDONTWRITEBYTECODE=1
$PY make_countries.py
$PY make_areas.py
$PY make_flyway.py
$PY make_infrastructure.py
$PY make_tables.py
$PY make_landcover.py
$PY make_manifest.py
$PY check_data.py
