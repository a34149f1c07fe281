package swar

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"
)

// TestZeroBytes checks ZeroBytes byte by byte on words made of every byte
// value next to zeros, ones and random bytes, where the borrows of the
// shorter test go wrong.
func TestZeroBytes(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 200000; n++ {
		var b [8]byte
		for i := range b {
			switch r.IntN(4) {
			case 0:
				b[i] = 0
			case 1:
				b[i] = 1
			default:
				b[i] = byte(r.IntN(256))
			}
		}
		x := binary.LittleEndian.Uint64(b[:])
		var want uint64
		for i, c := range b {
			if c == 0 {
				want |= 0x80 << (8 * i)
			}
		}
		if got := ZeroBytes(x); got != want {
			t.Fatalf("ZeroBytes(%#016x) = %#016x, want %#016x", x, got, want)
		}
		if got := Load64(string(b[:])); got != x {
			t.Fatalf("Load64(%q) = %#016x, want %#016x", b, got, x)
		}
	}
}
