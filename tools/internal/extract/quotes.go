package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// attribution is who a sentence's words or views come from.
type attribution struct {
	name    string  // a person's or organisation's name, or the words naming an unnamed source
	kind    string  // person, org, place, unnamed, "" when the outlet itself speaks
	who     *person // set for people
	opinion bool    // the verb presents a view ("warned", "suggests")
	// according marks "according to X": a source of facts more than a voice.
	according bool
	orgKind   string
	// trailing marks a tag at the end of a report ("..., his spokesman
	// said."): the sentence reports an event more than a statement.
	trailing bool
}

// mention is an entity mention inside a sentence, for attribution.
type mention struct {
	start, end int
	kind       string
	name       string
	who        *person
	possessive bool
}

func (d *doc) mentionsIn(p, s int) []mention {
	if !d.entitiesFinal {
		return d.scanMentions(p, s)
	}
	if d.paras[p].mentions == nil {
		d.cacheMentions()
	}
	return d.paras[p].mentions[s]
}

// eachMention calls fn with every mention of a person, an organisation or
// a country, in that order: the order mentionsIn keeps for mentions that
// start together.
func (d *doc) eachMention(fn func(m Source, x mention)) {
	poss := func(m Source) bool {
		rest := d.paras[m.Paragraph].text[m.End:]
		return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
	}
	for _, x := range d.people {
		for _, m := range x.mentions {
			fn(m, mention{m.Start, m.End, "person", x.name, x, poss(m)})
		}
	}
	for _, x := range d.orgs {
		for _, m := range x.mentions {
			fn(m, mention{m.Start, m.End, "org", x.name, nil, poss(m)})
		}
	}
	for _, x := range d.places {
		if x.kind != "country" {
			continue
		}
		for _, m := range x.mentions {
			fn(m, mention{m.Start, m.End, "place", x.name, nil, poss(m)})
		}
	}
}

// scanMentions is mentionsIn while the entities may still change: the
// mentions inside sentence s of paragraph p, in the order they start.
func (d *doc) scanMentions(p, s int) []mention {
	// Collect into a stack buffer, then copy once to an exact-size slice.
	var buf [16]mention
	out := buf[:0]
	sp := d.paras[p].sents[s]
	d.eachMention(func(m Source, x mention) {
		if m.Paragraph == p && m.Start >= sp.start && m.End <= sp.end {
			out = append(out, x)
		}
	})
	sortMentions(out)
	res := make([]mention, len(out))
	copy(res, out)
	return res
}

// cacheMentions sorts every mention into the sentence it is inside, for
// mentionsIn once the entities are settled: two passes over the mentions,
// one to count each sentence's and one to place them, into one array a
// paragraph. Each sentence's list is exact-size and never nil.
func (d *doc) cacheMentions() {
	// sentenceOf is the sentence of paragraph p that holds m, or -1: the
	// last that starts at or before it, if m ends inside it.
	sentenceOf := func(m Source) int {
		sents := d.paras[m.Paragraph].sents
		s := sort.Search(len(sents), func(i int) bool { return sents[i].start > m.Start }) - 1
		if s >= 0 && m.End > sents[s].end {
			return -1
		}
		return s
	}
	counts := make([][]int, len(d.paras))
	for p := range d.paras {
		counts[p] = make([]int, len(d.paras[p].sents))
	}
	d.eachMention(func(m Source, _ mention) {
		if s := sentenceOf(m); s >= 0 {
			counts[m.Paragraph][s]++
		}
	})
	for p := range d.paras {
		pa := &d.paras[p]
		total := 0
		for _, n := range counts[p] {
			total += n
		}
		all := make([]mention, 0, total)
		pa.mentions = make([][]mention, len(pa.sents))
		for s, n := range counts[p] {
			pa.mentions[s] = all[len(all) : len(all) : len(all)+n]
			all = all[:len(all)+n]
		}
	}
	d.eachMention(func(m Source, x mention) {
		if s := sentenceOf(m); s >= 0 {
			ms := &d.paras[m.Paragraph].mentions[s]
			*ms = append(*ms, x) // within the room counted for it
		}
	})
	for p := range d.paras {
		for _, ms := range d.paras[p].mentions {
			sortMentions(ms)
		}
	}
}

