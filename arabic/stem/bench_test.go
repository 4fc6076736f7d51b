package stem

import (
	"os"
	"testing"

	"github.com/marsad/marsad/internal/shareddata"
	"github.com/marsad/marsad/internal/stemeval"
)

// seedWords returns the words of the shared seed article, normalized with
// arabic.Orthographic.
func seedWords(b *testing.B) []string {
	b.Helper()
	data, err := os.ReadFile(shareddata.Require(b, "seed", "000_41f02a5e8c32960a.txt"))
	if err != nil {
		b.Fatal(err)
	}
	return stemeval.Words(string(data))
}

func BenchmarkLight(b *testing.B) {
	words := seedWords(b)
	Light(words[0]) // load the lexicon
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Light(words[i%len(words)])
	}
}

func BenchmarkLight10Reference(b *testing.B) {
	words := seedWords(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		stemeval.Light10(words[i%len(words)])
	}
}
