// Package dedup finds near-duplicate documents: MinHash signatures over
// hashed word shingles, and banded locality-sensitive hashing to find the
// pairs worth comparing without comparing every pair.
package dedup
