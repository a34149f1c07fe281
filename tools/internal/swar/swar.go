// Package swar reads text eight bytes at a time: a few loops pass over
// every byte of an article looking for rare ones (quotation marks, control
// characters, spaces between fields), and a word of eight bytes costs
// about what one byte did.
package swar

// Ones has 1 in each byte, and Tops the top bit of each.
const (
	Ones = 0x0101010101010101
	Tops = 0x8080808080808080
	low7 = 0x7f7f7f7f7f7f7f7f
)

// Load64 reads s[0:8] as a little-endian word.
func Load64(s string) uint64 {
	s = s[:8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// ZeroBytes has the top bit set in each byte of x that is zero, and no
// other bit: exactly, where the shorter (x-Ones)&^x&Tops may also mark a
// 0x01 byte above a zero.
func ZeroBytes(x uint64) uint64 {
	return ^((x&low7 + low7) | x | low7)
}
