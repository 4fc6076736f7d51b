package ner

import (
	"fmt"
	"strings"
)

// probeText is a fixed text whose features are hashed into a model's
// fingerprint. When the word analyses (normalizer, stemmer, root extractor,
// clitic splitter) or the feature templates change, the fingerprint changes
// and the model must be retrained.
var probeText = []string{
	"قال الرئيس المصري عبد الفتاح السيسي في القاهرة أمس إن شركة أرامكو السعودية ستفتتح مكتبا في دبي .",
	"وأضاف المتحدث باسم وزارة الخارجية الأمريكية لوكالة رويترز أن الوزير سيزور العاصمة الأردنية عمان .",
	"فاز نادي الأهلي بكأس مصر بعد تغلبه على الزمالك ( 2 - 1 ) في ملعب برج العرب بالإسكندرية .",
	"وقالت المستشارة الألمانية أنجيلا ميركل لصحيفة « دي فيلت » إن برلين ستدفع ١٫٥ مليار يورو ( Reuters ) .",
	"وَأَكَّدَ الأمينُ العامُّ لجامعةِ الدولِ العربيّةِ أحمد أبو الغيط أنّ مؤتمرات القمة ستُعقد في الرياض",
}

// fingerprint hashes the features of probeText.
func (m *Model) fingerprint() uint64 {
	h := uint64(fnvOffset)
	var feats []uint64
	for _, s := range probeText {
		words := strings.Fields(s)
		lx := make([]lex, len(words))
		for i, w := range words {
			analyzeWord(&lx[i], w, &m.lexicon)
		}
		m.gaz.markPhrases(lx)
		for i := range lx {
			for _, f := range features(feats[:0], lx, i) {
				h = mix(h ^ f)
			}
		}
	}
	return h
}

// Check reports an error when this build computes different features from
// the ones the model was trained with, e.g. after a change to the stemmer.
// Such a model still works, but less accurately: retrain it.
func (m *Model) Check() error {
	if got := m.fingerprint(); got != m.info.Fingerprint {
		return fmt.Errorf("ner: feature fingerprint %016x, model trained with %016x: retrain the model", got, m.info.Fingerprint)
	}
	return nil
}
