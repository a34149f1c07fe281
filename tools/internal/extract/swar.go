package extract

import "math/bits"

// Reading text eight bytes at a time: a few loops pass over every byte of
// an article looking for rare ones (quotation marks, spaces between
// fields), and a word of eight bytes costs about what one byte did.

const (
	ones = 0x0101010101010101
	tops = 0x8080808080808080
	low7 = 0x7f7f7f7f7f7f7f7f
)

// load64 reads s[0:8] as a little-endian word.
func load64(s string) uint64 {
	s = s[:8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// zeroBytes has the top bit set in each byte of x that is zero, and no
// other bit: exactly, where the shorter (x-ones)&^x&tops may also mark a
// 0x01 byte above a zero.
func zeroBytes(x uint64) uint64 {
	return ^((x&low7 + low7) | x | low7)
}

// indexQuoteByte is the index of the first byte of p at or after i that is
// '"' or not ASCII (where a curly mark may start), or len(p).
func indexQuoteByte(p string, i int) int {
	for ; i+8 <= len(p); i += 8 {
		x := load64(p[i:])
		if m := x&tops | zeroBytes(x^('"'*ones)); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(p); i++ {
		if c := p[i]; c >= 0x80 || c == '"' {
			return i
		}
	}
	return len(p)
}

// indexSingleMark is the index of the first byte of p at or after i that
// may start a single quotation mark: '\” or the first byte of '‘' and
// '’'; or len(p).
func indexSingleMark(p string, i int) int {
	const curly = 0xe2 // "‘"[0] and "’"[0]
	for ; i+8 <= len(p); i += 8 {
		x := load64(p[i:])
		if m := zeroBytes(x^('\''*ones)) | zeroBytes(x^(curly*ones)); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(p); i++ {
		if c := p[i]; c == '\'' || c == curly {
			return i
		}
	}
	return len(p)
}
