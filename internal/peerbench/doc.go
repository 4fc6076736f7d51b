// Package peerbench holds benchmarks that run Marsad's token core and the
// Go peer analyzers (Bleve's Arabic analyzer, Snowball Arabic) on the same
// 4 MB of real articles, in one process, one core each, so the figures in
// docs/PERFORMANCE.md compare like with like. It has no non-test code.
package peerbench
