#!/usr/bin/env bash
# Side-by-side build time of `fixdesk site` and Hugo on the same synthetic corpus.
#
# Usage: bash Benchmarks/site-vs-hugo/run.sh [N ...]     (default: 2000 20000 articles per language)
#   after: swift build -c release --product fixdesk
#
# For each N: writes one corpus with fixdesk-bench, turns it into a Hugo project (the same Markdown
# files, mounted per language; layouts from hugo-layouts/), then builds both sites ROUNDS times
# (default 3), alternating Hugo and fixdesk, each into an empty output folder, and prints the median
# wall time, peak RSS and the number of HTML pages each produced. Compare the ratio; absolute times
# depend on the machine.
#
# Environment: FIXDESK (default .build/release/fixdesk), HUGO (default: hugo on PATH), ROUNDS (3),
# FIXDESK_BENCH_BIN (an already built fixdesk-bench, to skip building it), KEEP=1 (keep the work
# folder: corpus, Hugo project, outputs of the last round, logs; its path is printed).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
layouts="$here/hugo-layouts"
fixdesk=${FIXDESK:-$root/.build/release/fixdesk}
rounds=${ROUNDS:-3}

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(2000 20000)
for n in "${sizes[@]}"; do
    [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [N ...]   (N: articles per language, a positive integer; got '$n')" >&2; exit 2; }
done
[[ $rounds =~ ^[1-9][0-9]*$ ]] || { echo "ROUNDS must be a positive integer" >&2; exit 2; }

log() { printf '%s\n' "$*" >&2; }

apt_install() {  # apt_install PACKAGE: Debian package, installed as root
    log "installing $1 with apt-get"
    apt-get install -y "$1" >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y "$1" >/dev/null; }
}

# --- tools -----------------------------------------------------------------------------------------
hugo=${HUGO:-}
if [ -z "$hugo" ]; then
    command -v hugo >/dev/null 2>&1 || apt_install hugo
    hugo=$(command -v hugo)
fi
timer=
if [ -x /usr/bin/time ]; then
    timer=/usr/bin/time
elif apt_install time && [ -x /usr/bin/time ]; then
    timer=/usr/bin/time
else
    log "note: /usr/bin/time is unavailable; peak RSS will not be reported"
fi

bench=${FIXDESK_BENCH_BIN:-}
if [ -z "$bench" ]; then
    log "building the corpus writer (FIXDESK_BENCH=1 swift build -c release --product fixdesk-bench)"
    (cd "$root" && FIXDESK_BENCH=1 swift build -c release --product fixdesk-bench >&2)
    bench="$(cd "$root" && FIXDESK_BENCH=1 swift build -c release --show-bin-path)/fixdesk-bench"
fi

fixdesk_problem=
if [ ! -x "$fixdesk" ]; then
    fixdesk_problem="no fixdesk binary at $fixdesk (run: swift build -c release --product fixdesk)"
elif ! "$fixdesk" site --help >/dev/null 2>&1; then
    fixdesk_problem="$fixdesk has no working 'site' command"
fi
[ -z "$fixdesk_problem" ] || log "fixdesk: $fixdesk_problem -- only Hugo's figures will be printed"

