package extract

import (
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
)

// baseFlags are the flags of a token's lowBase.
const baseFlags = wTitleFirst | wOrgWord | wDescribed | wPollNoun | wPlaceWord | wDay | wStreet | wAfterName |
	wRole | wPlace | wPortfolio | wNamedBody | wLawWord | wThing | wTitleQual

// flagsOf are the flags of a token with lower-case form low and base
// lowBase, from the word flags m.
func flagsOf(m map[string]wordFlag, low, lowBase string) wordFlag {
	f := m[low]
	if len(lowBase) != len(low) {
		f = f&^baseFlags | m[lowBase]&baseFlags
	}
	return f
}

var wordFlags = sync.OnceValue(func() map[string]wordFlag {
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
})

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
