package extract

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/explainer-dev/explainer/tools/internal/swar"
)

var anaphoric = set("this", "that", "these", "those", "it", "its", "he", "she", "they", "his", "her", "their", "however", "but", "additionally", "also", "meanwhile", "still", "then", "such")

var labelWeight = map[string]float64{
	"summary": 1, "event": 0.8, "official_statement": 0.6, "agreement_or_law": 0.6, "what_next": 0.6,
	"expert_view": 0.5, "public_opinion": 0.5, "background": 0.3, "other": -1,
}

// keyPoints picks 3-5 extractive sentences and keeps them in article order.
// A sentence scores
//
//	1.5/(1+paragraph)        earlier is more central in news writing
//	+ 2 for the lede sentence
//	+ 0.6 per number (at most 2) and 0.3 per named entity (at most 3)
//	+ 0.4 for a resolved date
//	+ the weight of its label (summary 1 ... other -1)
//	- 1 when it is mostly a quotation, - 0.5 when under 8 or over 45 words
//	- 0.7 when it opens on a word that leans on the sentence before
//	  ("This", "He", "However"): a key point must stand alone.
//
// Points are then taken greedily, best first, with at most one from a
// paragraph and 0.8 off for a label already taken, so the points cover the
// story rather than its first paragraphs only. The count is one per six
// sentences, between three and five.
func (d *doc) keyPoints() []Item {
	type cand struct {
		src   Source
		score float64
		label string
	}
	var cs []cand
	total := 0
	for p, pa := range d.paras {
		for si, sp := range pa.sents {
			total++
			src := d.sentSrc(p, si)
			sc := 1.5 / float64(1+p)
			if p == 0 && si == 0 {
				sc += 2
			}
			nn, ne := 0, 0
			for _, n := range d.nums {
				if n.Source.Paragraph == p && n.Source.Sentence == si {
					nn++
				}
			}
			ne = len(d.mentionsIn(p, si))
			sc += 0.6*float64(min(nn, 2)) + 0.3*float64(min(ne, 3))
			for _, h := range d.dates {
				if h.src.Paragraph == p && h.src.Sentence == si && h.resolved != "" {
					sc += 0.4
					break
				}
			}
			sc += labelWeight[d.sentLabels[p][si]]
			quoted := 0
			for _, q := range pa.quotes {
				if q.start >= sp.start && q.end <= sp.end {
					quoted += q.end - q.start
				}
			}
			if quoted*2 > sp.end-sp.start {
				sc--
			}
			if w := countFields(pa.text[sp.start:sp.end]); w < 8 || w > 45 {
				sc -= 0.5
			}
			if first := pa.toks[pa.tokSent[si]]; anaphoric[first.lower()] {
				sc -= 0.7
			}
			cs = append(cs, cand{src, sc, d.sentLabels[p][si]})
		}
	}
	k := min(max((total+5)/6, 3), 5)
	used := make([]bool, len(cs))
	paraTaken := make([]bool, len(d.paras))
	var labelTaken []string // at most k
	var chosen []Source
	for len(chosen) < k {
		best, bs := -1, 0.0
		for i, c := range cs {
			if used[i] || paraTaken[c.src.Paragraph] {
				continue
			}
			sc := c.score
			if slices.Contains(labelTaken, c.label) {
				sc -= 0.8
			}
			if best < 0 || sc > bs {
				best, bs = i, sc
			}
		}
		if best < 0 {
			break
		}
		used[best] = true
		paraTaken[cs[best].src.Paragraph] = true
		labelTaken = append(labelTaken, cs[best].label)
		chosen = append(chosen, cs[best].src)
	}
	sortSources(chosen)
	out := []Item{}
	for _, s := range chosen {
		out = append(out, Item{Text: d.text(s), Source: s})
	}
	return out
}

// timeline lists the resolved dates in chronological order with their
// sentences; upcoming events without a date go last.
func (d *doc) timeline() []Event {
	type ev struct {
		key string
		e   Event
	}
	var evs []ev
	seen := map[[3]int]bool{}
	for _, h := range d.dates {
		if h.resolved == "" && !h.future {
			continue
		}
		if w := strings.ToLower(firstWord(h.text)); recordWords[w] || w == "first" {
			continue // "the biggest gain in 33 years" measures news, and happened in no year of its own
		}
		k := [3]int{h.src.Paragraph, h.src.Sentence, len(h.resolved)}
		if seen[k] && h.resolved == "" {
			continue
		}
		seen[k] = true
		src := d.sentSrc(h.src.Paragraph, h.src.Sentence)
		key := startOf(h.resolved)
		if key == "" {
			key = "9999"
		}
		evs = append(evs, ev{key, Event{Date: h.resolved, Label: d.text(src), Future: h.future, Source: src}})
	}
	sort.SliceStable(evs, func(a, b int) bool { return evs[a].key < evs[b].key })
	out := []Event{}
	for _, e := range evs {
		out = append(out, e.e)
	}
	return out
}

