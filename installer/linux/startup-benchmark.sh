#!/bin/bash
# Start-up of the installed PlanDesk beside an empty JavaFX window: milliseconds from exec until the window is mapped,
# the three alternated, medians. Needs an X display with a window manager (Xvfb + openbox), xdotool, an installed
# /opt/plandesk, and the JavaFX jars in ~/.m2 (any `mvn package` puts them there).
# Usage: DISPLAY=:98 installer/linux/startup-benchmark.sh [runs=5] [workspace=/tmp/plandesk-bench/ws]
set -e
runs=${1:-5}
ws=${2:-/tmp/plandesk-bench/ws}
jdk=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64}
fx=~/.m2/repository/org/openjfx
mp=$fx/javafx-base/26.0.2/javafx-base-26.0.2-linux.jar:$fx/javafx-graphics/26.0.2/javafx-graphics-26.0.2-linux.jar:$fx/javafx-controls/26.0.2/javafx-controls-26.0.2-linux.jar
work=$(mktemp -d)
cat > "$work/EmptyWindow.java" <<'JAVA'
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

public class EmptyWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("EmptyWindow");
        stage.setScene(new Scene(new Pane(), 800, 600));
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
JAVA
"$jdk/bin/javac" --module-path "$mp" --add-modules javafx.controls -d "$work" "$work/EmptyWindow.java"
/opt/plandesk/bin/PlanDesk plans --workspace "$ws" > /dev/null   # the workspace exists before the timing
aot=/opt/plandesk/lib/app/plandesk.aot

time_one() { # name command...
    local name=$1; shift
    local start end pid
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1 &
    pid=$!
    until xdotool search --onlyvisible --name "$name" > /dev/null 2>&1; do sleep 0.02; done
    end=$(date +%s%N)
    kill $pid; wait $pid 2>/dev/null || true
    echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

: > "$work/empty"; : > "$work/aot"; : > "$work/nocache"
title="PlanDesk 规划台 — $(basename "$ws")"
for _ in $(seq "$runs"); do
    time_one EmptyWindow "$jdk/bin/java" --module-path "$mp" --add-modules javafx.controls \
        --enable-native-access=javafx.graphics -cp "$work" EmptyWindow >> "$work/empty"; sleep 1
    time_one "$title" /opt/plandesk/bin/PlanDesk --workspace "$ws" >> "$work/aot"; sleep 1
    if [ -f "$aot" ]; then
        mv "$aot" "$aot.off"
        time_one "$title" /opt/plandesk/bin/PlanDesk --workspace "$ws" >> "$work/nocache"
        mv "$aot.off" "$aot"; sleep 1
    fi
done
e=$(median < "$work/empty"); a=$(median < "$work/aot")
echo "empty JavaFX window:          $e ms"
echo "installed PlanDesk (AOT):     $a ms   ratio $(awk "BEGIN {printf \"%.2f\", $a / $e}")"
[ -s "$work/nocache" ] && echo "installed PlanDesk, no cache: $(median < "$work/nocache") ms"
rm -rf "$work"
