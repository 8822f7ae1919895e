#!/usr/bin/env bash
# A private OpenLink Virtuoso 7.2 (Debian's virtuoso-opensource) for tests that need a real SPARQL store.
#
#   tests/tools/virtuoso.sh install                 install the Debian package if virtuoso-t is missing
#   tests/tools/virtuoso.sh start                   start a private server (idempotent), wait until it answers
#   tests/tools/virtuoso.sh load FILE GRAPH_IRI     replace that named graph with a Turtle / N-Triples file
#   tests/tools/virtuoso.sh query 'SPARQL'          run a query over HTTP, print SPARQL JSON results
#   tests/tools/virtuoso.sh stop                    stop the server started by `start` (fine if none runs)
#   tests/tools/virtuoso.sh status                  say whether it runs (exit 0) or not (exit 3), with its ports
#   tests/tools/virtuoso.sh clean                   stop it and delete its folder (next start makes a fresh database)
#
# Environment:
#   KG_VIRTUOSO_DIR        database folder (default ${TMPDIR:-/tmp}/kg-virtuoso); holds virtuoso.ini, the database,
#                          virtuoso.log (the server's own log), server.out (its stdout/stderr) and virtuoso.pid
#   KG_VIRTUOSO_PORT       SQL / isql port (default 1112; the Debian system service would use 1111)
#   KG_VIRTUOSO_HTTP_PORT  HTTP port of the /sparql endpoint (default 8891; the system service would use 8890)
#   KG_VIRTUOSO_START_TIMEOUT  seconds `start` waits for the server (default 60)
#   KG_VIRTUOSO_ACCEPT     Accept header of `query` (default application/sparql-results+json; e.g. text/plain gives
#                          N-Triples for CONSTRUCT)
#
# The database keeps its data across stop/start; `clean` (or deleting the folder while stopped) starts afresh.
# The server listens on 127.0.0.1 only and keeps Virtuoso's default dba/dba account: throwaway test data only.
# The anonymous /sparql endpoint is read-only (SPARQL Update over HTTP fails with SR186 "No permission"); write
# through `load`, or isql-vt.
set -euo pipefail

DIR=${KG_VIRTUOSO_DIR:-${TMPDIR:-/tmp}/kg-virtuoso}
DIR=$(realpath -m -- "$DIR") # virtuoso.ini wants absolute paths, and the pid check compares command lines
PORT=${KG_VIRTUOSO_PORT:-1112}
HTTP_PORT=${KG_VIRTUOSO_HTTP_PORT:-8891}
START_TIMEOUT=${KG_VIRTUOSO_START_TIMEOUT:-60}
INI=$DIR/virtuoso.ini
PIDFILE=$DIR/virtuoso.pid
SPARQL_URL="http://localhost:$HTTP_PORT/sparql"
# Where Debian's virtuoso-opensource-7 package puts its pristine default configuration (postinst copies it to
# /etc/virtuoso-opensource-7/virtuoso.ini for the system service and edits that copy; we never touch that one).
PACKAGE_INI=/usr/share/virtuoso-opensource-7/virtuoso.ini

die() {
    echo "virtuoso.sh: $*" >&2
    exit 1
}

need() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || die "$tool not found: run '$0 install' first"
    done
}

# Runs the SQL statements given as $2 (';'-terminated) through isql-vt, printing only results and errors.
# The SQL goes in on stdin, not as EXEC=...: isql-vt URL-decodes its KEY=VALUE arguments, so a '+' in EXEC= turns
# into a space and '%41' into 'A' (that would corrupt file paths and IRIs). isql-vt runs on after an error and exits
# 0 anyway, so callers that care check its output for '*** Error' (isql_checked). MACRO_SUBSTITUTION OFF: isql-vt
# otherwise expands $NAME in the statements (a '$' in a file name became NULL).
isql() {
    local timeout_s=$1 sql=$2
    # The timeout guards against a server that accepts the connection but never answers.
    timeout "$timeout_s" isql-vt "localhost:$PORT" dba dba VERBOSE=OFF BANNER=OFF PROMPT=OFF ECHO=OFF \
        ERRORS=STDOUT <<<"SET MACRO_SUBSTITUTION OFF;
$sql"
}

isql_checked() {
    local out rc=0
    out=$(isql "$@" 2>&1) || rc=$?
    if [ "$rc" -ne 0 ] || grep -q '\*\*\* Error' <<<"$out"; then
        printf '%s\n' "$out" >&2
        echo "virtuoso.sh: isql-vt failed (exit $rc)" >&2
        return 1
    fi
    printf '%s\n' "$out"
}

