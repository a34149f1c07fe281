// Package parallel runs the iterations of a loop on all cores.
package parallel

import (
	"runtime"
	"sync"
)

// For calls f(i) for every i in [0, n), on as many goroutines as there are
// cores (GOMAXPROCS), and returns when every call has returned. The calls
// run in no particular order: f writes its result to slot i of a slice the
// caller reads afterwards.
func For(n int, f func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for i := range next {
				f(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
