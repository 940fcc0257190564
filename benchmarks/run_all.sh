#!/usr/bin/env bash
# Run every benchmark against one fresh throw-away PostgreSQL (scripts/with-postgres):
#   benchmarks/run_all.sh                 # 1,000,000 generated claims (several minutes)
#   benchmarks/run_all.sh --claims 50000  # quicker
#   benchmarks/run_all.sh --claims 50000 --soak-seconds 20 --skip import
# Names for --skip: generate queue workspace import soak extraction speakers dangling
# dangling-heldout referents.
# Output goes to stdout and to artifacts/benchmarks-<time>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

claims=1000000
soak_seconds=60
skip=""
while [ $# -gt 0 ]; do
  case "$1" in
    --claims) claims=$2; shift 2 ;;
    --soak-seconds) soak_seconds=$2; shift 2 ;;
    --skip) skip="$skip $2"; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

mkdir -p artifacts
out="artifacts/benchmarks-$(date +%Y%m%d-%H%M%S).txt"
export PYTHON=.venv/bin/python CLAIMS=$claims SOAK_SECONDS=$soak_seconds SKIP="$skip"

scripts/with-postgres bash -c '
  set -uo pipefail
  py=.venv/bin/python
  status=0
  run() { # name, command...
    local name=$1; shift
    case " $SKIP " in *" $name "*) echo "== $name: skipped"; return;; esac
    echo; echo "================ $name ================"
    "$@" || { echo "!! $name failed (exit $?)"; status=1; }
  }
  run generate $py benchmarks/generate_claims.py --claims "$CLAIMS"
  run queue    $py benchmarks/queue_search.py
  run workspace $py benchmarks/workspace.py
  run import   $py benchmarks/import_throughput.py
  run soak     $py benchmarks/soak.py --seconds "$SOAK_SECONDS"
  # the extractor (no database): speed against bare spaCy, speakers (both halves:
  # aggregate figures only), pronouns left dangling on the dev texts and, as an
  # aggregate only, on the held-out ones, referents (blind set: aggregate only)
  pd=/work/shared/corpus/public-domain
  run extraction $py benchmarks/extraction.py
  run speakers $py benchmarks/speakers.py
  run dangling $py benchmarks/dangling.py $pd/01_*.txt $pd/04_*.txt $pd/12_*.txt \
    /work/shared/corpus/seed/iran-militia-drones.txt
  run dangling-heldout $py benchmarks/dangling.py $pd/0[2356789]_*.txt $pd/1[013]_*.txt
  run referents $py benchmarks/referents.py
  exit $status
' 2>&1 | tee "$out"
echo "(saved to $out)"