# The pid of the server that runs from $DIR, or nothing. The pid file is ours; virtuoso.lck (VIRT_PID=...) is the
# server's own and covers a lost pid file. Either counts only while that process is a virtuoso-t with our ini, so
# a recycled pid is never taken for the server.
server_pid() {
    local pid
    for pid in "$(cat "$PIDFILE" 2>/dev/null || true)" \
        "$(sed -n 's/^VIRT_PID=//p' "$DIR/virtuoso.lck" 2>/dev/null || true)"; do
        if [ -z "$pid" ] || [ ! -r "/proc/$pid/cmdline" ]; then continue; fi
        if tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "virtuoso-t .*+configfile $INI"; then
            echo "$pid"
            return 0
        fi
    done
    return 0
}

sql_answers() {
    isql 10 "status();" >/dev/null 2>&1
}

http_answers() {
    curl -sf --max-time 5 --get --data-urlencode 'query=ASK {}' "$SPARQL_URL" >/dev/null 2>&1
}

port_busy() {
    # bash's /dev/tcp: a successful connect means something listens there.
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

show_log() {
    # In +foreground mode server.out repeats virtuoso.log; it matters only when the server died before opening
    # its log (bad ini, missing library).
    local f=$DIR/virtuoso.log
    [ -s "$f" ] || f=$DIR/server.out
    [ -s "$f" ] || return 0
    echo "--- last lines of $f:" >&2
    tail -n 15 "$f" >&2
}

cmd_install() {
    if command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null && command -v curl >/dev/null; then
        echo "virtuoso-t is installed: $(command -v virtuoso-t)"
        return 0
    fi
    local sudo=()
    [ "$(id -u)" = 0 ] || sudo=(sudo)
    # The package's postinst runs `invoke-rc.d virtuoso-opensource-7 start` (a system instance on ports 1111/8890
    # with /var/lib/virtuoso-opensource-7/db, dba/dba) and, although it means to, never stops it again: its final
    # stop tests a $RUN that /etc/default/virtuoso-opensource-7 does not set. A policy-rc.d that answers 101 makes
    # invoke-rc.d skip that start: Docker images ship one; where none exists we put one there for the duration of
    # the install only. (In a container with no init, invoke-rc.d skips the start anyway: "could not determine
    # current runlevel".)
    local policy=/usr/sbin/policy-rc.d
    if [ ! -e "$policy" ]; then
        # shellcheck disable=SC2064 # expand now: the array is local
        trap "${sudo[*]} rm -f $policy" EXIT
        printf '#!/bin/sh\n# Temporary, from KnowledgeGraph tests/tools/virtuoso.sh install\nexit 101\n' |
            "${sudo[@]}" tee "$policy" >/dev/null
        "${sudo[@]}" chmod 755 "$policy"
    fi
    # noninteractive: the package asks (debconf) for a new DBA password; unanswered, it keeps dba/dba.
    # `env` because sudo drops DEBIAN_FRONTEND from the environment. Recommends (Conductor web UI, start page) are
    # not needed: the /sparql endpoint is built into the server.
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    local packages=(virtuoso-opensource)
    command -v curl >/dev/null || packages+=(curl)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${packages[@]}"
    # Belt and braces for machines where the system service did start anyway (or an older install left it running):
    # stop it, and keep it from starting at boot. Ours runs on other ports and another folder, so it would not
    # conflict, but it should not linger.
    if [ -x /etc/init.d/virtuoso-opensource-7 ]; then
        "${sudo[@]}" /etc/init.d/virtuoso-opensource-7 stop >/dev/null 2>&1 || true
        "${sudo[@]}" update-rc.d virtuoso-opensource-7 disable >/dev/null 2>&1 || true
    fi
    command -v virtuoso-t >/dev/null || die "virtuoso-opensource installed but virtuoso-t is not on PATH"
    echo "installed: $(virtuoso-t +help 2>&1 | grep -m1 -i 'version' || command -v virtuoso-t)"
}

# Writes $INI from the package's default, with our folder, ports and memory. inifile (from
# virtuoso-opensource-7-common, the tool the package's own postinst uses) edits a key inside a given section,
# which plain sed cannot do for ServerPort (in both [Parameters] and [HTTPServer]).
write_ini() {
    [ -r "$PACKAGE_INI" ] || die "$PACKAGE_INI not found: is virtuoso-opensource-7 installed?"
    need inifile
    # Every database, log and lock file of the package default lives in /var/lib/virtuoso-opensource-7/db/.
    sed "s|/var/lib/virtuoso-opensource-7/db/|$DIR/|g" "$PACKAGE_INI" >"$INI.tmp"
    set_ini() { inifile +inifile "$INI.tmp" +section "$1" +key "$2" +value "$3"; }
    # host:port binds to loopback only (a bare port listens on all interfaces).
    set_ini Parameters ServerPort "127.0.0.1:$PORT"
    set_ini HTTPServer ServerPort "127.0.0.1:$HTTP_PORT"
    set_ini URIQA DefaultHost "localhost:$HTTP_PORT"
    # The package default is '., /usr/share/virtuoso-opensource-7/vad': file_to_string_output() and ld_dir() may
    # read only below these, and `load` takes files from anywhere.
    set_ini Parameters DirsAllowed "/, ., /usr/share/virtuoso-opensource-7/vad"
    # Modest memory for a 2-core CI machine: 10000 buffers of 8 KiB is about 80 MiB of page cache.
    set_ini Parameters NumberOfBuffers 10000
    set_ini Parameters MaxDirtyBuffers 6000
    set_ini Parameters MaxQueryMem 256M
    set_ini Parameters ThreadsPerQuery 2
    # The optimizer's cost estimate goes wild on a small, fresh database: a 6-pattern join over 29 triples was
    # refused with "estimated execution time 1637913 (sec) exceeds the limit of 400 (sec)". 0 turns the check off;
    # MaxQueryExecutionTime (60 s) still bounds what actually runs.
    set_ini SPARQL MaxQueryCostEstimationTime 0
    # The package points ServerRoot at /var/lib/virtuoso-opensource-7/vsp (only there with the start-page package).
    set_ini HTTPServer ServerRoot "$DIR/vsp"
    mv "$INI.tmp" "$INI"
}

cmd_start() {
    need virtuoso-t isql-vt curl timeout
    local pid
    pid=$(server_pid)
    if [ -n "$pid" ]; then
        if sql_answers && http_answers; then
            echo "Virtuoso already running from $DIR (pid $pid): isql port $PORT, SPARQL $SPARQL_URL"
            return 0
        fi
        # Running but not answering yet, e.g. a second `start` right after the first: fall through and wait.
    else
        local p
        for p in "$PORT" "$HTTP_PORT"; do
            port_busy "$p" && die "port $p is in use by another process (not a Virtuoso from $DIR);" \
                "set KG_VIRTUOSO_PORT / KG_VIRTUOSO_HTTP_PORT"
        done
        mkdir -p "$DIR/vsp"
        # A virtuoso.lck left by a killed server makes virtuoso-t refuse to start; server_pid found none alive.
        rm -f "$DIR/virtuoso.lck" "$PIDFILE"
        write_ini
        # +foreground: the server stays our child, so $! is its pid (without it, virtuoso-t forks and detaches).
        # cd: the package default has relative entries ('.' in DirsAllowed, TempDatabase files).
        (cd "$DIR" && exec nohup virtuoso-t +foreground +configfile "$INI" </dev/null >"$DIR/server.out" 2>&1) &
        pid=$!
        echo "$pid" >"$PIDFILE"
        echo "starting Virtuoso from $DIR (pid $pid): isql port $PORT, SPARQL $SPARQL_URL"
    fi
    local started=$SECONDS
    while :; do
        if ! kill -0 "$pid" 2>/dev/null; then
            rm -f "$PIDFILE"
            show_log
            die "virtuoso-t exited during start-up (see $DIR/virtuoso.log)"
        fi
        # status() answers once the SQL side is up; the HTTP listener and its /sparql endpoint come up in the
        # same start-up but are checked separately since the tests only talk HTTP.
        if sql_answers && http_answers; then
            echo "Virtuoso is up after $((SECONDS - started)) s"
            return 0
        fi
        if [ $((SECONDS - started)) -ge "$START_TIMEOUT" ]; then
            show_log
            die "Virtuoso from $DIR did not answer within $START_TIMEOUT s (pid $pid still running;" \
                "'$0 stop' ends it)"
        fi
        sleep 1
    done
}

# A string as an SQL literal: single quotes doubled.
sql_string() {
    printf "'%s'" "${1//\'/\'\'}"
}

cmd_load() {
    [ $# -eq 2 ] || die "usage: $0 load FILE GRAPH_IRI"
    need isql-vt
    local file graph=$2
    file=$(realpath -e -- "$1") || die "no such file: $1"
    [ -r "$file" ] || die "cannot read $file"
    # The IRI goes inside <...> in SPARQL and inside '...' in SQL: refuse what would break out of either.
    [[ $graph =~ ^[A-Za-z][A-Za-z0-9+.-]*:[^[:space:]\<\>\"\'{}|\\^\`]*$ ]] || die "not an absolute IRI: $graph"
    [ -n "$(server_pid)" ] || die "Virtuoso is not running from $DIR: run '$0 start' first"
    local t0
    t0=$(date +%s%N)
    # One isql session, statements in order; a parse error in TTLP_MT raises an SQL error ('*** Error ...') that
    # isql_checked turns into a failure.
    #  - SPARQL CLEAR GRAPH: replace, not add (a no-op when the graph does not exist).
    #  - file_to_string_output: the server reads the file itself (hence DirsAllowed); an absolute path.
    #  - TTLP_MT (file contents, base IRI, graph, flags): parses Turtle, hence also N-Triples. Base '' keeps
    #    relative IRIs as they are; flags 0 = strict Turtle syntax.
    #  - checkpoint: TTLP_MT writes without the transaction log, so make the load durable before anything can
    #    kill the server.
    local out
    if ! out=$(isql_checked 300 "SPARQL CLEAR GRAPH <$graph>;
DB.DBA.TTLP_MT(file_to_string_output($(sql_string "$file")), '', $(sql_string "$graph"), 0);
checkpoint;
SPARQL SELECT COUNT(*) FROM <$graph> WHERE { ?s ?p ?o };"); then
        # TTLP_MT is not transactional: triples before the error stay. Leave no half-loaded graph behind.
        isql 60 "SPARQL CLEAR GRAPH <$graph>;" >/dev/null 2>&1 || true
        die "loading $file into <$graph> failed (the graph is left empty)"
    fi
    local count
    count=$(grep -Eo '^[[:space:]]*[0-9]+[[:space:]]*$' <<<"$out" | tail -n1 | tr -d '[:space:]')
    echo "loaded $file into <$graph>: ${count:-?} triples in $((($(date +%s%N) - t0) / 1000000)) ms"
}

cmd_query() {
    [ $# -eq 1 ] || die "usage: $0 query 'SPARQL'"
    need curl
    # --fail-with-body: an HTTP error (e.g. 400 for a syntax error) fails the command and still shows Virtuoso's
    # message. The Accept header can be overridden for CONSTRUCT/DESCRIBE (e.g. text/turtle).
    local rc=0
    curl -sS --fail-with-body --get --data-urlencode "query=$1" \
        -H "Accept: ${KG_VIRTUOSO_ACCEPT:-application/sparql-results+json}" "$SPARQL_URL" || rc=$?
    echo # Virtuoso's body has no final newline
    return "$rc"
}

cmd_stop() {
    local pid
    pid=$(server_pid)
    if [ -z "$pid" ]; then
        rm -f "$PIDFILE"
        echo "Virtuoso is not running from $DIR"
        return 0
    fi
    local started=$SECONDS
    # shutdown() checkpoints first, so the next start does not have to replay the transaction log. If isql cannot
    # get through (server hung), SIGTERM, then SIGKILL.
    isql 30 "shutdown();" >/dev/null 2>&1 || true
    local i
    for i in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || break
        if [ "$i" = 30 ]; then kill -TERM "$pid" 2>/dev/null || true; fi
        if [ "$i" = 50 ]; then kill -KILL "$pid" 2>/dev/null || true; fi
        sleep 0.5
    done
    kill -0 "$pid" 2>/dev/null && die "Virtuoso (pid $pid) did not stop"
    rm -f "$PIDFILE"
    echo "Virtuoso stopped after $((SECONDS - started)) s"
}

cmd_status() {
    local pid
    pid=$(server_pid)
    if [ -z "$pid" ]; then
        echo "Virtuoso is not running from $DIR (isql port $PORT, HTTP port $HTTP_PORT)"
        return 3
    fi
    local sql=no http=no
    sql_answers && sql=yes
    http_answers && http=yes
    echo "Virtuoso is running from $DIR (pid $pid): isql port $PORT (answers: $sql)," \
        "SPARQL $SPARQL_URL (answers: $http)"
}

cmd_clean() {
    cmd_stop
    # Guard against deleting something that is not ours.
    if [ -e "$DIR" ]; then
        [ -f "$INI" ] || [ -z "$(ls -A "$DIR")" ] || die "$DIR has no virtuoso.ini: not deleting it"
        rm -rf -- "$DIR"
        echo "deleted $DIR"
    fi
}

case "${1:-}" in
install | start | stop | status | clean)
    cmd=$1
    shift
    [ $# -eq 0 ] || die "$cmd takes no arguments"
    "cmd_$cmd"
    ;;
load | query)
    cmd=$1
    shift
    "cmd_$cmd" "$@"
    ;;
*)
    sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
