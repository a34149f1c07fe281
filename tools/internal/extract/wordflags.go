package extract

import (
	"iter"
	"maps"
	"math/bits"
	"strings"
	"sync"

	"github.com/explainer-dev/explainer/tools/internal/swar"
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
		a, b = swar.Load64(w), loadTail(w[8:])
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
	lx := lex()
	m := map[string]wordFlag{}
	markKeys(m, wMonth, monthTokens)
	markKeys(m, wEraFirst, lx.eraFirst)
	markKeys(m, wFuture, futureWords)
	markKeys(m, wFutureBefore, futureBefore)
	markKeys(m, wPast, pastWords)
	markKeys(m, wNotPast, notPast)
	markKeys(m, wModal, modalWords)
	markKeys(m, wKinOwner, kinOwners)
	markKeys(m, wPerfectAux, perfectAux)
	markKeys(m, wNumber, lx.numbers)
	markKeys(m, wNumber, multipliers)
	for v := range lx.speech {
		if first, _, multi := strings.Cut(v, " "); multi {
			m[first] |= wSpeechFirst
		} else {
			m[v] |= wSpeech
		}
	}
	for _, ps := range []*phraseSet{lx.cueSet, lx.hedgeSet, lx.unconfSet} {
		markKeys(m, ps.first, ps.byFirst)
	}
	markKeys(m, wDateTrigger, dateTriggers())
	markKeys(m, wDateTrigger, anchorWords) // read together in findDates
	markKeys(m, wDateTrigger, recordWords) // "the biggest gain in 33 years"
	m["first"] |= wDateTrigger
	m["decade"] |= wDateTrigger
	m["decades"] |= wDateTrigger
	for _, w := range pollWords {
		m[w] |= wPoll
	}
	m["percent"] |= wShare
	m["cent"] |= wShare
	markKeys(m, wAgreement, agreementNounsOf())
	markKeys(m, wConnector, connectors)
	markKeys(m, wParticle, particles)
	markKeys(m, wAnalystTrade, analystTrades)
	markKeys(m, wPollNoun, pollNouns)
	markKeys(m, wPlaceWord, placeWords)
	markKeys(m, wPlaceWord, landforms)
	markKeys(m, wTitleFirst, lx.titleFirst)
	markKeys(m, wFirstPerson, firstPerson)
	markKeys(m, wOrgWord, lx.orgWords)
	markKeys(m, wDescribed, describedKinds)
	for w, role := range lx.roles {
		if role != "" {
			m[w] |= wRole | wRoleLow
		}
	}
	markKeys(m, wPlace, lx.places)
	for _, names := range []iter.Seq[string]{maps.Keys(lx.places), maps.Keys(lx.orgs)} {
		for w := range names {
			first, _, _ := strings.Cut(w, " ")
			m[first] |= wKnownFirst | wKnownBase
		}
	}
	markKeys(m, wBodyNoun, bodyNouns)
	markKeys(m, wNamedBody, namedBodies)
	markKeys(m, wCreditVerb, creditVerb)
	markKeys(m, wSchedule, scheduleVerbs)
	markKeys(m, wScheduleBase, scheduleBases)
	markKeys(m, wCommit, commitVerbs)
	markKeys(m, wAux, auxiliaries)
	markKeys(m, wLinking, linkingWords)
	markKeys(m, wClauseBreak, clauseBreaks)
	markKeys(m, wAdjBefore, adjectiveBefore)
	markKeys(m, wAdvocate, advocates)
	markKeys(m, wRoleStop, roleStop)
	markKeys(m, wPronoun, pronouns)
	markKeys(m, wDeterminer, determiners)
	markKeys(m, wDeterminer, possessivePronouns)
	markKeys(m, wPortfolio, portfolioWords)
	markKeys(m, wLawWord, lawWords)
	markKeys(m, wThing, thingWords)
	markKeys(m, wTitleQual, titleQualifiers)
	markKeys(m, wTitleQual, titleModifiers)
	// Lists of words as written are marked lower-cased: a token whose low
	// lacks the flag is not in them; one that has it may be.
	markLower(m, wDay, weekdays)
	markLower(m, wDay, weekdayShort)
	markLower(m, wCapDesc, capitalDescriptions)
	markLower(m, wNameAbbrev, nameAbbrevs)
	markLower(m, wCommon, lx.common)
	markLower(m, wGiven, lx.givenNames)
	markLower(m, wPlaceHead, placeHeads)
	markLower(m, wStreet, streetWords)
	markLower(m, wStreet, streetAbbrevs)
	markLower(m, wAfterName, postNominals)
	markLower(m, wAfterName, postOffices)
	return m
}

// markKeys adds f to the flags of each word that is a key of words. (The
// word sets are made by set, which maps no word to false.)
func markKeys[V any](m map[string]wordFlag, f wordFlag, words map[string]V) {
	for w := range words {
		m[w] |= f
	}
}

// markLower adds f to the flags of each key of words, lower-cased.
func markLower[V any](m map[string]wordFlag, f wordFlag, words map[string]V) {
	for w := range words {
		m[strings.ToLower(w)] |= f
	}
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
