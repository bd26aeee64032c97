#!/bin/sh
# Runs one demo session (called by scripts/demo.sh inside its own keyring): a gateway with a
# demo store, the fault proxy in front of it (the "simulate internet outage" switch), a
# terminal simulator with its window, and the register, paired with all of them. Everything
# lives in a temporary folder and stops when the register window closes (or on Ctrl-C).
#   demo-session.sh BIN_DIR           the demo
#   HOLDFAST_DEMO_SMOKE=1 …           start everything, take two payments with holdfastctl
#                                     (one online, one with the link cut), check them, stop
set -eu
bin=$1
demo=$(mktemp -d "${TMPDIR:-/tmp}/holdfast-demo.XXXXXX")
pids=""
cleanup() {
    for pid in $pids; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$demo"
}
trap cleanup EXIT INT TERM

# Starts a server in the background and waits (at most 20 s) for its "listening on" line.
# Prints the URL; its log is $demo/NAME.log.
start_server() {
    name=$1; shift
    "$@" >"$demo/$name.log" 2>&1 &
    pids="$pids $!"
    for _ in $(seq 200); do
        url=$(sed -n 's/^listening on \([^ ]*\).*/\1/p' "$demo/$name.log" | head -n 1)
        if [ -n "$url" ]; then echo "$url"; return 0; fi
        sleep 0.1
    done
    echo "$name did not start:" >&2; cat "$demo/$name.log" >&2; return 1
}

ctl() { "$bin/holdfastctl" --data "$demo/register" "$@"; }
gw() { "$bin/holdfast-gateway" "$@" --data "$demo/gateway"; }

echo "Setting up a demo store in $demo …"
location=$(gw location add "Demo Store" --currency CAD)
gw settings set --location "$location" --offline on --per-payment-limit 200.00 --total-limit 3000.00 >/dev/null
code=$(gw device-code create --location "$location")
gateway=$(start_server gateway "$bin/holdfast-gateway" serve --data "$demo/gateway" --insecure-http \
    --listen 127.0.0.1:0)
port=${gateway##*:}
proxy=$(start_server proxy "$bin/holdfast-faultproxy" --listen 127.0.0.1:0 --upstream "127.0.0.1:$port" --control)
control=$(sed -n 's/^control on \([^ ]*\).*/\1/p' "$demo/proxy.log" | head -n 1)

gui=--gui
[ "${HOLDFAST_DEMO_SMOKE:-}" = 1 ] && gui=
terminal=$(start_server terminal "$bin/holdfast-terminal" --listen 127.0.0.1:0 --data "$demo/terminal" $gui \
    --processing-time 300ms)
pairing=$(sed -n 's/^pairing code: \([^ ]*\).*/\1/p' "$demo/terminal.log" | head -n 1)

ctl pair --gateway "$proxy" --code "$code" --name "Demo till" >/dev/null
ctl terminal pair --url "$terminal" --code "$pairing" >/dev/null
ctl mode auto >/dev/null
printf 1234 | ctl staff add Morgan --role manager >/dev/null
printf 0000 | ctl staff add Alex --role cashier >/dev/null

if [ "${HOLDFAST_DEMO_SMOKE:-}" = 1 ]; then
    echo 4242424242424242 12/29 | ctl charge 12.50 --keyed --mode auto >/dev/null
    curl -fsS -X POST "$control/cut" >/dev/null
    echo 4242424242424242 12/29 | ctl charge 7.25 --keyed --mode auto >"$demo/offline.txt"
    grep -q "offline" "$demo/offline.txt"
    curl -fsS -X POST "$control/restore" >/dev/null
    ctl sync >/dev/null
    ctl queue --json | grep -c '"PROCESSED"' | grep -qx 2
    echo "demo smoke: ok"
    exit 0
fi

cat <<TEXT

Holdfast demo is running:
  gateway   $gateway  (back office; its data and log: $demo/gateway, $demo/gateway.log)
  link      $proxy  (the register's internet; the outage switch cuts it)
  terminal  $terminal  (LAN card reader; tap a test card in its window)
Sign in at the register as Morgan (manager, PIN 1234) or Alex (cashier, PIN 0000).
Ring up a sale, pay by card and tap a card on the terminal. Then switch on
"Simulate internet outage": card sales are approved offline and queued; switch it off
and watch them upload. Close the register window to stop everything.

TEXT
"$bin/holdfast" --data "$demo/register" --demo-outage-control "$control"
