package ner

import (
	"embed"
	"sync"
)

// DefaultName is the default model's file name inside the model folder.
const DefaultName = "model/ner.gob.gz"

//go:embed model
var modelFS embed.FS

var loadDefault = sync.OnceValues(func() (*Model, error) { return Load(modelFS, DefaultName) })

// Default returns the model shipped with the package, loaded on first use.
func Default() (*Model, error) { return loadDefault() }
