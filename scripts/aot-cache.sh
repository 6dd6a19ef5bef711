#!/usr/bin/env bash
# shellcheck shell=bash
# Ahead-of-time cache for newsradar's long runs (crawl, watch, ingest, reindex), sourced by ./newsradar.
#
# On JDK 25+ (JEP 483 class loading and linking, JEP 514 cache creation, JEP 515 method profiles), a long run
# starts from a cache of the classes an earlier long run loaded and linked and of the method profiles it gathered,
# so it spends less CPU on class loading and on profiling before the optimising compiler takes over (about 7% less
# process CPU on a 10,000-page loopback crawl; the compilations themselves remain). The cache is made in three steps
# over successive runs, none of which can fail a run:
#   1. no cache: the run records (-XX:AOTMode=record; target/newsradar-long.aotconf, written when the JVM exits
#      normally or on SIGINT/SIGTERM; the JVM notes it in one line on stderr). One recorder at a time: the lock
#      target/.aot.lock is held by the JVM itself. A run for --help or --version never records.
#   2. a recording newer than the jar: the run starts the cache's assembly (-XX:AOTMode=create, a few CPU seconds)
#      in the background at the lowest priority, and runs without a cache.
#   3. a cache newer than the jar: the run uses it (-XX:AOTCache).
# A rebuilt jar makes both files stale (they are rebuilt as above); the JVM also checks the cache against the jar
# and the JDK and runs without it on any mismatch. The JVM's AOT messages are turned off. Older JDKs, a read-only
# target folder, or NEWSRADAR_AOT=0 leave the run as it was.
#
# Function API: newsradar_aot_opts ROOT JAR JAVA MAJOR -- JVM-OPTION...
#   sets the array NEWSRADAR_AOT_OPTS to the options to add for this run (possibly none); the JVM options after --
#   are the run's own (the background assembly uses the same, as the JVM requires). Returns 0.

# shellcheck disable=SC2034 # NEWSRADAR_AOT_OPTS is this function's result
newsradar_aot_opts() {
  local root="$1" jar="$2" java="$3" major="$4"
  shift 5
  NEWSRADAR_AOT_OPTS=()
  [[ "${NEWSRADAR_AOT:-1}" != 0 ]] || return 0
  [[ -n "$major" ]] && (( major >= 25 )) || return 0
  command -v flock >/dev/null 2>&1 || return 0
  local dir="$root/target"
  [[ -d "$dir" && -w "$dir" ]] || return 0
  local cache="$dir/newsradar-long.aot" conf="$dir/newsradar-long.aotconf" lock="$dir/.aot.lock"
  local quiet=(-Xlog:aot=off -Xlog:cds=off)
  if [[ -s "$cache" && "$cache" -nt "$jar" ]]; then
    NEWSRADAR_AOT_OPTS=("-XX:AOTCache=$cache" "${quiet[@]}")
    return 0
  fi
  if [[ -s "$conf" && "$conf" -nt "$jar" ]]; then
    newsradar_aot_create "$jar" "$java" "$cache" "$conf" "$lock" "$@"
    return 0
  fi
  # Step 1: record, unless another run holds the lock (it records, or assembles). Descriptor 8 stays open across
  # the launcher's exec, so the JVM holds the lock until it exits.
  [[ ! -e "$lock" || -w "$lock" ]] || return 0
  exec 8>"$lock" || return 0
  if flock -n 8; then
    rm -f "$cache" "$conf"
    # The JVM reports the recording on its own output stream, not through -Xlog: to stderr, so stdout stays the
    # command's (a --json consumer never sees it).
    NEWSRADAR_AOT_OPTS=(-XX:AOTMode=record "-XX:AOTConfiguration=$conf" -XX:+DisplayVMOutputToStderr "${quiet[@]}")
  else
    exec 8>&-
  fi
  return 0
}

# Assembles the cache from a recording in a detached background process at the lowest priority; the recording
# is removed afterwards, whether the cache could be made or not (a failed one is recorded again by a later run).
newsradar_aot_create() {
  local jar="$1" java="$2" cache="$3" conf="$4" lock="$5"
  shift 5
  local detach=()
  command -v setsid >/dev/null 2>&1 && detach=(setsid)
  # shellcheck disable=SC2016 # expanded by the inner shell
  "${detach[@]}" bash -c '
    lock="$1" jar="$2" java="$3" cache="$4" conf="$5"; shift 5
    exec 8>"$lock" && flock -n 8 || exit 0
    [[ -s "$conf" ]] || exit 0
    tmp="$cache.$$.tmp"
    if nice -n 19 "$java" "$@" -XX:AOTMode=create "-XX:AOTConfiguration=$conf" "-XX:AOTCache=$tmp" \
         -Xlog:aot=off -Xlog:cds=off -cp "$jar" && [[ -s "$tmp" ]]; then
      mv -f "$tmp" "$cache"
    fi
    rm -f "$tmp" "$conf"
  ' newsradar-aot "$lock" "$jar" "$java" "$cache" "$conf" "$@" </dev/null >/dev/null 2>&1 &
}