// sortMentions orders ms by where they start, keeping the order of those
// that start together (an insertion sort: a sentence has a few).
func sortMentions(ms []mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].start < ms[j-1].start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

var (
	pronouns    = set("he", "she")
	verbAdverbs = set("also", "has", "have", "had", "once", "later", "then", "previously", "recently", "further", "again", "would", "will")
)

// attribute finds who speaks in every sentence: the subject or object of a
// verb of saying, "according to X", or a pronoun standing for the last
// person named.
func (d *doc) attribute() {
	d.spoken = make([][]attribution, len(d.paras))
	var lastPerson *person
	for p := range d.paras {
		pa := &d.paras[p]
		d.spoken[p] = make([]attribution, len(pa.sents))
		for s := range pa.sents {
			ms := d.mentionsIn(p, s)
			a := d.sentenceAttribution(p, s, ms, lastPerson)
			d.spoken[p][s] = a
			if a.who != nil {
				a.who.quoted = true
			}
			for _, m := range ms {
				if m.kind == "person" {
					lastPerson = m.who
				}
			}
			if a.who != nil {
				lastPerson = a.who
			}
		}
	}
}

func (d *doc) sentenceAttribution(p, s int, ms []mention, last *person) attribution {
	pa := &d.paras[p]
	t := pa.toks[pa.tokSent[s]:pa.tokSent[s+1]]
	inQuote := quoteMask(pa.quotes, pa.sents[s])
	isBoundary := func(x token) bool {
		return x.text == "," || x.text == "”" || x.text == "\"" || (x.text == "'" || x.text == "’") && x.start > 0 && inQuote(x.start-1) || x.text == "—" || x.text == ";" || x.lower() == "that" || x.lower() == "who" || x.lower() == "which" || inQuote(x.start)
	}
	for k := 0; k < len(t); k++ {
		if inQuote(t[k].start) {
			continue
		}
		lw := t[k].lower()
		if lw == "according" && k+1 < len(t) && t[k+1].lower() == "to" {
			a := d.npAttribution(p, t[k+2:], ms, last, false, true)
			a.according = true
			return a
		}
		op, ok := false, false
		if t[k].is(wSpeech) {
			op, ok = d.lx.speech[lw]
		}
		if !ok && k+1 < len(t) && t[k].is(wSpeechFirst) {
			op, ok = d.lx.speech[lw+" "+t[k+1].lower()]
		}
		if !ok && namingVerb(lw) {
			// "called the cap “a self-inflicted wound”", "termed the
			// announcement “an eyewash”": a view, in the speaker's words.
			for m := k + 1; m < len(t) && m <= k+6; m++ {
				if inQuote(t[m].start) {
					op, ok = true, true
					break
				}
			}
		}
		if !ok || (k > 0 && t[k].isCap()) || (k > 0 && (t[k-1].lower() == "not" || t[k-1].lower() == "never")) {
			continue // "United States" is no verb; "have not confirmed" is no statement
		}
		if k > 0 && beForms[t[k-1].lower()] && strings.HasSuffix(lw, "ed") {
			continue // "the ministers are accused of": the subject is spoken of
		}
		// "Transport Minister Claire Lefèvre called the strike
		// "irresponsible" and said…", "… called the results impressive but
		// said…", "… congratulated him, calling the result…": the subject
		// of the first verb.
		if k > 1 && (t[k-1].lower() == "and" || t[k-1].lower() == "but" || t[k-1].text == "," && strings.HasSuffix(lw, "ing")) {
			if a, ok := d.sentenceSubject(t, ms, op); ok {
				return a
			}
		}
		// The subject: the words before the verb back to a clause boundary,
		// stepping over one appositive ("Mason Richey, a professor at X,
		// highlighted").
		e := k
		for e > 0 && (verbAdverbs[t[e-1].lower()] || strings.HasSuffix(t[e-1].lower(), "ly") && !t[e-1].isCap() && !lyNouns[t[e-1].lower()]) {
			e--
		}
		if e > 0 && t[e-1].text == "," {
			c0 := e - 2
			for c0 >= 0 && t[c0].text != "," && !inQuote(t[c0].start) && e-c0 < 24 {
				c0--
			}
			if c0 >= 0 && t[c0].text == "," {
				// "Canada's trade minister, Mary Ng, said": the name may be
				// the appositive.
				for _, m := range ms {
					if m.kind == "person" && m.start >= t[c0].end && m.end <= t[e-1].start {
						return attribution{name: m.name, kind: "person", who: m.who, opinion: op}
					}
				}
				// "Sarah Bell, an economist at the Resolution Foundation, a
				// think tank, said", "Veena Dubal, a law professor at the
				// University of California, Irvine, who studies the gig
				// economy, said": more appositives, after the name.
				for c, n := c0, 0; n < 3; n++ {
					c1 := c - 1
					for c1 > 0 && t[c1].text != "," && !inQuote(t[c1].start) && c-c1 < 24 {
						c1--
					}
					if c1 <= 0 || t[c1].text != "," || inQuote(t[c1].start) {
						break
					}
					for _, m := range ms {
						if m.kind == "person" && m.end == t[c1-1].end {
							return attribution{name: m.name, kind: "person", who: m.who, opinion: op}
						}
					}
					c = c1
				}
				e = c0
			}
		}
		b := e
		for b > 0 && !isBoundary(t[b-1]) && e-b < 12 {
			b--
		}
		if b > 0 && b < e {
			// "A spokesperson for the Department for Environment, Food and
			// Rural Affairs said": a body's name runs on past its commas;
			// and past the words the subject may have, when it fills them
			// ("Professor NAME of the University of the Philippines
			// National College of Public Administration and Governance
			// said").
			full := e-b >= 12 && !isBoundary(t[b-1])
			for _, m := range ms {
				if m.kind == "org" && (m.start < t[b].start && m.end > t[b].start || full && (m.start == t[b].start || t[b].lower() == "the" && m.start == t[b+1].start)) {
					for b > 0 && t[b-1].end > m.start {
						b--
					}
					for b > 0 && !isBoundary(t[b-1]) && e-b < 16 {
						b--
					}
					break
				}
			}
		}
		if b < e {
			if a := d.npAttribution(p, t[b:e], ms, last, op, false); a.name != "" {
				a.trailing = b > 0 && t[b-1].text == "," && k >= len(t)-3
				return a
			}
		}
		// Inverted: "..., says Prof Dholakia." and "said a spokesman"; but
		// not "The deal, announced on Saturday after Rovers' last game":
		// a participle and its adverbial, with no speaker.
		if (k == 0 || isBoundary(t[k-1])) && !(k+1 < len(t) && adverbialPreps[t[k+1].lower()]) {
			f := k + 1
			// "said Dr. R. K. Mehta": the dot of a title or an initial
			// does not end the name.
			for f < len(t) && (t[f].kind != tPunct || t[f].text == "." && f > k+1 && f+1 < len(t) && t[f+1].isCap() && (initial(t[f-1]) || d.lx.titles[t[f-1].lower()+"."])) {
				f++
			}
			if a := d.npAttribution(p, t[k+1:f], ms, last, op, false); a.name != "" {
				return a
			}
		}
	}
	return attribution{}
}

