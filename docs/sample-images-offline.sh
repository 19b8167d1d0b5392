#!/usr/bin/env bash
# Makes stand-ins for the sample stack's five images on a machine with no registry, so that
# "Run > Up" on the built-in sample can be tried (and demonstrated) offline.
#
# Each stand-in is Debian's static busybox plus small shell scripts named like the real programs
# (nginx, gunicorn, celery, postgres, redis-server and the healthcheck tools wget, python,
# pg_isready, redis-cli). They print log lines like the real ones, sleep, stop at once on SIGTERM,
# and never open a network connection. The images are tagged with the sample's exact names, so
# Compose finds them locally and pulls nothing.
#
# Usage: docs/sample-images-offline.sh      (needs docker and busybox-static; remove with docker rmi)
set -euo pipefail

busybox=$(command -v busybox || true)
[ -n "$busybox" ] || { echo "needs busybox (Debian: apt-get install busybox-static)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"
mkdir -p "$root/bin" "$root/usr/local/bin" "$root/tmp" "$root/var/cache/nginx" "$root/var/run/postgresql" \
         "$root/var/lib/postgresql/data" "$root/data" "$root/etc/nginx"
cp "$busybox" "$root/bin/busybox"
for applet in sh sleep true echo cat date hostname printf wait trap; do ln -sf busybox "$root/bin/$applet"; done

# A long-running program: prints its start lines, then one line every few seconds until stopped.
program() { # name, start lines (\n-separated), periodic line, period
  cat > "$root/usr/local/bin/$1" <<SCRIPT
#!/bin/sh
trap 'echo "$1: received SIGTERM, shutting down"; exit 0' TERM INT
printf '$2\n'
i=0
while true; do
  i=\$((i + 1))
  echo "$3 (#\$i)"
  sleep $4 & wait \$!
done
SCRIPT
  chmod 755 "$root/usr/local/bin/$1"
}
program nginx "nginx/1.27.3 (stand-in): using the \"epoll\" event method\nstart worker processes" \
  'GET /healthz HTTP/1.1 200 2 "-" "healthcheck"' 7
program gunicorn "[INFO] Starting gunicorn 22.0.0 (stand-in)\n[INFO] Listening at: http://0.0.0.0:8000\n[INFO] Booting worker with pid: 7" \
  '[INFO] GET /health/ 200' 5
program celery "celery@worker ready (stand-in).\n[tasks] . shop.tasks.send_receipt" \
  '[INFO/MainProcess] Task shop.tasks.send_receipt succeeded in 0.01s' 6
program postgres "LOG:  starting PostgreSQL 16.4 (stand-in)\nLOG:  listening on IPv4 address \"0.0.0.0\", port 5432\nLOG:  database system is ready to accept connections" \
  'LOG:  checkpoint complete: wrote 3 buffers' 9
program redis-server "* Redis version=7.4.1 (stand-in)\n* Server initialized\n* Ready to accept connections tcp" \
  '* 1 changes in 60 seconds. Saving...' 8
# Healthcheck tools answer "healthy" without touching the network.
for tool in wget python pg_isready redis-cli; do
  printf '#!/bin/sh\necho ok\n' > "$root/usr/local/bin/$tool"
  chmod 755 "$root/usr/local/bin/$tool"
done
# "celery -A shop worker" runs the worker; "celery -A shop inspect ping" is its healthcheck.
mv "$root/usr/local/bin/celery" "$root/usr/local/bin/celery-worker"
cat > "$root/usr/local/bin/celery" <<'SCRIPT'
#!/bin/sh
case " $* " in *" inspect "*) echo "-> celery@worker: OK pong"; exit 0 ;; esac
exec celery-worker "$@"
SCRIPT
chmod 755 "$root/usr/local/bin/celery"

tar -C "$root" -cf "$work/rootfs.tar" .
path='ENV PATH=/usr/local/bin:/bin'
docker import -c "$path" -c 'CMD ["nginx"]' "$work/rootfs.tar" nginxinc/nginx-unprivileged:1.27-alpine
docker import -c "$path" -c 'CMD ["nginx"]' "$work/rootfs.tar" registry.example.com/shop/frontend:2.0.1
docker import -c "$path" -c 'CMD ["gunicorn"]' "$work/rootfs.tar" registry.example.com/shop/backend:1.4.2
docker import -c "$path" -c 'CMD ["postgres"]' "$work/rootfs.tar" postgres:16.4-alpine
docker import -c "$path" -c 'CMD ["redis-server"]' "$work/rootfs.tar" redis:7.4-alpine
echo "Stand-in images ready; open the sample (java -jar target/stackcanvas.jar) and press Up."