work=$(mktemp -d "${TMPDIR:-/tmp}/site-vs-hugo.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then
    trap 'log "kept $work"' EXIT
else
    trap 'rm -rf "$work"' EXIT
fi

# --- helpers ---------------------------------------------------------------------------------------
# yaml_scalar FILE KEY: a top-level `key: value` of a flat YAML file, unquoted.
yaml_scalar() { sed -n "s/^$2:[[:space:]]*//p" "$1" | head -n 1 | sed -e 's/[[:space:]]*#.*$//' -e 's/^["'\'']//' -e 's/["'\'']$//'; }
# yaml_list FILE KEY: a top-level `key: [a, b]` flow list, one item a line.
yaml_list() { yaml_scalar "$1" "$2" | tr -d '[]"'\''' | tr ',' '\n' | sed 's/^[[:space:]]*//; s/[[:space:]]*$//' | sed '/^$/d'; }

# hugo_project CORPUS PROJECT: a Hugo site over the corpus's Markdown, without copying it.
# Each language's folder is mounted as that language's content (what `contentDir` per language
# does, but mounts can also exclude _strings.yml and add the search page); _site.yml and the
# _strings.yml files become data files, which the layouts read section titles and labels from.
hugo_project() {
    local corpus=$1 project=$2 lang weight=0 base_url default_language
    local -a languages
    mapfile -t languages < <(yaml_list "$corpus/_site.yml" languages)
    [ ${#languages[@]} -gt 0 ] || languages=(en tr)
    base_url=$(yaml_scalar "$corpus/_site.yml" base_url)
    default_language=$(yaml_scalar "$corpus/_site.yml" default_language)
    mkdir -p "$project/data"
    cp "$corpus/_site.yml" "$project/data/site.yml"
    {
        echo "baseURL: ${base_url:-https://example.com/}"
        echo "defaultContentLanguage: ${default_language:-${languages[0]}}"
        echo "defaultContentLanguageInSubdir: true"
        # fixdesk writes no feeds; it does write 404 pages and robots.txt.
        echo "disableKinds: [RSS]"
        echo "enableRobotsTXT: true"
        echo "buildFuture: true"
        echo "buildExpired: true"
        echo "buildDrafts: true"
        echo "enableGitInfo: false"
        echo "disableHugoGeneratorInject: true"
        echo "ignoreFiles: ['_strings\\.yml\$']"
        # Only error codes are a taxonomy (no default tags/categories); `tags` stays a plain param.
        echo "taxonomies: {code: codes}"
        # Articles carry `updated`, not `date`/`lastmod`.
        echo "frontmatter:"
        echo "  date: [date, updated, ':default']"
        echo "  lastmod: [lastmod, updated, ':default']"
        echo "  publishDate: [publishDate, ':default']"
        echo "outputs:"
        echo "  home: [HTML, JSON]"
        echo "  section: [HTML]"
        echo "  page: [HTML, JSON]   # JSON: one record per article, like fixdesk's api/<lang>/<id>.json"
        echo "  taxonomy: [HTML]"
        echo "  term: [HTML]"
        echo "languages:"
        for lang in "${languages[@]}"; do
            weight=$((weight + 1))
            echo "  $lang: {weight: $weight, languageName: $lang}"
        done
        echo "module:"
        echo "  mounts:"
        for lang in "${languages[@]}"; do
            mkdir -p "$project/data/$lang" "$project/extra/$lang"
            cp "$corpus/$lang/_strings.yml" "$project/data/$lang/strings.yml"
            # The search page (title from _strings.yml via the layout); not listed, so not indexed.
            printf -- '---\ntitle: Search\nlayout: search\n_build: {list: never}\n---\n' >"$project/extra/$lang/search.md"
            echo "    - {source: '$corpus/$lang', target: content, lang: $lang, excludeFiles: ['_strings.yml', '**/_strings.yml']}"
            echo "    - {source: extra/$lang, target: content, lang: $lang}"
        done
        echo "    - {source: '$layouts', target: layouts}"
        echo "    - {source: data, target: data}"
    } >"$project/config.yaml"
}

# timed NAME OUTDIR CMD...: runs CMD into an empty OUTDIR; sets SECONDS_TAKEN and RSS_MIB; returns CMD's status.
SECONDS_TAKEN= RSS_MIB=
timed() {
    local name=$1 out=$2 start end status=0
    shift 2
    rm -rf "$out"
    start=$(date +%s.%N)
    if [ -n "$timer" ]; then
        "$timer" -f '%M' -o "$work/$name.rss" "$@" >"$work/$name.log" 2>&1 || status=$?
    else
        "$@" >"$work/$name.log" 2>&1 || status=$?
    fi
    end=$(date +%s.%N)
    SECONDS_TAKEN=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
    RSS_MIB=-
    if [ -n "$timer" ] && [ -s "$work/$name.rss" ]; then
        RSS_MIB=$(tail -n 1 "$work/$name.rss" | awk '{ printf "%.0f", $1 / 1024 }')
    fi
    return "$status"
}

# median FORMAT VALUE...: the median, printed with the awk format.
median() { local format=$1; shift; printf '%s\n' "$@" | sort -g | awk -v f="$format" '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) printf f, v[(NR + 1) / 2]; else printf f, (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
pages() { find "$1" -name '*.html' | wc -l | tr -d ' '; }

# --- runs ------------------------------------------------------------------------------------------
rows=()
for n in "${sizes[@]}"; do
    corpus="$work/corpus-$n" project="$work/hugo-$n" out_h="$work/out-hugo-$n" out_f="$work/out-fixdesk-$n"
    log ""
    log "N=$n: writing the corpus ($((2 * n)) articles)"
    (cd "$root" && "$bench" "$n" --corpus "$corpus" >/dev/null)
    hugo_project "$corpus" "$project"

    hugo_times=() fixdesk_times=() hugo_rss=() fixdesk_rss=() hugo_pages=- fixdesk_pages=- hugo_failed= fixdesk_failed=$fixdesk_problem
    for round in $(seq 1 "$rounds"); do
        if [ -z "$hugo_failed" ]; then
            if timed "hugo-$n-$round" "$out_h" "$hugo" --quiet --source "$project" --destination "$out_h" --cacheDir "$work/hugo_cache"; then
                hugo_times+=("$SECONDS_TAKEN") hugo_rss+=("$RSS_MIB")
                hugo_pages=$(pages "$out_h")
                log "  round $round  hugo     ${SECONDS_TAKEN}s  ${RSS_MIB} MiB  $hugo_pages pages"
            else
                hugo_failed="hugo failed (exit $?): $(grep -v '^[[:space:]]*$' "$work/hugo-$n-$round.log" | tail -n 1)"
                log "  $hugo_failed"; tail -n 20 "$work/hugo-$n-$round.log" | sed 's/^/    /' >&2
            fi
        fi
        if [ -z "$fixdesk_failed" ]; then
            if timed "fixdesk-$n-$round" "$out_f" "$fixdesk" site --content "$corpus" --out "$out_f"; then
                fixdesk_times+=("$SECONDS_TAKEN") fixdesk_rss+=("$RSS_MIB")
                fixdesk_pages=$(pages "$out_f")
                log "  round $round  fixdesk  ${SECONDS_TAKEN}s  ${RSS_MIB} MiB  $fixdesk_pages pages"
            else
                fixdesk_failed="fixdesk site failed (exit $?): $(grep -v '^[[:space:]]*$' "$work/fixdesk-$n-$round.log" | tail -n 1)"
                log "  $fixdesk_failed"; tail -n 20 "$work/fixdesk-$n-$round.log" | sed 's/^/    /' >&2
            fi
        fi
    done
    [ "${KEEP:-0}" = 1 ] || rm -rf "$out_h" "$out_f" "$corpus" "$project"

    h=- f=- ratio=- h_rss=- f_rss=-
    if [ ${#hugo_times[@]} -gt 0 ] && [ -z "$hugo_failed" ]; then
        h=$(median %.3f "${hugo_times[@]}")
        [ "${hugo_rss[0]}" = - ] || h_rss=$(median %.0f "${hugo_rss[@]}")
    else
        hugo_pages=-
    fi
    if [ ${#fixdesk_times[@]} -gt 0 ] && [ -z "$fixdesk_failed" ]; then
        f=$(median %.3f "${fixdesk_times[@]}")
        [ "${fixdesk_rss[0]}" = - ] || f_rss=$(median %.0f "${fixdesk_rss[@]}")
    else
        fixdesk_pages=-
    fi
    if [ "$h" != - ] && [ "$f" != - ]; then
        ratio=$(awk -v f="$f" -v h="$h" 'BEGIN { if (h > 0) printf "%.2f", f / h; else print "-" }')
    fi
    rows+=("$(printf '%8s  %10s  %12s  %13s  %10s  %13s  %13s  %16s' "$n" "$h" "$f" "$ratio" "$hugo_pages" "$fixdesk_pages" "$h_rss" "$f_rss")")
    [ -z "$fixdesk_failed" ] || [ "$fixdesk_failed" = "$fixdesk_problem" ] || rows+=("          N=$n: $fixdesk_failed")
    [ -z "$hugo_failed" ] || rows+=("          N=$n: $hugo_failed")
done

# --- table -----------------------------------------------------------------------------------------
echo ""
echo "site build, median of $rounds alternating rounds, cold output folder ($(nproc) cores; $("$hugo" version | awk '{ print $1, $2 }'))"
printf '%8s  %10s  %12s  %13s  %10s  %13s  %13s  %16s\n' \
    "N/lang" "hugo s" "fixdesk s" "fixdesk/hugo" "pages hugo" "pages fixdesk" "hugo RSS MiB" "fixdesk RSS MiB"
printf '%s\n' "${rows[@]}"
echo "target: fixdesk/hugo <= 1.0; compare ratios from one run, not absolute times across machines."
[ -z "$fixdesk_problem" ] || echo "fixdesk not measured: $fixdesk_problem"