// sentenceSubject is the person or body a sentence opens with, within its
// first words (a title may come first): the subject of its first verb.
func (d *doc) sentenceSubject(t []token, ms []mention, op bool) (attribution, bool) {
	li := min(3, len(t)-1)
	for li+1 < len(t) && li <= 5 && t[li].possessive() && d.isPlaceTok(t[li]) {
		li++ // "On Monday, Croatia's Ministry of Foreign Affairs sent…": the body the country owns
	}
	limit := t[li].start
	// "Russia's foreign ministry spokeswoman, Irina Volkova, called…": a
	// role set off by a comma before the name.
	for k := 1; k < len(t) && k <= 6; k++ {
		if t[k].text == "," {
			if k+1 < len(t) {
				limit = max(limit, t[k+1].start)
			}
			break
		}
		if t[k].kind != tWord {
			break
		}
	}
	for _, m := range ms {
		if m.start > limit {
			continue
		}
		switch m.kind {
		case "person":
			return attribution{name: m.name, kind: "person", who: m.who, opinion: op}, true
		case "org":
			if !m.possessive {
				return attribution{name: m.name, kind: "org", opinion: op, orgKind: d.orgKindOf(m.name)}, true
			}
		}
	}
	return attribution{}, false
}

// lyNouns end in "ly" but are no adverbs: "Mr Hartley's family said".
var lyNouns = set("family", "rally", "ally", "assembly", "supply", "monopoly", "anomaly", "body")

