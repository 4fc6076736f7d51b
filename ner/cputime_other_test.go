//go:build !unix

package ner

func cpuTime() float64 { return 0 }
