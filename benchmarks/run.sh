#!/usr/bin/env bash
# Builds the benchmarks and runs every one at reduced scale, in under 5 minutes on 2 cores, then
# prints the figures for RESULTS.md and writes them to benchmarks/target/results.md together with
# the machine, the date and the command. Settings come from the environment, e.g.
#   SCALE=0.01 LOAD_SCALE=0.001 FORKS=3 ITERATIONS=10 benchmarks/run.sh
# (SCALE: classification and the in-memory report; LOAD_SCALE: the in-memory bulk load; H2_SCALE:
# the database the storage report reads, made once by `chibo generate`; H2_LOAD_SCALE and
# PG_LOAD_SCALE: the organisations and members of that share of the country bulk loaded into an H2
# file and into an embedded PostgreSQL, each beside its hand-written JDBC batch or COPY, 0 to leave
# one out; JSON_MEMBERS: the members of the JSON export and import, run with -Xmx64m.)
set -euo pipefail
cd "$(dirname "$0")/.."

SCALE=${SCALE:-0.0005}
LOAD_SCALE=${LOAD_SCALE:-0.0003}
H2_SCALE=${H2_SCALE:-0.0001}
H2_LOAD_SCALE=${H2_LOAD_SCALE:-0.00002}
PG_LOAD_SCALE=${PG_LOAD_SCALE:-0.00002}
JSON_MEMBERS=${JSON_MEMBERS:-20000}
FORKS=${FORKS:-1}
WARMUP=${WARMUP:-2}
ITERATIONS=${ITERATIONS:-5}
SECONDS_PER_ITERATION=${SECONDS_PER_ITERATION:-1}

started=$(date +%s)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
mvn -B -ntp -q -pl benchmarks -am package -DskipTests -Djacoco.skip -Dspotless.check.skip \
    -Dmaven.javadoc.skip -Dmaven.source.skip
jar=benchmarks/target/benchmarks.jar
data=benchmarks/target/bench-data/chibo-$H2_SCALE
if [ ! -f "$data.mv.db" ]; then
    java -Djava.util.logging.config.file=/dev/null -cp "$jar" vn.chibo.examples.ChiboCli \
        generate --scale "$H2_SCALE" --h2 "$data" 2>/dev/null
fi

out=benchmarks/target/results.md
java -cp "$jar" vn.chibo.benchmarks.Results \
    --forks "$FORKS" --warmup "$WARMUP" --iterations "$ITERATIONS" --seconds "$SECONDS_PER_ITERATION" \
    --scale "$SCALE" --load-scale "$LOAD_SCALE" --h2-load-scale "$H2_LOAD_SCALE" --h2 "$data" \
    --pg-load-scale "$PG_LOAD_SCALE" --json-members "$JSON_MEMBERS" \
    --out "$out.table" | grep -v '^#' | tail -n 3 >/dev/null

{
    echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC') in $(( $(date +%s) - started )) s (build included) with:"
    echo
    echo '```'
    echo "SCALE=$SCALE LOAD_SCALE=$LOAD_SCALE H2_SCALE=$H2_SCALE H2_LOAD_SCALE=$H2_LOAD_SCALE \\"
    echo "  PG_LOAD_SCALE=$PG_LOAD_SCALE JSON_MEMBERS=$JSON_MEMBERS FORKS=$FORKS \\"
    echo "  WARMUP=$WARMUP ITERATIONS=$ITERATIONS SECONDS_PER_ITERATION=$SECONDS_PER_ITERATION benchmarks/run.sh"
    echo '```'
    echo
    echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')),"
    echo "$(free -g | awk '/^Mem:/ {print $2}') GB of memory, load average $load_before when started and"
    echo "$(cut -d' ' -f1-3 /proc/loadavg) when done (other builds share the machine);"
    echo "$(java -version 2>&1 | head -n 1)."
    echo
    cat "$out.table"
} >"$out"
cat "$out"