// kinNouns name a person's relatives as a group.
var kinNouns = set("family", "relatives", "parents", "children", "widow", "family's")

// adverbialPreps open an adverbial, not a speaker's name, after a verb.
var adverbialPreps = set("on", "in", "at", "after", "before", "during", "since", "until", "for", "to", "with", "from", "last", "this", "earlier", "late")

// beForms make a participle after them passive.
var beForms = set("is", "are", "was", "were", "be", "been", "being")

// npAttribution names the speaker in tokens t: a person or organisation
// mentioned there, a pronoun, or the noun phrase itself ("the official").
func (d *doc) npAttribution(p int, t []token, ms []mention, last *person, opinion, according bool) attribution {
	if len(t) == 0 {
		return attribution{}
	}
	lo, hi := t[0].start, t[len(t)-1].end
	if according {
		// "according to reports from Yonhap news agency, ...": up to the comma.
		for k, x := range t {
			if x.text == "," || x.text == "." {
				hi = t[max(k-1, 0)].end
				t = t[:k]
				break
			}
		}
	}
	var org, place *mention
	for i := range ms {
		m := &ms[i]
		if m.start < lo || m.end > hi {
			continue
		}
		switch m.kind {
		case "person":
			if m.possessive {
				// "Mr Hartley's family said": the relatives speak, not
				// the person they are named by.
				k := sort.Search(len(t), func(k int) bool { return t[k].start >= m.end })
				if k < len(t) && (kinNouns[t[k].lower()] || d.roleOfLow(&t[k]) == "kin") {
					return attribution{name: d.paras[p].text[m.start:t[k].end], kind: "unnamed", opinion: opinion}
				}
			}
			return attribution{name: m.who.name, kind: "person", who: m.who, opinion: opinion}
		case "org":
			// "Parliament's Joint Committee": the owner is not the speaker.
			if org == nil || org.possessive {
				org = m
			}
		case "place":
			if pl, ok := d.lx.places[strings.ToLower(d.paras[p].text[m.start:m.end])]; ok && pl.kind == "demonym" {
				continue // "Zimbabwean intelligence reports": an adjective, not a speaker
			}
			if place == nil && !m.possessive && (m.start == lo || m.start <= t[min(1, len(t)-1)].start && strings.EqualFold(t[0].text, "the")) {
				place = m
			}
		}
	}
	if org != nil {
		// "Analysts at consultancy Eurasia Group said": the experts speak,
		// not their firm.
		h := 0
		if len(t) > 2 && quantifiers[t[0].lower()] {
			h = 1
		}
		if h+1 < len(t) && affilPreps[t[h+1].lower()] && t[h+1].end <= org.start {
			if lw := t[h].lower(); len(lw) > 3 && strings.HasSuffix(lw, "s") && d.lx.roles[lw[:len(lw)-1]] == "expert" {
				return attribution{name: d.paras[p].text[t[0].start:t[len(t)-1].end], kind: "unnamed", opinion: opinion}
			}
		}
		return attribution{name: org.name, kind: "org", opinion: opinion, orgKind: d.orgKindOf(org.name)}
	}
	for _, x := range t {
		if x.is(wPronoun) && last != nil {
			return attribution{name: last.name, kind: "person", who: last, opinion: opinion}
		}
	}
	if place != nil {
		return attribution{name: place.name, kind: "place", opinion: opinion}
	}
	// "While U.S. and NATO officials have not confirmed…, they have
	// condemned": "they" stands for the people named before it.
	if len(t) > 0 && len(t) <= 2 && t[len(t)-1].lower() == "they" {
		if a := d.theyAntecedent(p, t[len(t)-1].start); a != "" {
			return attribution{name: a, kind: "unnamed", opinion: opinion}
		}
	}
	// "The government blames…", "the ministry said", "the prime
	// minister's office said": a state's body, unnamed, speaks.
	if n := len(t); n >= 2 && n <= 5 && determiners[t[0].lower()] && (stateBodies[t[n-1].lowBase()] || publicBodies[t[n-1].lowBase()] || t[n-1].lower() == "office" && t[n-2].possessive()) {
		lower := true
		for _, x := range t[1:] {
			lower = lower && x.kind == tWord && !x.isCap()
		}
		if lower {
			text := d.paras[p].text[t[0].start:t[n-1].end]
			return attribution{name: text, kind: "org", opinion: opinion, orgKind: "state"}
		}
	}
	// An unnamed source: keep the noun phrase if it has a noun-like word.
	if len(t) > 0 && len(t) <= 8 {
		text := strings.TrimSpace(d.paras[p].text[t[0].start:t[len(t)-1].end])
		lw := strings.ToLower(text)
		for _, x := range t {
			if d.roleOfLow(&x) != "" || d.lx.roles[strings.TrimSuffix(x.lower(), "s")] != "" || strings.HasPrefix(x.lower(), "source") || strings.HasPrefix(x.lower(), "report") || x.lower() == "experts" || x.lower() == "analysts" || x.lower() == "commentators" || x.lower() == "they" || campaigners(lw) {
				if strings.HasPrefix(lw, "and ") || strings.HasPrefix(lw, "but ") {
					text = text[4:]
				}
				return attribution{name: text, kind: "unnamed", opinion: opinion}
			}
		}
	}
	return attribution{}
}

