package extract

import "sync"

// wordFlag marks a lower-cased word as a member of the small word lists that
// findDates and the tense tests read for every token. A token's flags are
// looked up once, when the article is tokenized, instead of one map look-up
// per list per pass.
type wordFlag uint16

const (
	wMonth        wordFlag = 1 << iota // monthTokens
	wDateTrigger                       // a key of dateTriggers
	wEraFirst                          // lexicon eraFirst
	wFuture                            // futureWords
	wFutureBefore                      // futureBefore
	wPast                              // pastWords
	wNotPast                           // notPast
	wModal                             // modalWords
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
	for w := range dateTriggers() {
		m[w] |= wDateTrigger
	}
	return m
})

func (t token) is(f wordFlag) bool { return t.flags&f != 0 }
