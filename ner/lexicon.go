package ner

// lexicon is what the features look words up in: gazetteers, word
// clusters and the name model. Any part may be nil.
type lexicon struct {
	gaz      *Gazetteer
	clusters *Clusters
	names    *nameModel
}
