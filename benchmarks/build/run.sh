#!/usr/bin/env bash
# What a user pays to BUILD a project whose .kg.yaml files hold a lot of data. Packs the KnowledgeGraph package from
# this repository, makes consumer console projects, and for each reports the wall time, CPU time and peak memory of a
# clean `dotnet build -c Release`, the size of the generated C#, and how long the generated Create() takes at run time.
#
#   benchmarks/build/run.sh                      # all cases: schema, data-10k, data-100k
#   benchmarks/build/run.sh schema data-10k      # only these
#   benchmarks/build/run.sh --ref 9a2fdad        # pack a commit (git archive) instead of the working tree:
#                                                # run once per commit to compare before and after a change
#   benchmarks/build/run.sh --keep data-10k      # keep the temporary folder (projects, logs, generated files)
#   KG_BUILD_TIMEOUT=1800 benchmarks/build/run.sh data-100k    # seconds allowed per build (default 900)
#   KG_BUILD_GC_LIMIT_GB=16 benchmarks/build/run.sh data-100k  # cap each build process's GC heap (spares a shared machine)
#
# Cases: schema = schema.kg.yaml alone; data-10k / data-100k = the schema plus data written by gen-data.awk (one file;
# at 100k the second half of the entities in a second file and namespace, as one namespace holds at most 60,000)
# (10k/100k entities, 1k/10k events, 10k/100k facts). Each build starts from clean (bin/ and obj/Release/ deleted;
# restore is done before and not measured) under /usr/bin/time -v. MSBuild node reuse, the MSBuild server and the
# compiler server (VBCSCompiler) are off, so csc runs as a child of the measured `dotnet build` and its memory is in
# the peak. The builds write the generated files (EmitCompilerGeneratedFiles) to count their size. Progress goes to
# stderr, the markdown table to stdout. Other work on the machine inflates wall time: see the load average printed.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
timeout_s=${KG_BUILD_TIMEOUT:-900}
keep=0 ref= cases=()
while [ $# -gt 0 ]; do
    arg=$1; shift
    case $arg in
        --keep) keep=1 ;;
        --ref) ref=$(git -C "$repo" rev-parse --verify "${1:?--ref needs a commit}^{commit}"); shift ;;
        schema | data-10k | data-100k) cases+=("$arg") ;;
        *) echo "usage: $0 [--keep] [--ref COMMIT] [schema] [data-10k] [data-100k]" >&2; exit 2 ;;
    esac
