package quoteeval_test

import (
	"os"
	"path/filepath"

	"github.com/marsad/marsad/quote/quoteeval"
)

func readSibling(path, name string) ([]byte, error) {
	return os.ReadFile(filepath.Join(filepath.Dir(path), name))
}

func quoteevalMatch(s string, variants []string) bool {
	n := quoteeval.Norm(s)
	for _, v := range variants {
		if w := quoteeval.Norm(v); w == n || "و"+w == n {
			return true
		}
	}
	return false
}
