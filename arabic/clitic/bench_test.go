package clitic

import (
	"os"
	"testing"

	"github.com/marsad/marsad/internal/shareddata"
	"github.com/marsad/marsad/internal/stemeval"
)

// seedWords returns the words of the shared seed article (a Youm7-style
// news story), normalized with arabic.Orthographic.
func seedWords(b *testing.B) []string {
	b.Helper()
	data, err := os.ReadFile(shareddata.Require(b, "seed", "000_41f02a5e8c32960a.txt"))
	if err != nil {
		b.Fatal(err)
	}
	return stemeval.Words(string(data))
}

func BenchmarkSplit(b *testing.B) {
	words := seedWords(b)
	Split(words[0]) // load the lexicon
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Split(words[i%len(words)])
	}
}