done
[ ${#cases[@]} -gt 0 ] || cases=(schema data-10k data-100k)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kg-build-bench.XXXXXX")
trap 'if [ $keep = 1 ]; then echo "kept $tmp" >&2; else rm -rf "$tmp"; fi' EXIT
log() { echo "[$(date +%T)] $*" >&2; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 MSBUILDDISABLENODEREUSE=1
no_servers=(-nodeReuse:false -p:UseSharedCompilation=false)
build_env=()
[ -z "${KG_BUILD_GC_LIMIT_GB:-}" ] || build_env=("DOTNET_GCHeapHardLimit=$(printf '0x%x' $((KG_BUILD_GC_LIMIT_GB << 30)))")
version=99.0.0-build.$(date +%s)

# 1. Pack from a copy of the sources, so packing never touches the working tree's bin/ and obj/ (another build may use them).
log "packing KnowledgeGraph $version"
mkdir -p "$tmp/source" "$tmp/packages" "$tmp/consumers"
if [ -n "$ref" ]; then
    # docs/ holds what the package ships beside the code (docs/diagnostics.md, linked from every diagnostic); older commits lack it.
    paths=(src Directory.Build.props Directory.Packages.props README.md)
    git -C "$repo" cat-file -e "$ref:docs" 2>/dev/null && paths+=(docs)
    git -C "$repo" archive "$ref" "${paths[@]}" | tar -C "$tmp/source" -xf -
    source_desc="commit $(git -C "$repo" log -1 --format='%h %s' "$ref" | cut -c1-90)"
else
    cp "$repo"/{Directory.Build.props,Directory.Packages.props,README.md} "$tmp/source/"
    cp -r "$repo/docs" "$tmp/source/"
    tar -C "$repo" --exclude=bin --exclude=obj -cf - src | tar -C "$tmp/source" -xf -
    source_desc="the working tree at $(git -C "$repo" rev-parse --short HEAD)"
    [ -z "$(git -C "$repo" status --porcelain -- src)" ] || source_desc+=" with uncommitted changes in src/"
fi
dotnet pack "$tmp/source/src/Sdk" -c Release -o "$tmp/packages" -p:Version="$version" "${no_servers[@]}" >"$tmp/pack.log" 2>&1 ||
    { tail -n 30 "$tmp/pack.log" >&2; echo "dotnet pack failed (log above)" >&2; exit 1; }

# Consumers see the packed package as an extra source beside the machine's own feeds (nuget.org), which NuGet merges in.
# They restore into a private folder, falling back to the machine's cache for the other packages (QuikGraph, YamlDotNet).
export NUGET_PACKAGES=$tmp/nuget
cat >"$tmp/consumers/NuGet.Config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources><add key="knowledgegraph-under-test" value="$tmp/packages" /></packageSources>
  <fallbackPackageFolders><add key="machine" value="$HOME/.nuget/packages" /></fallbackPackageFolders>
</configuration>
EOF

# 2. A restored consumer project: make_consumer NAME ENTITIES EVENTS FACTS (0 entities: the schema alone).
make_consumer() {
    local dir=$tmp/consumers/$1 entities=$2 events=$3 facts=$4 factory=Synth.SynthGraph member='"-"'
    mkdir -p "$dir"
    cp "$here/schema.kg.yaml" "$dir/"
    if [ "$entities" -gt 0 ]; then
        # More than 60,000 entities take two namespaces: one generated class holds at most 60,000 members.
        (cd "$dir" && awk -v entities="$entities" -v events="$events" -v facts="$facts" -v split_at=$((entities > 60000 ? entities / 2 : entities)) -f "$here/gen-data.awk" >data.kg.yaml)
        factory=SynthData.SynthDataGraph member=SynthData.Entities.E42.Name
    fi
    cat >"$dir/Consumer.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <!-- The synthetic data states some facts twice in one file on purpose (to measure their merging): KG0043 says so. -->
    <NoWarn>\$(NoWarn);KG0043</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="KnowledgeGraph" Version="$version" />
  </ItemGroup>
</Project>
EOF
    cat >"$dir/Program.cs" <<EOF
using System;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;

var stopwatch = Stopwatch.StartNew();
var graph = $factory.Create();
stopwatch.Stop();
string member;
try { member = ReadMember(); }
catch (Exception e) { member = "failed:" + e.GetType().Name; }
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    \$"create_ms={stopwatch.Elapsed.TotalMilliseconds:F1} entities={graph.Entities.Count} facts={graph.AllFacts.Count} member={member}"));

// A method of its own, so that a class of static members the runtime cannot load does not stop Create() from running.
[MethodImpl(MethodImplOptions.NoInlining)]
static string ReadMember() => $member;
EOF
    log "$1: restoring"
    (cd "$dir" && dotnet restore >restore.log 2>&1) || { tail -n 20 "$dir/restore.log" >&2; echo "restore failed" >&2; exit 1; }
}

# 3. Build from clean under /usr/bin/time, then run the program three times. Adds one table row.
schema_wall= rows=() loads=()
measure() {
    local name=$1 declared=$2 dir=$tmp/consumers/$1 rc=0
    local wall=- cpu=- peak=- ratio=- create=- entities=- facts=- member=- chars=- per=-
    rm -rf "$dir/bin" "$dir/obj/Release"
    loads+=("$name $(cut -d' ' -f1 /proc/loadavg)")
    log "$name: building (timeout ${timeout_s}s, load average $(cut -d' ' -f1-3 /proc/loadavg))"
    (cd "$dir" && env "${build_env[@]}" timeout -k 30 "$timeout_s" /usr/bin/time -v -o time.txt \
        dotnet build -c Release --no-restore "${no_servers[@]}" -p:EmitCompilerGeneratedFiles=true >build.log 2>&1) || rc=$?
    if [ -s "$dir/time.txt" ]; then   # empty when the timeout killed /usr/bin/time too
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.1f", s }' "$dir/time.txt")
        cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$dir/time.txt")
        peak=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$dir/time.txt")
    fi
    if [ $rc = 124 ] || [ $rc = 137 ]; then
        wall="timed out (${timeout_s} s)"
    elif [ $rc != 0 ]; then
        wall="failed (exit $rc) after $wall"
        grep -m 5 -E 'error|Killed|OutOfMemory' "$dir/build.log" >&2 || tail -n 5 "$dir/build.log" >&2
    else
        [ "$name" != schema ] || schema_wall=$wall
        [ -z "$schema_wall" ] || ratio=$(awk -v a="$wall" -v b="$schema_wall" 'BEGIN { printf "%.1f", a / b }')
        # Bytes of the generated files; the generated code is ASCII, so these are characters.
        chars=$(find "$dir/obj/Release" -path '*/generated/*' -name '*.cs' -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
        [ "$declared" = 0 ] || per=$(awk -v c="$chars" -v d="$declared" 'BEGIN { printf "%.0f", c / d }')
        local runs=() out
        for _ in 1 2 3; do
            out=$(cd "$dir" && timeout 300 dotnet bin/Release/net10.0/Consumer.dll) || { create="program failed (exit $?)"; break; }
            runs+=("$out")
        done
        if [ ${#runs[@]} = 3 ]; then
            create=$(printf '%s\n' "${runs[@]}" | sed 's/.*create_ms=\([0-9.]*\).*/\1/' | sort -n | sed -n 2p)
            entities=$(sed 's/.*entities=\([0-9]*\).*/\1/' <<<"${runs[0]}")
            facts=$(sed 's/.*facts=\([0-9]*\).*/\1/' <<<"${runs[0]}")
            member=${runs[0]##*member=}
            log "$name: ${runs[0]}"
        fi
    fi
    log "$name: build wall_s=$wall cpu_s=$cpu peak_mb=$peak"
    rows+=("| $name | $wall | $cpu | $peak | $ratio | $create | $entities | $facts | $member | $chars | $per |")
}

# Warm-up, not measured: the first build after packing pays for cold disk caches of the SDK and the compiler.
make_consumer schema 0 0 0
log "warm-up build"
(cd "$tmp/consumers/schema" && dotnet build -c Release --no-restore "${no_servers[@]}" >warmup.log 2>&1) ||
    { tail -n 20 "$tmp/consumers/schema/warmup.log" >&2; echo "warm-up build failed" >&2; exit 1; }

for c in "${cases[@]}"; do
    case $c in
        schema) measure schema 0 ;;
        data-10k) make_consumer data-10k 10000 1000 10000 && measure data-10k 21000 ;;
        data-100k) make_consumer data-100k 100000 10000 100000 && measure data-100k 210000 ;;
    esac
done

# 4. The table and the machine.
echo
echo "| case | build wall s | build CPU s | build peak MB | wall / schema | Create() ms (median of 3) | entities+events | facts | Entities.E42.Name | generated C# chars | generated chars per (entity+event+fact) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |"
printf '%s\n' "${rows[@]}"
echo
echo "KnowledgeGraph $version packed from $source_desc${build_env:+; builds with ${build_env[*]}}"
echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GB RAM, dotnet $(dotnet --version)"
echo "load average (1 min, including this script's own preceding steps) before each build: $(IFS=,; echo "${loads[*]}" | sed 's/,/, /g')"
echo "entities+events and facts are the graph's counts (facts include relation keys, implied facts and event role links);"
echo "chars per (entity+event+fact) divides by what the data file declares (21,000 at 10k, 210,000 at 100k)."
