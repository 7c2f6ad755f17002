#!/usr/bin/env bash
# Screening speed, offline on the bundled snapshot, measured against a baseline in the same
# run: validating the same case (parse and check only). Prints times and ratios.
#   bench/screen_bench.sh [BIBOB] [CASES]     (default build/bibob, 1000 cases)
set -euo pipefail
cd "$(dirname "$0")/.."
bibob=$(realpath "${1:-build/bibob}")
cases=${2:-1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export BIBOB_CACHE_DB="$work/cache.db" BIBOB_LISTS_DB="$work/lists.db" XDG_CACHE_HOME="$work/xdg-cache"
sanctions=../shared/data/sanctions
if [ -f "$sanctions/ofac/sdn.csv" ]; then
  "$bibob" lists import --source ofac "$sanctions/ofac/sdn.csv" "$sanctions/ofac/alt.csv" "$sanctions/ofac/add.csv" >/dev/null
  "$bibob" lists import --source un "$sanctions/un/UN_consolidated.xml" >/dev/null
fi
case_file=examples/horeca-cash-abroad.yaml
now() { date +%s%N; }
milliseconds() { echo "scale=1; ($2 - $1) / 1000000 / $3" | bc; }

# The first screening after an import prepares the list index and keeps it in the cache.
start=$(now); "$bibob" screen --offline "$case_file" >/dev/null || true; end=$(now)
cold_ms=$(milliseconds "$start" "$end" 1)

repeat=20
start=$(now); for _ in $(seq $repeat); do "$bibob" validate "$case_file" >/dev/null || true; done; end=$(now)
validate_ms=$(milliseconds "$start" "$end" $repeat)
start=$(now); for _ in $(seq $repeat); do "$bibob" screen --offline "$case_file" >/dev/null || true; done; end=$(now)
screen_ms=$(milliseconds "$start" "$end" $repeat)

mkdir -p "$work/cases"
for i in $(seq "$cases"); do
  sed "s/id: BIB-2026-0042/id: BENCH-$i/" "$case_file" > "$work/cases/case-$i.yaml"
done
start=$(now); "$bibob" screen --offline --input "$work/cases" --jobs 1 >/dev/null || true; end=$(now)
batch1_ms=$(milliseconds "$start" "$end" "$cases")
start=$(now); "$bibob" screen --offline --input "$work/cases" --jobs 2 >/dev/null || true; end=$(now)
batch2_ms=$(milliseconds "$start" "$end" "$cases")

echo "machine: $(nproc) cores; $(date -u +%Y-%m-%d)"
echo "validate one case (baseline, a process each):  $validate_ms ms"
echo "screen one case, first after a list import:     $cold_ms ms  ($(echo "scale=1; $cold_ms / $validate_ms" | bc)x the baseline)"
echo "screen one case offline (a process each):       $screen_ms ms  ($(echo "scale=1; $screen_ms / $validate_ms" | bc)x the baseline)"
echo "batch of $cases cases, 1 job, per case:         $batch1_ms ms  ($(echo "scale=2; $batch1_ms / $validate_ms" | bc)x the baseline)"
echo "batch of $cases cases, 2 jobs, per case:        $batch2_ms ms  (speed-up over 1 job: $(echo "scale=2; $batch1_ms / $batch2_ms" | bc)x)"
