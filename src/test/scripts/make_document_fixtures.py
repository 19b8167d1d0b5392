#!/usr/bin/env python3
"""Writes the document-layer fixtures in src/test/resources/fixtures/document/.

Several fixtures depend on bytes an editor would silently change (CR LF, a byte order mark, tabs,
no final newline, trailing spaces), so they are generated here and the output is committed. Run it
from the repository root after changing a fixture, then check the bytes with `od -c`:

    python3 src/test/scripts/make_document_fixtures.py

In the texts below, <TAB> is a tab, <SP> a space that must survive (trailing), and <BOM> the UTF-8
byte order mark; every other character is written as is. Python 3 standard library only.
"""

from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "fixtures" / "document"


def text(s):
    return s.replace("<TAB>", "\t").replace("<SP>", " ").replace("<BOM>", "\ufeff")


def crlf(s):
    return s.replace("\n", "\r\n")


FIXTURES = {}

FIXTURES["crlf-line-endings.yaml"] = crlf(text("""\
# Saved on Windows: every line ends with CR LF, block scalars included.
name: crlf-demo

services:
  web:
    image: nginx:1.27-alpine
    ports:
      - "8080:80"
    command: >
      nginx -g
      'daemon off;'
    healthcheck:
      test: ["CMD", "wget", "-q", "--spider", "http://localhost/"]
      interval: 30s
  worker:
    image: busybox:1.36
    entrypoint: |
      #!/bin/sh
      echo "started"
      sleep 3600
"""))

FIXTURES["utf8-bom.yaml"] = text("""\
<BOM># Saved by an editor that writes a UTF-8 byte order mark.
services:
  app:
    image: python:3.12-slim
    environment:
      GREETING: "Grüß Gott"
""")

FIXTURES["notepad-bom-crlf.yaml"] = crlf(text("""\
<BOM># Written with Notepad: byte order mark, CR LF, and no newline after the last line.
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password
secrets:
  db_password:
    file: ./db_password.txt""")).rstrip("\r\n")

# Edited on two systems: the first half has LF, the second CR LF.
FIXTURES["mixed-line-endings.yaml"] = text("""\
# Started on Linux (LF) ...
services:
  api:
    image: example/api:1.0
""") + crlf(text("""\
# ... and finished on Windows (CR LF).
  admin:
    image: example/admin:1.0
    depends_on:
      - api
"""))

FIXTURES["tabs-in-comments.yaml"] = text("""\
#<TAB>Reporting stack
#<TAB>Owner:<TAB>data team
#<TAB><TAB>contact:<TAB>data@example.com
services:
  report:
    image: ghcr.io/example/report:2.1   #<TAB>pinned<TAB>for now
    # <TAB>an indented comment with a tab after the hash
    command: ["report", "--daily"] # runs<TAB>daily
    environment:
      TZ: Europe/Berlin<TAB># a tab right after a plain value
      SEPARATOR: "a<TAB>b"  # a real tab inside double quotes is part of the value
      SINGLE: 'c<TAB>d'
      ESCAPED: "e\\tf"
""")

# Docker Compose (go-yaml) accepts a tab between a key and its value or before a comment; YAML 1.1
# parsers do not. These are the forms people write.
FIXTURES["tab-separators.yaml"] = text("""\
# Tabs between keys and values, as some editors insert them.
services:
  api:
    image:<TAB>node:20-alpine
    working_dir:<TAB>/srv/app<TAB># a tab before the comment too
    command:<TAB>["node", "server.js"]<TAB># a flow sequence, then a tab
    restart:<TAB>"unless-stopped"<TAB># quoted, then a tab
    labels:<TAB># a tab before a comment on a key with no value
      com.example.team:<TAB><TAB>platform
    entrypoint: |<TAB># a tab after the block indicator
      exec node server.js
    ports:
      - "3000:3000"<TAB># a tab after a list item
""")

FIXTURES["no-final-newline.yaml"] = text("""\
services:
  cache:
    image: redis:7
    command: ["redis-server", "--appendonly", "yes"]""")

FIXTURES["flow-collections.yaml"] = text("""\
services:
  web: {image: "nginx:1.27", ports: ["80:80", "443:443"], restart: always}
  api:
    image: example/api:1.4
    environment: {LOG_LEVEL: debug, "FEATURE_X": "on", EMPTY: }
    depends_on: [db, cache]
    command: [
      "serve",
      "--port", "8080",   # comments inside a multi-line flow sequence
      "--workers", "4",
    ]
    healthcheck: {
      test: [CMD, curl, -f, "http://localhost:8080/health"],
      interval: 10s,
      retries: 3
    }
  db: {image: postgres:16, volumes: [db-data:/var/lib/postgresql/data]}
  cache: {image: redis:7}
volumes: {db-data: {}}
networks: {}
""")

