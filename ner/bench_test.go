package ner

import "testing"

// BenchmarkTag measures decoding, feature extraction included, one
// sentence at a time, on the dev split.
func BenchmarkTag(b *testing.B) { benchTag(b, false) }

// BenchmarkTagUncached is BenchmarkTag with the word cache emptied before
// each pass, so that every word is analyzed again (a worst case: news
// vocabulary repeats).
func BenchmarkTagUncached(b *testing.B) { benchTag(b, true) }

func benchTag(b *testing.B, uncached bool) {
	dev := devSentences(b)
	m := defaultModel(b)
	n := CountTokens(dev)
	var tags []Tag
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		if uncached {
			m.clearWordCache()
		}
		for _, s := range dev {
			tags = m.TagIDs(tags[:0], s.Words)
		}
	}
	reportSpeed(b, n, cpu)
}

// BenchmarkTagDocument measures decoding with documents of 20 sentences.
func BenchmarkTagDocument(b *testing.B) {
	dev := devSentences(b)
	m := defaultModel(b)
	var docs [][][]string
	for i := 0; i < len(dev); i += 20 {
		var d [][]string
		for _, s := range dev[i:min(i+20, len(dev))] {
			d = append(d, s.Words)
		}
		docs = append(docs, d)
	}
	n := CountTokens(dev)
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		for _, d := range docs {
			m.TagDocument(d)
		}
	}
	reportSpeed(b, n, cpu)
}

// reportSpeed reports tokens per second of wall time and, where the
// platform tells, of CPU time (steadier on a shared machine).
func reportSpeed(b *testing.B, tokensPerOp int, cpu0 float64) {
	tokens := float64(tokensPerOp * b.N)
	b.ReportMetric(tokens/b.Elapsed().Seconds(), "tokens/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(tokens/cpu, "tokens/cpu-s")
	}
}
