package extract

import (
	"regexp"
	"regexp/syntax"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A search finds the matches of a regular expression as
// FindAllStringSubmatchIndex finds them, but tries the expression only
// where a match can start: at a byte a match can begin with and, for an
// expression that opens with \b, at a word boundary. An unanchored search
// explores the expression's opening alternatives at every place in the
// text; the date patterns open with long lists of optional words, and that
// was most of the cost of reading dates.
type search struct {
	re    *regexp.Regexp
	start *regexp.Regexp // ^(?:re): re at the start of the text, or after a character \b reads as no word's
	// at is ^(?s:.)(?:re): re just after one character, for its \b to
	// read; it is compiled when first needed, after a word's character,
	// which few expressions can start at.
	at    func() *regexp.Regexp
	first [utf8.RuneSelf]bool
	// second[b] has bit c set when a match can open with bytes b, c; all
	// bits are set where the program cannot tell.
	second [utf8.RuneSelf][2]uint64
	bound  bool // every match starts at a \b
	plain  bool // a match may be empty or open with a non-ASCII character: search as re does
}

func newSearch(re *regexp.Regexp) *search {
	s := &search{re: re}
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		s.plain = true
		return s
	}
	tree = tree.Simplify()
	var nonASCII bool
	nullable := firstBytes(tree, &s.first, &nonASCII)
	if nullable || nonASCII {
		s.plain = true
		return s
	}
	s.bound = opensWithBoundary(tree)
	prog, err := syntax.Compile(tree)
	if err != nil {
		s.plain = true
		return s
	}
	s.second = secondBytes(prog)
	s.start = regexp.MustCompile(`^(?:` + re.String() + `)`)
	s.at = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?s:.)(?:` + re.String() + `)`) })
	return s
}

// findAll returns the matches of s.re in text that start at from or after,
// given that none starts before: what FindAllStringSubmatchIndex returns
// then.
func (s *search) findAll(text string, from int) [][]int {
	if s.plain {
		locs := s.re.FindAllStringSubmatchIndex(text[from:], -1)
		for _, loc := range locs {
			for k := range loc {
				if loc[k] >= 0 {
					loc[k] += from
				}
			}
		}
		return locs
	}
	var out [][]int
	for c := from; c < len(text); c++ {
		b := text[c]
		if b >= utf8.RuneSelf || !s.first[b] {
			continue
		}
		if s.bound && (c > 0 && reWordByte(text[c-1])) == reWordByte(b) {
			continue
		}
		if c+1 < len(text) {
			if n := text[c+1]; n < utf8.RuneSelf && s.second[b][n>>6]&(1<<(n&63)) == 0 {
				continue
			}
		}
		var loc []int
		if c == 0 || !reWordByte(text[c-1]) {
			if loc = s.start.FindStringSubmatchIndex(text[c:]); loc != nil {
				for k := range loc {
					if loc[k] >= 0 {
						loc[k] += c
					}
				}
			}
		} else if loc = s.at().FindStringSubmatchIndex(text[c-1:]); loc != nil {
			for k := range loc {
				if loc[k] >= 0 {
					loc[k] += c - 1
				}
			}
			loc[0] = c
		}
		if loc != nil {
			out = append(out, loc)
			c = loc[1] - 1 // matches do not overlap, and none is empty
		}
	}
	return out
}

// firstBytes adds to set the ASCII bytes a match of re can open with, sets
// *nonASCII when it can open with another character, and reports whether
// re matches the empty string.
func firstBytes(re *syntax.Regexp, set *[utf8.RuneSelf]bool, nonASCII *bool) (nullable bool) {
	addRune := func(r rune) {
		if r >= utf8.RuneSelf {
			*nonASCII = true
			return
		}
		set[r] = true
	}
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true
		}
		r := re.Rune[0]
		addRune(r)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				addRune(f)
			}
		}
		return false
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if r >= utf8.RuneSelf {
					*nonASCII = true
					break
				}
				set[r] = true
			}
		}
		return false
	case syntax.OpCapture:
		return firstBytes(re.Sub[0], set, nonASCII)
	case syntax.OpStar, syntax.OpQuest:
		firstBytes(re.Sub[0], set, nonASCII)
		return true
	case syntax.OpPlus:
		return firstBytes(re.Sub[0], set, nonASCII)
	case syntax.OpRepeat:
		n := firstBytes(re.Sub[0], set, nonASCII)
		return n || re.Min == 0
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if !firstBytes(sub, set, nonASCII) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		nullable := false
		for _, sub := range re.Sub {
			if firstBytes(sub, set, nonASCII) {
				nullable = true
			}
		}
		return nullable
	}
	// Any character, or an operator not listed: it may open with anything.
	*nonASCII = true
	for b := range set {
		set[b] = true
	}
	return true
}

// opensWithBoundary reports whether every match of re starts at a \b.
func opensWithBoundary(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpWordBoundary:
		return true
	case syntax.OpCapture:
		return opensWithBoundary(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && opensWithBoundary(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !opensWithBoundary(sub) {
				return false
			}
		}
		return true
	}
	return false
}

// secondBytes returns, for each ASCII byte a match of prog can open with,
// the set of ASCII bytes that can follow it. Empty-width assertions are
// taken as met, a set stays full where the program reads a non-ASCII
// character or may end, so the sets hold every pair a match opens with.
func secondBytes(prog *syntax.Prog) (pairs [utf8.RuneSelf][2]uint64) {
	full := [2]uint64{^uint64(0), ^uint64(0)}
	seen := make([]bool, len(prog.Inst))
	// runes follows the empty-width instructions from pc to the
	// instructions that read a character; it reports false when the
	// program may match there.
	var runes func(pc uint32, out *[]uint32) bool
	runes = func(pc uint32, out *[]uint32) bool {
		if seen[pc] {
			return true
		}
		seen[pc] = true
		in := &prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			return runes(in.Out, out) && runes(in.Arg, out)
		case syntax.InstCapture, syntax.InstEmptyWidth, syntax.InstNop:
			return runes(in.Out, out)
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			*out = append(*out, pc)
			return true
		}
		return false // InstMatch, InstFail
	}
	follow := func(pc uint32) (pcs []uint32, ends bool) {
		clear(seen)
		ends = !runes(pc, &pcs)
		return pcs, ends
	}
	// bytes is the set of ASCII bytes instruction pc reads, computed once.
	sets := map[uint32][2]uint64{}
	bytes := func(pc uint32) [2]uint64 {
		if set, ok := sets[pc]; ok {
			return set
		}
		var set [2]uint64
		for c := range utf8.RuneSelf {
			if prog.Inst[pc].MatchRune(rune(c)) {
				set[c>>6] |= 1 << (c & 63)
			}
		}
		sets[pc] = set
		return set
	}
	firsts, ends := follow(uint32(prog.Start))
	if ends {
		for b := range pairs {
			pairs[b] = full
		}
		return pairs
	}
	for _, pc := range firsts {
		nexts, ends := follow(prog.Inst[pc].Out)
		var next [2]uint64
		if ends {
			next = full
		}
		for _, nx := range nexts {
			set := bytes(nx)
			next[0] |= set[0]
			next[1] |= set[1]
		}
		first := bytes(pc)
		for b := range utf8.RuneSelf {
			if first[b>>6]&(1<<(b&63)) != 0 {
				pairs[b][0] |= next[0]
				pairs[b][1] |= next[1]
			}
		}
	}
	return pairs
}
