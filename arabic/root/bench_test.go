package root

import (
	"os"
	"testing"

	"github.com/marsad/marsad/internal/shareddata"
	"github.com/marsad/marsad/internal/stemeval"
)

func BenchmarkExtract(b *testing.B) {
	data, err := os.ReadFile(shareddata.Require(b, "seed", "000_41f02a5e8c32960a.txt"))
	if err != nil {
		b.Fatal(err)
	}
	words := stemeval.Words(string(data))
	Extract(words[0]) // load the lexicon
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Extract(words[i%len(words)])
	}
}
