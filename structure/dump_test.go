package structure

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestDump prints the structure of the files in STRUCTURE_DUMP (a
// space-separated list); it is skipped otherwise. It is a debugging aid:
//
//	STRUCTURE_DUMP=testdata/x.txt go test -run TestDump ./structure/
func TestDump(t *testing.T) {
	files := strings.Fields(os.Getenv("STRUCTURE_DUMP"))
	if len(files) == 0 {
		t.Skip("set STRUCTURE_DUMP to dump files")
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text, st, w, err := Parse(raw, Options{FileName: f})
		fmt.Printf("== %s err=%v warnings=%v\n", f, err, w)
		rs := []rune(text)
		sp := func(a, b int) string { return string(rs[a:b]) }
		if st.Title != nil {
			fmt.Printf("TITLE   %s\n", sp(st.Title.Start, st.Title.End))
		}
		for _, b := range st.Body {
			fmt.Printf("BODY    %s\n", sp(b.Start, b.End))
		}
		for _, b := range st.Boilerplate {
			fmt.Printf("%-9s %s\n", strings.ToUpper(b.Kind), sp(b.Start, b.End))
		}
		for _, c := range st.Comments {
			r := "-"
			if c.Replies != nil {
				r = fmt.Sprint(*c.Replies)
			}
			fmt.Printf("COMMENT author=%q title=%q replies=%s\n        text=%q\n", c.Author, c.Title, r, c.Text)
		}
		j, _ := json.Marshal(st.Source)
		fmt.Println("SOURCE ", string(j))
	}
}
