//go:build ignore

// Tablegen turns words.tsv.gz (form TAB count, one per line) into
// words.bin, the lexicon as an open-addressing hash table that Freq probes
// in place, with no load step. Layout, little-endian:
//
//	"ARLX" | nslots u32 | nwords u32 | slots [nslots]u32 (word index+1, 0 = empty)
//	| counts [nwords]u32 | offs [nwords+1]u32 | blob (the forms, concatenated)
//
// Run by go generate after gen.go.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"log"
	"os"
	"strconv"
	"strings"
)

func main() {
	f, err := os.Open("words.tsv.gz")
	if err != nil {
		log.Fatal(err)
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		log.Fatal(err)
	}
	var words []string
	var counts []uint32
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		form, n, ok := strings.Cut(sc.Text(), "\t")
		c, err := strconv.ParseUint(n, 10, 32)
		if !ok || err != nil || form == "" || form[0] == '#' {
			continue
		}
		words, counts = append(words, form), append(counts, uint32(c))
	}
	nslots := uint32(1)
	for nslots < uint32(len(words))*3 {
		nslots <<= 1
	}
	slots := make([]uint32, nslots)
	for i, w := range words {
		h := hash(w) & (nslots - 1)
		for slots[h] != 0 {
			h = (h + 1) & (nslots - 1)
		}
		slots[h] = uint32(i + 1)
	}
	out := []byte("ARLX")
	out = binary.LittleEndian.AppendUint32(out, nslots)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(words)))
	for _, s := range slots {
		out = binary.LittleEndian.AppendUint32(out, s)
	}
	for _, c := range counts {
		out = binary.LittleEndian.AppendUint32(out, c)
	}
	off := uint32(0)
	for _, w := range words {
		out = binary.LittleEndian.AppendUint32(out, off)
		off += uint32(len(w))
	}
	out = binary.LittleEndian.AppendUint32(out, off)
	for _, w := range words {
		out = append(out, w...)
	}
	if err := os.WriteFile("words.bin", out, 0o644); err != nil {
		log.Fatal(err)
	}
}

// hash is FNV-1a, 32 bits; arlex.go computes the same.
func hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}
