package extract

import (
	"slices"
	"strings"
)

// phraseSet matches lexicon phrases against a sentence's tokens, indexed by
// first word so a sentence costs one map look-up per token.
type phraseSet struct {
	byFirst map[string][]int // first word -> phrase indices
	// prefixes are the one-word phrases matched as word prefixes
	// ("survey*"), by their first byte, so a word tries only those that
	// start as it does.
	prefixes  [256][]int
	anyPrefix bool // whether prefixes holds any
	words     [][]string
	// first is the token flag of the first words of byFirst (wordflags.go),
	// so most tokens skip the map look-up; 0 when the set has no flag.
	first wordFlag
}

func newPhraseSet(phrases []string, prefix []bool) *phraseSet {
	ps := &phraseSet{byFirst: map[string][]int{}}
	for i, p := range phrases {
		w := strings.Fields(normApos(strings.ToLower(p)))
		ps.words = append(ps.words, w)
		if len(w) == 0 {
			continue
		}
		if prefix != nil && prefix[i] && len(w) == 1 {
			ps.prefixes[w[0][0]] = append(ps.prefixes[w[0][0]], i)
			ps.anyPrefix = true
			continue
		}
		ps.byFirst[w[0]] = append(ps.byFirst[w[0]], i)
	}
	return ps
}

func normApos(s string) string { return strings.ReplaceAll(s, "’", "'") }

// match calls fn with the index of every phrase found in t (once each) and
// the index in t of its first token.
func (ps *phraseSet) match(t []token, fn func(i, k int)) {
	var seenSmall [8]int
	seen := seenSmall[:0]
	for k := range t {
		x := &t[k]
		if x.kind == tPunct || x.name {
			continue
		}
		if ps.mayStart(x) {
			for _, i := range ps.byFirst[x.nrm] { // phrases that start with this token's word
				w := ps.words[i]
				if k+len(w) > len(t) || slices.Contains(seen, i) {
					continue
				}
				ok := true
				for m := 1; m < len(w); m++ {
					if t[k+m].nrm != w[m] || t[k+m].name {
						ok = false
						break
					}
				}
				if ok {
					seen = append(seen, i)
					fn(i, k)
				}
			}
		}
		if !ps.anyPrefix || x.nrm == "" {
			continue
		}
		for _, i := range ps.prefixes[x.nrm[0]] {
			if !slices.Contains(seen, i) && strings.HasPrefix(x.nrm, ps.words[i][0]) {
				seen = append(seen, i)
				fn(i, k)
			}
		}
	}
}

// mayStart reports whether a phrase of byFirst may start at token x. Flags
// are looked up by the lower-case form, phrases by the normalised one, so a
// token with a typographic apostrophe is always looked up.
func (ps *phraseSet) mayStart(x *token) bool {
	return ps.first == 0 || x.flags&(ps.first|wApos) != 0
}

// any reports whether any phrase occurs in t.
func (ps *phraseSet) any(t []token) bool {
	found := false
	ps.match(t, func(int, int) { found = true })
	return found
}
