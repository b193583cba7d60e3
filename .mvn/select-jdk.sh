# Sourced by ./mvnw, .ci/run and deploy/local/run.sh (POSIX sh): the suite is built for Java 21, so Maven, the
# tests and the processes they start (Kafka, Keycloak, the packaged services all run on Maven's java.home) need a
# JDK 21 or later. Many machines have an older default `java` beside a newer JDK, so when JAVA_HOME does not
# already name a JDK 21+, look for one: `javac` on PATH, then the usual install folders, newest first.
# Exports JAVA_HOME, or stops with a message naming what is missing.
gg_required_jdk=21

gg_jdk_feature() { # prints the feature release of the JDK at $1 (17, 21, 25...), nothing if it is not a JDK
  [ -x "$1/bin/javac" ] && [ -x "$1/bin/java" ] || return 0
  "$1/bin/javac" -version 2>&1 | sed -n 's/^javac \([0-9][0-9]*\).*/\1/p' | head -n 1
}

gg_select_jdk() {
  gg_tried=""
  gg_path_jdk=""
  if command -v javac >/dev/null 2>&1; then
    gg_path_jdk=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  fi
  # Explicit choices first, in order; then every JDK found in the usual folders, newest version first.
  for gg_candidate in "${JAVA_HOME-}" "$gg_path_jdk" $(
      for gg_dir in /usr/lib/jvm/* /opt/java/* /opt/*jdk* /usr/local/*jdk* "$HOME"/.sdkman/candidates/java/* \
                    /Library/Java/JavaVirtualMachines/*/Contents/Home; do
        gg_feature=$(gg_jdk_feature "$gg_dir")
        [ -n "$gg_feature" ] && printf '%s %s\n' "$gg_feature" "$gg_dir"
      done | sort -rn -k1,1 | cut -d' ' -f2-); do
    [ -n "$gg_candidate" ] || continue
    gg_feature=$(gg_jdk_feature "$gg_candidate")
    [ -n "$gg_feature" ] || continue
    gg_tried="$gg_tried $gg_candidate ($gg_feature)"
    if [ "$gg_feature" -ge "$gg_required_jdk" ]; then
      if [ "${JAVA_HOME-}" != "$gg_candidate" ] && [ "${MVNW_VERBOSE-}" = true ]; then
        echo "Using the JDK $gg_feature at $gg_candidate (JAVA_HOME was '${JAVA_HOME-}')" >&2
      fi
      JAVA_HOME=$gg_candidate
      export JAVA_HOME
      return 0
    fi
  done
  echo "This build needs a JDK $gg_required_jdk or later; found:${gg_tried:- none}." >&2
  echo "Install one (e.g. 'apt-get install openjdk-21-jdk-headless' or Eclipse Temurin 21/25) and set JAVA_HOME to it." >&2
  return 1
}

gg_select_jdk || exit 1
