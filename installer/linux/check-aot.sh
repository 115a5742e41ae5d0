#!/bin/sh
# Proves that an installed PlanDesk uses its AOT cache: runs the installed runtime with the launcher's own class path
# and options plus -XX:AOTMode=on, which stops the JVM when the cache cannot be used (wrong runtime, class path or
# module path). Usage: installer/linux/check-aot.sh [/opt/plandesk]
set -e
root=${1:-/opt/plandesk}
app="$root/lib/app"
cfg="$app/PlanDesk.cfg"
test -f "$app/plandesk.aot" || { echo "no AOT cache at $app/plandesk.aot" >&2; exit 1; }
cp=$(sed -n 's/^app.classpath=//p' "$cfg" | sed "s#[$]APPDIR#$app#" | paste -sd: -)
opts=$(sed -n 's/^java-options=//p' "$cfg" | grep -v -e '-Xlog:aot' | sed "s#[$]APPDIR#$app#g" | tr '\n' ' ')
home=$(mktemp -d)
# shellcheck disable=SC2086
"$root/lib/runtime/bin/java" $opts -XX:AOTMode=on -Xlog:aot=error -Duser.home="$home" -cp "$cp" \
    org.plandesk.Main plans --workspace "$home/check" > "$home/out.txt" 2>&1 || { cat "$home/out.txt" >&2; exit 1; }
grep -q "钱塘优学" "$home/out.txt"
rm -rf "$home"
echo "AOT cache in use: $(du -m "$app/plandesk.aot" | cut -f1) MB"
