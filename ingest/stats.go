package ingest

import (
	"sync/atomic"
	"time"
)

// Stats counts an ingest's progress.
type Stats struct {
	Files      int   // inputs found
	Records    int64 // records read (documents and bad records)
	Added      int64 // new documents stored (committed)
	Unchanged  int64 // records whose content was already stored
	Errors     int64 // unreadable files and records, failed analyses
	Bytes      int64 // input bytes read so far
	TotalBytes int64 // input bytes in all files (0 when reading stdin)
	Clustered  int   // documents given a story after the ingest
	Elapsed    time.Duration
	// Interrupted is set when the context was cancelled: what was
	// committed stays, the rest is read again on the next run.
	Interrupted bool
}

// Rate is the number of records handled per second.
func (s Stats) Rate() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Added+s.Unchanged+s.Errors) / s.Elapsed.Seconds()
}

// counters are the live, concurrently updated counts.
type counters struct {
	records, added, unchanged, errors, bytes atomic.Int64
}

func (c *counters) snapshot(s Stats, start time.Time) Stats {
	s.Records, s.Added, s.Unchanged = c.records.Load(), c.added.Load(), c.unchanged.Load()
	s.Errors, s.Bytes = c.errors.Load(), c.bytes.Load()
	s.Elapsed = time.Since(start)
	return s
}
