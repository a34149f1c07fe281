package extract

import "strings"

// phraseSet matches lexicon phrases against a sentence's tokens, indexed by
// first word so a sentence costs one map look-up per token.
type phraseSet struct {
	byFirst  map[string][]int // first word -> phrase indices
	prefixes []int            // one-word phrases matched as word prefixes ("survey*")
	words    [][]string
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
			ps.prefixes = append(ps.prefixes, i)
			continue
		}
		ps.byFirst[w[0]] = append(ps.byFirst[w[0]], i)
	}
	return ps
}

func normApos(s string) string { return strings.ReplaceAll(s, "’", "'") }

// match calls fn with the index of every phrase found in t (once each).
func (ps *phraseSet) match(t []token, fn func(i int)) {
	var seenSmall [8]int
	seen := seenSmall[:0]
	isSeen := func(i int) bool {
		for _, x := range seen {
			if x == i {
				return true
			}
		}
		return false
	}
	lw := func(k int) string { return t[k].norm() }
	for k := range t {
		if t[k].kind == tPunct || t[k].name {
			continue
		}
		for _, i := range ps.byFirst[lw(k)] {
			w := ps.words[i]
			if k+len(w) > len(t) || isSeen(i) {
				continue
			}
			ok := true
			for m := 1; m < len(w); m++ {
				if lw(k+m) != w[m] || t[k+m].name {
					ok = false
					break
				}
			}
			if ok {
				seen = append(seen, i)
				fn(i)
			}
		}
		for _, i := range ps.prefixes {
			if !isSeen(i) && strings.HasPrefix(lw(k), ps.words[i][0]) {
				seen = append(seen, i)
				fn(i)
			}
		}
	}
}

// any reports whether any phrase occurs in t.
func (ps *phraseSet) any(t []token) bool {
	found := false
	ps.match(t, func(int) { found = true })
	return found
}
