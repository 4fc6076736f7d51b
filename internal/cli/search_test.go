package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	marsad "github.com/marsad/marsad"
)

// searchCorpus is a small corpus whose words are spelled the way outlets
// spell them; the tests search them the way users type.
const searchCorpus = `{"id":"n1","outlet":"youm7","published":"2018-03-01","title":"المنتخب الوطني يفوز","text":"فاز المنتخب الوطني على ضيفه بهدفين في المباراة الودية."}
{"id":"n2","outlet":"alarabia","published":"2018-03-02","title":"فايز السراج في روما","text":"بدأ فايز السراج رئيس المجلس الرئاسي محادثات مع الحكومة الإيطالية حول الهجرة."}
{"id":"n3","outlet":"cnn","published":"2018-03-05","title":"لافروف يلتقي نظيره","text":"التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي في موسكو لبحث المحادثات السورية."}
{"id":"n4","outlet":"alarabia","published":"2018-03-09","title":"سيرجي لافروف: لا حل عسكريا","text":"قال سيرجي لافروف إن الحل في سوريا سياسي وإن وزير الخارجية سيزور جنيف."}
{"id":"n5","outlet":"okaz","published":"2015-08-01","title":"الأمطار تعود","text":"توقعت الأرصاد أمطارا رعدية على الخارجية من المناطق، وقال وزير الزراعة إن الموسم جيد."}
`

func ingestTestCorpus(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "t.db")
	src := writeTemp(t, "c.jsonl", []byte(searchCorpus))
	code, _, stderr := run(t, "", "ingest", "-q", "--db", db, src)
	if code != ExitOK || !strings.Contains(stderr, "5 added") {
		t.Fatalf("ingest: code %d, %s", code, stderr)
	}
	return db
}

func searchJSON(t *testing.T, db string, args ...string) marsad.SearchResult {
	t.Helper()
	code, stdout, stderr := run(t, "", append([]string{"search", "--db", db, "--format", "json"}, args...)...)
	if code != ExitOK {
		t.Fatalf("search %v: code %d, %s", args, code, stderr)
	}
	var res marsad.SearchResult
	if err := json.Unmarshal([]byte(stdout), &res); err != nil {
		t.Fatalf("search %v: %v\n%s", args, err, stdout)
	}
	return res
}

func ids(res marsad.SearchResult) string {
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.ID)
	}
	return strings.Join(out, ",")
}

func TestSearchNormalization(t *testing.T) {
	db := ingestTestCorpus(t)
	for _, tt := range []struct{ name, query, want string }{
		{"final ى for ي", "الوطنى", "n1"},
		{"hamza seat", "فائز", "n2"},
		{"article", "المحادثات", "n2,n3"},
		{"no article", "محادثات", "n2,n3"},
		{"diacritics", "المُحَادَثَاتُ", "n2,n3"},
		{"name spellings: سيرجي", "سيرجي", "n3,n4"},
		{"name spellings: سيرغي", "سيرغي", "n3,n4"},
	} {
		res := searchJSON(t, db, tt.query)
		if got := sortedIDs(res); got != tt.want {
			t.Errorf("%s: %s found %s, want %s", tt.name, tt.query, got, tt.want)
		}
	}
}

func sortedIDs(res marsad.SearchResult) string {
	s := strings.Split(ids(res), ",")
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if s[j] < s[i] {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
	return strings.Join(s, ",")
}

func TestSearchPhraseFiltersFacets(t *testing.T) {
	db := ingestTestCorpus(t)
	if got := sortedIDs(searchJSON(t, db, `"وزير الخارجية"`)); got != "n3,n4" {
		t.Errorf("phrase: %s (n5 has both words, apart)", got)
	}
	res := searchJSON(t, db, "لافروف", "--outlet", "alarabia")
	if ids(res) != "n4" || res.Total != 1 {
		t.Errorf("outlet filter: %s total %d", ids(res), res.Total)
	}
	if got := ids(searchJSON(t, db, "لافروف", "--from", "2018-03-06", "--to", "2018-03-31")); got != "n4" {
		t.Errorf("date filter: %s", got)
	}
	if got := ids(searchJSON(t, db, "لافروف", "--to", "2018-03-05")); got != "n3" {
		t.Errorf("inclusive to: %s", got)
	}
	res = searchJSON(t, db, "لافروف")
	if len(res.Facets.Outlet) != 2 || res.Total != 2 {
		t.Errorf("facets: %+v total %d", res.Facets, res.Total)
	}
	h := res.Hits[0]
	if h.Origin == "" || h.Story == "" || h.Published == "" || !strings.Contains(h.Snippet, "<mark>") {
		t.Errorf("hit fields: %+v", h)
	}
	if got := ids(searchJSON(t, db, "لافروف", "--story", h.Story)); !strings.Contains(got, h.ID) {
		t.Errorf("story filter: %s", got)
	}
}

func TestSearchErrors(t *testing.T) {
	if code, _, _ := run(t, "", "search", "--db", filepath.Join(t.TempDir(), "none.db"), "x"); code != ExitUsage {
		t.Errorf("missing db: code %d", code)
	}
	db := ingestTestCorpus(t)
	if code, _, stderr := run(t, "", "search", "--db", db, "؟؟"); code != ExitUsage || !strings.Contains(stderr, "no words") {
		t.Errorf("no words: code %d %s", code, stderr)
	}
	if code, _, _ := run(t, "", "search", "--db", db); code != ExitUsage {
		t.Errorf("no query: code %d", code)
	}
}

func TestEntitiesAndStoriesCommands(t *testing.T) {
	db := ingestTestCorpus(t)
	code, stdout, stderr := run(t, "", "stories", "--db", db, "--format", "json")
	var ss struct{ Stories []marsad.Story }
	if code != ExitOK || json.Unmarshal([]byte(stdout), &ss) != nil || len(ss.Stories) == 0 {
		t.Fatalf("stories: %d %s %s", code, stdout, stderr)
	}
	if code, stdout, _ := run(t, "", "stories", "--db", db, "--update", "--outlet", "okaz"); code != ExitOK || !strings.Contains(stdout, "الأمطار") {
		t.Errorf("stories text: %d %q", code, stdout)
	}
	code, stdout, stderr = run(t, "", "entities", "--db", db, "--format", "json", "--type", "PER")
	var es struct{ Entities []marsad.EntityStat }
	if code != ExitOK || json.Unmarshal([]byte(stdout), &es) != nil {
		t.Fatalf("entities: %d %s %s", code, stdout, stderr)
	}
	for _, e := range es.Entities {
		if e.Type != marsad.PER {
			t.Errorf("type filter: %+v", e)
		}
	}
}
