package cli

import "sync"

// orderedMap runs work(i) for i in [0,n) on up to workers goroutines and
// calls emit(i, result) in index order, as soon as each result and all the
// ones before it are ready. emit runs on the calling goroutine.
func orderedMap[T any](n, workers int, work func(int) T, emit func(int, T)) {
	if workers < 1 {
		workers = 1
	}
	type item struct {
		i int
		v T
	}
	jobs := make(chan int)
	done := make(chan item, workers)
	var wg sync.WaitGroup
	for w := 0; w < min(workers, n); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				done <- item{i, work(i)}
			}
		}()
	}
	go func() {
		for i := 0; i < n; i++ {
			jobs <- i
		}
		close(jobs)
		wg.Wait()
		close(done)
	}()
	pending := map[int]T{}
	next := 0
	for it := range done {
		pending[it.i] = it.v
		for {
			v, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			emit(next, v)
			next++
		}
	}
}