// theyAntecedent is the plural group of people named last before the byte
// offset at in its sentence ("U.S. and NATO officials"), or "".
func (d *doc) theyAntecedent(p, at int) string {
	pa := &d.paras[p]
	t := pa.toks
	k := len(t) - 1
	for k >= 0 && t[k].start >= at {
		k--
	}
	if k < 0 {
		return ""
	}
	sent := t[k].sent
	for ; k >= 0 && t[k].sent == sent; k-- {
		w := t[k].lower()
		if t[k].kind != tWord || t[k].isCap() || len(w) < 4 || !strings.HasSuffix(w, "s") {
			continue
		}
		if c := d.lx.roles[strings.TrimSuffix(w, "s")]; c == "" || c == "honorific" || c == "kin" {
			continue
		}
		// The noun and what qualifies it before: "U.S. and NATO officials".
		b := k
		for b > 0 && t[b-1].sent == sent && (t[b-1].isCap() || t[b-1].text == "." || t[b-1].lower() == "and" && b-2 >= 0 && t[b-2].isCap() || t[b-1].kind == tWord && !t[b-1].isCap() && d.roleOfLow(&t[b-1]) == "" && !roleStop[t[b-1].lower()] && b == k) {
			b--
		}
		for b < k && (t[b].lower() == "and" || t[b].text == "." || d.isCommon(&t[b]) || d.lx.common[t[b].base()]) {
			b++ // "While", "and"
		}
		return pa.text[t[b].start:t[k].end]
	}
	return ""
}