func (d *doc) peopleOut() []Person {
	bodies := map[string]bool{}
	for _, p := range d.people {
		bodies[p.affil] = true
	}
	for _, o := range d.orgs {
		bodies[o.name] = true
	}
	out := []Person{}
	for _, p := range d.people {
		if bodies[p.name] && (p.role == "" && p.affil == "" || bodyName(p.name)) {
			continue // "NAME, head of policy at Healthwatch Cymru, said": a body others work for
		}
		if (p.role == "" && p.affil == "" || crowdNouns[p.role]) && d.placeOnly(p) {
			continue // "farmers in Ben Tre", "the city of Cusco, officials said": a place
		}
		var aliases []string
		for _, m := range p.mentions {
			if a := d.text(m); a != p.name && !containsFold(aliases, a) && !strings.EqualFold(a, p.name) {
				aliases = append(aliases, a)
			}
		}
		affil := p.affil
		if _, day := weekdays[affil]; day || monthTokens[strings.ToLower(affil)] {
			affil = "" // "by the end of March", "on Tuesday": no one's body
		}
		out = append(out, Person{Name: p.name, Role: p.role, Affiliation: affil, Expert: p.expert, Mentions: p.mentions, Aliases: aliases})
	}
	return out
}

func (d *doc) orgsOut() []Organization {
	out := []Organization{}
	for _, o := range d.orgs {
		sortSources(o.mentions)
		aliases := o.aliases
		if aliases == nil {
			aliases = []string{}
		}
		out = append(out, Organization{Name: o.name, Kind: o.kind, Aliases: aliases, Mentions: o.mentions})
	}
	return out
}

func (d *doc) placesOut() []Place {
	out := []Place{}
	for _, p := range d.places {
		aliases := p.aliases
		if aliases == nil {
			aliases = []string{}
		}
		out = append(out, Place{Name: p.name, Kind: p.kind, Country: p.country, Aliases: aliases, Mentions: p.mentions})
	}
	return out
}

// claims gives every sentence as a claim with who makes it and how sure the
// text is: unconfirmed (the text says so), opinion (a view from an expert,
// or a verb of opinion), hedged (could, might, may), attributed (a
// source is named), asserted (the outlet states it).
func (d *doc) claims() []Claim {
	out := []Claim{}
	for p, pa := range d.paras {
		if d.headings[p] {
			continue // a subheading claims nothing
		}
		for si, sp := range pa.sents {
			text := pa.text[sp.start:sp.end]
			toks := pa.toks[pa.tokSent[si]:pa.tokSent[si+1]]
			a := d.spoken[p][si]
			c := Claim{Text: text, Attribution: a.name, Source: d.sentSrc(p, si)}
			switch {
			case d.lx.unconfSet.any(toks):
				c.Certainty = "unconfirmed"
			case a.name != "" && (a.opinion || (a.who != nil && a.who.expert) || strings.Contains(strings.ToLower(a.name), "expert") || strings.Contains(strings.ToLower(a.name), "analyst")):
				c.Certainty = "opinion"
			case d.lx.hedgeSet.any(toks):
				c.Certainty = "hedged"
			case a.name != "":
				c.Certainty = "attributed"
			default:
				c.Certainty = "asserted"
			}
			if c.Attribution == "" {
				c.Attribution = d.a.Outlet
			}
			out = append(out, c)
		}
	}
	return out
}

// countFields is len(strings.Fields(s)) without building the slice.
// asciiSpace marks the ASCII spaces unicode.IsSpace knows.
var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

func countFields(s string) int {
	n := 0
	inField := false
	for i := 0; i < len(s); {
		// Eight bytes at a time while they are ASCII: a field starts at
		// each byte that is no space after one that is.
		for ; i+8 <= len(s); i += 8 {
			x := swar.Load64(s[i:])
			if x&swar.Tops != 0 {
				break
			}
			// The top bit of each space: ' ', and '\t' to '\r' (9 to 13,
			// whose sums below carry into the top bit from 9 on and from
			// 14 on).
			sp := swar.ZeroBytes(x^(' '*swar.Ones)) | (x+0x77*swar.Ones)&^(x+0x72*swar.Ones)&swar.Tops
			prev := sp << 8 // the byte before each is a space
			if !inField {
				prev |= 0x80
			}
			n += bits.OnesCount64(^sp & prev & swar.Tops)
			inField = sp>>63 == 0
		}
		if i == len(s) {
			break
		}
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiSpace[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !inField {
			n++
		}
		inField = !space
	}
	return n
}

// placeOnly reports that every mention of a person found is where a place
// stands: after "in", or after "the city of" and the like.
func (d *doc) placeOnly(p *person) bool {
	for _, m := range p.mentions {
		t := d.paras[m.Paragraph].toks
		k := tokenAt(t, m.Start)
		switch {
		case k >= 1 && t[k-1].lower() == "in" && !(k+1 < len(t) && t[k+1].possessive()):
		case k >= 2 && t[k-1].lower() == "of" && settlementWords[t[k-2].lower()]:
		default:
			return false
		}
	}
	return len(p.mentions) > 0
}

// crowdNouns name many people, never one: "Cusco, officials said" has
// no one called Cusco.
var crowdNouns = set("officials", "residents", "authorities", "police", "witnesses", "sources", "locals")

// settlementWords are the kinds of place a name follows after "of".
var settlementWords = set("city", "town", "village", "suburb", "district", "province", "region", "county", "parish", "municipality", "island", "islands", "state", "port")

// bodyName reports a name with "the", "of", "for" or "and" inside it:
// "Save the Trees of Armada Way" is a body's, whatever role the text seems
// to give it.
func bodyName(name string) bool {
	for _, w := range []string{" the ", " of ", " for ", " and "} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}
