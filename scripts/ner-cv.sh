#!/usr/bin/env bash
# Ten-fold sequential cross-validation of the entity tagger over the CAMeL
# train file of ANERcorp: fold k holds out the k-th tenth of the sentences
# (whole stories, in order) and trains on the rest with the shipped
# configuration of ner/model/README.md. Prints each fold's dev micro-F1 and
# the mean (docs/EVALUATION-ner.md records the output).
#
#   bash scripts/ner-cv.sh [SEED]     # default seed 2, as the shipped model; about 5 minutes
set -euo pipefail
cd "$(dirname "$0")/.."
S=${MARSAD_SHARED:-../shared}/data
SEED=${1:-2}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
go build -o "$WORK/marsad" ./cmd/marsad
CORPUS=$S/antcorpus-multisource/ant_multisource_v2.1_2018-03_to_2018-04.jsonl,$S/antcorpus-jawharafm/ant_v1.1_jawharafm_all.jsonl
for d in 01 02 03 04 07; do CORPUS=$CORPUS,$S/saudinewsnet/2015-08-$d.json; done
train() { "$WORK/marsad" train ner --seed "$SEED" --anetac "$S/anetac/EN-AR_Named-entities.txt" --anergazet "$S/anergazet" --out "$WORK/m.gob.gz" "$@" 2>&1; }
# The word clusters depend on the seed and the news only: learn them once.
train --train "$S/anercorp/ANERCorp_CamelLab_train.txt" --dev-split 0.1 --corpus "$CORPUS" --clusters-out "$WORK/clusters.txt" >/dev/null
awk -v dir="$WORK" 'BEGIN { RS = ""; ORS = "\n\n" } { s[NR] = $0 } END {
	for (k = 0; k < 10; k++) {
		a = int(NR * k / 10); b = int(NR * (k + 1) / 10)
		for (i = 1; i <= NR; i++) print s[i] > (dir "/" ((i > a && i <= b) ? "dev" : "train") k ".txt")
	}
}' "$S/anercorp/ANERCorp_CamelLab_train.txt"
for k in 0 1 2 3 4 5 6 7 8 9; do
	f=$(train --train "$WORK/train$k.txt" --dev "$WORK/dev$k.txt" --clusters "$WORK/clusters.txt" | grep 'dev F1' | tail -1 | grep -o 'F1 [0-9.]*')
	echo "fold $k: $f"
done | tee "$WORK/folds.txt"
awk '{ s += $4; n++ } END { printf "mean dev F1 over %d folds: %.4f\n", n, s / n }' "$WORK/folds.txt"