// quoteMask reports, for a byte offset, whether it lies inside quotation marks.
func quoteMask(quotes []span, sp span) func(int) bool {
	var ranges []span
	for _, q := range quotes {
		if q.start < sp.end && q.end > sp.start {
			ranges = append(ranges, q)
		}
	}
	return func(off int) bool {
		for _, r := range ranges {
			if off >= r.start && off < r.end {
				return true
			}
		}
		return false
	}
}

// quoteSpans returns the inner spans of “curly” and "straight" quotations.
func quoteSpans(p string) []span {
	var out []span
	open := -1
	var closer rune
	for i := 0; i < len(p); {
		if c := p[i]; c < utf8.RuneSelf && c != '"' {
			i = indexQuoteByte(p, i) // only '"' of the ASCII bytes opens or closes a quotation
			continue
		}
		r, size := utf8.DecodeRuneInString(p[i:])
		switch {
		case open < 0 && (r == '“' || r == '"'):
			open, closer = i+size, r
			if r == '“' {
				closer = '”'
			}
		case open >= 0 && r == closer:
			if i > open {
				out = append(out, span{open, i})
			}
			open = -1
		}
		i += size
	}
	if len(out) == 0 {
		out = singleQuoteSpans(p)
	}
	return out
}

// singleQuoteSpans returns the inner spans of quotations in single marks,
// 'straight' or ‘curly’, as British papers write them. An apostrophe is no
// mark: a quotation opens after a space (or a bracket or dash) before a
// letter, and closes after a word or a stop before a space, a stop or the
// end, preferring a close that punctuation follows or precedes, so that a
// plural possessive ("the generals' homes") inside it does not end it
// when a later mark does.
func singleQuoteSpans(p string) []span {
	var out []span
	for i := indexSingleMark(p, 0); i < len(p); i = indexSingleMark(p, i+1) {
		size := singleMark(p, i)
		if size == 0 || !opensQuote(p, i, size) {
			continue
		}
		open := i + size
		end, loose := -1, -1
		for j := indexSingleMark(p, open+1); j < len(p); j = indexSingleMark(p, j+1) {
			n := singleMark(p, j)
			if n == 0 {
				continue
			}
			before, _ := utf8.DecodeLastRuneInString(p[:j])
			after, _ := utf8.DecodeRuneInString(p[j+n:])
			if unicode.IsSpace(before) || unicode.IsLetter(after) || unicode.IsDigit(after) {
				continue // an opening mark, or an apostrophe inside a word
			}
			if j+n == len(p) || strings.ContainsRune(".,!?", before) || strings.ContainsRune(".,;:!?)—–", after) {
				end = j
				break
			}
			if loose < 0 {
				loose = j
			}
		}
		if end < 0 {
			end = loose
		}
		if end < 0 {
			break
		}
		out = append(out, span{open, end})
		i = end
	}
	return out
}

// singleMark is the size of a single quotation mark at p[i], 0 when there is
// none.
func singleMark(p string, i int) int {
	switch {
	case p[i] == '\'':
		return 1
	case p[i] != "‘"[0]: // the first byte of both curly marks
		return 0
	case strings.HasPrefix(p[i:], "‘"), strings.HasPrefix(p[i:], "’"):
		return len("‘")
	}
	return 0
}

