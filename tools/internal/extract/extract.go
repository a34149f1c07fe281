// Package extract turns a parsed article into an Explainer: labelled
// paragraphs, sections, people, organisations, places, numbers, dates,
// quotes and claims, each pointing back at the bytes of the paragraph it came
// from.
//
// Everything is decided by the embedded lexicons in data/ (gazetteers, role
// nouns, titles, attribution verbs, hedges, label cues) and by general
// patterns over tokens; nothing is written for one article.
package extract

import (
	"time"

	"github.com/explainer-dev/explainer/tools/internal/article"
)

// doc is the working state of one extraction.
type doc struct {
	lx  *lexicon
	pub time.Time
	// pubDay is day(pub), formatted once; "" for an undated article.
	pubDay string
	a      article.Article
	paras  []para
	// home is the outlet's country and region, found once (outletHome).
	home *[2]string

	people []*person
	orgs   []*org
	places []*place
	laws   []Source // named laws and treaties ("Data Protection Act")
	quotes []Quote
	dates  []dateHit
	nums   []Number
	// entitiesFinal is set once people, organisations and places are
	// settled, so sentence mention lists may be cached.
	entitiesFinal bool
	labels        []Paragraph
	// sentLabels[p][s] is the label of sentence s of paragraph p.
	sentLabels [][]string
	// headings marks the paragraphs that are subheadings: labelled other, and
	// no part of any section or claim.
	headings []bool
	// ledeAt is the paragraph of the lede, once paragraphs are labelled.
	ledeAt int
	// nameCounts[name][p] is how often name is written in the headline and
	// paragraphs before p (namedBefore).
	nameCounts map[string][]int
	// spoken[p][s] is the speaker attributed in sentence s of paragraph p.
	spoken [][]attribution
}

type para struct {
	text  string
	lower string // asciiLower(text): same offsets, lower-case ASCII letters
	sents []span
	toks  []token
	// tokSent[i] is the first token of sentence i; tokSent[len(sents)] = len(toks).
	tokSent []int
	// claimed marks tokens already used by an entity mention.
	claimed []bool
	// tense caches sentTense: bit 1 computed, 2 future, 4 past.
	tense []uint8
	// quotes caches quoteSpans of the text.
	quotes []span
	// mentions caches mentionsIn per sentence once entities are final.
	mentions [][]mention
}

// Extract builds the explainer for a. It is deterministic, does no I/O and
// leaves Slug empty for the caller to set.
func Extract(a article.Article) *Explainer {
	d := newDoc(a)
	d.entities()
	d.entitiesFinal = true
	d.markNames()
	d.findQuotes()
	d.findNumbers()
	d.findDates()
	d.labelParagraphs()

	e := &Explainer{
		Schema: Schema,
		Title:  a.Title,
		Source: Origin{Outlet: a.Outlet, URL: a.URL, Author: a.Author},
	}
	if !a.Published.IsZero() {
		e.Source.Published = a.Published.Format(article.DateLayout)
	}
	e.Paragraphs = nonNil(d.labels)
	e.Sections = d.sections()
	e.KeyPoints = d.keyPoints()
	e.People = d.peopleOut()
	e.Organizations = d.orgsOut()
	e.Places = d.placesOut()
	e.Numbers = nonNil(d.nums)
	e.Dates = d.datesOut()
	e.Timeline = d.timeline()
	e.Quotes = nonNil(d.quotes)
	e.Claims = d.claims()
	return e
}

// newDoc splits a's paragraphs into sentences and tokens, the ground
// every later pass reads.
func newDoc(a article.Article) *doc {
	d := &doc{lx: lex(), pub: a.Published, a: a}
	if !a.Published.IsZero() {
		d.pubDay = day(a.Published)
	}
	d.paras = make([]para, len(a.Paragraphs))
	// The tokens of all paragraphs share one array, sized from the text at
	// about one token per six bytes (English news runs near 6.2).
	size := 0
	for _, p := range a.Paragraphs {
		size += len(p)
	}
	arena := make([]token, 0, size/6+4*len(a.Paragraphs))
	flags := wordFlags()
	tokEnd := make([]int, len(a.Paragraphs)) // paragraph i's tokens end at arena[tokEnd[i]]
	nSents := 0
	// Sentence spans share one array too; news sentences run well over 64
	// bytes, so it rarely grows.
	spans := make([]span, 0, size/64+len(a.Paragraphs))
	for i, p := range a.Paragraphs {
		from := len(spans)
		quotes := quoteSpans(p)
		spans = appendSentences(spans, p, quotes)
		s := spans[from:len(spans):len(spans)]
		lower := asciiLower(p)
		arena = tokenize(arena, p, lower, s)
		tokEnd[i] = len(arena)
		d.paras[i] = para{text: p, lower: lower, sents: s, quotes: quotes}
		nSents += len(s) + 1
	}
	for k := range arena {
		x := &arena[k]
		x.flags = flagsOf(flags, x.low, x.lowBase())
		if x.nrm != x.low {
			x.flags |= wApos
		}
	}
	// Per-paragraph slices are cut from shared arrays too: one allocation
	// each rather than one per paragraph. Each slice is capped so that an
	// append to one never reaches the next paragraph's.
	claimed := make([]bool, len(arena))
	tokSent := make([]int, nSents)
	from := 0
	for i := range d.paras {
		pa := &d.paras[i]
		to := tokEnd[i]
		t := arena[from:to:to]
		pa.toks, pa.claimed = t, claimed[from:to:to]
		ns := len(pa.sents) + 1
		ts := tokSent[:ns:ns]
		tokSent = tokSent[ns:]
		k := 0
		for si := range pa.sents {
			for k < len(t) && int(t[k].sent) < si {
				k++
			}
			ts[si] = k
		}
		ts[len(pa.sents)] = len(t)
		pa.tokSent = ts
		from = to
	}
	return d
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// markNames flags the tokens of people's names so cue words inside names
// ("Bill Clinton", "Grace") are not read as cues.
func (d *doc) markNames() {
	for _, pp := range d.people {
		for _, m := range pp.mentions {
			t := d.paras[m.Paragraph].toks
			for k := tokenAt(t, m.Start); k >= 0 && k < len(t) && t[k].start < m.End; k++ {
				t[k].name = true
			}
		}
	}
}

// src is the source of tokens [i, j) of paragraph p.
func (d *doc) src(p, i, j int) Source {
	t := d.paras[p].toks
	return Source{Paragraph: p, Sentence: int(t[i].sent), Start: t[i].start, End: t[j-1].end}
}

// sentSrc is the source of a whole sentence.
func (d *doc) sentSrc(p, s int) Source {
	sp := d.paras[p].sents[s]
	return Source{Paragraph: p, Sentence: s, Start: sp.start, End: sp.end}
}

func (d *doc) text(s Source) string { return d.paras[s.Paragraph].text[s.Start:s.End] }

// lowerText is strings.ToLower of bytes [i, j) of paragraph p, sliced from
// the paragraph's lower-cased copy when it is ASCII (no allocation).
func (d *doc) lowerText(p, i, j int) string {
	return lowerOf(d.paras[p].text, d.paras[p].lower, i, j)
}
