// Package ner finds named entities (PER, ORG, LOC, MISC) in tokenized Arabic
// text with IOB2 tags.
//
// The tagger is an averaged structured perceptron over hashed sparse
// features, decoded with first-order Viterbi under IOB2 constraints. Its
// features read each token's spelling-normalized form, clitic-stripped form,
// light stem and root, affixes and shape, the neighbours within ±2, title and
// role trigger words, gazetteer membership (ANERgazet, ANETAC) and word
// clusters learned from unlabelled news. Gazetteers and clusters travel inside
// the model file, so a model is self-contained.
//
// Default returns the model shipped with the package (built by
// `marsad train ner`, see model/README.md); Load reads one from any fs.FS.
// A *Model is safe for concurrent use.
package ner
