package ner

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
)

// toySentences makes tagged sentences from templates.
func toySentences(n int) []Sentence {
	people := [][]string{{"أحمد", "سعيد"}, {"محمود", "عباس"}, {"خالد"}, {"سامي", "نبيل", "يوسف"}}
	places := []string{"القاهرة", "دمشق", "بغداد", "الرياض"}
	orgs := [][]string{{"الأمم", "المتحدة"}, {"جامعة", "الدول", "العربية"}, {"رويترز"}}
	var out []Sentence
	for i := range n {
		var s Sentence
		add := func(words []string, ty int) {
			for j, w := range words {
				t := O
				if ty >= 0 {
					t = insideTag(ty)
					if j == 0 {
						t = beginTag(ty)
					}
				}
				s.Words, s.Tags = append(s.Words, w), append(s.Tags, t)
			}
		}
		add([]string{"قال"}, -1)
		add(people[i%len(people)], 0)
		add([]string{"في"}, -1)
		add([]string{places[(i/2)%len(places)]}, 2)
		add([]string{"لوكالة"}, -1)
		add(orgs[(i/3)%len(orgs)], 1)
		add([]string{"إن", "الاجتماع", "انتهى", "."}, -1)
		out = append(out, s)
	}
	return out
}

func trainToy(t *testing.T, document bool) *Model {
	t.Helper()
	m, err := Train(toySentences(60), TrainConfig{Epochs: 3, Seed: 7, Document: document, Folds: 3, Window: 2, MinCount: 1})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestTrainLearnsToyData(t *testing.T) {
	for _, doc := range []bool{false, true} {
		m := trainToy(t, doc)
		if f := m.Evaluate(toySentences(20)).F1(); f < 0.99 {
			t.Errorf("document=%v: F1 on toy data %.3f", doc, f)
		}
	}
}

func TestSaveLoad(t *testing.T) {
	m := trainToy(t, true)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{"m.gob.gz": {Data: buf.Bytes()}}
	back, err := Load(fsys, "m.gob.gz")
	if err != nil {
		t.Fatal(err)
	}
	if err := back.Check(); err != nil {
		t.Error(err)
	}
	if !reflect.DeepEqual(back.Info(), m.Info()) {
		t.Errorf("info %+v, want %+v", back.Info(), m.Info())
	}
	words := strings.Fields("قال خالد في دمشق لوكالة رويترز إن سامي نبيل وصل إلى بغداد")
	if got, want := back.Tag(words), m.Tag(words); !reflect.DeepEqual(got, want) {
		t.Errorf("reloaded model tags %v, want %v", got, want)
	}
	if _, err := Load(fsys, "missing"); err == nil {
		t.Error("Load of a missing file succeeded")
	}
	if _, err := Read(strings.NewReader("not a model")); err == nil {
		t.Error("Read of garbage succeeded")
	}
}

func TestTrainDeterministic(t *testing.T) {
	save := func() []byte {
		var buf bytes.Buffer
		if err := trainToy(t, true).Save(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	if !bytes.Equal(save(), save()) {
		t.Error("two trainings with the same seed wrote different models")
	}
}

func TestConcurrentTagging(t *testing.T) {
	m := trainToy(t, true)
	sents := toySentences(30)
	want := make([][]string, len(sents))
	for i, s := range sents {
		want[i] = m.Tag(s.Words)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range sents {
				k := (i + g*7) % len(sents)
				if got := m.Tag(sents[k].Words); !reflect.DeepEqual(got, want[k]) {
					t.Errorf("goroutine %d sentence %d: %v, want %v", g, k, got, want[k])
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestEntitiesAndDocument(t *testing.T) {
	m := trainToy(t, true)
	words := strings.Fields("قال أحمد سعيد في القاهرة لوكالة الأمم المتحدة إن الاجتماع انتهى .")
	spans := m.Entities(words)
	want := []Span{{1, 3, "PER"}, {4, 5, "LOC"}, {6, 8, "ORG"}}
	if !reflect.DeepEqual(spans, want) {
		t.Errorf("Entities = %v, want %v", spans, want)
	}
	doc := m.EntitiesDocument([][]string{words, {}, words[:3]})
	if len(doc) != 3 || !reflect.DeepEqual(doc[0], want) || len(doc[1]) != 0 {
		t.Errorf("EntitiesDocument = %v", doc)
	}
	if got := m.Tag(nil); len(got) != 0 {
		t.Errorf("Tag(nil) = %v", got)
	}
	if m.Entities(nil) != nil {
		t.Error("Entities(nil) not nil")
	}
	_ = fmt.Sprint(m.Info())
}
