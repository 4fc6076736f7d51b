#!/usr/bin/env bash
# Runs Marsad and the peer analyzers of ../shared/peers on the same 4 MB of
# real articles, one core each, best of 3 runs, and prints their timing
# lines (docs/PERFORMANCE.md records the output).
#
#   bash scripts/bench-peers.sh            # needs ../shared and the peers' installs:
#   apt-get install -y python3-nltk python3-snowballstemmer liblucene4.10-java
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${MARSAD_SHARED:-../shared}
IN=${BENCH_INPUT:-/tmp/marsad-ar4mb.txt}
WORK=$(mktemp -d)
go run scripts/benchinput.go -bytes 4000000 "$SHARED/data/antcorpus-multisource/ant_multisource_v2.1_2018-03_to_2018-04.jsonl" > "$IN"
go build -o "$WORK/marsad" ./cmd/marsad
cp -r "$SHARED/peers" "$WORK/peers" && chmod -R u+w "$WORK/peers"
(cd "$WORK/peers/bleve-ar" && go build -o bleve-ar .)
(cd "$WORK/peers/nlpjs-ar" && npm ci --silent >/dev/null 2>&1) || echo "nlpjs-ar: npm ci failed" >&2
echo "# input: $(wc -l < "$IN") articles, $(wc -c < "$IN") bytes; $(nproc) cores; $(date -u +%FT%TZ)"
best() { # best of 3 by tokens_per_s; prints the winning timing line
	for _ in 1 2 3; do "$@" 2>&1 >/dev/null | grep '^peer=' | tail -1; done | awk -F'tokens_per_s=' '{split($2,a," "); if (a[1]+0 > m) {m=a[1]+0; l=$0}} END {print l}'
}
P=$WORK/peers
best "$WORK/marsad" bench -peer "$IN"
best "$P/bleve-ar/bleve-ar" "$IN"
best "$P/bleve-ar/bleve-ar" -nostop "$IN"
best "$P/bleve-ar/bleve-ar" -snowball "$IN"
best "$P/lucene-ar/run.sh" "$IN"
[ -d "$P/nlpjs-ar/node_modules" ] && best node "$P/nlpjs-ar/nlpjs_peer.js" "$IN"
best /usr/bin/python3 "$P/nltk-isri/isri_peer.py" "$IN"
echo "# marsad in-memory (best of 3, warm word cache):"
"$WORK/marsad" bench -rounds 3 "$IN"
rm -rf "$WORK"
