// Package marsad holds Marsad's domain types: the analysed document and the
// items found in it (tokens, sentences, entities, quotes, comments), each with
// start/end offsets. Offsets are Unicode code-point indices into
// Document.Text, end exclusive, so []rune(Text)[Start:End] is the surface.
//
// The root package imports only the standard library. Analysis stages live
// in their own packages (arabic, tokenize, analyze, ...) and wiring lives in
// cmd/ and internal/cli.
package marsad
