// Package ner finds named entities (PER, ORG, LOC, MISC) in tokenized Arabic
// text with IOB2 tags.
//
// The tagger is an averaged structured perceptron over hashed sparse
// features, decoded with first-order Viterbi under IOB2 constraints. Its
// features read each token's spelling-normalized form, clitic-stripped form,
// light stem and root, affixes and shape, the neighbours within ±2, title and
// role trigger words, gazetteer membership (ANERgazet, ANETAC), how much the
// spelling looks like a listed name (a letter n-gram model of the
// gazetteers), and word clusters learned from unlabelled news. A second,
// document stage reads what the first stage said about the other mentions
// of each word in the document, so that a name found once is found again.
// Gazetteers, clusters and the name model travel inside the model file, so
// a model is self-contained.
//
// Default returns the model shipped with the package (built by
// `marsad train ner`, see model/README.md); Load reads one from any fs.FS.
// Entities and Tag take one sentence; EntitiesDocument and TagDocument take
// all the sentences of a document and are more accurate. A *Model is safe
// for concurrent use; it caches the analyses of the first 65,536 distinct
// words it sees.
package ner
