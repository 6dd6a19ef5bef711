#!/usr/bin/env bash
# shellcheck shell=bash
# Finds a JDK 21 or newer for newsradar (Lucene 10 needs Java 21+).
#
# Sourced by ./newsradar, scripts/test and .ci/run; can also be run directly:
#   scripts/find-jdk.sh        prints the JDK home on stdout, exit 0; or the reason on stderr, exit 1
#
# Search order (the first usable one wins, except in the folders, where the newest wins):
#   1. $JAVA_HOME                     if it is a JDK 21+ (otherwise a note on stderr, and go on)
#   2. `java` on PATH                 resolved through symlinks to its JDK home
#   3. the usual JVM folders          each child folder of
#        /usr/lib/jvm /usr/java /opt/java /Library/Java/JavaVirtualMachines ~/.sdkman/candidates/java
#      (override with NEWSRADAR_JVM_DIRS, a colon-separated list of such folders)
# A candidate counts when it has bin/java and bin/javac (a JRE cannot build the jar) and its major
# version, read from its `release` file or else from `java -version`, is at least NEWSRADAR_MIN_JAVA
# (default 21).
#
# Function API: newsradar_find_jdk sets NEWSRADAR_JDK to the JDK home and returns 0, or prints what to
# install on stderr and returns 1. It never exits the calling shell and works under `set -euo pipefail`.

NEWSRADAR_MIN_JAVA="${NEWSRADAR_MIN_JAVA:-21}"

# Prints the major version of the JDK at $1 (8 for "1.8.0_392", 21 for "21.0.5"), or nothing.
newsradar_java_major() {
  local home="$1" version=""
  if [[ -r "$home/release" ]]; then
    version="$(sed -n 's/^JAVA_VERSION="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$home/release" | head -n 1)"
  fi
  if [[ -z "$version" && -x "$home/bin/java" ]]; then
    version="$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)"
  fi
  [[ -n "$version" ]] || return 0
  version="${version#1.}"                 # 1.8.0_392 -> 8.0_392
  version="${version%%[!0-9]*}"           # 21.0.5 -> 21, 25-ea -> 25
  [[ -n "$version" ]] && printf '%s\n' "$version"
  return 0
}

# Succeeds when $1 is a JDK home (bin/java and bin/javac) of at least the minimum major version.
# $2 names where the candidate came from; a rejection is noted on stderr when $3 is "loud".
newsradar_jdk_ok() {
  local home="$1" origin="$2" loud="${3:-quiet}" major
  if [[ ! -x "$home/bin/java" ]]; then
    [[ "$loud" == loud ]] && echo "newsradar: note: $origin ($home) has no bin/java; skipping it" >&2
    return 1
  fi
  major="$(newsradar_java_major "$home")"
  if [[ -z "$major" ]]; then
    [[ "$loud" == loud ]] && echo "newsradar: note: $origin ($home): cannot tell its Java version; skipping it" >&2
    return 1
  fi
  local kind="Java $major"
  [[ -x "$home/bin/javac" ]] || kind="Java $major JRE (no javac)"
  NEWSRADAR_SEEN+=("$kind at $(readlink -f "$home" 2>/dev/null || printf '%s' "$home")")
  if (( major < NEWSRADAR_MIN_JAVA )); then
    [[ "$loud" == loud ]] && echo "newsradar: note: $origin ($home) is Java $major; newsradar needs $NEWSRADAR_MIN_JAVA+, looking further" >&2
    return 1
  fi
  if [[ ! -x "$home/bin/javac" ]]; then
    [[ "$loud" == loud ]] && echo "newsradar: note: $origin ($home) is a JRE without javac; skipping it" >&2
    return 1
  fi
  return 0
}

# Prints the JDK home of the `java` found on PATH (following symlinks such as /etc/alternatives).
newsradar_path_java_home() {
  local java
  java="$(command -v java 2>/dev/null)" || return 0
  java="$(readlink -f "$java" 2>/dev/null || printf '%s' "$java")"
  printf '%s\n' "$(dirname "$(dirname "$java")")"
}

