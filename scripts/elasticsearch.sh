#!/usr/bin/env bash
# Local Elasticsearch node for development and tests.
#
#   bash scripts/elasticsearch.sh start|stop|status|url
#
# Uses Elastic's integration-test distribution from Maven Central
# (org.elasticsearch.distribution.integ-test-zip:elasticsearch:8.19.7:zip), plus our
# stable analysis plugin (es-analysis-plugin) that provides the analysis-common
# filter types this distribution lacks. The node listens on 127.0.0.1 only, runs as
# an unprivileged user (system user "labes" when invoked as root) and keeps all of its
# state outside the repository.
#
# Environment:
#   LAB_ES_ROOT       install + instance root          (default /var/tmp/integration-lab)
#   LAB_ES_INSTANCE   instance name                    (default dev)
#   LAB_ES_PORT       HTTP port on 127.0.0.1           (default 9200, or the instance's last port)
#   LAB_ES_TRANSPORT_PORT  transport port             (default: Elasticsearch's, the first free of 9300-9399)
#   LAB_ES_HEAP       JVM heap (-Xms/-Xmx)             (default 512m)
#   LAB_ES_TIMEOUT    seconds to wait for yellow       (default 120)
#   LAB_ES_JAVA_HOME  JDK used by ES and the build     (default /usr/lib/jvm/java-17-openjdk-amd64)
#   LAB_ES_ZIP        path of the distribution zip     (default: in the local Maven repository)
#   LAB_M2_REPO       local Maven repository           (default ~/.m2/repository)
#
# `start` prints the URL (http://127.0.0.1:PORT) as the last line of stdout; progress and
# diagnostics go to stderr. `status` exits 0 when running, 3 when stopped.
set -euo pipefail

readonly ES_VERSION=8.19.7
readonly ES_ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_VERSION}:zip"
readonly PLUGIN_NAME=lab-analysis
readonly SERVICE_USER=labes

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO_ROOT
readonly PLUGIN_SRC="${REPO_ROOT}/es-analysis-plugin"

readonly LAB_ES_ROOT="${LAB_ES_ROOT:-/var/tmp/integration-lab}"
readonly INSTANCE="${LAB_ES_INSTANCE:-dev}"
readonly HEAP="${LAB_ES_HEAP:-512m}"
readonly TIMEOUT="${LAB_ES_TIMEOUT:-120}"
readonly JAVA_HOME_FOR_ES="${LAB_ES_JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}"
readonly M2_REPO="${LAB_M2_REPO:-${HOME:-/root}/.m2/repository}"
readonly ES_ZIP="${LAB_ES_ZIP:-${M2_REPO}/org/elasticsearch/distribution/integ-test-zip/elasticsearch/${ES_VERSION}/elasticsearch-${ES_VERSION}.zip}"

readonly ES_HOME="${LAB_ES_ROOT}/elasticsearch-${ES_VERSION}"
readonly PLUGIN_HASH_FILE="${ES_HOME}/${PLUGIN_NAME}.sources.sha256"
readonly INST_DIR="${LAB_ES_ROOT}/${INSTANCE}"
readonly CONF_DIR="${INST_DIR}/config"
readonly DATA_DIR="${INST_DIR}/data"
readonly LOGS_DIR="${INST_DIR}/logs"
readonly PID_FILE="${INST_DIR}/elasticsearch.pid"
readonly CLUSTER_NAME="integration-lab-${INSTANCE}"
readonly LOG_FILE="${LOGS_DIR}/${CLUSTER_NAME}.log"
readonly LAUNCHER_LOG="${LOGS_DIR}/launcher.out"
# Marks a directory under LAB_ES_ROOT as ours (the root is shared with other services).
readonly INSTANCE_MARKER="${INST_DIR}/.lab-elasticsearch-instance"

