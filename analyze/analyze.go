package analyze

import (
	"bytes"
	"fmt"

	marsad "github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/link"
	"github.com/marsad/marsad/ner"
	"github.com/marsad/marsad/orgs"
	"github.com/marsad/marsad/places"
	"github.com/marsad/marsad/quote"
	"github.com/marsad/marsad/tokenize"
)

// DefaultMaxBytes is the default input size limit: 10 MiB.
const DefaultMaxBytes = 10 << 20

// Options configure an Analyzer. The zero value is usable: all stages on,
// the default size limit.
type Options struct {
	// MaxBytes rejects larger inputs; 0 means DefaultMaxBytes.
	MaxBytes int
	// ContentType hints the input's type and charset, e.g.
	// "text/html; charset=windows-1256". The file name's extension and the
	// content itself are used when it is empty.
	ContentType string
	// Model is the entity tagger; nil means the embedded default.
	Model *ner.Model
	// NoEntities switches off entity recognition and everything after it.
	NoEntities bool
	// NoPlaces leaves out the places gazetteer (package places): only the
	// tagger and the other stages find places.
	NoPlaces bool
}

// Analyzer runs the stages. It is safe for concurrent use.
type Analyzer struct {
	opts Options
}

// New returns an Analyzer. The default entity model is loaded on first use.
func New(opts Options) *Analyzer {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	return &Analyzer{opts: opts}
}

// model returns the entity tagger: the one in Options or the default.
func (a *Analyzer) model() (*ner.Model, error) {
	if a.opts.Model != nil {
		return a.opts.Model, nil
	}
	m, err := ner.Default()
	if err != nil {
		return nil, fmt.Errorf("load default entity model: %w", err)
	}
	return m, nil
}

// Analyze analyses one raw document. name is recorded as Document.File.
// Empty or oversized input gives an *marsad.Error with code EINVALID.
func (a *Analyzer) Analyze(name string, raw []byte) (*marsad.Document, error) {
	if len(raw) > a.opts.MaxBytes {
		return nil, marsad.Errorf(marsad.EINVALID, "%s: input is %d bytes, over the limit of %d (see --max-bytes)", displayName(name), len(raw), a.opts.MaxBytes)
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, marsad.Errorf(marsad.EINVALID, "%s: input is empty", displayName(name))
	}
	doc, err := a.parseStructure(name, raw)
	if err != nil {
		return nil, err
	}
	return doc, a.Text(doc)
}

// Text runs every stage after the structure stage on doc.Text. It fails
// only when the entity model cannot be loaded.
func (a *Analyzer) Text(doc *marsad.Document) error {
	doc.Stages = append(doc.Stages, "structure", "lang", "tokenize", "sentences", "normalize")
	doc.Lang = arabic.Lang(doc.Text)
	doc.Tokens, doc.Sentences = tokenize.Split(doc.Text, nil, true)
	assignSections(doc)
	arabicText := doc.Lang == "ar"
	tokenStages(doc.Tokens, arabicText)
	if !arabicText {
		doc.Warnings = append(doc.Warnings, "language is "+doc.Lang+", not Arabic: Arabic-specific stages (segment, stem, root, entities) skipped")
		return nil
	}
	doc.Stages = append(doc.Stages, "segment", "stem", "root")
	if !a.opts.NoEntities {
		a.entityStages(doc)
	}
	return nil
}

func displayName(name string) string {
	if name == "" || name == "-" {
		return "stdin"
	}
	return name
}

// newDocument returns a document whose list fields are empty, not null, in
// JSON: a stage that finds nothing leaves an empty list.
func newDocument(name string) *marsad.Document {
	return &marsad.Document{
		File: name, Body: []marsad.Span{}, Comments: []marsad.Comment{},
		Boilerplate: []marsad.Boilerplate{}, Entities: []marsad.Entity{},
		Linked: []marsad.Linked{}, Quotes: []marsad.Quote{},
	}
}

// entityStages finds entity mentions, links them into entities, and
// extracts quotes with their speakers and outlets.
func (a *Analyzer) entityStages(doc *marsad.Document) {
	var names link.Options
	if m, err := a.model(); err != nil {
		// TODO(issue 4): an error once the default model ships.
		doc.Warnings = append(doc.Warnings, "entities skipped: "+err.Error())
	} else {
		names.Name = m.PersonWord
		doc.Stages = append(doc.Stages, "entities")
		runes := []rune(doc.Text)
		findEntities(doc, m, runes)
		mergeAdjacentPlaces(doc, runes)
		mergeAdjacentPeople(doc, runes)
		joinHyphenNames(doc, runes, m)
		splitKnownHeads(doc, runes, m)
		typeOutlets(doc, runes)
		datelinePlaces(doc, runes)
		if !a.opts.NoPlaces {
			knownPlaces(doc, runes, places.Default())
		}
		orgs.Find(doc, runes, SectionBoilerplate)
		rolePeople(doc, runes, m)
		extendPeopleLeft(doc, runes, m)
		kunyaPeople(doc, runes, m)
		extendPeopleRight(doc, runes, m)
		typeProducts(doc)
	}
	doc.Stages = append(doc.Stages, "link", "quotes")
	link.LinkWith(doc, names)
	quote.Extract(doc)
}