FIXTURES["block-scalars.yaml"] = text("""\
services:
  job:
    image: alpine:3.20
    # literal: lines kept, one final newline (clip)
    entrypoint: |
      #!/bin/sh
      set -e

      echo "step 1"
      echo "step 2"
    # folded: lines joined with a space, a blank line becomes a newline
    command: >
      sh -c "echo hello
      && echo world"

      done
    labels:
      strip: |-
        no final newline
      keep: |+
        two final newlines

      folded-strip: >-
        folded and
        stripped
      indented: |2
          starts with two extra spaces
        then normal
configs:
  app_config:
    content: |
      [server]
      port = 8080
      # not a YAML comment: this line is content
x-notes: |+
  Kept with every trailing newline,
  up to the end of the file.


""")

FIXTURES["quoted-scalars.yaml"] = text(r"""services:
  quoting:
    image: 'busybox:1.36'
    environment:
      SINGLE: 'it''s single-quoted; "double" quotes need no escape'
      DOUBLE: "tab:\t newline:\n quote:\" backslash:\\"
      UNICODE_ESCAPES: "caf\u00e9 \U0001F433 \x41"
      HASH_IN_QUOTES: "not # a comment"
      HASH_IN_PLAIN: value#not-a-comment
      COLON_IN_PLAIN: http://example.com:8080/path
      EMPTY_SINGLE: ''
      EMPTY_DOUBLE: ""
      PADDED: "   padded   "
      LOOKS_LIKE_BOOL: "true"
      LOOKS_LIKE_NUMBER: '0755'
      MULTI_LINE_DOUBLE: "first line
        continues here

        after a blank line"
      MULTI_LINE_SINGLE: 'one
        two'
      ESCAPED_LINE_BREAK: "no space \
        between"
    command: ["sh", "-c", 'echo "$${HOME}" && echo ''done''']
""")

FIXTURES["anchors-overrides.yaml"] = text("""\
# Shared settings defined once and reused with overrides.
x-logging: &default-logging
  driver: json-file
  options:
    max-size: "10m"
    max-file: "3"

x-healthcheck: &default-healthcheck
  interval: 30s
  timeout: 5s
  retries: 3

x-image: &app-image registry.example.com/shop/app:2.4.1

services:
  frontend:
    image: *app-image
    logging: *default-logging
    healthcheck:
      <<: *default-healthcheck
      test: ["CMD", "curl", "-f", "http://localhost:3000/"]
  backend:
    image: *app-image
    logging:
      <<: *default-logging
      driver: local          # overrides the anchored driver
    healthcheck:
      <<: *default-healthcheck
      retries: 10            # overrides the anchored retries
      test: ["CMD", "pg_isready"]
  gateway:
    image: traefik:v3.1
    ports: &gateway-ports
      - "80:80"
      - "443:443"
  gateway-canary:
    image: traefik:v3.2
    ports: *gateway-ports
""")

FIXTURES["merge-keys.yaml"] = text("""\
x-base: &base
  restart: unless-stopped
  environment:
    TZ: UTC
  labels:
    tier: base

x-monitoring: &monitoring
  labels:
    tier: monitored
    prometheus.scrape: "true"
  stop_grace_period: 30s

x-resources: &resources
  deploy:
    resources:
      limits:
        memory: 256M
  restart: always

services:
  # a single merge key
  app:
    <<: *base
    image: example/app:1.0
  # a list of merges: earlier mappings win over later ones, local keys over all
  metrics:
    <<: [*monitoring, *base, *resources]
    image: prom/prometheus:v2.53.0
  # a local key that repeats a merged one overrides it; it is not a duplicate
  override:
    <<: *base
    image: example/override:1.0
    restart: "no"
  # a merge in flow style
  inline: {<<: *resources, image: "example/inline:1.0"}
""")

FIXTURES["extension-fields.yaml"] = text("""\
# x- fields: ignored by Compose, kept for people, tools and anchors.
x-project:
  owner: platform-team
  docs: https://wiki.example.com/shop
x-deploy-defaults: &deploy
  replicas: 2
  update_config:
    parallelism: 1

services:
  shop:
    image: example/shop:3.2
    deploy: *deploy
    x-traefik:
      rule: Host(`shop.example.com`)
      entrypoints: [websecure]
    x-backup: false
networks:
  public:
    x-note: exposed to the load balancer
volumes:
  data:
    x-retention-days: 30
""")

