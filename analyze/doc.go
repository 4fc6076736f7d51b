// Package analyze composes Marsad's stages into one Analyzer. The stages run
// in this order, each small and single-purpose:
//
//  1. decode: the raw bytes become text; invalid UTF-8 is replaced by U+FFFD
//     (with a warning), so every later offset indexes valid text.
//  2. lang: the dominant language or script. Arabic-specific stages (5–7)
//     run only when it is "ar"; the document's Stages field says what ran.
//  3. tokenize + sentences: tokens and sentence spans over the unmodified
//     text, so offsets never need mapping back.
//  4. normalize: each token's Norm, the Search form (see package arabic).
//     It runs before segmentation and stemming because those read the
//     Orthographic form and must not see diacritics, tatweel or ligatures.
//  5. segment: clitic segmentation of Arabic words.
//  6. stem: light stem.
//  7. root: root extraction.
package analyze
