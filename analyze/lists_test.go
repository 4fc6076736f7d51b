package analyze

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestEmptyListsNotNull checks that a stage that finds nothing leaves an
// empty list, never null, in the JSON of an analysis.
func TestEmptyListsNotNull(t *testing.T) {
	a := New(Options{})
	for _, text := range []string{
		"ارتفعت درجات الحرارة اليوم في معظم المناطق.", // no entity, no quote
		"Hello world, no Arabic here.", // Arabic stages skipped
	} {
		doc, err := a.Analyze("t.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, field := range []string{"comments", "boilerplate", "entities", "linked", "quotes", "body"} {
			if strings.Contains(string(b), `"`+field+`":null`) {
				t.Errorf("%+q: %q is null in %s", text, field, b)
			}
		}
	}
}
