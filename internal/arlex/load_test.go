package arlex

import (
	"testing"
	"time"
)

// TestLoadTime keeps the lazy load of the embedded lexicon fast.
func TestLoadTime(t *testing.T) {
	t0 := time.Now()
	load()
	if d := time.Since(t0); d > 2*time.Second {
		t.Errorf("loading the lexicon took %v", d)
	} else {
		t.Logf("lexicon: %d forms loaded in %v", len(freq), d)
	}
}
