// Package analyze composes Marsad's stages into one Analyzer. The stages run
// in this order, each small and single-purpose:
//
//  1. structure: raw bytes (plain text or HTML, any declared charset) become
//     the analysed text with its title, body paragraphs, reader comments,
//     page furniture and stated source (package structure). Invalid UTF-8
//     is replaced by U+FFFD, so every later offset indexes valid text.
//  2. lang: the dominant language or script. Arabic-specific stages (5–9)
//     run only when it is "ar"; the document's Stages field says what ran.
//  3. tokenize + sentences: tokens and sentence spans over the unmodified
//     text, so offsets never need mapping back. Each token gets the section
//     it lies in (title, body, comment, boilerplate).
//  4. normalize: each token's Norm, the Search form (see package arabic).
//     It runs before segmentation and stemming because those read the
//     Orthographic form and must not see diacritics, tatweel or ligatures.
//  5. segment: clitic segmentation of Arabic words (package arabic/clitic).
//  6. stem: light stem (arabic/stem).
//  7. root: root (arabic/root). Stages 4–7 are memoized per surface form
//     (cache.go).
//  8. entities: the tagger (package ner) over each sentence's tokens within
//     one section; furniture is skipped.
//  9. link, quotes: mentions merged into entities with stable ids, titles
//     and roles (package link), then statements with their speakers and
//     the outlets they came through (package quote). Linking comes first
//     because speakers are resolved to entity ids.
package analyze
