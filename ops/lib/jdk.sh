# Sourced by the ops scripts: exports JAVA_HOME pointing at a JDK 21+ (Lucene 10 needs it).
# Keeps JAVA_HOME when it already is 21+, else searches the system's JDK folders.

java_major() {  # prints the major version of the java binary $1
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

find_jdk21() {
  local candidate
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then
    echo "$JAVA_HOME"; return 0
  fi
  for candidate in $(ls -d /usr/lib/jvm/* /opt/java/* /usr/local/lib/jvm/* 2>/dev/null | sort -rV); do
    if [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ] 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}

if ! JAVA_HOME="$(find_jdk21)"; then
  echo "error: no JDK 21 or newer found (checked JAVA_HOME and /usr/lib/jvm). Lucene 10 needs one;" >&2
  echo "       install e.g. Debian's openjdk-21-jdk or Temurin 21+, or point JAVA_HOME at it." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
# Maven 3.8's bundled Guava uses sun.misc.Unsafe; JDK 24+ warns about it on every run.
if [ "$(java_major "$JAVA_HOME/bin/java")" -ge 24 ] 2>/dev/null; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
