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
type wordFlag uint32

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
)

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
	m["first"] |= wDateTrigger
	m["decade"] |= wDateTrigger
	m["decades"] |= wDateTrigger
	return m
})

func (t token) is(f wordFlag) bool { return t.flags&f != 0 }
