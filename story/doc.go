// Package story groups documents that report one event into stories:
// near-duplicates (MinHash) always share a story; other documents join
// the story of their most similar earlier document when the TF-IDF
// cosine of their content words, plus a bonus for shared entities, clears
// a threshold and they were published within a window of each other.
// Undated documents are compared with every date, at a stricter threshold.
package story
