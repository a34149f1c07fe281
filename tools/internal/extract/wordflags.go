package extract

import (
	"math/bits"
	"strings"
	"sync"
)

// wordFlag marks a lower-cased word as a member of the word lists that are
// read for nearly every token (dates, tense, phrase sets, speech verbs,
// number words). A token's flags are looked up once, after tokenizing,
// instead of one map look-up per list per pass.
//
// Besides the word lists, one flag is the token's own: wApos, set when its
// normalised form differs from its lower-case one.
type wordFlag uint64

const (
	wMonth        wordFlag = 1 << iota // monthTokens
	wDateTrigger                       // a key of dateTriggers
	wEraFirst                          // lexicon eraFirst
	wFuture                            // futureWords
	wFutureBefore                      // futureBefore
	wPast                              // pastWords
	wNotPast                           // notPast
	wModal                             // modalWords
	wNumber                            // a key of lexicon numbers or of multipliers
	wSpeech                            // a one-word key of lexicon speech
	wSpeechFirst                       // the first word of a longer key of lexicon speech
	wCueFirst                          // the first word of a cue phrase
	wHedgeFirst                        // the first word of a hedge
	wUnconfFirst                       // the first word of an unconfirmed-claim phrase
	wKinOwner                          // kinOwners
	wPerfectAux                        // perfectAux
	wApos                              // the token's nrm is not its low: a typographic apostrophe (set in newDoc)
	wAgreement                         // a key of agreementNounsOf
	wPoll                              // pollWords
	wShare                             // "percent", "cent" (pollFigures)
	wConnector                         // connectors
	wParticle                          // particles
	wAnalystTrade                      // analystTrades
	wCapDesc                           // capitalDescriptions, lower-cased: may be one
	wFirstPerson                       // firstPerson: may be one, unless the token has wApos
	wNameAbbrev                        // nameAbbrevs, lower-cased: may be one
	wCommon                            // lexicon common, lower-cased: may be common (isCommon)
	wGiven                             // lexicon givenNames, lower-cased: may be one (givenName)
	wRoleLow                           // a key of lexicon roles (roleOfLow)
	wSchedule                          // scheduleVerbs
	wScheduleBase                      // scheduleBases
	wCommit                            // commitVerbs
	wAux                               // auxiliaries
	wLinking                           // linkingWords
	wClauseBreak                       // clauseBreaks
	wAdjBefore                         // adjectiveBefore
	wAdvocate                          // advocates
	wRoleStop                          // roleStop
	wPronoun                           // pronouns
	wDeterminer                        // determiners or possessivePronouns
	wBodyNoun                          // a key of bodyNouns
	wCreditVerb                        // a key of creditVerb
	wPlaceHead                         // placeHeads, lower-cased: may be one
	wKnownFirst                        // the first word of a key of lexicon places or orgs (mayBeKnown)

	// The flags below are those of the token's lower-cased base (lowBase)
	// rather than of low: "minister's" has the flags of "minister".
	wTitleFirst // lexicon titleFirst
	wOrgWord    // a key of lexicon orgWords
	wDescribed  // a key of describedKinds
	wPollNoun   // pollNouns
	wPlaceWord  // placeWords or landforms
	wDay        // weekdays or weekdayShort, lower-cased: may be one
	wStreet     // streetWords or streetAbbrevs, lower-cased: may be one
	wAfterName  // postNominals or postOffices, lower-cased: may be one
	wRole       // a key of lexicon roles (roleOf)
	wPlace      // a key of lexicon places (placeOf)
	wPortfolio  // portfolioWords
	wNamedBody  // a key of namedBodies
	wLawWord    // lawWords
	wThing      // thingWords
	wTitleQual  // titleQualifiers or titleModifiers
	wKnownBase  // the first word of a key of lexicon places or orgs (mayBeKnown)
)

// baseFlags are the flags of a token's lowBase.
const baseFlags = wTitleFirst | wOrgWord | wDescribed | wPollNoun | wPlaceWord | wDay | wStreet | wAfterName |
	wRole | wPlace | wPortfolio | wNamedBody | wLawWord | wThing | wTitleQual | wKnownBase

// flagsOf are the flags of a token with lower-case form low and base
// lowBase, from the word flags m.
func flagsOf(m *flagTable, low, lowBase string) wordFlag {
	f := m.get(low)
	if len(lowBase) != len(low) {
		f = f&^baseFlags | m.get(lowBase)&baseFlags
	}
	return f
}

