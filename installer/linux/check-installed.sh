#!/bin/sh
# Checks an installed PlanDesk (default /opt/plandesk): its runtime has no compiler or script engine, it reads a GBK
# table (jdk.charsets), and it writes a date in Chinese (jdk.localedata). Exit 0 when all hold.
set -eu
root=${1:-/opt/plandesk}
runtime="$root/lib/runtime"
modules=$("$runtime/bin/java" --list-modules)
for m in jdk.compiler java.scripting jdk.jshell; do
  if echo "$modules" | grep -q "^$m@"; then echo "FAIL: the runtime holds $m"; exit 1; fi
done
for m in jdk.charsets jdk.localedata; do
  if ! echo "$modules" | grep -q "^$m@"; then echo "FAIL: the runtime lacks $m"; exit 1; fi
done
echo "runtime: $(echo "$modules" | wc -l) modules, no compiler, with jdk.charsets and jdk.localedata"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# a WPS-style CSV in GBK
printf '序号,指标,单位,2025年目标\n1,学前三年毛入园率,%%,≥95\n' | iconv -f UTF-8 -t GBK > "$tmp/gbk.csv"
XDG_DATA_HOME="$tmp" "$root/bin/PlanDesk" import --workspace "$tmp/ws" --file "$tmp/gbk.csv" --plan 检查规划 \
  | tee "$tmp/import.txt"
grep -q '学前三年毛入园率' "$tmp/import.txt" || { echo "FAIL: the GBK table was not read"; exit 1; }
XDG_DATA_HOME="$tmp" "$root/bin/PlanDesk" plans --workspace "$tmp/ws" > "$tmp/plans.txt"
grep -q '检查规划' "$tmp/plans.txt" || { echo "FAIL: the imported plan is not listed"; exit 1; }
grep -q '成文 2022年7月12日' "$tmp/plans.txt" || { echo "FAIL: no Chinese date"; cat "$tmp/plans.txt"; exit 1; }
echo "GBK table read, dates in Chinese: OK"
