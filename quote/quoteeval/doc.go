// Package quoteeval measures quote extraction against gold files: it runs
// the full analyzer over NAME.txt files that have a NAME.gold.json beside
// them and scores each predicted statement's speaker and via.
//
// Gold quotes carry no text span, so matching is by attribution: a
// predicted quote's speaker is right when its text (or its entity's id)
// matches one of some gold quote's speaker variants after arabic.Search
// normalization; its via is right when that gold quote (or, when the
// speaker matched none, any gold quote of the document) lists it. Several
// predicted statements may match one gold quote (a speaker quoted twice
// with one gold entry). Quotes with no via: a gold quote without one
// expects none, so a via predicted there is a false positive; a predicted
// quote without a via is not counted in via precision, and a gold quote
// with a via that no prediction gives is a via miss.
package quoteeval
