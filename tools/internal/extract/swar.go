package extract

import (
	"math/bits"

	"github.com/explainer-dev/explainer/tools/internal/swar"
)

// indexQuoteByte is the index of the first byte of p at or after i that is
// '"' or not ASCII (where a curly mark may start), or len(p).
func indexQuoteByte(p string, i int) int {
	for ; i+8 <= len(p); i += 8 {
		x := swar.Load64(p[i:])
		if m := x&swar.Tops | swar.ZeroBytes(x^('"'*swar.Ones)); m != 0 {
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
		x := swar.Load64(p[i:])
		if m := swar.ZeroBytes(x^('\''*swar.Ones)) | swar.ZeroBytes(x^(curly*swar.Ones)); m != 0 {
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
