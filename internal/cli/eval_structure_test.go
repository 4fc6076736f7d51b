package cli

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalStructure(t *testing.T) {
	var out, errb bytes.Buffer
	dir := filepath.Join("..", "..", "testdata", "structure")
	code := Main(context.Background(), []string{"eval", "structure", dir}, nil, &out, &errb)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, want := range []string{"body precision ", "comments precision ", "title accuracy "} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if code := Main(context.Background(), []string{"eval", "structure", t.TempDir()}, nil, &out, &errb); code != ExitUsage {
		t.Errorf("empty dir: exit %d, want %d", code, ExitUsage)
	}
	if code := Main(context.Background(), []string{"eval", "structure", "-h"}, nil, &out, &errb); code != ExitOK {
		t.Errorf("-h: exit %d", code)
	}
}