// flagTable holds the word flags for the one look-up each token makes. A
// word of up to 15 bytes is packed with its length into two machine words
// and kept in an open-addressed table, so that a look-up hashes 16 bytes
// and reads one slot, where a Go map also reads the key's header and
// bytes from elsewhere. Longer words are in a map.
type flagTable struct {
	slots []flagSlot // a power of two of them, at most half full
	shift uint       // 64 - log2(len(slots))
	long  map[string]wordFlag
}

type flagSlot struct {
	a, b  uint64 // the packed word; a is 0 in an empty slot
	flags wordFlag
}

// packWord packs a word of 1 to 15 bytes into a and b: its bytes in order,
// little-endian, and its length in b's top byte. No packed word has a of
// 0, since no word is empty.
func packWord(w string) (a, b uint64) {
	if len(w) >= 8 {
		a, b = load64(w), loadTail(w[8:])
	} else {
		a = loadTail(w)
	}
	return a, b | uint64(len(w))<<56
}

// loadTail reads up to 8 bytes as a little-endian word, zero above them.
func loadTail(s string) uint64 {
	var v uint64
	for i := len(s) - 1; i >= 0; i-- {
		v = v<<8 | uint64(s[i])
	}
	return v
}

func (t *flagTable) slot(a, b uint64) int {
	return int((a ^ b*0x9e3779b97f4a7c15) * 0xbf58476d1ce4e5b9 >> t.shift)
}

func newFlagTable(m map[string]wordFlag) *flagTable {
	n := 16
	for n < 2*len(m) {
		n *= 2
	}
	t := &flagTable{slots: make([]flagSlot, n), shift: uint(64 - bits.TrailingZeros(uint(n))), long: map[string]wordFlag{}}
	for w, f := range m {
		switch {
		case w == "":
		case len(w) > 15:
			t.long[w] = f
		default:
			a, b := packWord(w)
			i := t.slot(a, b)
			for t.slots[i].a != 0 {
				i = (i + 1) & (n - 1)
			}
			t.slots[i] = flagSlot{a, b, f}
		}
	}
	return t
}

// get is the flags of w: m[w] of the map the table was made from.
func (t *flagTable) get(w string) wordFlag {
	if len(w) > 15 || w == "" {
		return t.long[w]
	}
	a, b := packWord(w)
	mask := len(t.slots) - 1
	for i := t.slot(a, b); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.a == a && s.b == b {
			return s.flags
		}
		if s.a == 0 {
			return 0
		}
	}
}

var wordFlags = sync.OnceValue(func() *flagTable { return newFlagTable(wordFlagMap()) })