# Prints the candidate homes in one JVM folder: its children, macOS bundles' Contents/Home, and the
# folder itself when it is a JDK (as /opt/java/openjdk in container images).
newsradar_folder_candidates() {
  local dir="$1" child
  [[ -d "$dir" ]] || return 0
  [[ -x "$dir/bin/java" ]] && printf '%s\n' "$dir"
  for child in "$dir"/*; do
    [[ -d "$child" ]] || continue
    if [[ -d "$child/Contents/Home" ]]; then
      printf '%s\n' "$child/Contents/Home"
    else
      printf '%s\n' "$child"
    fi
  done
}

newsradar_install_hint() {
  local seen="none"
  if (( ${#NEWSRADAR_SEEN[@]} > 0 )); then
    seen="$(printf '%s\n' "${NEWSRADAR_SEEN[@]}" | sort -u | tr '\n' ';' | sed 's/;/; /g')"
    seen="${seen%; }"
  fi
  cat >&2 <<HINT
newsradar: no JDK $NEWSRADAR_MIN_JAVA or newer found (newsradar needs Java $NEWSRADAR_MIN_JAVA+: Lucene 10 requires 21).
  looked at: JAVA_HOME, java on PATH, ${NEWSRADAR_JVM_DIRS:-/usr/lib/jvm:/usr/java:/opt/java:/Library/Java/JavaVirtualMachines:~/.sdkman/candidates/java}
  found:     $seen
Install a JDK $NEWSRADAR_MIN_JAVA+ and run again (or point JAVA_HOME at it):
  Debian 13, Ubuntu 22.04 or newer:  sudo apt-get install openjdk-21-jdk-headless
  Debian 12 (only Java 17 in its archive), other Linux, Windows:  Eclipse Temurin 21 or newer
      from https://adoptium.net (its apt repository offers temurin-21-jdk / temurin-25-jdk)
  macOS:    brew install --cask temurin
  SDKMAN:   sdk install java 21-tem
HINT
}

newsradar_find_jdk() {
  NEWSRADAR_JDK=""
  NEWSRADAR_SEEN=()
  local home dir best="" best_major=0 major
  local -a dirs

  if [[ -n "${JAVA_HOME:-}" ]]; then
    if newsradar_jdk_ok "$JAVA_HOME" "JAVA_HOME" loud; then
      NEWSRADAR_JDK="$JAVA_HOME"; return 0
    fi
  fi

  home="$(newsradar_path_java_home)"
  if [[ -n "$home" ]] && newsradar_jdk_ok "$home" "java on PATH"; then
    NEWSRADAR_JDK="$home"; return 0
  fi

  IFS=':' read -r -a dirs <<< "${NEWSRADAR_JVM_DIRS-/usr/lib/jvm:/usr/java:/opt/java:/Library/Java/JavaVirtualMachines:$HOME/.sdkman/candidates/java}"
  for dir in "${dirs[@]}"; do
    [[ -n "$dir" ]] || continue
    while IFS= read -r home; do
      [[ -n "$home" ]] || continue
      newsradar_jdk_ok "$home" "$dir" || continue
      major="$(newsradar_java_major "$home")"
      if (( major > best_major )); then
        best="$home"; best_major="$major"
      fi
    done < <(newsradar_folder_candidates "$dir")
  done
  if [[ -n "$best" ]]; then
    NEWSRADAR_JDK="$best"; return 0
  fi

  newsradar_install_hint
  return 1
}

# Exports JAVA_HOME=$NEWSRADAR_JDK for Maven and, on Java 23+, silences the sun.misc.Unsafe warnings
# that Maven 3.8/3.9's own Guava prints there (unless MAVEN_OPTS is already set).
newsradar_maven_env() {
  export JAVA_HOME="$NEWSRADAR_JDK"
  local major
  major="$(newsradar_java_major "$NEWSRADAR_JDK")"
  if [[ -z "${MAVEN_OPTS:-}" ]] && (( ${major:-0} >= 23 )); then
    export MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow"
  fi
}

# Run directly: print the JDK home.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  newsradar_find_jdk || exit 1
  printf '%s\n' "$NEWSRADAR_JDK"
fi
