// Package tokenize splits text into tokens and sentences with code-point
// offsets. It handles Arabic and Latin words, numbers (27.25%, ٢٠٢٠, 1,500),
// Arabic and Latin punctuation, URLs, e-mail addresses, hashtags and mentions.
// A token's Text is always the exact surface text[start:end] (by code point);
// the tokenizer never normalizes. Normalization, segmentation and stemming are
// later stages (see package analyze).
package tokenize
