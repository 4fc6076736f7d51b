package analyze

import (
	"strings"
	"testing"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/places"
)

func TestKnownPlaces(t *testing.T) {
	g, err := places.Parse(strings.NewReader(strings.Join([]string{
		"قفصة\tTN\tcity\t0", "نواكشوط\tMR\tcity\t0", "الرياض\tSA\tcity\t0", "صور\tLB\tcity\t1",
		"السعودية\tSA\tcountry\t0", "أطار\tMR\ttown\t0", "وادي حضرموت\tYE\tarea\t0", "حضرموت\tYE\tregion\t0",
	}, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	checkStage(t, []stageCase{
		{"وتوقف الإنتاج في قفصة منذ أسبوع.", nil, "LOC قفصة"},
		{"ووصل الوفد بنواكشوط أمس.", nil, "LOC نواكشوط"},               // the preposition stays out
		{"وعاد الوزير للرياض أمس.", nil, "LOC للرياض"},                 // after لل the token stays whole
		{"وجرفت السيول منازل في وادي حضرموت.", nil, "LOC وادي حضرموت"}, // the longest name
		{"وقصفت الطائرات مدينة صور فجرا.", nil, "LOC صور"},             // ambiguous, after a place word
		{"زار السعودية الأسبوع الماضي.", nil, "LOC السعودية"},
		{"ووصل إلى قفصة.", [][2]string{{"قفصة", "ORG"}}, "ORG قفصة"}, // a tagged word is left alone
		// What must stay as it is.
		{"ونشرت الصحيفة صور الضحايا.", nil, ""},              // ambiguous, no place word
		{"وقالت الحكومة السعودية إن القرار نهائي.", nil, ""}, // an adjective after a definite noun
		{"وجاء القرار في إطار الاتفاق.", nil, ""},            // another hamza than أطار
	}, func(doc *marsad.Document, runes []rune) { knownPlaces(doc, runes, g) })
}
