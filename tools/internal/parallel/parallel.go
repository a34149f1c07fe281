// Package parallel runs the iterations of a loop on all cores.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// For calls f(i) for every i in [0, n), on as many goroutines as there are
// cores (GOMAXPROCS), and returns when every call has returned. The calls
// run in no particular order: f writes its result to slot i of a slice the
// caller reads afterwards.
func For(n int, f func(i int)) { On(runtime.GOMAXPROCS(0), n, f) }

// On is For on the given number of goroutines (at least one). Each takes
// the next i from a shared counter, so that handing out an iteration costs
// no wake-up of another goroutine, as a channel's send does: on a
// one-millisecond iteration the channel took 5% of the time.
func On(workers, n int, f func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range max(1, min(workers, n)) {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				f(i)
			}
		})
	}
	wg.Wait()
}
