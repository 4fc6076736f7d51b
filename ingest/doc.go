// Package ingest reads corpora (text, HTML, JSON, JSON Lines, gzipped or
// not, files, directories or stdin), analyses every document on all cores
// and stores the analyses in batched transactions. Documents already
// stored (same content hash) are skipped before analysis, so re-running
// an ingest changes nothing and an interrupted one resumes where the last
// committed batch ended.
package ingest