// wordFlagMap is each listed word's flags.
func wordFlagMap() map[string]wordFlag {
	m := map[string]wordFlag{}
	mark := func(f wordFlag, words map[string]bool) {
		for w, ok := range words {
			if ok {
				m[w] |= f
			}
		}
	}
	mark(wMonth, monthTokens)
	mark(wEraFirst, lex().eraFirst)
	mark(wFuture, futureWords)
	mark(wFutureBefore, futureBefore)
	mark(wPast, pastWords)
	mark(wNotPast, notPast)
	mark(wModal, modalWords)
	mark(wKinOwner, kinOwners)
	mark(wPerfectAux, perfectAux)
	lx := lex()
	for w := range lx.numbers {
		m[w] |= wNumber
	}
	for w := range multipliers {
		m[w] |= wNumber
	}
	for v := range lx.speech {
		if first, _, multi := strings.Cut(v, " "); multi {
			m[first] |= wSpeechFirst
		} else {
			m[v] |= wSpeech
		}
	}
	for _, ps := range []*phraseSet{lx.cueSet, lx.hedgeSet, lx.unconfSet} {
		for w := range ps.byFirst {
			m[w] |= ps.first
		}
	}
	for w := range dateTriggers() {
		m[w] |= wDateTrigger
	}
	for w := range anchorWords {
		m[w] |= wDateTrigger // read together in findDates
	}
	for w := range recordWords {
		m[w] |= wDateTrigger // "the biggest gain in 33 years"
	}
	for _, w := range pollWords {
		m[w] |= wPoll
	}
	m["percent"] |= wShare
	m["cent"] |= wShare
	for w := range agreementNounsOf() {
		m[w] |= wAgreement
	}
	mark(wConnector, connectors)
	mark(wParticle, particles)
	mark(wAnalystTrade, analystTrades)
	mark(wPollNoun, pollNouns)
	mark(wPlaceWord, placeWords)
	mark(wPlaceWord, landforms)
	mark(wTitleFirst, lx.titleFirst)
	mark(wFirstPerson, firstPerson)
	for w := range lx.orgWords {
		m[w] |= wOrgWord
	}
	for w := range describedKinds {
		m[w] |= wDescribed
	}
	for w, role := range lx.roles {
		if role != "" {
			m[w] |= wRole | wRoleLow
		}
	}
	for w := range lx.places {
		m[w] |= wPlace
		first, _, _ := strings.Cut(w, " ")
		m[first] |= wKnownFirst | wKnownBase
	}
	for w := range lx.orgs {
		first, _, _ := strings.Cut(w, " ")
		m[first] |= wKnownFirst | wKnownBase
	}
	for w := range bodyNouns {
		m[w] |= wBodyNoun
	}
	for w := range namedBodies {
		m[w] |= wNamedBody
	}
	for w := range creditVerb {
		m[w] |= wCreditVerb
	}
	mark(wSchedule, scheduleVerbs)
	mark(wScheduleBase, scheduleBases)
	mark(wCommit, commitVerbs)
	mark(wAux, auxiliaries)
	mark(wLinking, linkingWords)
	mark(wClauseBreak, clauseBreaks)
	mark(wAdjBefore, adjectiveBefore)
	mark(wAdvocate, advocates)
	mark(wRoleStop, roleStop)
	mark(wPronoun, pronouns)
	mark(wDeterminer, determiners)
	mark(wDeterminer, possessivePronouns)
	mark(wPortfolio, portfolioWords)
	mark(wLawWord, lawWords)
	mark(wThing, thingWords)
	mark(wTitleQual, titleQualifiers)
	mark(wTitleQual, titleModifiers)
	for w := range weekdays {
		m[strings.ToLower(w)] |= wDay
	}
	// Lists of words as written are marked lower-cased: a token whose low
	// lacks the flag is not in them; one that has it may be.
	markLower := func(f wordFlag, words map[string]bool) {
		for w, ok := range words {
			if ok {
				m[strings.ToLower(w)] |= f
			}
		}
	}
	markLower(wCapDesc, capitalDescriptions)
	markLower(wNameAbbrev, nameAbbrevs)
	markLower(wCommon, lx.common)
	markLower(wGiven, lx.givenNames)
	markLower(wPlaceHead, placeHeads)
	markLower(wDay, weekdayShort)
	markLower(wStreet, streetWords)
	markLower(wStreet, streetAbbrevs)
	markLower(wAfterName, postNominals)
	markLower(wAfterName, postOffices)
	m["first"] |= wDateTrigger
	m["decade"] |= wDateTrigger
	m["decades"] |= wDateTrigger
	return m
}

func (t token) is(f wordFlag) bool { return t.flags&f != 0 }

// givenName reports lexicon givenNames[x.text].
func (d *doc) givenName(x *token) bool { return x.is(wGiven) && d.lx.givenNames[x.text] }

// roleOf is lexicon roles[x.lowBase()].
func (d *doc) roleOf(x *token) string {
	if !x.is(wRole) {
		return ""
	}
	return d.lx.roles[x.lowBase()]
}

// roleOfLow is lexicon roles[x.lower()].
func (d *doc) roleOfLow(x *token) string {
	if !x.is(wRoleLow) {
		return ""
	}
	return d.lx.roles[x.low]
}

// placeOf is lexicon places[x.lowBase()].
func (d *doc) placeOf(x *token) (placeInfo, bool) {
	if !x.is(wPlace) {
		return placeInfo{}, false
	}
	pl, ok := d.lx.places[x.lowBase()]
	return pl, ok
}

// lookupIf is m[k] when maybe is true, and nothing otherwise: a map
// look-up that a token's flag has shown to be needless.
func lookupIf[V any](maybe bool, m map[string]V, k string) (V, bool) {
	if !maybe {
		var zero V
		return zero, false
	}
	v, ok := m[k]
	return v, ok
}

// mayBeKnown reports whether the text of run r, lower-cased (runLower),
// may be a key of lexicon places or orgs: false when its first word, as
// far as a space, is no key's first word. A run whose first token runs on
// into the next without a space ("U.S.-based") may always be one.
func (d *doc) mayBeKnown(r run) bool {
	pa := &d.paras[r.p]
	x := &pa.toks[r.i]
	switch {
	case r.j-r.i == 1:
		return x.is(wKnownBase) // the run is the token's base
	case x.end < len(pa.text) && pa.text[x.end] == ' ':
		return x.is(wKnownFirst)
	}
	return true
}
