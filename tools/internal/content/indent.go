package content

import "bytes"

// indent lays out src, which must be valid JSON, as json.Indent does with
// no prefix and an indent of two spaces. It leaves checking to the
// encoder that wrote src, where json.Indent runs its validating scanner
// over every byte: that took a quarter of the time of extracting and
// encoding an explainer, and indent takes half as long.
func indent(src []byte) []byte {
	dst := make([]byte, 0, 2*len(src))
	depth := 0
	open := false // just after { or [: the newline waits, so that {} and [] stay as they are
	end := len(bytes.TrimRight(src, " \t\r\n"))
	for i := 0; i < end; i++ {
		c := src[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			continue
		}
		if open && c != '}' && c != ']' {
			open = false
			depth++
			dst = newline(dst, depth)
		}
		switch c {
		case '"':
			end := quoted(src, i)
			dst = append(dst, src[i:end]...)
			i = end - 1
		case '{', '[':
			open = true
			dst = append(dst, c)
		case ',':
			dst = newline(append(dst, c), depth)
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if open {
				open = false
			} else {
				depth--
				dst = newline(dst, depth)
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	return append(dst, src[end:]...) // as json.Indent keeps white space at the end
}

// quoted is the index just past the JSON string that starts at src[i].
func quoted(src []byte, i int) int {
	for j := i + 1; ; j++ {
		k := bytes.IndexByte(src[j:], '"')
		if k < 0 {
			return len(src)
		}
		j += k
		escaped := false // by an odd number of backslashes before it
		for p := j - 1; p > i && src[p] == '\\'; p-- {
			escaped = !escaped
		}
		if !escaped {
			return j + 1
		}
	}
}

// spaces indents lines up to a depth of 32 in one append.
const spaces = "                                                                "

func newline(dst []byte, depth int) []byte {
	dst = append(dst, '\n')
	for ; depth > len(spaces)/2; depth -= len(spaces) / 2 {
		dst = append(dst, spaces...)
	}
	return append(dst, spaces[:2*depth]...)
}
