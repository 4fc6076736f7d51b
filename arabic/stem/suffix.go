package stem

import (
	"strings"

	"github.com/marsad/marsad/internal/arlex"
)

const (
	taM = "ة"
	ta  = "ت"
	ya  = "ي"
	art = "ال"
)

// letters is the number of letters of an all-Arabic s.
func letters(s string) int { return len(s) / 2 }

// evidence is how often s is seen alone or with the article.
func evidence(s string) uint32 { return arlex.Freq(s) + arlex.Freq2(art, s) }

// number removes a dual or plural suffix (تين تان ات ون ين ان) when the
// rest is attested, or, for a word the lexicon lacks, long enough.
func number(s string) string {
	n := letters(s)
	fw := arlex.Freq(s)
	switch {
	case n >= 5 && (strings.HasSuffix(s, "تين") || strings.HasSuffix(s, "تان")):
		rest := s[:len(s)-6]
		if arlex.Freq2(rest, taM)+arlex.Freq3(art, rest, taM) > 0 || fw == 0 && n >= 6 {
			return rest // مدرستين → مدرس
		}
	case n >= 4 && strings.HasSuffix(s, "ات"):
		rest := s[:len(s)-4]
		if evidence(rest)+arlex.Freq2(rest, taM) > 0 || fw == 0 && n >= 5 {
			return rest // قوات → قو (قوة), but اصوات stays
		}
		return s
	}
	if n < 5 {
		return s
	}
	rest := s[:len(s)-4]
	switch s[len(s)-4:] {
	case "ون", "ين":
		if ev := evidence(rest); ev > 0 && ev*8 >= fw || fw == 0 {
			return rest // مسلمين → مسلم, but فلسطين, ملايين, قانون stay
		}
	case "ان":
		if evidence(rest) >= fw && fw > 0 {
			return rest // الطرفان → طرف, but اعلان, لبنان, ايران stay
		}
	}
	return s
}

// gender removes a feminine ة and then a nisba ي (عربية → عرب, الوطني →
// وطن) when the adjective is attested with ية, or the word is unknown.
func gender(s string) string {
	if strings.HasSuffix(s, taM) && letters(s) >= 3 {
		s = s[:len(s)-2]
	}
	if !strings.HasSuffix(s, ya) || letters(s) < 4 {
		return s
	}
	rest := s[:len(s)-2]
	if arlex.Freq3(rest, ya, taM) > 0 || arlex.Freq3(art, rest, "ية") > 0 ||
		arlex.Freq(s) == 0 && evidence(rest) > 0 {
		return rest
	}
	return s // مستشفي, يجري, استفتي stay
}

// verb removes the past-tense endings وا and ت when the bare verb is well
// attested (قالوا → قال, اكدت → اكد; بيروت, الكويت stay).
func verb(s string) string {
	n := letters(s)
	if n < 4 {
		return s
	}
	rest := s[:len(s)-2]
	if strings.HasSuffix(s, "وا") && n >= 5 {
		rest = s[:len(s)-4]
		if evidence(rest) > 0 || arlex.Freq(s) == 0 {
			return rest
		}
	} else if strings.HasSuffix(s, ta) {
		if fw := arlex.Freq(s); fw > 0 && evidence(rest)*2 >= fw {
			return rest
		}
	}
	return s
}
