package parallel

import (
	"sync/atomic"
	"testing"
)

func TestFor(t *testing.T) {
	for _, n := range []int{0, 1, 2, 7, 1000} {
		calls := make([]int32, n)
		var total atomic.Int32
		For(n, func(i int) {
			atomic.AddInt32(&calls[i], 1)
			total.Add(1)
		})
		if int(total.Load()) != n {
			t.Errorf("For(%d) made %d calls", n, total.Load())
		}
		for i, c := range calls {
			if c != 1 {
				t.Errorf("For(%d) called f(%d) %d times, want once", n, i, c)
			}
		}
	}
}