log() { printf '%s\n' "elasticsearch.sh: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# --- validation ---------------------------------------------------------------------

[[ "${INSTANCE}" =~ ^[A-Za-z0-9][A-Za-z0-9_-]*$ ]] || die "LAB_ES_INSTANCE='${INSTANCE}' must match [A-Za-z0-9][A-Za-z0-9_-]*"
[[ "${INSTANCE}" != elasticsearch-* ]] || die "LAB_ES_INSTANCE must not start with 'elasticsearch-'"
[[ "${TIMEOUT}" =~ ^[0-9]+$ ]] || die "LAB_ES_TIMEOUT must be a number of seconds"

configured_port() {
  # http.port of an existing instance config, empty when none.
  [[ -r "${CONF_DIR}/elasticsearch.yml" ]] || return 0
  sed -n 's/^http\.port:[[:space:]]*\([0-9]\+\).*$/\1/p' "${CONF_DIR}/elasticsearch.yml" | head -n1
}

if [[ -n "${LAB_ES_PORT:-}" ]]; then
  PORT="${LAB_ES_PORT}"
else
  PORT="$(configured_port)"
  PORT="${PORT:-9200}"
fi
readonly PORT
[[ "${PORT}" =~ ^[0-9]+$ ]] && (( PORT > 0 && PORT < 65536 )) || die "LAB_ES_PORT='${PORT}' is not a valid port"
readonly URL="http://127.0.0.1:${PORT}"
readonly TRANSPORT_PORT="${LAB_ES_TRANSPORT_PORT:-}"
[[ -z "${TRANSPORT_PORT}" || "${TRANSPORT_PORT}" =~ ^[0-9]+$ ]] && (( ${TRANSPORT_PORT:-1} > 0 && ${TRANSPORT_PORT:-1} < 65536 )) \
  || die "LAB_ES_TRANSPORT_PORT='${TRANSPORT_PORT}' is not a valid port"

is_root() { [[ "$(id -u)" -eq 0 ]]; }

# --- process helpers ------------------------------------------------------------------

read_pid() {
  [[ -r "${PID_FILE}" ]] || return 1
  local pid
  pid="$(tr -dc '0-9' < "${PID_FILE}")"
  [[ -n "${pid}" ]] || return 1
  printf '%s\n' "${pid}"
}

# True when PID is an Elasticsearch server of *this* install and *this* instance.
is_our_es() {
  local pid="$1" cmdline cwd
  [[ -r "/proc/${pid}/cmdline" ]] || return 1
  cmdline="$(tr '\0' ' ' < "/proc/${pid}/cmdline" 2>/dev/null)" || return 1
  [[ "${cmdline}" == *"org.elasticsearch.bootstrap.Elasticsearch"* ]] || return 1
  [[ "${cmdline}" == *"-Des.path.home=${ES_HOME} "* ]] || return 1
  # The server's working directory is its path.logs (only readable by root/owner).
  if cwd="$(readlink "/proc/${pid}/cwd" 2>/dev/null)"; then
    [[ "${cwd}" == "${LOGS_DIR}" ]] || return 1
  fi
  return 0
}

running_pid() {
  local pid
  pid="$(read_pid)" || return 1
  is_our_es "${pid}" || return 1
  printf '%s\n' "${pid}"
}

# Prints the cluster_name answering on PORT, or nothing.
cluster_name_on_port() {
  curl -fsS --max-time 3 "${URL}/_cluster/health" 2>/dev/null \
    | sed -n 's/.*"cluster_name":"\([^"]*\)".*/\1/p' || true
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/${PORT}") 2>/dev/null
}

healthy() {
  curl -fsS --max-time 5 \
    "${URL}/_cluster/health?wait_for_status=yellow&timeout=2s" >/dev/null 2>&1
}

# Runs a command as the unprivileged service user (as root) or as ourselves.
as_es_user() {
  if is_root; then
    runuser -u "${SERVICE_USER}" -- "$@"
  else
    "$@"
  fi
}

# Size of the server log when this start began, so only this run's lines are shown.
LOG_OFFSET=0

show_log_tail() {
  local f offset lines
  for f in "${LOG_FILE}" "${LAUNCHER_LOG}"; do
    [[ -s "${f}" ]] || continue
    offset=0
    [[ "${f}" == "${LOG_FILE}" ]] && offset="${LOG_OFFSET}"
    lines="$(tail -c "+$(( offset + 1 ))" "${f}" | tail -n 30)"
    [[ -n "${lines}" ]] || continue
    log "---- last 30 lines of ${f} ----"
    printf '%s\n' "${lines}" >&2
    log "---- end of ${f} ----"
  done
}

# --- installation ---------------------------------------------------------------------

ensure_java() {
  [[ -x "${JAVA_HOME_FOR_ES}/bin/java" ]] \
    || die "no JDK at ${JAVA_HOME_FOR_ES} (set LAB_ES_JAVA_HOME; Debian: apt-get install openjdk-17-jdk-headless)"
}

ensure_service_user() {
  is_root || return 0
  if ! id -u "${SERVICE_USER}" >/dev/null 2>&1; then
    log "creating system user ${SERVICE_USER}"
    useradd --system --user-group --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin "${SERVICE_USER}"
  fi
}

# Quiet, non-interactive Maven; its output goes to stderr without colour escapes.
run_mvn() {
  local -a repo_opt=()
  [[ -n "${LAB_M2_REPO:-}" ]] && repo_opt=("-Dmaven.repo.local=${LAB_M2_REPO}")
  JAVA_HOME="${JAVA_HOME_FOR_ES}" mvn -q -B -Dstyle.color=never "${repo_opt[@]}" "$@" 2>&1 \
    | sed 's/\x1b\[[0-9;]*m//g' >&2
}

ensure_distribution_zip() {
  [[ -s "${ES_ZIP}" ]] && return 0
  command -v mvn >/dev/null 2>&1 || die "mvn is required to fetch ${ES_ARTIFACT}"
  log "fetching ${ES_ARTIFACT} with mvn"
  run_mvn dependency:get -Dartifact="${ES_ARTIFACT}" -Dtransitive=false \
    || die "mvn dependency:get ${ES_ARTIFACT} failed"
  [[ -s "${ES_ZIP}" ]] || die "mvn finished but ${ES_ZIP} is missing (custom localRepository? set LAB_ES_ZIP)"
}

ensure_unpacked() {
  [[ -x "${ES_HOME}/bin/elasticsearch" ]] && return 0
  command -v unzip >/dev/null 2>&1 || die "unzip is required (apt-get install unzip)"
  log "unpacking ${ES_ZIP} into ${ES_HOME}"
  local tmp
  tmp="$(mktemp -d "${LAB_ES_ROOT}/.unpack.XXXXXX")"
  unzip -q "${ES_ZIP}" -d "${tmp}" || { rm -rf "${tmp}"; die "could not unpack ${ES_ZIP}"; }
  [[ -x "${tmp}/elasticsearch-${ES_VERSION}/bin/elasticsearch" ]] \
    || { rm -rf "${tmp}"; die "unexpected layout in ${ES_ZIP}"; }
  chmod -R a+rX "${tmp}/elasticsearch-${ES_VERSION}"
  mv "${tmp}/elasticsearch-${ES_VERSION}" "${ES_HOME}"
  rmdir "${tmp}"
}

plugin_sources_hash() {
  (cd "${PLUGIN_SRC}" && find pom.xml src -type f -print0 | LC_ALL=C sort -z \
    | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
}

# Other instances (any name) running from this install.
other_running_instances() {
  local pidfile pid name
  for pidfile in "${LAB_ES_ROOT}"/*/elasticsearch.pid; do
    [[ -e "${pidfile}" ]] || continue
    name="$(basename "$(dirname "${pidfile}")")"
    [[ "${name}" == "${INSTANCE}" ]] && continue
    pid="$(tr -dc '0-9' < "${pidfile}")"
    [[ -n "${pid}" && -r "/proc/${pid}/cmdline" ]] || continue
    if tr '\0' ' ' < "/proc/${pid}/cmdline" | grep -qF -- "-Des.path.home=${ES_HOME} "; then
      printf '%s ' "${name}"
    fi
  done
}

ensure_plugin() {
  local want have="" plugin_dir="${ES_HOME}/plugins/${PLUGIN_NAME}"
  [[ -f "${PLUGIN_SRC}/pom.xml" ]] || die "plugin sources not found at ${PLUGIN_SRC}"
  want="$(plugin_sources_hash)"
  [[ -r "${PLUGIN_HASH_FILE}" ]] && have="$(cat "${PLUGIN_HASH_FILE}")"
  if [[ -d "${plugin_dir}" && "${want}" == "${have}" ]]; then
    return 0
  fi
  if [[ -d "${plugin_dir}" ]]; then
    local others
    others="$(other_running_instances)"
    if [[ -n "${others}" ]]; then
      log "WARNING: ${PLUGIN_NAME} sources changed, but instance(s) ${others}are running from this install;"
      log "         keeping the installed plugin. Stop them and start again to upgrade it."
      return 0
    fi
  fi
  command -v mvn >/dev/null 2>&1 || die "mvn is required to build ${PLUGIN_SRC}"
  log "building ${PLUGIN_NAME} (mvn -q package in ${PLUGIN_SRC})"
  run_mvn -f "${PLUGIN_SRC}/pom.xml" package \
    || die "building ${PLUGIN_NAME} failed"
  local zip
  zip="$(ls -1t "${PLUGIN_SRC}"/target/"${PLUGIN_NAME}"-*.zip 2>/dev/null | head -n1)"
  [[ -n "${zip}" ]] || die "no ${PLUGIN_NAME}-*.zip in ${PLUGIN_SRC}/target after the build"
  local -a plugin_cli_env=(env "ES_JAVA_HOME=${JAVA_HOME_FOR_ES}" "ES_PATH_CONF=${ES_HOME}/config" "ES_JAVA_OPTS=")
  if [[ -d "${plugin_dir}" ]]; then
    log "removing the previously installed ${PLUGIN_NAME}"
    "${plugin_cli_env[@]}" "${ES_HOME}/bin/elasticsearch-plugin" remove --silent "${PLUGIN_NAME}" >&2 \
      || die "elasticsearch-plugin remove ${PLUGIN_NAME} failed"
  fi
  log "installing ${zip}"
  rm -f "${PLUGIN_HASH_FILE}"
  "${plugin_cli_env[@]}" "${ES_HOME}/bin/elasticsearch-plugin" install --batch --silent "file://${zip}" >&2 \
    || die "elasticsearch-plugin install ${zip} failed"
  chmod -R a+rX "${plugin_dir}"
  printf '%s\n' "${want}" > "${PLUGIN_HASH_FILE}"
}

ensure_instance_dirs() {
  if [[ -d "${INST_DIR}" && ! -e "${INSTANCE_MARKER}" ]] && [[ -n "$(ls -A "${INST_DIR}" 2>/dev/null)" ]]; then
    die "${INST_DIR} exists but is not an Elasticsearch instance of this script (another service's directory?); choose another LAB_ES_INSTANCE"
  fi
  mkdir -p "${DATA_DIR}" "${LOGS_DIR}"
  touch "${INSTANCE_MARKER}"
  if [[ ! -f "${CONF_DIR}/jvm.options" ]]; then
    mkdir -p "${CONF_DIR}"
    cp -R "${ES_HOME}/config/." "${CONF_DIR}/"
    rm -f "${CONF_DIR}/elasticsearch.yml"
    # Smaller GC log rotation than the distribution default (32 x 64 MB).
    sed -i 's/filecount=32,filesize=64m/filecount=4,filesize=16m/' "${CONF_DIR}/jvm.options"
  fi
  # Rewritten at every start so LAB_ES_PORT changes apply.
  cat > "${CONF_DIR}/elasticsearch.yml" <<EOF
# Generated by scripts/elasticsearch.sh - changes are overwritten at the next start.
cluster.name: ${CLUSTER_NAME}
node.name: ${INSTANCE}
network.host: 127.0.0.1
http.port: ${PORT}
${TRANSPORT_PORT:+transport.port: ${TRANSPORT_PORT}}
discovery.type: single-node
xpack.security.enabled: false
path.data: ${DATA_DIR}
path.logs: ${LOGS_DIR}
# Development node: do not go read-only / refuse shards because the disk is nearly full.
cluster.routing.allocation.disk.threshold_enabled: false
EOF
  if is_root; then
    chown -R "${SERVICE_USER}:${SERVICE_USER}" "${INST_DIR}"
  fi
}

# --- commands -------------------------------------------------------------------------

wait_until_healthy() {
  # $1: pid of the launcher running in the background (or empty)
  local launcher_pid="${1:-}" deadline=$(( SECONDS + TIMEOUT )) pid
  log "waiting up to ${TIMEOUT}s for ${URL} (yellow)"
  while (( SECONDS < deadline )); do
    if healthy; then
      printf '\n' >&2
      return 0
    fi
    if [[ -n "${launcher_pid}" ]] && ! kill -0 "${launcher_pid}" 2>/dev/null; then
      # The launcher returns once the node has started (or failed); afterwards the pidfile counts.
      if ! wait "${launcher_pid}"; then
        printf '\n' >&2
        return 1
      fi
      launcher_pid=""
    fi
    if [[ -z "${launcher_pid}" ]] && ! pid="$(running_pid)"; then
      printf '\n' >&2
      return 1
    fi
    printf '.' >&2
    sleep 1
  done
  printf '\n' >&2
  return 1
}

cmd_start() {
  local pid
  if pid="$(running_pid)"; then
    local actual
    actual="$(configured_port)"
    if [[ -n "${actual}" && "${actual}" != "${PORT}" ]]; then
      die "instance '${INSTANCE}' is already running on port ${actual} (pid ${pid}), not ${PORT}; stop it first"
    fi
    if healthy || wait_until_healthy ""; then
      log "instance '${INSTANCE}' already running (pid ${pid})"
      printf '%s\n' "${URL}"
      return 0
    fi
    show_log_tail
    die "instance '${INSTANCE}' (pid ${pid}) is running but ${URL} does not report yellow/green health"
  fi

  if port_in_use; then
    local other
    other="$(cluster_name_on_port)"
    if [[ -n "${other}" ]]; then
      die "port ${PORT} on 127.0.0.1 is already taken by another Elasticsearch (cluster '${other}'); choose another LAB_ES_PORT"
    fi
    die "port ${PORT} on 127.0.0.1 is already taken by another process; choose another LAB_ES_PORT"
  fi

  ensure_java
  command -v curl >/dev/null 2>&1 || die "curl is required"
  if [[ ! -d "${LAB_ES_ROOT}" ]]; then
    mkdir -p "${LAB_ES_ROOT}"
    chmod 755 "${LAB_ES_ROOT}"
  fi
  [[ -w "${LAB_ES_ROOT}" ]] || die "${LAB_ES_ROOT} is not writable by $(id -un); set LAB_ES_ROOT to a directory of yours"
  ensure_service_user

  # Serialise installation steps between concurrent invocations.
  exec 9>"${LAB_ES_ROOT}/.install.lock"
  flock 9
  ensure_distribution_zip
  ensure_unpacked
  ensure_plugin
  flock -u 9
  exec 9>&-

  rm -f "${PID_FILE}"
  ensure_instance_dirs
  LOG_OFFSET="$(stat -c %s "${LOG_FILE}" 2>/dev/null || echo 0)"
  : > "${LAUNCHER_LOG}"
  is_root && chown "${SERVICE_USER}:${SERVICE_USER}" "${LAUNCHER_LOG}"

  log "starting instance '${INSTANCE}' (${ES_HOME}, data in ${INST_DIR}, heap ${HEAP}, user $(is_root && echo "${SERVICE_USER}" || id -un))"
  local launcher_pid
  (
    cd "${INST_DIR}"
    as_es_user env \
      "ES_JAVA_HOME=${JAVA_HOME_FOR_ES}" \
      "ES_PATH_CONF=${CONF_DIR}" \
      "ES_JAVA_OPTS=-Xms${HEAP} -Xmx${HEAP}" \
      "${ES_HOME}/bin/elasticsearch" -d -p "${PID_FILE}" \
      </dev/null >>"${LAUNCHER_LOG}" 2>&1
  ) &
  launcher_pid=$!

  if ! wait_until_healthy "${launcher_pid}"; then
    show_log_tail
    if pid="$(running_pid)"; then
      die "instance '${INSTANCE}' (pid ${pid}) did not become healthy within ${TIMEOUT}s; it is still running (stop it with: $0 stop)"
    fi
    die "instance '${INSTANCE}' failed to start (logs: ${LOGS_DIR})"
  fi
  pid="$(running_pid || echo '?')"
  log "instance '${INSTANCE}' is up (pid ${pid})"
  printf '%s\n' "${URL}"
}

cmd_stop() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "${PID_FILE}" 2>/dev/null || true
    echo "instance '${INSTANCE}' is not running"
    return 0
  fi
  kill -TERM "${pid}" 2>/dev/null || true
  local i
  for (( i = 0; i < 30; i++ )); do
    if ! kill -0 "${pid}" 2>/dev/null; then
      rm -f "${PID_FILE}" 2>/dev/null || true
      echo "stopped instance '${INSTANCE}' (pid ${pid})"
      return 0
    fi
    sleep 1
  done
  kill -KILL "${pid}" 2>/dev/null || true
  sleep 1
  rm -f "${PID_FILE}" 2>/dev/null || true
  echo "instance '${INSTANCE}' (pid ${pid}) did not stop within 30s; killed it (SIGKILL)"
}

cmd_status() {
  local pid
  if pid="$(running_pid)"; then
    echo "running ${URL} (instance '${INSTANCE}', pid ${pid})"
    return 0
  fi
  echo "stopped ${URL} (instance '${INSTANCE}')"
  return 3
}

cmd_url() {
  printf '%s\n' "${URL}"
}

usage() {
  sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  url) cmd_url ;;
  -h | --help | help) usage ;;
  *) usage >&2; exit 2 ;;
esac
