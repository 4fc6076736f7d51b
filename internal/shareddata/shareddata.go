// Package shareddata finds the project's shared third-party data (the
// ../shared folder next to the repository) for tests and evaluations. Users
// do not have it: tests call Require, which skips with a message when the
// folder is absent, except in CI (CI=true), where its absence fails the test.
package shareddata

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Dir returns the shared folder, or "" when it cannot be found. The
// MARSAD_SHARED environment variable overrides the search.
func Dir() string {
	if d := os.Getenv("MARSAD_SHARED"); d != "" {
		return d
	}
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return ""
	}
	// internal/shareddata/shareddata.go -> repo root -> ../shared
	root := filepath.Dir(filepath.Dir(filepath.Dir(file)))
	d := filepath.Join(filepath.Dir(root), "shared")
	if st, err := os.Stat(d); err == nil && st.IsDir() {
		return d
	}
	return ""
}

// Path joins elem onto the shared folder; it returns "" when there is none.
func Path(elem ...string) string {
	d := Dir()
	if d == "" {
		return ""
	}
	return filepath.Join(append([]string{d}, elem...)...)
}

// Require returns the path of elem inside the shared folder. It skips the
// test when the folder or file is missing, and fails it in CI.
func Require(tb testing.TB, elem ...string) string {
	tb.Helper()
	p := Path(elem...)
	if p != "" {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	msg := "shared data " + filepath.Join(elem...) + " not found (set MARSAD_SHARED or place ../shared next to the repo)"
	if os.Getenv("CI") != "" {
		tb.Fatal(msg)
	}
	tb.Skip(msg)
	return ""
}