// opensQuote reports whether the mark at p[i] opens a quotation: it starts
// the text or follows a space, a bracket or a dash, and a letter follows it
// (not the digits of a decade: '90s).
func opensQuote(p string, i, size int) bool {
	if i > 0 {
		before, _ := utf8.DecodeLastRuneInString(p[:i])
		if !unicode.IsSpace(before) && !strings.ContainsRune("([—–", before) {
			return false
		}
	}
	after, _ := utf8.DecodeRuneInString(p[i+size:])
	return unicode.IsLetter(after) || after == '“' || after == '"'
}

// findQuotes records each quotation with its speaker.
func (d *doc) findQuotes() {
	d.attribute()
	for p := range d.paras {
		pa := &d.paras[p]
		for _, q := range pa.quotes {
			s := sentenceOf(pa.sents, q.start)
			// A quotation that the segmenter split stops at its sentence's end.
			inner := trimSpan(pa.text, max(q.start, pa.sents[s].start), min(q.end, pa.sents[s].end))
			for inner.end > inner.start && strings.ContainsRune(",;", rune(pa.text[inner.end-1])) {
				inner.end--
			}
			if inner.end <= inner.start {
				continue
			}
			a := d.spoken[p][s]
			if a.name == "" {
				a = d.quoteSubject(p, s, q)
			}
			if a.name == "" && sentenceIsQuote(pa.text, pa.sents[s], q) {
				a = d.previousSpeaker(p, s)
			}
			if a.who != nil {
				a.who.quoted = true
				a.who.hasQuote = true
			}
			if d.spoken[p][s].name == "" && a.name != "" && sentenceIsQuote(pa.text, pa.sents[s], q) {
				d.spoken[p][s] = a
			}
			d.quotes = append(d.quotes, Quote{
				Text:    pa.text[inner.start:inner.end],
				Speaker: a.name,
				Source:  Source{Paragraph: p, Sentence: s, Start: inner.start, End: inner.end},
			})
		}
	}
}

// quoteSubject takes the first person or organisation named before a
// quotation in its sentence: "The council ... calling for the "immediate
// withdrawal"".
func (d *doc) quoteSubject(p, s int, q span) attribution {
	for _, m := range d.mentionsIn(p, s) {
		if m.end > q.start {
			break
		}
		switch m.kind {
		case "person":
			return attribution{name: m.name, kind: "person", who: m.who}
		case "org":
			return attribution{name: m.name, kind: "org", orgKind: d.orgKindOf(m.name)}
		}
	}
	return attribution{}
}

func (d *doc) orgKindOf(name string) string {
	for _, o := range d.orgs {
		if o.name == name {
			return o.kind
		}
	}
	return ""
}

func sentenceIsQuote(p string, sp span, q span) bool {
	return q.start-sp.start <= 3 && sp.end-q.end <= 4
}

func (d *doc) previousSpeaker(p, s int) attribution {
	for pp := p; pp >= 0 && pp >= p-2; pp-- {
		start := len(d.spoken[pp]) - 1
		if pp == p {
			start = s - 1
		}
		for ss := start; ss >= 0; ss-- {
			if a := d.spoken[pp][ss]; a.name != "" {
				return a
			}
		}
	}
	return attribution{}
}

func sentenceOf(sents []span, off int) int {
	for i, s := range sents {
		if off < s.end {
			return i
		}
	}
	return max(len(sents)-1, 0)
}

// namingVerb reports a verb that speaks when a quotation follows it
// closely: "called the cap “a self-inflicted wound”". It is read for every
// word of a sentence: a switch, not a map.
func namingVerb(w string) bool {
	switch w {
	case "called", "calls", "termed", "terms", "branded", "brands", "described", "describes", "dubbed":
		return true
	}
	return false
}

// publicBodies speak for the state when unnamed: "The electoral commission
// said".
var publicBodies = set("commission", "regulator", "council", "committee", "inquiry")

// quantifiers come before a plural that speaks: "Some analysts at…".
var quantifiers = set("some", "many", "several", "most", "other", "two", "three", "few")
