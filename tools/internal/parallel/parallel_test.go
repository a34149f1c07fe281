package parallel

import (
	"sync/atomic"
	"testing"
	"time"
)

func TestFor(t *testing.T) {
	for _, workers := range []int{0, 1, 2, 5} {
		for _, n := range []int{0, 1, 2, 7, 1000} {
			calls := make([]int32, n)
			var total atomic.Int32
			f := func(i int) {
				atomic.AddInt32(&calls[i], 1)
				total.Add(1)
			}
			if workers == 0 {
				For(n, f)
			} else {
				On(workers, n, f)
			}
			if int(total.Load()) != n {
				t.Errorf("On(%d, %d) made %d calls", workers, n, total.Load())
			}
			for i, c := range calls {
				if c != 1 {
					t.Errorf("On(%d, %d) called f(%d) %d times, want once", workers, n, i, c)
				}
			}
		}
	}
}

// TestOnWorkers checks that On runs its iterations on as many goroutines
// as it is given: with two workers, two calls are under way at once.
func TestOnWorkers(t *testing.T) {
	both := make(chan struct{})
	var arrived atomic.Int32
	On(2, 2, func(int) {
		if arrived.Add(1) == 2 {
			close(both)
		}
		select {
		case <-both:
		case <-time.After(10 * time.Second):
			t.Error("On(2, 2, f) ran one call at a time")
		}
	})
}