FIXTURES["reset-override.yaml"] = text("""\
# An override file: !reset removes what the base file set, !override replaces it whole.
services:
  web:
    ports: !reset []
    environment: !override
      LOG_LEVEL: info
    command: !reset null
    labels: !reset {}
    volumes: !override
      - ./site:/usr/share/nginx/html:ro
    healthcheck: !reset
    build: !override
      context: ./web
      dockerfile: Dockerfile.dev
  debug: !reset
networks:
  legacy: !reset
""")

FIXTURES["comments-everywhere.yaml"] = text("""\
# Head comment: what this stack is for.
# A second line of the head comment.

# A comment before the first key, after a blank line.
name: commented # an end-of-line comment on a top-level key

services:   # a comment after a key whose value starts on the next line
  # a comment before a service
  web:
    # a comment before a key
    image: nginx   # after a plain value
    ports:
      # inside a list
      - "80:80"   # after a quoted item
      # between items
      - "443:443"
    environment:
      A: "1" # after a double-quoted value
      B: '2' # after a single-quoted value
      C: [x, y] # after a flow sequence
      D: {k: v} # after a flow mapping
#  a comment at column 1 in the middle of a nested block
    command:
      - echo
      - "# not a comment"
      - value#not-a-comment
    # a comment at the end of a mapping

# a comment before a top-level key
volumes:
  data: # a volume with no options
# the last line: a comment after all content
""")

FIXTURES["unicode.yaml"] = text("""\
# Ünïcödé everywhere: emoji 🐳, CJK 日本語, Arabic مرحبا, Greek Ωμέγα.
name: unicode-demo
services:
  greeter:
    image: busybox:1.36
    command: ["echo", "Grüße aus Köln 🍺", "こんにちは世界"]
    environment:
      GREETING_DE: Grüß Gott
      GREETING_JA: こんにちは
      GREETING_AR: "مرحبا بالعالم"
      EMOJI: 🐳🚀✨
      NON_BMP: "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝄞"
      ZWJ_SEQUENCES: "\U0001F469\u200D\U0001F4BB \U0001F468\u200D\U0001F469\u200D\U0001F467"
      COMBINING: "e\u0301"
      NO_BREAK_SPACE: "a\u00a0b"
    labels:
      com.example.description: "Serviço de saudação — ünïcode"
      "emoji.🐳": whale key
  after-emoji: {image: "busybox", labels: {x: "🐳🐳🐳", y: after}}
""")

FIXTURES["empty.yaml"] = ""

FIXTURES["comment-only.yaml"] = text("""\
# This stack is not written yet.
# services:
#   web:
#     image: nginx
""")

FIXTURES["document-markers.yaml"] = text("""\
# Written by a tool that puts explicit document markers.
--- # the document starts here
services:
  web:
    image: nginx:1.27
... # and ends here
# comments after the end marker are still part of the file
""")

FIXTURES["document-start-only.yaml"] = text("""\
---
# nothing here yet
""")

# Compose skips an empty document after the real one (a stray separator).
FIXTURES["trailing-separator.yaml"] = text("""\
services:
  web:
    image: nginx
---
""")

FIXTURES["trailing-whitespace.yaml"] = text("""\
services:<SP><SP>
  web:<SP>
    image: nginx<SP><SP><SP>
<SP><SP>
    ports:<SP>
      - "80:80"<SP><SP><SP><SP>
<SP><SP><SP><SP>
<SP>
""")

# JSON is YAML: some people write compose files as JSON, often indented with tabs.
FIXTURES["json-with-tabs.yaml"] = text("""\
{
<TAB>"services": {
<TAB><TAB>"web": {
<TAB><TAB><TAB>"image": "nginx:1.27",
<TAB><TAB><TAB>"ports": ["80:80"],
<TAB><TAB><TAB>"environment": {"A": "1", "B": null, "C": true}
<TAB><TAB>}
<TAB>}
}
""")


def long_lines():
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    token = "".join(alphabet[(i * 7 + i // 64) % 64] for i in range(120_000))
    hosts = ",".join("host-%04d.internal.example.com" % i for i in range(3_000))
    comment = "# " + " ".join("note-%d" % i for i in range(8_000))
    items = ", ".join('"--opt-%d"' % i for i in range(5_000))
    return (comment + "\n"
            + "services:\n"
            + "  app:\n"
            + "    image: example/app:1.0\n"
            + "    environment:\n"
            + "      LONG_TOKEN: " + token + "\n"
            + "      HOSTS: \"" + hosts + "\"\n"
            + "    command: [" + items + "]\n")


FIXTURES["long-lines.yaml"] = long_lines()


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, content in sorted(FIXTURES.items()):
        (OUT / name).write_bytes(content.encode("utf-8"))
        print("wrote", name, len(content.encode("utf-8")), "bytes")


if __name__ == "__main__":
    main()
