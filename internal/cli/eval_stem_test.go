package cli

import (
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/shareddata"
)

func TestEvalStem(t *testing.T) {
	golden := shareddata.Require(t, "data", "golden-corpus-arabic")
	roots := shareddata.Require(t, "data", "root-extraction-validation", "gs")
	code, out, errOut := run(t, "", "eval", "stem", "--golden", golden, "--roots", roots)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"golden-corpus stem_acc ", "golden-corpus root_acc ", "root-validation root_acc "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %+q:\n%s", want, out)
		}
	}
}

func TestEvalStemFlags(t *testing.T) {
	if code, _, _ := run(t, "", "eval", "stem", "-h"); code != ExitOK {
		t.Errorf("-h: exit %d", code)
	}
	if code, _, _ := run(t, "", "eval", "stem", "--system", "nope"); code != ExitUsage {
		t.Errorf("--system nope: exit %d, want %d", code, ExitUsage)
	}
	if code, _, _ := run(t, "", "eval", "stem", "--golden", t.TempDir(), "--roots", ""); code != ExitError {
		t.Errorf("empty --golden: exit %d, want %d", code, ExitError)
	}
}
