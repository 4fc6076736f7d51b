package link

import (
	"strings"

	"github.com/marsad/marsad/arabic"
)

// titleList holds honorifics and ranks that stand before a name. They go to
// Entity.Title and out of the canonical name. الرئيس and المستشار count only
// directly before a name; before anything else they start a role.
var titleList = []string{
	"المشير", "الفريق أول", "الفريق", "اللواء", "العميد", "العقيد", "المقدم", "الرائد",
	"النقيب", "الملازم أول", "الملازم", "الجنرال", "الأدميرال", "المارشال",
	"الرئيس", "الرئيسة", "الدكتور", "الدكتورة", "د", "الشيخ", "الشيخة", "السيد", "السيدة",
	"الآنسة", "الأمير", "الأميرة", "الملك", "الملكة", "السلطان", "الإمام", "الأستاذ",
	"الأستاذة", "المهندس", "المهندسة", "المستشار", "المستشارة", "القاضي", "البابا",
	"الأنبا", "المطران", "الكاردينال", "الحاخام", "الحاج", "الحاجة", "سمو", "صاحب السمو",
	"صاحب السمو الملكي", "فخامة", "معالي", "سماحة", "آية الله", "حجة الإسلام", "الكابتن",
	"النائب", "النائبة", "السفير", "السفيرة", "البروفيسور", "المحامي", "المحامية", "الإعلامي", "الإعلامية",
	"الفنان", "الفنانة", "الداعية", "العلامة", "الرئيس السابق", "الرئيس الراحل", "الملك الراحل",
}

// titles maps a title's first Search-form word to its word sequences,
// longest first.
var titles = buildPhrases(titleList)

func buildPhrases(list []string) map[string][][]string {
	m := make(map[string][][]string)
	for _, t := range list {
		ws := strings.Fields(arabic.Search.String(t))
		m[ws[0]] = append(m[ws[0]], ws)
	}
	for _, seqs := range m {
		for i := 1; i < len(seqs); i++ {
			for j := i; j > 0 && len(seqs[j]) > len(seqs[j-1]); j-- {
				seqs[j], seqs[j-1] = seqs[j-1], seqs[j]
			}
		}
	}
	return m
}

// titleAt returns how many words of words, from i on, form a title; 0 when
// none does. words are in Search form.
func titleAt(words []string, i int) int {
	return phraseAt(titles, words, i)
}

func phraseAt(m map[string][][]string, words []string, i int) int {
	if i >= len(words) {
		return 0
	}
	for _, seq := range m[words[i]] {
		if i+len(seq) > len(words) {
			continue
		}
		ok := true
		for k, w := range seq {
			if words[i+k] != w {
				ok = false
				break
			}
		}
		if ok {
			return len(seq)
		}
	}
	return 0
}

// IsTitle reports whether word, in any spelling, is a one-word title such
// as المشير or الدكتور.
func IsTitle(word string) bool { return IsTitleNormal(arabic.Search.String(word)) }

// IsTitleNormal is IsTitle for a word already in arabic.Search form.
func IsTitleNormal(w string) bool {
	for _, seq := range titles[w] {
		if len(seq) == 1 {
			return true
		}
	}
	return false
}
