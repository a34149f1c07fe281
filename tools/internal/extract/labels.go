package extract

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Labels, in the order ties are broken.
var labelNames = [...]string{"summary", "event", "official_statement", "expert_view", "public_opinion", "agreement_or_law", "background", "what_next", "other"}

// scorer adds up evidence for each label. Scores and cues are arrays
// indexed like labelNames rather than maps: a scorer is made for every
// sentence, and fixed arrays cost no allocations.
type scorer struct {
	score [len(labelNames)]float64
	cues  [len(labelNames)][]string
}

// labelIndex is the index of label in labelNames, or -1. A label outside
// labelNames could never be chosen by best, so its evidence is dropped.
func labelIndex(label string) int {
	for i, l := range labelNames {
		if l == label {
			return i
		}
	}
	return -1
}

func (s *scorer) add(label string, w float64, cue string) {
	i := labelIndex(label)
	if i < 0 {
		return
	}
	s.score[i] += w
	if cue != "" && w > 0 && !containsFold(s.cues[i], cue) {
		s.cues[i] = append(s.cues[i], cue)
	}
}

// best returns the top label with its confidence and cues, or "" when no
// label has any evidence.
func (s *scorer) best() (string, float64, []string) {
	best, bi, bs, total := "", -1, 0.0, 0.0
	for i, l := range labelNames {
		v := s.score[i]
		if v > 0 {
			total += v
		}
		if v > bs {
			best, bi, bs = l, i, v
		}
	}
	conf := 0.3
	if total > 0 && bs > 0 {
		conf = math.Round(100*(0.3+0.7*bs/total)) / 100
	}
	var cues []string
	if bi >= 0 {
		cues = s.cues[bi]
	}
	if cues == nil {
		cues = []string{}
	}
	return best, conf, cues
}

// cueScores adds the lexicon cues found in tokens t. A cue inside a
// quotation counts half: a quotation says most of who speaks, less of what
// the paragraph is (a judge quoted on "a budget bill" is still a judge).
func (d *doc) cueScores(s *scorer, t []token, inQuote func(int) bool) {
	d.lx.cueSet.match(t, func(i, k int) {
		c := d.lx.cues[i]
		if titleModifiers[c.phrase] && k+1 < len(t) && d.personWord(t[k+1]) {
			return // "former President NAME", "two former ministers": who someone was, not when the paragraph is
		}
		w := c.weight
		if inQuote != nil && inQuote(t[k].start) {
			w /= 2
		}
		if c.label == "background" && w > 0 && comparedBefore(t, k) {
			return // "the lowest since 2009", "the highest in three decades": a record, not history
		}
		s.add(c.label, w, c.phrase)
	})
}

// comparedBefore reports a superlative, a record, "first time" or "than in"
// within the five words before token k: what follows measures today's news
// against the past rather than telling the past.
func comparedBefore(t []token, k int) bool {
	for m := k - 1; m >= 0 && m >= k-5 && t[m].sent == t[k].sent; m-- {
		if recordWords[t[m].lower()] || t[m].lower() == "than" && m+1 < len(t) && t[m+1].lower() == "in" ||
			t[m].lower() == "time" && m > 0 && t[m-1].lower() == "first" {
			return true
		}
	}
	return false
}

// personWord reports a token that names or describes a person: part of a
// name, a title or a role, singular or plural.
func (d *doc) personWord(x token) bool {
	lw := x.lowBase()
	one := strings.TrimSuffix(lw, "s")
	return x.name || x.is(wTitleFirst) || d.lx.roles[lw] != "" || d.lx.roles[one] != ""
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// labelParagraphs gives every paragraph, and every sentence, a label from
// the DESIGN table. Each sentence collects evidence from the cue lexicon,
// from who speaks in it (experts versus officials and institutions) and from
// tense; a paragraph adds up its sentences, the first (the topic sentence)
// counting one and a half times, then adds its dates and its position: the
// first paragraph is the lede.
func (d *doc) labelParagraphs() {
	d.finishPeople()
	d.sentLabels = make([][]string, len(d.paras))
	d.headings = make([]bool, len(d.paras))
	d.labels = make([]Paragraph, 0, len(d.paras))
	ref := d.dateRefs()
	n := len(d.paras)
	for p := range d.paras {
		d.headings[p] = d.pageLine(p)
	}
	lede, standfirst := d.lede()
	d.ledeAt = lede
	var sents []scorer // reused from paragraph to paragraph
	for p := range d.paras {
		pa := &d.paras[p]
		s := &scorer{}
		sents = slices.Grow(sents[:0], len(pa.sents))[:len(pa.sents)]
		clear(sents)
		for si, sp := range pa.sents {
			ss := &sents[si]
			d.sentenceScores(ss, p, si, pa.text[sp.start:sp.end])
			w := 1.0
			if si == 0 && len(pa.sents) > 1 {
				w = 1.5
			}
			for l := range labelNames {
				s.score[l] += w * ss.score[l]
			}
		}
		// The paragraph's cues: its sentences' in order, each once. Sized
		// first, so each list is allocated once.
		for l := range labelNames {
			total := 0
			for si := range sents {
				total += len(sents[si].cues[l])
			}
			if total == 0 {
				continue
			}
			s.cues[l] = make([]string, 0, total)
			for si := range sents {
				for _, x := range sents[si].cues[l] {
					if !containsFold(s.cues[l], x) {
						s.cues[l] = append(s.cues[l], x)
					}
				}
			}
		}
		d.dateScores(s, p, ref)
		switch {
		case p == lede || p == standfirst:
			s.add("summary", 8, "first paragraph")
		case p == lede+1:
			// The paragraph after the lede most often tells more of the news.
			s.add("event", 2.25, "second paragraph")
			d.actionScore(s, p)
		case p <= lede+2:
			s.add("event", 0.75, "early in the article")
			d.actionScore(s, p)
		case p > n/3:
			s.add("background", 0.5, "later in the article")
		}
		if p == n-1 && n > 3 && s.score[labelIndex("what_next")] > 0 {
			s.add("what_next", 0.5, "last paragraph")
		}
		if p == lede || p == standfirst {
			d.headings[p] = false
		}
		if d.headings[p] {
			s.add("other", 20, "heading")
		}
		label, conf, cues := s.best()
		if label == "" {
			// No evidence: news runs events first, context later.
			label = "background"
			if p <= lede+2 {
				label = "event"
			}
		}
		par := Paragraph{Index: p, Text: pa.text, Label: label, Confidence: conf, Cues: cues}
		if len(pa.sents) > 0 { // sized once; a paragraph without sentences keeps nil lists
			par.Sentences = make([]SentenceLabel, 0, len(pa.sents))
			d.sentLabels[p] = make([]string, 0, len(pa.sents))
		}
		for si, sp := range pa.sents {
			ss := &sents[si]
			ss.add(label, 0.75, "")
			if (p == lede || p == standfirst) && si == 0 {
				ss.add("summary", 5, "")
			}
			sl, _, _ := ss.best()
			if sl == "" {
				sl = label
			}
			par.Sentences = append(par.Sentences, SentenceLabel{Index: si, Start: sp.start, End: sp.end, Label: sl})
			d.sentLabels[p] = append(d.sentLabels[p], sl)
		}
		d.labels = append(d.labels, par)
	}
}

var (
	perfectAux    = set("has", "have", "had")
	perfectAdverb = set("long", "often", "already", "since", "been", "not", "never", "also", "just")
	participles   = set("been", "become", "grown", "risen", "fallen", "seen", "made", "taken", "given", "led", "held", "won", "lost", "built", "kept", "done", "gone", "come")
)

// progressive reports an ongoing action ("is resisting", "are fleeing"):
// the grammar of a developing event.
func progressive(t []token) bool {
	for k := 0; k+1 < len(t); k++ {
		switch t[k].lower() {
		case "is", "are":
			w := t[k+1].lower()
			if strings.HasSuffix(w, "ing") && len(w) > 5 && w != "nothing" && w != "something" && w != "everything" {
				return true
			}
		}
	}
	return false
}

// perfect reports a perfect tense ("has long urged", "had relied"): the
// grammar of background.
func perfect(t []token) bool {
	for k := 0; k+1 < len(t); k++ {
		if !t[k].is(wPerfectAux) {
			continue
		}
		n := k + 1
		if participles[t[n].lower()] {
			return true
		}
		if perfectAdverb[t[n].lower()] && n+1 < len(t) {
			n++
		}
		w := t[n].lower()
		if participles[w] || (len(w) > 3 && strings.HasSuffix(w, "ed")) {
			return true
		}
	}
	return false
}

// agreementSubject is the noun of a sentence that opens with an agreement
// as its subject ("The truce, brokered by…", "The new ordinance covers…",
// "Under the deal, …"), or "".
func agreementSubject(t []token) string {
	k := 0
	if k+1 < len(t) && t[k].lower() == "under" {
		k++
	}
	if k >= len(t) {
		return ""
	}
	switch t[k].lower() {
	case "the", "this", "that", "a", "an":
	default:
		return ""
	}
	for m := k + 1; m < len(t) && m <= k+3 && t[m].kind == tWord; m++ {
		if t[m].isCap() && m+1 < len(t) && t[m+1].isCap() {
			return "" // "The Law Council of Australia said" names a body
		}
		if m+1 < len(t) && t[m+1].kind == tWord && !t[m+1].isCap() && headAfter(t[m+1].lowBase()) {
			return "" // "A law firm", "the deal makers": a modifier, not the subject
		}
		if w := t[m].lower(); slices.Contains(agreementNouns, w) || strings.HasSuffix(w, "s") && slices.Contains(agreementNouns, w[:len(w)-1]) || measureNouns[w] {
			return w // "The laws, which passed the Senate…", "The regulations", "The waiver will cover loans…"
		}
		if t[m].isCap() && !(m == k+1 && k == 0) || t[m].possessive() {
			return "" // "The Paris deal" is named; "The minister's bill" has an owner
		}
	}
	return ""
}

// headAfter reports a noun that makes the word before it a modifier: "law
// firm", "treaty negotiators", "deal makers".
func headAfter(w string) bool {
	_, body := bodyNouns[w]
	return body || modifiedHeads[w]
}

var modifiedHeads = set("enforcement", "officer", "officers", "school", "schools", "student", "students", "professor", "maker", "makers",
	"negotiator", "negotiators", "talks", "breaker", "breakers", "lawyer", "lawyers", "changes", "change")

// takesEffect reports "take(s) effect", "come(s) into force" or "enter(s)
// into force" as what a sentence says, not in a relative clause ("The
// ordinance, which takes effect Jan. 1, covers…").
func takesEffect(t []token) bool {
	for k := 0; k+1 < len(t); k++ {
		w, next := t[k].lower(), t[k+1].lower()
		if k >= 1 && relativeWords[t[k-1].lower()] || k >= 2 && relativeWords[t[k-2].lower()] {
			continue
		}
		switch {
		case (w == "take" || w == "takes" || w == "took") && next == "effect":
			return true
		case (w == "come" || w == "comes" || w == "enter" || w == "enters") && next == "into" && k+2 < len(t) && t[k+2].lower() == "force":
			return true
		}
	}
	return false
}

// provision is the word by which a sentence in the future tense says what
// a rule provides ("exempt", "allowed", "fines"), or "".
func provision(t []token) string {
	for k, x := range t {
		w := x.lower()
		switch {
		case w == "exempt" || w == "exempted" || w == "exemption" || w == "exemptions":
			return w
		case (w == "fine" || w == "fines" || w == "penalty" || w == "penalties") && k+2 < len(t) && t[k+1].lower() == "of" && t[k+2].lower() == "up":
			return w // "fines of up to $49.5 million"
		case (w == "face" || w == "faces") && k+1 < len(t) && (t[k+1].lower() == "fines" || t[k+1].lower() == "penalties" || t[k+1].lower() == "a" && k+2 < len(t) && (t[k+2].lower() == "fine" || t[k+2].lower() == "penalty")):
			return "face " + t[k+1].lower()
		case w == "will" || w == "would":
			m := k + 1
			for m < len(t) && (t[m].lower() == "also" || t[m].lower() == "not" || t[m].lower() == "no" || t[m].lower() == "longer" || t[m].lower() == "now") {
				m++
			}
			if m+1 < len(t) && t[m].lower() == "be" && providedStates[t[m+1].lower()] {
				return t[m+1].lower() // "will be allowed", "will no longer be required"
			}
			if m+1 < len(t) && (t[m].lower() == "have" || t[m].lower() == "need") && t[m+1].lower() == "to" {
				return t[m].lower() + " to" // "employers will have to monitor…"
			}
			if m+1 < len(t) && t[m].lower() == "apply" && t[m+1].lower() == "to" {
				return "apply to" // "The levy will apply to stays of less than 28 days"
			}
		}
	}
	return ""
}

// providedStates are what a rule makes people or things: "will be allowed
// to", "will be classed as".
var providedStates = set("allowed", "permitted", "required", "banned", "prohibited", "classed", "classified", "capped", "taxed", "eligible", "exempt", "liable", "entitled", "obliged", "barred", "forbidden")

// relativeWords open a relative clause.
var relativeWords = set("which", "that", "who")

// pollWords name a measure of opinion; a token's flag wPoll says it is one.
var pollWords = []string{"poll", "polls", "polling", "survey", "surveys"}

// pollFigures reports a sentence that gives a poll's or a survey's
// figures: "A YouGov poll earlier this month found that 82% of Britons…".
func pollFigures(t []token) bool {
	poll, share := false, false
	for k := range t {
		x := &t[k]
		if x.text != "%" && !x.is(wPoll|wShare) {
			continue // most words, and all punctuation but "%"
		}
		switch {
		case x.is(wPoll):
			poll = true
		case x.text == "%", x.kind == tWord && (x.lower() == "percent" || x.lower() == "cent" && k > 0 && t[k-1].lower() == "per"):
			share = true
		}
	}
	return poll && share
}

func (d *doc) sentenceScores(s *scorer, p, si int, text string) {
	pa := &d.paras[p]
	toks := pa.toks[pa.tokSent[si]:pa.tokSent[si+1]]
	var inQuote func(int) bool
	if len(pa.quotes) > 0 {
		inQuote = quoteMask(pa.quotes, pa.sents[si])
	}
	d.cueScores(s, toks, inQuote)
	d.speakerScores(s, p, si)
	if o := d.findingOf(p, si, toks, text); o != "" {
		// "A report from the Brookings Institution found that…", "Figures
		// from the Trussell Trust show that…": a think tank's or a
		// charity's findings are its voice.
		s.add("expert_view", 2.5, "finding of: "+o)
	}
	if perfect(toks) {
		s.add("background", 1, "present perfect")
	}
	if progressive(toks) {
		s.add("event", 1, "progressive")
	}
	if pollFigures(toks) {
		s.add("public_opinion", 1.5, "poll figures")
	}
	if future, past := d.sentTense(p, si); future && !past {
		s.add("what_next", 1, "future tense")
		if w := provision(toks); w != "" {
			// "Pure fruit juices will be exempt", "Platforms will not be
			// allowed to…", "Firms will face fines of up to $49.5m": what a
			// rule provides, told in the future tense (in the labels, 54
			// of 78 future paragraphs that say so are agreement_or_law).
			s.add("agreement_or_law", 4.5, "provision: "+w)
		}
	}
	if a := d.spoken[p][si]; !a.trailing && !a.according && (a.who != nil && !a.who.expert && a.who.class != "journalist" && a.who.class != "kin" && !d.ordinary(a.who) || a.who == nil && a.kind == "org" && a.orgKind != "media") && modal(toks) {
		// "The minister said the government would bring in a law next
		// year": a plan, as the official tells it; but closing a story
		// ("The agency said it would publish a risk assessment within two
		// weeks"), what comes next.
		if n := len(d.paras); p == n-1 && n >= 5 {
			s.add("what_next", 1.5, "reported plan")
		} else {
			s.add("official_statement", 1.5, "reported plan")
		}
	}
	if si == 0 && len(toks) > 2 && toks[0].text == "Under" && (determiners[toks[1].lower()] || underOwners[toks[1].lower()] || toks[1].isCap()) {
		// "Under the changes, apartment projects will be fast-tracked":
		// what a law or a deal provides, though in the future tense (339
		// of 369 labelled paragraphs that open so are agreement_or_law).
		s.add("agreement_or_law", 6, "under its terms")
	}
	if n := agreementSubject(toks); n != "" && !takesEffect(toks) {
		// But "The ordinance takes effect in 30 days" says when, not what.
		s.add("agreement_or_law", 2, "agreement as subject: "+n)
	}
	for _, l := range d.laws {
		if l.Paragraph == p && l.Sentence == si {
			s.add("agreement_or_law", 2.5, "named law: "+d.text(l))
			break
		}
	}
	for _, pp := range d.people {
		if !pp.credit {
			continue
		}
		for _, m := range pp.mentions {
			if m.Paragraph == p && m.Sentence == si {
				s.add("other", 4, "credit: "+pp.name)
			}
		}
	}
}

// ordinary reports someone the article gives no role, or an ordinary one:
// a resident, a shopper, a shrimper.
func (d *doc) ordinary(who *person) bool {
	return who.class == "public" || who.role == "" && who.class == "" && (who.affil == "" || d.isCountry(who.affil))
}

// inLede reports a person named in the lede: the one the news is about.
func (d *doc) inLede(who *person) bool {
	return len(who.mentions) > 0 && who.mentions[0].Paragraph <= d.ledeAt
}

func (d *doc) speakerScores(s *scorer, p, si int) {
	a := d.spoken[p][si]
	if a.trailing && (a.who == nil || !a.who.expert) && !(a.kind == "unnamed" && strings.HasPrefix(strings.ToLower(a.name), "the ") && d.unnamedClass(strings.ToLower(a.name)) == "expert") {
		// But "…, the researchers said": the study's authors speak (not
		// "…, as many commentators said", which reports).
		s.add("event", 1, "reported statement")
		return
	}
	// "Médecins Sans Frontières said in a statement": a statement is the
	// kind of voice that makes it.
	statement := 0.0
	if containsFold(s.cues[labelIndex("official_statement")], "statement") {
		statement = 2.5
	}
	switch {
	case a.who != nil && a.who.expert:
		s.add("expert_view", 5+statement, "expert speaks: "+a.who.name)
	case a.who != nil && a.who.class == "journalist":
		s.add("event", 1, "reporter: "+a.who.name)
	case a.who != nil && a.according:
		s.add("official_statement", 1, "according to: "+a.who.name)
	case a.who != nil && (a.who.class == "kin" || a.who.class == "performer" || d.ordinary(a.who) && d.inLede(a.who)):
		// A relative's words, a player's, a singer's, or those of the
		// person the news is about, are part of the news.
		s.add("event", 1.5, "person speaks: "+a.who.name)
	case a.who != nil && d.ordinary(a.who):
		// Someone the article gives no role, or an ordinary one: a
		// resident, a shopper, a shrimper. What they say is the public's
		// mood, not a statement, as much as an official's words are a
		// statement: a clause on who they are ("who has lived there since
		// the 1980s") does not make them history.
		s.add("public_opinion", 3.5, "person speaks: "+a.who.name)
	case a.who != nil && publicGroup(a.who.affil):
		// "Mark Fenwick, chairman of the Harrowgate United Supporters'
		// Trust": the voice of fans, residents or parents is the public's.
		s.add("public_opinion", 2.5, "public group speaks: "+a.who.name)
	case a.who != nil:
		s.add("official_statement", 4, "official speaks: "+a.who.name)
	case a.kind == "org" && publicGroup(a.name):
		s.add("public_opinion", 2.5, "public group speaks: "+a.name)
	case a.kind == "org" && a.orgKind == "state":
		// "The government blames…": an unnamed state body, whose words
		// may as well tell news or plans.
		s.add("official_statement", 1.5, "state body speaks: "+a.name)
	case a.kind == "org" && a.orgKind == "company" && !a.according:
		// "Rapido said it was disappointed": a company's statement.
		s.add("official_statement", 1.5, "company speaks: "+a.name)
	case a.kind == "org" && (a.orgKind == "media" || a.orgKind == "company"):
		s.add("event", 1, "reported by: "+a.name)
	case a.kind == "org" && !a.according && (a.orgKind == "ngo" || a.orgKind == "think-tank" && (d.lx.orgs[strings.ToLower(a.name)].kind == "think-tank" || foundation(a.name) || d.describedOrg(a.name))):
		// "Amnesty International said": campaign groups, foundations and
		// think tanks known by name are voices the DESIGN table counts as
		// experts'. ("Centre" makes a name a think tank's, but many a
		// government agency is a centre too.)
		s.add("expert_view", 2.5+statement, "campaign group or think tank speaks: "+a.name)
	case (a.kind == "org" || a.kind == "place") && a.according:
		s.add("official_statement", 0.25, "according to: "+a.name)
	case a.kind == "place":
		// "Brazil has pledged…": a country's stance, as often the story's
		// background as its news.
		s.add("official_statement", 1.5, "institution speaks: "+a.name)
	case a.kind == "org":
		s.add("official_statement", 3, "institution speaks: "+a.name)
	case a.kind == "unnamed":
		lw := strings.ToLower(a.name)
		class := d.unnamedClass(lw)
		switch {
		case class == "kin":
			// "Mr Hartley's family said": what relatives say is news.
			s.add("event", 2.5, "relatives speak")
		case class == "expert" || strings.Contains(lw, "expert") || strings.Contains(lw, "analyst") || strings.Contains(lw, "commentator") || strings.Contains(lw, "researcher") || campaigners(lw):
			s.add("expert_view", 3, "unnamed experts")
		case class == "official" || strings.Contains(lw, "official") || strings.Contains(lw, "spokes") || strings.Contains(lw, "minist") || strings.Contains(lw, "government"):
			s.add("official_statement", 2, "unnamed official")
		default:
			s.add("event", 1, "unnamed source")
		}
	}
}

// describedOrg reports a body the text says the kind of ("X, a Bucharest
// thinktank,").
func (d *doc) describedOrg(name string) bool {
	for _, o := range d.orgs {
		if o.name == name {
			return o.described
		}
	}
	return false
}

// findingVerbs report what a study found.
var findingVerbs = set("found", "finds", "show", "shows", "showed")

// findingOf is the think tank or campaign group whose findings sentence si
// of paragraph p reports ("A report from X found that…"), or "".
func (d *doc) findingOf(p, si int, toks []token, text string) string {
	that := false
	for k := range toks {
		if toks[k].low == "that" {
			that = true
			break
		}
	}
	if !that {
		return "" // most sentences, without searching their text
	}
	at := -1
	for i := spaced(text, "that", 0); i > 0; i = spaced(text, "that", i+1) {
		// The word before each " that ": "found", "show".
		w := text[strings.LastIndexByte(text[:i], ' ')+1 : i]
		if findingVerbs[w] {
			at = d.paras[p].sents[si].start + i - len(w)
			break
		}
	}
	if at < 0 {
		return "" // most sentences, without reading their words
	}
	for _, o := range d.orgs {
		if o.kind != "ngo" && o.kind != "think-tank" || d.lx.orgs[strings.ToLower(o.name)].kind != o.kind && o.kind == "think-tank" {
			continue // (a "Centre" may be a state agency's)
		}
		for _, m := range o.mentions {
			if m.Paragraph == p && m.Sentence == si && m.End <= at {
				return o.name
			}
		}
	}
	return ""
}

// campaigners reports unnamed campaign groups speaking: "Rights groups
// say", "environmental groups", "campaigners".
func campaigners(lw string) bool {
	if strings.Contains(lw, "campaigners") {
		return true
	}
	for _, g := range [...]string{"rights groups", "aid groups", "environmental groups", "campaign groups", "advocacy groups", "conservation groups", "humanitarian groups"} {
		if strings.Contains(lw, g) {
			return true
		}
	}
	return false
}

// boilerplate is a line a scraped page carries that is no part of the
// story: "Copyright 2021 NPR. To see more, visit https://www.npr.org."
var boilerplate = regexp.MustCompile(`^(?:(?:Copyright|©)\s*(?:©\s*)?(?:\d{4}\b|[A-Z])|(?i:to see more, visit)\b|` +
	// "Image copyright Reuters Image caption …", a photo's credit and caption
	// as a scraped page keeps them; a line pointing elsewhere.
	`(?:Image|Media|Video) (?:copyright|caption)\b|(?:FILE PHOTO|Read more|READ MORE|Related|RELATED)\b\s*[:-])`)

// boilerplateLine reports a line boilerplate matches, or one that ends "All
// rights reserved". Most lines are tested by their first letter alone.
func boilerplateLine(text string) bool {
	if text == "" {
		return false
	}
	if strings.IndexByte("C\xc2ItTMVFR", text[0]) >= 0 && boilerplate.MatchString(text) {
		return true
	}
	const arr = "all rights reserved"
	end := strings.TrimRight(text, ".")
	return len(end) >= len(arr) && strings.EqualFold(end[len(end)-len(arr):], arr)
}

// furnitureOpen opens a line a web page carries around its story rather
// than in it: a time stamp, a photo's caption, a credit, a pointer to
// another story, a prompt to follow or sign up.
var furnitureOpen = regexp.MustCompile(`^(?:(?:Updated|Posted|Published|First published|Last updated|Last modified|Modified|Issued on)\b[^.]{0,16}\d|` +
	`(?:Updated|Posted|Published)\s+:\s*\S|` +
	`FILE(?: PHOTO)?\s*[-–—:]|(?:PICTURE|Picture|PHOTO|Photo|Caption)\s*:|\(?With (?:inputs|files|additional reporting) from\b|\(?With (?:additional )?reporting by\b|` +
	`(?:Additional reporting|Reporting|Reported|Writing|Written|Editing|Edited|Compiled) by\b|A version of this article appears\b|(?:SOURCE|Source):\s|More (?:about|on this story):|` +
	`(?:Also read|Also Read|ALSO READ|Read also|READ ALSO|Related Story|Related stories|RELATED ARTICLE|Related article|Related Articles|Related coverage|Related Coverage|See also|Read More|READ MORE|Read more|MORE NEWS\s*:|More news\s*:|Topics\s*:)|` +
	`Our Standards:|Get (?:Breaking news|the latest|the day's top news)\b|Follow (?:us|[A-Z]\w+(?: (?:[A-Z]\w+|&)){0,4}) on\b|Sign up\b|Story continues\b|Advertisement$|HIGHLIGHTS$|` +
	`Support \S[^.]{0,40}\bjournalism\b|Translation of an (?:original )?article\b|` +
	`(?i:related (?:stories|story|internet links|articles?)\s*:)|Go further\s*:|MORE(?: [A-Z][A-Z-]*){0,3}\s*:|English version by\b|This (?:article|story) (?:has been|was) updated\b|` +
	`For (?:more information|further information|updates|emergency updates|the latest|help|support|advice)\b[^.]{0,80}\b(?:visit|call|contact)\b|(?:READ|Read)\s*:|Explore more on these topics\b|` +
	`What do you think of this story\b|Share your (?:experience|story|views|pictures)\b|If you or someone you know\b|\(Updates (?:with|to)\b|` +
	`Related Topics\b|You may also (?:be interested in|like)\b|Join (?:[A-Z]\w*'s|our|us)\b|Subscribe (?:to|now)\b|Go to (?:\S+ ){1,3}?for more\b|` +
	`Some information for this (?:story|report) came from\b|list \d+ of \d+\b|\(\$1 = |Image (?:source|caption),)`)

// editorsInitials is the line some wire and public broadcasters' stories
// end with: the editors' initials, then the agencies used.
var editorsInitials = regexp.MustCompile(`^[a-z]{2,3}/[a-z]{2,3}(?:/[a-z]{2,3})?(?: \([A-Za-z, ]{2,30}\))?$`)

// furnitureFirst are the first words furnitureOpen can match, read before
// the pattern runs.
var furnitureFirst = set("Updated", "Posted", "Published", "First", "Last", "Modified", "Issued", "FILE", "PICTURE", "Picture", "PHOTO", "Photo",
	"Caption", "(With", "With", "Additional", "Reporting", "Reported", "Writing", "Written", "Editing", "Edited", "Compiled", "A", "SOURCE", "Source", "More", "Also", "ALSO", "Related",
	"RELATED", "See", "Read", "READ", "Our", "Get", "Follow", "Sign", "Story", "Advertisement", "HIGHLIGHTS", "You", "Join", "Subscribe", "Go", "Some", "list", "($1", "Image",
	"MORE", "Topics", "Support", "Translation", "What", "Share", "If", "(Updates", "Explore", "English", "This", "For")

// furnitureClose ends a photo's caption with its credit: "… Photograph:
// Getty Images", "….Credit:AAP", "… [Ameer Khalaf/Reuters]", "… (AFP/Getty
// Images)", "… NAME/Stuff"; or a byline with its time stamp: "… 00.01 GMT".
var furnitureClose = regexp.MustCompile(`(?:(?:Photograph|Photo|Picture|Credit|Image|Illustration)\s*:\s*[^.:!?]{1,60}|` +
	`[\[(][^\[\]()]{0,60}\b(?:Getty Images|AFP|Reuters|AP Photo|AP|Associated Press|EPA|PA|Canadian Press|Bloomberg|Xinhua|Anadolu|Shutterstock|Alamy|AAP|Supplied|File)\b[^\[\]()]{0,40}[\])]|` +
	`\b\d{1,2}[.:]\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?(?:GMT|BST|UTC|IST|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|AEST|AEDT|AWST|ACST|SGT|HKT|JST|KST|CET|CEST|WAT|EAT|SAST)|` +
	`[.,] (?:Getty Images|AFP via Getty Images|Reuters|EPA|AP|PA Media|PA|Shutterstock|Alamy|AAP)|` +
	// "… Kerrin Matheson/Stuff", "… MARTA KOWALCZYK/THE GLOBE AND MAIL"
	`\. \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}/\p{Lu}[\p{L}&]*(?: \p{Lu}[\p{L}&]*){0,4}|` +
	// "… Courtesy of NAME", "… (CNA photo)", "… © NAME, AFP", "… — Supplied photo", "… Photo by X/NAME"
	`[.)] (?:Courtesy of [^.]{1,40}|\((?:\p{Lu}+ )?[Pp]hoto\)|© [^.]{1,60}|[—–-] Supplied(?: photo)?|(?:File )?[Pp]hoto by [^.]{1,60})|` +
	// "… (State Emergency Service / Telegram)": a credit of two sources.
	`[.] \([^()/.]{1,50} / [^()/.]{1,30}\)|` +
	`\b\d{1,2}[.:]\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?GMT[+-]\d{1,2})$`)

// emailLine is an address alone on its line, in brackets or not; emailIn
// one anywhere in a line.
var (
	emailLine = regexp.MustCompile(`^\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?$`)
	emailIn   = regexp.MustCompile(`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`)
)

// pointerLine is a line that only points to another story, whose headline
// follows on the next line: "Read More", "RELATED ARTICLE".
var pointerLine = regexp.MustCompile(`^(?i:read more|related(?: articles?| stories| story| content)?|see also|more on this story|also read|recommended)\s*:?$`)

// furniture reports a line a web page carries around its story: a byline
// ("By NAME, Africa Correspondent", "NAME | Outlet | Updated on …", "NAME,
// State Politics Reporter, Herald Sun"), a time stamp, a photo's caption
// and credit, a credit line, a pointer to another story. A copied page
// keeps them between the paragraphs; they are no part of the news.
func furniture(text string) bool {
	if text == "" {
		return false
	}
	first, _, _ := strings.Cut(text, " ")
	if furnitureFirst[strings.TrimRight(first, ":")] && furnitureOpen.MatchString(text) {
		return true
	}
	if len(text) <= 40 && editorsInitials.MatchString(text) {
		return true // "ab/ng (dpa, epd)": the editors' initials and the agencies
	}
	if strings.IndexByte(text, '@') > 0 && emailIn.MatchString(text) && countFields(text) <= 30 {
		return true // "Share your experience by emailing haveyoursay@bbc.co.uk."
	}
	last, _ := utf8.DecodeLastRuneInString(text)
	ended := strings.ContainsRune(".!?\"”", last)
	if ended && !hasWords(text, "contributed") { // " contributed ", found from its rarer first letter
		return false // a sentence of the story, most often: no need to count its words
	}
	words := countFields(text)
	if words == 1 && emailLine.MatchString(text) {
		return true // "(yoonsh@heraldcorp.com)": the writer's address
	}
	if words <= 20 && (strings.Contains(text, " contributed reporting") || strings.Contains(text, " contributed to this report")) {
		return true
	}
	if words <= 12 && !ended && strings.HasPrefix(text, "Analysis by ") {
		return true // "Analysis by NAME, BBC News, Guwahati": a byline, not "Analysis by the IFS found…"
	}
	if words <= 40 && !ended && furnitureClose.MatchString(text) {
		return true
	}
	if ended || words > 30 {
		return false
	}
	if strings.Contains(text, " | ") || strings.Contains(text, " · ") {
		return true
	}
	if words > 12 {
		return false
	}
	if strings.HasPrefix(text, "By ") && len(text) > 3 && isCapitalised(text[3:]) {
		return true
	}
	for w := range strings.FieldsSeq(text) {
		if journalism[strings.ToLower(strings.Trim(w, ",;"))] {
			return true
		}
	}
	return false
}

// authorNote is the line some outlets end a story with about its writer:
// "Harriet Coleby is a state political reporter for The Sydney Morning
// Herald."
var authorNote = regexp.MustCompile(`^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){1,3} (?i:is|was) (?i:an?|the)\b[^.]{0,80}\b(?i:reporter|correspondent|editor|writer|columnist|journalist)\b`)

// pageLine reports a paragraph that is no part of the story's prose: a
// subheading, a page's furniture, the headline a "Read more" line points
// to, or a closing note on the writer.
func (d *doc) pageLine(p int) bool {
	pa := &d.paras[p]
	if heading(pa, p > 0) {
		return true
	}
	text := strings.TrimSpace(pa.text)
	last, _ := utf8.DecodeLastRuneInString(text)
	if p > 0 && !strings.ContainsRune(".!?\"”", last) && countFields(text) <= 20 && pointerLine.MatchString(strings.TrimSpace(d.paras[p-1].text)) {
		return true
	}
	return p == len(d.paras)-1 && p > 0 && countFields(text) <= 25 && authorNote.MatchString(text)
}

// lede finds the paragraph that opens the story: the first, unless a copied
// page puts a byline, a time stamp or a photo's caption before it. A line
// of summary above them with no full stop, or one a byline or caption
// follows, is the standfirst (-1 when there is none).
func (d *doc) lede() (lede, standfirst int) {
	n := len(d.paras)
	standfirst = -1
	if n > 3 && !d.headings[0] && d.headings[1] {
		text := strings.TrimSpace(d.paras[0].text)
		last, _ := utf8.DecodeLastRuneInString(text)
		next := strings.TrimSpace(d.paras[1].text)
		// (A photo's "Image source," line sits inside the story, after its
		// first paragraph, on the BBC's pages.)
		if !strings.ContainsRune(".!?\"”", last) || furniture(next) && !strings.HasPrefix(next, "Image source,") && !strings.HasPrefix(next, "Image caption,") {
			standfirst, lede = 0, 1
		}
	}
	for lede < n-1 && lede < 5 && d.headings[lede] {
		lede++
	}
	return lede, standfirst
}

// signpost reports a line that only announces what follows: "Here is a
// look at what is at stake.", "Here's what we know:".
func signpost(text string) bool {
	if !strings.HasPrefix(text, "Here") || countFields(text) > 12 || strings.Count(text, ". ") > 0 {
		return false
	}
	rest := strings.TrimPrefix(strings.TrimPrefix(text, "Here's "), "Here is ")
	return rest != text && (strings.HasPrefix(rest, "a look") || strings.HasPrefix(rest, "what ") || strings.HasPrefix(rest, "how ") || strings.HasPrefix(rest, "why "))
}

// glossaryLine reports a glossary's entry, tested only when a dash stands
// among the first words.
func glossaryLine(text string) bool {
	head := text[:min(len(text), 48)]
	if !strings.Contains(head, " – ") && !strings.Contains(head, " — ") && !strings.Contains(head, " - ") {
		return false
	}
	return glossaryEntry.MatchString(text)
}

// glossaryEntry is a line of the word list some outlets end a story with:
// "hectare – n. a unit of area equal to 10,000 square meters".
var glossaryEntry = regexp.MustCompile(`^[^.!?–—"“]{1,40} [–—-] (?:(?:n|v|adj|adv|prep|conj|pron|phr)\.|(?:noun|verb|adjective|adverb|idiom|phrase|phrasal verb)\b)`)

// heading reports a paragraph that is a subheading of the article: one
// short question ("What does the law do?"), or a few words with no stop
// ("The background"), and no quotation; or a glossary's entry.
func heading(pa *para, inside bool) bool {
	text := strings.TrimSpace(pa.text)
	if glossaryLine(text) || boilerplateLine(text) || signpost(text) || furniture(text) {
		return true
	}
	if quotedHeading(text) {
		return true
	}
	if len(pa.sents) != 1 || len(pa.quotes) > 0 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text)
	switch {
	case last == '?':
		return countFields(text) <= 12
	case strings.ContainsRune(".!\"”’)'", last):
		return false
	}
	words := countFields(text)
	if inside || lowerWords(text) <= 3 {
		// A line with no stop inside the story: a crosshead ("A slope
		// that had been warning for years") or a link to another story;
		// first, a line of names and dates ("Eleanor Pryce and Sam
		// Okonjo, BBC News"), where a longer one of words in lower case
		// is the standfirst.
		return words <= 12
	}
	return words <= 6
}

// lowerWords counts the words of text that open in lower case.
func lowerWords(text string) int {
	n := 0
	for w := range strings.FieldsSeq(text) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			n++
		}
	}
	return n
}

// quotedHeading reports a subheading that is a few words quoted from the
// story, with no stop inside the marks: "'A generation without hope'",
// "‘TOO LITTLE, TOO LATE’". A quotation that is a sentence ends on its
// stop: "'We will fight.'"
func quotedHeading(text string) bool {
	first, n := utf8.DecodeRuneInString(text)
	last, m := utf8.DecodeLastRuneInString(text)
	if len(text) < n+m+2 || !strings.ContainsRune("'’\"”", last) {
		return false
	}
	if !strings.ContainsRune("'‘\"“", first) {
		// "Warnings 'not acted on'", "Police 'studying the judgement'": a
		// few words, then the quoted words that end the line.
		q := strings.LastIndexAny(text[:len(text)-m], "'‘\"“")
		return unicode.IsUpper(first) && q > 0 && text[q-1] == ' ' && countFields(text[:q]) <= 3 && countFields(text) <= 7 && !strings.ContainsAny(text[:q], ".!?,;:\"“”‘’'")
	}
	inner := text[n : len(text)-m]
	end, _ := utf8.DecodeLastRuneInString(inner)
	return !strings.ContainsRune(".!?,;:", end) && !strings.ContainsAny(inner, "\"“”‘") && countFields(inner) <= 10
}

// unnamedClass is the class of the role an unnamed source is described by,
// singular or plural: "Prosecutors said" speak as officials, "Many
// scientists suspect" as experts, "the victim's family" as kin.
func (d *doc) unnamedClass(lw string) string {
	class := ""
	for w := range strings.FieldsSeq(lw) {
		c := d.lx.roles[w]
		if c == "" {
			c = d.lx.roles[strings.TrimSuffix(w, "s")]
		}
		if c == "expert" || c == "official" || c == "kin" || w == "family" || w == "relatives" || w == "parents" {
			class = c // the head noun comes last
			if c == "" {
				class = "kin"
			}
		}
	}
	return class
}

// dateRefs are the publication-relative bounds dateScores compares dates
// with, formatted once per article rather than once per paragraph.
type dateRefs struct{ pubDay, recent, lastYear, distant string }

func (d *doc) dateRefs() dateRefs {
	if d.pub.IsZero() {
		return dateRefs{}
	}
	return dateRefs{pubDay: day(d.pub), recent: day(d.pub.AddDate(0, 0, -8)), lastYear: year(d.pub.AddDate(-1, 0, 0)), distant: year(d.pub.AddDate(5, 0, 0))}
}

// dateScores: dates long before publication point to background, recent
// ones to events, future ones to what comes next.
func (d *doc) dateScores(s *scorer, p int, ref dateRefs) {
	if d.pub.IsZero() {
		return
	}
	pubDay, recent := ref.pubDay, ref.recent
	for _, h := range d.dates {
		if h.src.Paragraph != p {
			continue
		}
		st := startOf(h.resolved)
		switch {
		case h.future && st != "" && st[:4] > ref.distant:
			// "on course to triple by 2060": a projection, not what comes next.
			s.add("background", 0.5, "distant date: "+h.text)
		case h.future || h.granularity == "event":
			s.add("what_next", 1.5, "future date: "+h.text)
		case h.granularity == "era" || h.granularity == "decade":
			s.add("background", 1, "era: "+h.text)
		case st == "":
		case len(st) == 10 && st >= recent && st <= pubDay:
			s.add("event", 1, "recent date: "+h.text)
		case st[:4] <= ref.lastYear && !strings.HasPrefix(h.text, "since ") && !d.comparedAt(h.src):
			// In a year before publication's ("warned last year", "built
			// in 1998"); but "lowered it by 625 points since July 2023"
			// tells of a span that reaches today. (A lighter weight for
			// last year's than for older dates lost on the labels.)
			s.add("background", 2, "past date: "+h.text)
		}
	}
}

// actionScore: early in a story, a paragraph with no quotation that
// opens with what a body did ("The Ministry of Health announced the
// emergency on Wednesday", "The president declared…") tells the news,
// though a body is its subject (115 of 151 such labelled paragraphs are
// events).
func (d *doc) actionScore(s *scorer, p int) {
	pa := &d.paras[p]
	if len(pa.quotes) > 0 || len(pa.sents) == 0 {
		return
	}
	t := pa.toks[pa.tokSent[0]:pa.tokSent[1]]
	for k, x := range t {
		if x.kind == tWord && x.is(wSpeech) && !actionVerbs[x.lower()] {
			return // "A spokesperson said it had already banned burning": what was said
		}
		if actionVerbs[x.lower()] && !(k+1 < len(t) && t[k+1].lower() == "that") {
			s.add("event", 4.5, "action: "+x.lower())
			return
		}
	}
}

// actionVerbs tell what a body did, not what it said.
var actionVerbs = set("announced", "unveiled", "launched", "declared", "ordered", "approved", "confirmed", "imposed", "introduced", "lifted", "suspended", "banned")

// recordWords measure news against the past.
var recordWords = set("record", "most", "lowest", "highest", "largest", "biggest", "smallest", "worst", "best", "strongest",
	"weakest", "fastest", "slowest", "deepest", "hottest", "coldest", "wettest", "driest", "longest", "shortest", "greatest",
	"steepest", "sharpest", "warmest", "busiest", "deadliest", "cheapest", "heaviest", "widest")

// outletCountry is the country of the article's outlet, when the lexicon
// knows it.
func (d *doc) outletCountry() string {
	home, _ := d.outletHome()
	return home
}

// outletHome is the country the story's outlet is published in, and its
// state or province for a paper of one ("Herald Sun": Australia, Victoria).
func (d *doc) outletHome() (country, region string) {
	if d.home == nil {
		c, r := d.findOutletHome()
		d.home = &[2]string{c, r}
	}
	return d.home[0], d.home[1]
}

func (d *doc) findOutletHome() (country, region string) {
	home := ""
	// "HeraldSun" is how the Herald Sun's pages name it; a short name
	// counts only as whole words ("DW", not the "dw" of "The Midwest Ledger").
	lower := strings.ToLower(d.a.Outlet)
	outlet := strings.ReplaceAll(lower, " ", "")
	words := " " + strings.Join(strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ") + " "
	// A name found as whole words opens with one of the outlet's words:
	// the few words are compared before the name is looked for.
	outletWords := strings.Fields(words)
	match := ""
	for _, o := range d.lx.outlets {
		first, _, _ := strings.Cut(o[0], " ")
		found := outlet == o[2] || len(o[2]) >= 6 && strings.Contains(outlet, o[2]) || slices.Contains(outletWords, first) && hasWords(words, o[0])
		if outlet != "" && found && len(o[0]) > len(match) {
			match, home, region = o[0], o[1], o[3]
		}
	}
	return home, region
}

// hasWords reports whether words, which are separated and surrounded by
// single spaces, hold the words of w in a row: strings.Contains(words, " "+w+" ")
// without building the string.
func hasWords(words, w string) bool { return spaced(words, w, 0) >= 0 }

// spaced is the index of the first " "+w+" " in s at or after from, or -1.
// It looks for w, whose first letter is rarer than a space in text.
func spaced(s, w string, from int) int {
	for i := from + 1; i < len(s); {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return -1
		}
		k += i
		if s[k-1] == ' ' && k+len(w) < len(s) && s[k+len(w)] == ' ' {
			return k - 1
		}
		i = k + 1
	}
	return -1
}

// devolvedGovernment is the devolved nation whose government or
// parliament the story is about: one the text names three times or more,
// its government or parliament among them ("the Welsh Government", "the
// Senedd", "Holyrood"); else "".
func (d *doc) devolvedGovernment() string {
	n := d.devolvedNation()
	if n == "" {
		return ""
	}
	count, governs := 0, false
	for p := range d.paras {
		toks := d.paras[p].toks
		for k, t := range toks {
			switch t.base() {
			case "Holyrood", "Senedd", "Stormont":
				governs = true
			case "Government", "Executive", "Parliament":
				governs = governs || k > 0 && (toks[k-1].text == "Scottish" || toks[k-1].text == "Welsh" || toks[k-1].text == "Ireland")
			}
			if t.base() == "Scotland" || t.base() == "Scottish" || t.base() == "Wales" || t.base() == "Welsh" {
				count++
			}
		}
	}
	if !governs || count < 3 {
		return ""
	}
	return n
}

// devolvedNation is the one of Scotland, Wales and Northern Ireland the
// text names most, by name or by its people ("Scottish", "Welsh").
func (d *doc) devolvedNation() string {
	count := map[string]int{}
	for p := range d.paras {
		toks := d.paras[p].toks
		for k, t := range toks {
			switch t.base() {
			case "Scotland", "Scottish", "Holyrood", "MSPs", "MSP":
				count["Scotland"]++
			case "Wales", "Welsh", "Senedd":
				count["Wales"]++
			case "Stormont":
				count["Northern Ireland"]++
			case "Ireland":
				if k > 0 && toks[k-1].text == "Northern" {
					count["Northern Ireland"]++
				}
			}
		}
	}
	best, most := "", 0
	for _, n := range []string{"Scotland", "Wales", "Northern Ireland"} {
		if count[n] > most {
			best, most = n, count[n]
		}
	}
	return best
}

// lowerBodies are a country's bodies named in lower case, with no name.
var lowerBodies = set("parliament", "assembly", "house", "senate", "congress", "legislature")

// namesCountry reports whether the text names a country, or a place in
// it.
func (d *doc) namesCountry(c string) bool {
	for _, pl := range d.places {
		if pl.name == c || pl.country == c || d.lx.regionCountry[strings.ToLower(pl.name)] == c {
			return true
		}
	}
	return false
}

// titleCountryOf is the one country that has the title a role ends in:
// "Education Cabinet Secretary" is Kenya's.
func (d *doc) titleCountryOf(role string) string {
	if strings.HasPrefix(role, "union ") && strings.Contains(role, "minister") {
		return "India" // "Union Housing and Urban Affairs Minister": India's central government
	}
	for {
		if c := d.lx.titleCountry[role]; c != "" {
			return c
		}
		_, rest, ok := strings.Cut(role, " ")
		if !ok {
			return ""
		}
		role = rest
	}
}

// comparedAt reports a date that a comparison introduces: "the lowest level
// since 2009", "slightly lower than in 2022".
func (d *doc) comparedAt(src Source) bool {
	pa := &d.paras[src.Paragraph]
	k := sort.Search(len(pa.toks), func(k int) bool { return pa.toks[k].start >= src.Start })
	if k >= len(pa.toks) {
		return false
	}
	// The date may begin with its comparison: "the biggest gain in 33 years".
	w := pa.toks[k].lower()
	return comparedBefore(pa.toks, k) || recordWords[w] || w == "first"
}

// ownerInRole splits a role written as a body's name of two words or more
// in capitals and a role in lower case ("Prosper Australia research
// director") into the two; "" when the capitals are a place, a people, a
// party, a title or a rank ("New South Wales branch president", "Labor
// Party leader", "Senior Research fellow"), or the role a journalist's
// ("Home Affairs correspondent").
func (d *doc) ownerInRole(role string) (string, string) {
	words := strings.Fields(role)
	s := 0
	for s < len(words) && words[s] != strings.ToLower(words[s]) {
		s++
	}
	if s == 0 || s == len(words) || d.lx.roles[strings.ToLower(words[len(words)-1])] == "" {
		return "", ""
	}
	for _, w := range words[s:] {
		if w != strings.ToLower(w) {
			return "", ""
		}
	}
	if s < 2 && !(s == 1 && len(words[0]) >= 2 && isAcronym(words[0]) && !fieldLetters[words[0]]) || d.roleClass(strings.Join(words[s:], " ")) == "journalist" {
		return "", "" // "State home minister", "Housing correspondent"; but "RFU chairman", a body's letters
	}
	owner := strings.Join(words[:s], " ")
	lo := strings.ToLower(owner)
	if _, ok := d.lx.places[lo]; ok || d.lx.titles[lo] || partyAdjectives[owner] || d.lx.orgs[lo].kind == "party" || d.affilKind(owner) == "party" {
		return "", ""
	}
	for _, w := range words[:s] {
		lw := strings.ToLower(w)
		if d.lx.roles[lw] != "" || d.lx.titleFirst[lw] || rankWords[lw] || lw == "former" || lw == "shadow" || lw == "opposition" {
			return "", ""
		}
		if h := strings.LastIndexByte(w, '-'); h > 0 && w[h+1:] == lw[h+1:] {
			return "", "" // "Grade One-winning jump jockey": a compound that describes, no body
		}
	}
	return owner, strings.Join(words[s:], " ")
}

// fieldLetters name a trade's field, not a body: "IT consultant", "HR
// manager".
var fieldLetters = set("IT", "HR", "PR", "AI", "TV", "ICT", "EV", "HGV", "SEN", "PE", "GP", "A&E", "ICU")

// seatPartyBefore is the party of a seat written before a second role
// and a name: "Liberal MP and shadow sport minister NAME"; else "".
func (d *doc) seatPartyBefore(m Source) string {
	t := d.paras[m.Paragraph].toks
	k := tokenAt(t, m.Start)
	if k < 0 {
		return ""
	}
	a := k - 1
	for a >= 0 && a > k-6 && t[a].kind == tWord && t[a].lower() != "and" && t[a].sent == t[k].sent {
		a--
	}
	if a < 2 || a == k-1 || t[a].lower() != "and" || !legislators[strings.ToLower(t[a-1].base())] {
		return ""
	}
	e := a - 1
	b := e
	for b > 0 && t[b-1].isCap() && t[b-1].sent == t[k].sent {
		b--
	}
	if b == e {
		return ""
	}
	name := d.paras[m.Paragraph].text[t[b].start:t[e-1].end]
	if o := d.lx.orgs[strings.ToLower(name)]; o.kind == "party" {
		return o.name
	}
	if partyAdjectives[name] && name != "Opposition" || d.affilKind(name) == "party" {
		return name
	}
	return ""
}

// agedAt reports an age set off after a mention: "NAME, 34,".
func (d *doc) agedAt(m Source) bool {
	t := d.paras[m.Paragraph].toks
	k := sort.Search(len(t), func(k int) bool { return t[k].start >= m.End })
	if k+2 < len(t) && t[k].text == "," && t[k+1].kind == tNum && len(t[k+1].text) <= 3 && t[k+2].text == "," {
		return true
	}
	// "NAME, a 34-year-old engineer from Moscow,".
	return k+2 < len(t) && t[k].text == "," && (t[k+1].lower() == "a" || t[k+1].lower() == "an") && strings.HasSuffix(t[k+2].lower(), "-year-old")
}

// advocates are the plural nouns for campaigners.
var advocates = set("advocates", "activists", "campaigners", "environmentalists", "conservationists")

// advocatesBefore reports campaigners named before a mention, in its
// sentence or the sentence before it in the paragraph: "Rights activists
// welcomed the result. … said NAME".
func (d *doc) advocatesBefore(m Source) bool {
	pa := &d.paras[m.Paragraph]
	for _, t := range pa.toks {
		if t.start >= m.Start {
			break
		}
		if int(t.sent) >= m.Sentence-1 && t.is(wAdvocate) {
			return true
		}
	}
	return false
}

// staffRoles are the posts of a body's staff, which any body has.
var staffRoles = set("coordinator", "director", "spokesperson", "spokesman", "spokeswoman", "chair", "chairman", "chairwoman", "chairperson",
	"head", "founder", "co-founder", "executive", "officer", "manager", "organiser", "organizer", "president")

// speaksForAdvocates reports one who speaks for campaigners the text has
// just named: a person with no office of state, at a body that is no
// government, company or known party ("a coalition" of advocates is no
// party).
func (d *doc) speaksForAdvocates(p *person, kind string) bool {
	if len(p.mentions) == 0 || p.affil == "" || d.isCountry(p.affil) || kind == "government" || kind == "company" {
		return false
	}
	if kind == "party" && (d.lx.orgs[strings.ToLower(p.affil)].kind == "party" || partyAdjectives[p.affil] || lastWord(p.affil) != "coalition") {
		return false
	}
	switch p.class {
	case "kin", "journalist", "public":
		return false
	case "official":
		if !staffRoles[lastWord(p.role)] {
			return false
		}
	}
	return d.advocatesBefore(p.mentions[0])
}

// finishPeople settles affiliations the text leaves implicit and decides
// who is an expert voice.
func (d *doc) finishPeople() {
	dominant := d.defaultCountry()
	state := d.stateStory()
	devolved := d.devolvedGovernment()
	for _, p := range d.people {
		if owner, rest := d.ownerInRole(p.role); owner != "" && (p.affil == "" || strings.Contains(owner, p.affil)) {
			// "Ratepayers Victoria president NAME", "Prosper Australia
			// research director NAME": a body's name, then the role in
			// lower case.
			p.role, p.affil = rest, owner
			if o := d.orgNamed(owner); o != "" {
				p.affil = o // "IOPC regional director": the body named in full before
			}
		}
		role, head := strings.ToLower(p.role), lastWord(p.role) // the role and its head word, lower-cased
		if role == "first minister" || role == "deputy first minister" {
			// A devolved government's head: the nation the story names most.
			if n := d.devolvedNation(); n != "" && (p.affil == "" || d.isCountry(p.affil)) {
				p.affil = n
			}
		}
		if nation, rest, ok := strings.Cut(p.role, " "); ok && (nation == "Scottish" || nation == "Welsh") && ministerial[strings.ToLower(lastWord(p.role))] && (p.affil == "" || d.isCountry(p.affil)) {
			// "Scottish Transport Secretary NAME": the devolved
			// government's minister.
			p.role, p.affil = rest, map[string]string{"Scottish": "Scotland", "Welsh": "Wales"}[nation]
			role = strings.ToLower(rest)
		} else if n := devolved; n != "" && ministerial[strings.ToLower(head)] && (p.affil == "" || p.affil == "United Kingdom") && !strings.Contains(p.role, "UK") && !strings.HasPrefix(role, "shadow") {
			// "Rural Affairs Minister NAME" in a story on what the Welsh
			// Government decided: its minister.
			p.affil = n
		}
		if w := strings.LastIndexByte(p.role, ' '); w > 0 && d.lx.roles[strings.ToLower(p.role[w+1:])] == "honorific" {
			p.role = p.role[:w] // "Gen Sir NAME": the rank, not the knighthood
		}
		if lowerBodies[p.affil] {
			// "The Speaker of parliament": the country's, when the story
			// has one.
			p.affil = dominant
		}
		if isAcronym(p.affil) {
			// "member secretary of the HSPCB": the body the text spells out.
			if o := d.orgNamed(p.affil); o != "" && len(o) > len(p.affil) {
				p.affil = o
			}
		}
		if party := d.possessiveParty(p); party != "" && (p.affil == "" || d.isCountry(p.affil)) {
			p.affil = party
		}
		if p.affil == "" && orgOffices[head] && len(p.mentions) > 0 && !isCapitalised(p.role[strings.LastIndexByte(p.role, ' ')+1:]) && d.stateBodyOf(role) == "" && !portfolioRole(role) {
			// "says president David Weisbrot": a lower-case office belongs to
			// the organisation just named, or the one the sentence is about
			// ("The Justice Department will appeal … to the 9th Circuit,
			// spokesperson NAME said"); "former President NAME" holds a
			// title.
			p.affil = d.subjectOrg(p.mentions[0])
			if p.affil == "" {
				p.affil = d.nearestOrgBefore(p.mentions[0], "")
			}
		}
		if p.affil == "" && academicHeads[strings.ToLower(head)] && len(p.mentions) > 0 {
			// "Vice-chancellor Prof NAME": the university the story named.
			if p.affil = d.orgWithWord(p.mentions[0], "university"); p.affil == "" {
				p.affil = d.orgWithWord(p.mentions[0], "college")
			}
		}
		if p.affil == "" && judicial[head] && len(p.mentions) > 0 {
			p.affil = d.nearestOrgBefore(p.mentions[0], "court")
			if p.affil == "" {
				// "Lady Marlowe, one of the five justices": the court the
				// story is about.
				p.affil = d.orgWithWord(p.mentions[0], "court")
			}
		}
		if len(p.mentions) > 0 {
			// "council leader Cllr Tariq Mahmood", "union president X": the
			// body the role names, as the text named it before; and "said
			// ministry spokesperson NAME" after "Peru's Ministry of
			// Transport and Communications", rather than the country.
			if w, _, ok := strings.Cut(role, " "); ok && (p.affil == "" && roleBodies[w] || (p.affil == "" || d.isCountry(p.affil)) && (w == "ministry" || w == "department") && !isCapitalised(p.role)) && d.titleCountryOf(role) == "" {
				if o := d.orgWithWord(p.mentions[0], w); o != "" || p.affil == "" {
					p.affil = o
				}
			}
		}
		if (p.affil == "" || regionalOffices[strings.TrimSuffix(head, ".")] && d.affilKind(p.affil) == "party") && (regionalOffices[strings.TrimSuffix(head, ".")] || stateOffices[role] || cityOffices[role] || head == "sheriff") && len(p.mentions) > 0 {
			// "Gov. Dana Whitfield": a state's or a city's office belongs to
			// the state or city named last before (more than to the party
			// "Whitfield, a Republican," belongs to); a sheriff's, to the
			// county.
			if r := d.regionBefore(p.mentions[0], head == "mayor" || head == "sheriff" || cityOffices[role]); r != "" || p.affil == "" {
				p.affil = r
			}
		}
		if (d.isCountry(p.affil) || d.isCountryName(p.affil)) && townRole(role) && len(p.mentions) > 0 {
			// "Budapest's deputy mayor for finance", "the mayor of Split":
			// a town's office is the town's, named in the same sentence,
			// not its country's.
			if town := d.townIn(p.mentions[0]); town != "" {
				p.affil = town
			}
		}
		if c := d.titleCountryOf(role); c != "" && (p.affil == "" || d.isCountry(p.affil)) {
			// "Home Secretary Laura Benning": a title only one country has;
			// but "Environment Secretary NAME" in an American outlet's story
			// on the Philippines, which never names Britain, is Manila's.
			p.affil = c
			if home := d.outletCountry(); home != "" && home != c && dominant != "" && dominant != c && !d.namesCountry(c) {
				p.affil = dominant
			}
		}
		if (p.affil == "" || d.isCountry(p.affil)) && head == "governor" && len(p.mentions) > 0 {
			// "Governor Yemi Adebanjo", with no state named before, in a
			// story on a central bank: the bank's governor.
			if bank := d.orgWithWord(p.mentions[0], "bank"); bank != "" && p.affil == "" {
				p.affil = bank
			} else if bank := d.centralBankBefore(p.mentions[0]); bank != "" {
				// "Brazil's central bank … the bank's governor".
				p.affil = bank
			}
		}
		if p.affil == "" && policeRanks[head] && len(p.mentions) > 0 {
			// "Detective Chief Inspector Laura Hughes": the police force
			// named last before.
			p.affil = d.orgBefore(p.mentions[0], func(o *org, _ Source) bool {
				w := lastWord(o.name)
				return w == "police" || w == "constabulary"
			})
		}
		if p.affil == "" && head == "superintendent" && len(p.mentions) > 0 {
			// "Superintendent Angela Whitford", with no police force named:
			// the school district's.
			p.affil = d.orgBefore(p.mentions[0], func(o *org, _ Source) bool {
				n := " " + strings.ToLower(o.name) + " "
				return strings.Contains(n, " school") || strings.Contains(n, " district ")
			})
		}
		if p.affil == "" && councilRoles[role] && len(p.mentions) > 0 {
			// "Councilor Marcus Webb": the council named last before.
			p.affil = d.orgBefore(p.mentions[0], func(o *org, _ Source) bool { return lastWord(o.name) == "council" })
		}
		if p.affil == "" && (companyRoles[role] || companyRoles[head]) && len(p.mentions) > 0 {
			// "chief executive Sandra Okafor told analysts": the company the
			// story is about.
			p.affil = d.ownerBefore(p.mentions[0], "company", "company")
		}
		if p.affil == "" && clubRoles[head] && len(p.mentions) > 0 {
			// "First-team coach Danny Hollis", "captain Ollie Reyes": the
			// club the story is about; "Winger Josua Vakaloloma", with no
			// club named, plays for the country the story is about.
			p.affil = d.ownerBefore(p.mentions[0], "club", "club")
			if p.affil == "" && teamPositions[head] {
				p.affil = d.nearestCountry(p.mentions[0])
				if p.affil == "" {
					p.affil = dominant
				}
			}
		}
		if p.affil == "" && boardRoles[role] && len(p.mentions) > 0 {
			// "the chairman, Colin Ashworth," with no body named: the
			// company or the club the story is about.
			if p.affil = d.ownerBefore(p.mentions[0], "company", "company"); p.affil == "" {
				p.affil = d.ownerBefore(p.mentions[0], "club", "club")
			}
		}
		if p.affil == "" && p.class == "official" && len(p.mentions) > 0 {
			if c := d.nearestCountry(p.mentions[0]); c != "" {
				p.affil = c
			} else {
				p.affil = dominant
			}
		}
		if nationalBodies[strings.ToLower(p.affil)] && len(p.mentions) > 0 {
			// "Government spokesman NAME", "Army chief of staff NAME": a
			// country's government or army, not a body named "Army".
			if c := d.nearestCountry(p.mentions[0]); c != "" {
				p.affil = c
			} else if dominant != "" {
				p.affil = dominant
			}
		}
		if _, orgWord := d.lx.orgWords[strings.ToLower(p.affil)]; orgWord && len(p.mentions) > 0 {
			// "Department spokesperson NAME": the department named before.
			if o := d.orgWithWord(p.mentions[0], p.affil); o != "" {
				p.affil = o
			}
		}
		if ws := strings.Fields(p.role); (p.affil == "" || d.isCountry(p.affil) || d.isCountryName(p.affil)) && len(p.mentions) > 0 && len(ws) >= 3 && len(ws) <= 4 &&
			isCapitalised(p.role) && !ministerial[head] && !legislators[head] && d.lx.roles[head] != "" {
			// "Chief Fire Officer NAME" after "Cornwall Fire and Rescue
			// Service": the body named before with the title's inner word.
			for _, w := range ws[:len(ws)-1] {
				lw := strings.ToLower(w)
				if d.lx.roles[lw] != "" || titleQualifiers[lw] || titleModifiers[lw] || isAcronym(w) || portfolioWords[lw] {
					continue
				}
				if o := d.orgWithWord(p.mentions[0], w); o != "" {
					p.affil = o
				}
				break
			}
		}
		if (p.affil == "Company" || p.affil == "Firm") && len(p.mentions) > 0 {
			// "Company spokeswoman NAME": the company named before.
			if o := d.ownerBefore(p.mentions[0], "company", "company"); o != "" {
				p.affil = o
			}
		}
		if (p.affil == "" || d.isCountry(p.affil) || d.isCountryName(p.affil)) && len(p.mentions) > 0 {
			// "Liberal MP and shadow sport minister NAME": the seat's party.
			if party := d.seatPartyBefore(p.mentions[0]); party != "" {
				p.affil = party
			}
		}
		if (p.affil == "" || d.isCountry(p.affil) || d.isCountryName(p.affil)) && len(p.mentions) > 0 && (strings.HasPrefix(role, "shadow ") || legislators[strings.TrimSuffix(head, ".")]) {
			// "The Greens are less polite. Senator NAME called…": a
			// legislator speaks for the party the sentence before was
			// about; a shadow minister for the party the text names with
			// them, else the party named most.
			if party := d.partyNear(p.mentions[0], strings.HasPrefix(role, "shadow ")); party != "" {
				p.affil = party
			}
		}
		if strings.HasPrefix(role, "state ") && p.class != "journalist" && (p.affil == "" || d.isCountry(p.affil) || d.isCountryName(p.affil)) && len(p.mentions) > 0 {
			// "State home minister NAME": the state the story names most.
			if pl := d.placeNamedMost("region", p.mentions[0]); pl != "" && d.countryOfRegion(pl) != "" {
				p.affil = pl
			}
		}
		if state != "" && stateTitles[head] && (p.affil == "" || p.affil == d.countryOfRegion(state)) {
			// "Police Minister NAME" in a story on a state's laws that
			// names its Premier: the state's minister.
			p.affil = state
		} else if state == "" && head == "premier" && len(role) == len("premier") {
			// A Premier leads a state, also in a story that is federal's
			// too: the paper's own, when it names it.
			if country, home := d.outletHome(); home != "" && (p.affil == "" || p.affil == country) && d.placeNamed(home) {
				p.affil = home
			}
		}
		if (p.affil == "" || d.isCountry(p.affil)) && officeHolders[head] && len(p.mentions) > 0 {
			// "Privacy Commissioner Joanne Mercer" after "the Office of the
			// Australian Information Commissioner": the office her title names.
			o := d.orgWithWord(p.mentions[0], head)
			if o == "" && strings.HasSuffix(head, "er") {
				// "Deputy Commissioner NAME" of the Data Protection Commission.
				o = d.orgWithWord(p.mentions[0], strings.TrimSuffix(head, "er"))
			}
			if o != "" {
				p.affil = o
			}
		}

		if p.affil != "" {
			// "works for the environmental group Ecological Alert and
			// Recovery Thailand": a body's name cut at its "and".
			if o := d.orgContinuing(p.affil); o != "" {
				p.affil = o
			}
		}
		if p.role == "" && p.affil == "" && d.signsOff(p) {
			// "I'm Jonathan Mercer.": the reporter who reads the story.
			p.role, p.class, p.credit = "reporter", "journalist", true
		}
		if p.affil == "" && p.class == "journalist" {
			p.affil = d.a.Outlet
		}
		if p.class == "other" && lawyers[head] && strings.Contains(role, " ") && !strings.Contains(role, "'s") && !strings.Contains(role, "’s") && !partyLawyers[strings.Fields(role)[0]] {
			// "a competition lawyer at the Brussels firm": a specialist's
			// view, not a client's case.
			p.class = "expert"
		}
		kind := d.affilKind(p.affil)
		p.affilKind = kind
		_, place := d.lx.places[strings.ToLower(p.affil)]
		atNoBody := p.affil == "" || place // no body named, or only a town
		if p.class == "expert" && (atNoBody && (len(p.mentions) > 0 && d.agedAt(p.mentions[0]) || strings.HasPrefix(role, "retired ")) ||
			strings.HasPrefix(role, "retired ") && kind == "" && d.orgNamed(p.affil) == "") {
			// "IT consultant NAME, 34, who was flying…", "NAME, 67, a retired
			// engineer": a member of the public with a trade, at no body
			// (or from a town the lexicon lacks: "a retired engineer from
			// Harrogate").
			p.class = "public"
		}
		if (p.class == "official" || p.class == "other") && atNoBody && p.role != "" && !isCapitalised(lastWord(p.role)) && !d.lx.titles[role] && !electedHeads[head] && !legislators[head] &&
			!ministerial[head] && !judicial[head] && len(p.mentions) > 0 && d.agedAt(p.mentions[0]) {
			// "NAME, 44, a marketing director who travels to Paris twice a
			// month", "Taxi operator NAME, 47, of Portmore": a job at no
			// body named, and an age, as the news gives the public's (not
			// a title: "Mayor NAME, 66").
			p.class = "public"
		}
		if d.speaksForAdvocates(p, kind) {
			// "Immigrant advocates criticized the ruling. NAME, policy
			// director at X, said…": who speaks for the advocates the
			// sentence before names is one of them.
			p.class = "expert"
		}
		if p.class == "expert" && kind == "government" && !scholarRoles[strings.ToLower(head)] {
			// "Alan Whitford, the ONS's chief economist": an expert on a
			// government body's staff speaks for it. But a fellow, a
			// lecturer or an analyst holds a scholar's post, whatever the
			// body's name ("a senior fellow at the Metropolitan Planning
			// Council", "a lecturer at the Department of Economics,
			// University of Ghana", "chief analyst at Centaline Property
			// Agency").
			p.class = "official"
		}
		switch {
		case p.credit:
		case p.class == "expert" && (p.quoted || p.hasQuote):
			// An expert voice speaks: not the scientist an obituary is about.
			p.expert = true
		case kind == "think-tank" && p.quoted && p.class != "kin" && (!d.lx.titles[strings.ToLower(p.role)] || p.role == role && !legislators[head] && !electedHeads[head] && !unionName.MatchString(p.affil)):
			// "Henrik Aas, chief executive of the shipping consultancy…":
			// whoever speaks for an analysts' firm or a think tank is an
			// analyst's voice; so is its president, a title written in
			// lower case ("president of the GIMBE Foundation, an
			// independent health research group"), unless it is a
			// lawmaker's or a union's.
			p.expert = true
		case kind == "ngo" && p.quoted && p.class != "kin" && !electedHeads[head] && !(legislators[head] && head != "representative"):
			// "Fiona Maddox, chair of the campaign group X": whoever speaks
			// for a campaign group or a charity is its voice, which the
			// DESIGN table counts among experts'; but a party a list takes
			// for a group ("Save Romania Union MP NAME") sits in a house.
			p.expert = true
		case p.quoted && p.class != "kin" && advocacyRole.MatchString(role) && !lobbyRole.MatchString(role) && !ministerial[head] && kind != "party" && kind != "government" && kind != "company" && kind != "media" && !unionName.MatchString(p.affil) && !d.isCountry(p.affil):
			// "Animals Australia campaign director NAME", "advocacy manager
			// at the Black Sash": who runs a body's campaigns speaks for a
			// cause (as 20 of 23 such labelled roles have it; the others
			// are a party's and an industry's).
			p.expert = true
		case p.class == "official" && !(strings.HasPrefix(role, "former ") && (kind == "academic" || kind == "think-tank")) || p.class == "kin" || learners[head]:
			// (a student at a university is no expert; a former official
			// who now teaches at one is)
		case (kind == "academic" || kind == "think-tank") && p.quoted:
			p.expert = true
		case p.class == "journalist" && p.role != "" && p.hasQuote && p.affil != "" && p.affil != d.a.Outlet && kind != "party" && kind != "government":
			p.expert = true // a commentator from another outlet (not "Its editor" read as a party's or a ministry's)
		}
		if w := d.countryWritten(p.affil); w != "" {
			p.affil = w
		}
	}
}

// academicHeads run a university.
var academicHeads = set("vice-chancellor", "provost", "rector")

// electedHeads are offices a body's voice does not hold: a governor named
// beside a campaign group is no one's advocate.
var electedHeads = set("governor", "minister", "premier", "mayor", "senator")

var advocacyRole = regexp.MustCompile(`\b(?:campaigns?|campaigner|advocacy|policy|programmes?|programs?|co-?ordinator|convenor|research|caseworker|legal officer|charity)\b`)

var lobbyRole = regexp.MustCompile(`\b(?:public|foreign) policy\b|\b(?:humanitarian|resident) co-?ordinator\b|\b(?:secretary|adviser|advisor)\b`)

var unionName = regexp.MustCompile(`(?i)\b(?:unions?|head teachers)\b`)

// shortNames are the short forms a country is known by in English, as
// readers would name it: "the UK", where "US" is read "United States".
var shortNames = set("UK")

// countryWritten is the short form a text names a country by ("UK"), when
// it never writes the country's full name and readers know the country
// by that form; else "".
func (d *doc) countryWritten(name string) string {
	short := ""
	for _, pl := range d.places {
		if pl.name != name || pl.kind != "country" {
			continue
		}
		for _, x := range pl.mentions {
			switch w := d.text(x); {
			case w == name:
				return ""
			case shortNames[w]:
				short = w
			}
		}
	}
	return short
}

// portfolioRole reports a minister's or a secretary's office written in
// lower case with its portfolio: "the work and pensions secretary", "the
// care minister"; a government's, not a body's named before.
func portfolioRole(role string) bool {
	words := strings.Fields(role)
	if len(words) < 2 || !ministerial[words[len(words)-1]] {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if !portfolioWords[w] && w != "shadow" && w != "state" {
			return false
		}
	}
	return true
}

// legislators are the seats a party's member holds.
var legislators = set("senator", "sen", "representative", "rep", "mp", "msp", "mep", "mla", "mpp", "mlc", "mna", "mpa", "mha", "mhk", "td", "lawmaker", "legislator", "backbencher", "congressman", "congresswoman", "assemblyman", "assemblywoman")

// partyNear is the party a legislator named at m speaks for: the subject of
// the sentence before ("The Greens are less polite."); for a shadow
// minister, a party named in the same sentence, else the party the text
// names most.
func (d *doc) partyNear(m Source, shadow bool) string {
	for _, o := range d.orgs {
		if o.kind != "party" {
			continue
		}
		for _, x := range o.mentions {
			if x.Paragraph == m.Paragraph && x.Sentence == m.Sentence && shadow {
				return o.name
			}
			prev := x.Paragraph == m.Paragraph && x.Sentence == m.Sentence-1 ||
				m.Sentence == 0 && x.Paragraph == m.Paragraph-1 && x.Sentence == len(d.paras[x.Paragraph].sents)-1
			if prev && subjectStart(d.paras[x.Paragraph].text[d.paras[x.Paragraph].sents[x.Sentence].start:x.Start]) {
				return o.name // the sentence's subject: "The Greens are…", "The opposition X said…"
			}
		}
	}
	if !shadow {
		return ""
	}
	best, most := "", 0
	for _, o := range d.orgs {
		if o.kind == "party" && len(o.mentions) > most {
			best, most = o.name, len(o.mentions)
		}
	}
	return best
}

// learners study where they are: "a history student at the University of
// Leeds" speaks for no field.
var learners = set("student", "students", "pupil", "pupils", "undergraduate", "postgraduate", "graduate", "sophomore", "freshman", "fresher", "intern", "trainee", "apprentice")

// subjectStart reports the words before a name that still leave it the
// sentence's subject: none, "The", "The opposition".
func subjectStart(before string) bool {
	for _, w := range strings.Fields(before) {
		if lw := strings.ToLower(w); lw != "the" && !stanceAdjectives[lw] {
			return false
		}
	}
	return true
}

// nationalBodies are a country's, named with no country: "Government
// spokesman NAME", "Army chief of staff NAME".
var nationalBodies = set("government", "army", "military", "navy", "cabinet", "presidency")

// premierStates are the countries whose states or provinces are led by a
// Premier, with ministers of their own.
var premierStates = set("Australia", "Canada")

// placeNamed reports whether the text names the state, by any of its
// names or its people's ("Victorians").
func (d *doc) placeNamed(name string) bool {
	for _, pl := range d.places {
		if pl.name == name {
			return true
		}
	}
	for p := range d.paras {
		for _, t := range d.paras[p].toks {
			if d.stateDemonym(t) == name {
				return true
			}
		}
	}
	return false
}

// stateTitles are the offices a state's government holds as a country's
// does.
var stateTitles = set("premier", "minister", "treasurer", "attorney-general")

// stateStory is the state or province named most in a story on its
// government: one of a country whose states have Premiers, when the text
// names a Premier or the state's government. It is "" otherwise.
func (d *doc) stateStory() string {
	premier := false
	for p := range d.paras {
		t := d.paras[p].toks
		for k := range t {
			if t[k].kind != tWord {
				continue // each case below opens on a word
			}
			if t[k].text == "Premier" && (k+1 == len(t) || t[k+1].text != "League") ||
				k+1 < len(t) && t[k+1].kind == tWord && (t[k].possessive() || t[k+1].lowBase() == "government") && (t[k].lowBase() == "state" || t[k].lowBase() == "province" || t[k].lower() == "provincial" || d.stateDemonym(t[k]) != "") ||
				(t[k].text == "state" || t[k].text == "province") && k > 0 && t[k-1].lower() == "the" && k+1 < len(t) && t[k+1].lower() != "of" {
				premier = true // or "the state's surgery blitz", "the Victorian Government", "the provincial government", "the state has seen"
				break
			}
			if p < 2 && t[k].kind == tWord && strings.HasSuffix(t[k].text, "s") && d.stateDemonym(t[k]) != "" {
				premier = true // a lede on "Victorians"
				break
			}
		}
	}
	_, home := d.outletHome()
	if !premier && home == "" || d.federal() {
		return ""
	}
	count := map[string]int{}
	for _, pl := range d.places {
		if premierStates[d.countryOfRegion(pl.name)] {
			count[d.text(pl.mentions[0])] += len(pl.mentions)
		}
	}
	// "Victoria Police", "the Law Institute of Victoria": a state named in
	// its bodies' names.
	for _, o := range d.orgs {
		words := strings.Fields(o.name)
		for i := range words {
			for j := i + 1; j <= len(words) && j <= i+3; j++ {
				name := strings.Join(words[i:j], " ")
				if premierStates[d.countryOfRegion(name)] {
					count[name] += len(o.mentions)
				}
			}
		}
	}
	// "Victorians", "Queenslanders", "Tasmanian": a state named by its
	// people, in the text or a body's name ("Victorian Aboriginal Legal
	// Service").
	for p := range d.paras {
		for _, t := range d.paras[p].toks {
			if t.kind != tWord || !t.isCap() {
				continue
			}
			if st := d.stateDemonym(t); st != "" {
				count[st]++
			}
		}
	}
	if !premier {
		// A state's paper on a story that names its state, and no other
		// sign of a federal one: "Public Transport Minister NAME" in the
		// Herald Sun is Victoria's.
		canon := func(name string) string {
			if pl, ok := d.lx.places[strings.ToLower(name)]; ok {
				return pl.name
			}
			return name
		}
		by := map[string]int{} // "NSW" and "New South Wales" are one state
		for name, n := range count {
			by[canon(name)] += n
		}
		for name, n := range by {
			if name != home && n >= by[home] || by[home] == 0 {
				return ""
			}
		}
	}
	best, most := "", 0
	for name, n := range count {
		if n > most || n == most && name < best {
			best, most = name, n
		}
	}
	return best
}

// stateDemonym is the state or province of a country with Premiers that a
// capitalised word names by its people: "Victorians", "Queenslander",
// "Albertan"; "" for any other word.
func (d *doc) stateDemonym(t token) string {
	if t.kind != tWord || !t.isCap() {
		return ""
	}
	w := strings.TrimSuffix(t.text, "s")
	for _, suffix := range []string{"n", "er"} {
		stem, ok := strings.CutSuffix(w, suffix)
		if !ok || len(stem) < 4 || !premierStates[d.countryOfRegion(stem)] {
			continue
		}
		if pl, ok := d.lx.places[strings.ToLower(stem)]; ok {
			stem = pl.name
		}
		return stem
	}
	return ""
}

// federal reports a story that names the federal government, whose
// ministers a state's story may quote too: "federal", "Ottawa", "Canberra".
func (d *doc) federal() bool {
	for p := range d.paras {
		for _, x := range d.paras[p].toks {
			switch x.lower() {
			case "federal", "ottawa", "canberra":
				return true
			case "commonwealth":
				if k := x.end; k < len(d.paras[p].text) && !isCapitalised(strings.TrimLeft(d.paras[p].text[k:], " ")) {
					return true // "the Commonwealth", not "the Commonwealth Games"
				}
			}
		}
	}
	return false
}

// asWritten is a place's name as the text writes it when that is a short
// form in capitals ("NSW", "B.C."), which a reader knows it by; else its
// full name ("California" for "Calif.", "Portland" for "PORTLAND").
func asWritten(name, text string) string {
	letters := 0
	for _, r := range text {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r != '.':
			return name
		}
	}
	if letters == 0 || letters > 4 {
		return name
	}
	return text
}

// countryOfRegion is the country of a state or province known by any of
// its names: "Australia" for "NSW".
func (d *doc) countryOfRegion(name string) string {
	if pl, ok := d.lx.places[strings.ToLower(name)]; ok {
		name = pl.name
	}
	return d.lx.regionCountry[strings.ToLower(name)]
}

// officeHolders are titles that name an office of their own, which the
// text may name in full: "Information Commissioner", "Ombudsman".
var officeHolders = set("commissioner", "ombudsman", "auditor-general", "comptroller", "registrar", "coroner", "inspector-general", "regulator")

// stateBodyOf is the state body a lower-case role names before its head
// word: "army" in "army spokesman", "foreign ministry" in "foreign ministry
// spokeswoman"; "" when there is none.
func (d *doc) stateBodyOf(role string) string {
	words := strings.Fields(role)
	for k := len(words) - 2; k >= 0; k-- {
		if stateBodies[words[k]] {
			// The body and its modifiers, not a role word before them:
			// "cabinet" in "chief cabinet secretary".
			m := k
			for m > 0 && d.lx.roles[words[m-1]] == "" {
				m--
			}
			return strings.Join(words[m:k+1], " ")
		}
	}
	return ""
}

// judicial titles take the court named before them as affiliation.
var judicial = set("justice", "judge", "magistrate")

// orgOffices are offices inside an organisation rather than a government.
var orgOffices = set("president", "chairman", "chairwoman", "chair", "director", "head", "chief", "spokesman", "spokeswoman", "spokesperson", "executive", "ceo", "founder", "secretary")

func lastWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func isCapitalised(s string) bool {
	for _, r := range s {
		return r >= 'A' && r <= 'Z'
	}
	return false
}

// isCountryName reports a country of the gazetteer, named or not in the
// article.
func (d *doc) isCountryName(name string) bool {
	pl, ok := lookupLower(d.lx.places, name)
	return ok && pl.kind == "country" && pl.name == name
}

func (d *doc) isCountry(name string) bool {
	for _, pl := range d.places {
		if pl.name == name && pl.kind == "country" {
			return true
		}
	}
	return false
}

// possessiveParty reads "Mr Modi's BJP": a party owned by the person.
func (d *doc) possessiveParty(p *person) string {
	for _, m := range p.mentions {
		rest := d.paras[m.Paragraph].text[m.End:]
		if !strings.HasPrefix(rest, "'s ") && !strings.HasPrefix(rest, "’s ") {
			continue
		}
		at := m.End + len("’s ")
		if strings.HasPrefix(rest, "'s ") {
			at = m.End + 3
		}
		for _, o := range d.orgs {
			if o.kind != "party" && !strings.Contains(o.name, "Party") {
				continue
			}
			for _, om := range o.mentions {
				if om.Paragraph == m.Paragraph && om.Start == at {
					return o.name
				}
			}
		}
	}
	return ""
}

// nearestOrgBefore is the last organisation named before m in its sentence
// or the one before, with nameHas in its name.
func (d *doc) nearestOrgBefore(m Source, nameHas string) string {
	return d.orgBefore(m, func(o *org, x Source) bool {
		return (nameHas == "" || strings.Contains(strings.ToLower(o.name), nameHas)) &&
			(x.Paragraph == m.Paragraph && x.Sentence >= m.Sentence-1 ||
				x.Paragraph == m.Paragraph-1 && m.Sentence == 0 && x.Sentence == len(d.paras[x.Paragraph].sents)-1)
	})
}

// companyRoles are a company's offices, which belong to the company the
// story names most when the text names no other body.
var companyRoles = set("chief executive", "chief executive officer", "ceo", "chief financial officer", "cfo", "chief operating officer", "coo", "chief technology officer", "founder", "co-founder", "managing director")

// boardRoles head a company's or a club's board.
var boardRoles = set("chairman", "chairwoman", "chair", "vice-chairman", "owner")

// clubRoles are a sports club's jobs, which belong to the club named
// before when the text names no other body.
var clubRoles = set("manager", "coach", "captain", "vice-captain", "player", "striker", "defender", "midfielder", "goalkeeper", "winger", "forward")

// teamPositions are places in a team, which with no club named are a
// national side's: not a coach, who may be one player's own.
var teamPositions = set("captain", "vice-captain", "striker", "defender", "midfielder", "goalkeeper", "winger", "forward")

// subjectOrg is the organisation that opens the sentence of m, after "The"
// at most, when m comes later in it.
func (d *doc) subjectOrg(m Source) string {
	pa := &d.paras[m.Paragraph]
	if m.Sentence >= len(pa.sents) {
		return ""
	}
	t := pa.toks
	a := pa.tokSent[m.Sentence]
	if a < len(t) && t[a].lower() == "the" {
		a++
	}
	if a >= len(t) {
		return ""
	}
	for _, o := range d.orgs {
		for _, x := range o.mentions {
			if x.Paragraph == m.Paragraph && x.Start == t[a].start && x.End <= m.Start {
				return o.name
			}
		}
	}
	return ""
}

// orgWithWord is the organisation named last before m whose name holds
// the word (in lower case): "court", "bank", "council".
func (d *doc) orgWithWord(m Source, word string) string {
	// orgBefore's test runs once a mention; the name is tested once a body
	// (a long article names the same bodies hundreds of times).
	best, bs := "", Source{Paragraph: -1}
	for _, o := range d.orgs {
		if !hasWordFold(o.name, word) || strings.EqualFold(o.name, word) { // "Police" alone names no more than the word
			continue
		}
		for _, x := range o.mentions {
			if srcLess(x, m) && (bs.Paragraph < 0 || srcLess(bs, x)) {
				best, bs = o.name, x
			}
		}
	}
	return best
}

// hasWordFold reports word among the space-separated words of name, in
// any case.
func hasWordFold(name, word string) bool {
	for name != "" {
		w, rest, _ := strings.Cut(name, " ")
		if strings.EqualFold(w, word) {
			return true
		}
		name = rest
	}
	return false
}

// orgBefore is the organisation named last before m in a mention that keep
// accepts.
func (d *doc) orgBefore(m Source, keep func(o *org, at Source) bool) string {
	best, bs := "", Source{Paragraph: -1}
	for _, o := range d.orgs {
		for _, x := range o.mentions {
			if srcLess(x, m) && (bs.Paragraph < 0 || srcLess(bs, x)) && keep(o, x) {
				best, bs = o.name, x
			}
		}
	}
	return best
}

// orgContinuing is the one body the text names whose name is affil and
// more after an "and": the name affil was cut from, or "".
func (d *doc) orgContinuing(affil string) string {
	if !strings.Contains(affil, " ") {
		return ""
	}
	found := ""
	for _, o := range d.orgs {
		if strings.HasPrefix(o.name, affil) && strings.HasPrefix(o.name[len(affil):], " and ") {
			if found != "" {
				return ""
			}
			found = o.name
		}
	}
	if found == "" || d.isCountry(affil) || d.isCountryName(affil) {
		return "" // a country's or a place's name is one of its own
	}
	if _, ok := d.lx.places[strings.ToLower(affil)]; ok {
		return ""
	}
	return found
}

func (d *doc) affilKind(affil string) string {
	if affil == "" {
		return ""
	}
	if strings.HasSuffix(affil, " Trust") {
		// A trust is most often a charity; but an NHS trust runs
		// hospitals, a learning trust schools, a supporters' trust speaks
		// for a club's fans.
		for _, w := range []string{"NHS", "Hospital", "Learning", "Academy", "Schools", "Supporters"} {
			if strings.Contains(affil, w) {
				return "other"
			}
		}
	}
	if tradeSociety(affil) {
		return "other"
	}
	for _, sep := range []string{"'s ", "’s ", "s' ", "s’ "} {
		// "the American Civil Liberties Union's Immigrants' Rights
		// Project", "Médecins Sans Frontières' Access Campaign": a unit of
		// a body is of the body's kind, though the text names the unit
		// as a body of its own ("Seoul National University's Department of
		// Education" is no ministry); not "Covenant Children's Hospital".
		if owner, unit, ok := strings.Cut(affil, sep); ok && !hardBody(strings.ToLower(unit)) {
			if sep[0] == 's' {
				owner += "s" // the plural possessive's s is the owner's
				if d.orgNamed(owner) == "" && d.lx.orgs[strings.ToLower(owner)].name == "" {
					continue // "Rail Passengers' Action Group": whose group, not a body's unit
				}
			}
			if kind := d.affilKind(owner); kind != "" && kind != "other" {
				return kind
			}
		}
	}
	for _, o := range d.orgs {
		if (strings.EqualFold(o.name, affil) || containsFold(o.aliases, affil)) && o.kind != "" && o.kind != "other" {
			if (o.kind == "government" || o.kind == "company") && d.causeBody(o.name) && d.lx.orgs[strings.ToLower(o.name)].name == "" {
				return "ngo" // "the Youth Affairs Council Victoria"
			}
			return o.kind
		}
	}
	if o, ok := d.lx.orgs[strings.ToLower(affil)]; ok {
		return o.kind
	}
	if words := strings.Fields(affil); len(words) >= 2 {
		// "Amnesty International Hong Kong", "the ACLU of Louisiana": a
		// known body's branch.
		for n := 1; n <= 2 && n < len(words); n++ {
			head := strings.TrimSuffix(strings.Join(words[:len(words)-n], " "), " of")
			if _, ok := d.lx.places[strings.ToLower(strings.Join(words[len(words)-n:], " "))]; ok {
				if o, ok := d.lx.orgs[strings.ToLower(head)]; ok {
					return o.kind
				}
			}
		}
	}
	for _, o := range d.orgs {
		// "Our Children's Trust", of which the text found "Children's
		// Trust": a body of two words or more that ends the name, not
		// after a place ("the South Korean Red Cross").
		n := len(affil) - len(o.name) - 1
		if n <= 0 || affil[n] != ' ' || !strings.HasSuffix(affil, o.name) {
			continue
		}
		if prefix := affil[:n]; o.kind != "" && o.kind != "other" && strings.Contains(o.name, " ") && !strings.ContainsAny(prefix, "'’") {
			if _, place := d.lx.places[strings.ToLower(prefix)]; !place {
				return o.kind
			}
		}
	}
	if strings.Contains(affil, "Civil Society") {
		return "ngo" // "the Civil Society Action Coalition on Education for All"
	}
	if d.causeBody(affil) {
		return "ngo"
	}
	words := strings.Fields(affil)
	gov := -1 // the first word that makes the name a state body's
	for k, w := range words {
		if d.lx.orgWords[strings.ToLower(w)] == "government" {
			gov = k
			break
		}
	}
	for k := len(words) - 1; k >= 0; k-- {
		w := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(words[k], "'s"), "’s"))
		if kind, ok := d.lx.orgWords[w]; ok && !(w == "society" && gov >= 0 && gov < k) {
			return kind // but "Presidential Committee on Ageing Society and Population Policy" is the committee's
		}
	}
	// "head of policy at Focus Ireland, said the charity was…": what the
	// text calls it after naming it (a place is no body).
	if _, ok := d.lx.places[strings.ToLower(affil)]; ok {
		return ""
	}
	for p := range d.paras {
		pa := &d.paras[p]
		if i := strings.Index(pa.text, affil); i >= 0 {
			if k := tokenAt(pa.toks, i); k < 0 || k > 0 && pa.toks[k-1].isCap() {
				continue // a part of a longer name: "Ireland" in "Focus Ireland"
			}
			if kind := calledAfter(pa.toks, tokenAt(pa.toks, i+len(affil))); kind != "" {
				return kind
			}
		}
	}
	return ""
}

// causeBody reports a body named for those it speaks for or the cause it
// takes up ("Parents Victoria", "the Council to Homeless Persons", "the
// Prison Reform Trust", "the Victorian Council of Social Service"), with no
// word that makes it a ministry, a party, a company or a court: in the
// labelled articles, 149 of 174 people of a body whose name has such a
// word are experts, and the rest are nearly all of ministries and parties.
func (d *doc) causeBody(affil string) bool {
	low := strings.ToLower(affil)
	if hardBody(low) {
		return false
	}
	cause, social := false, false
	for w := range strings.FieldsSeq(low) {
		w = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"), "'’")
		if kind, ok := d.lx.orgWords[w]; ok && kind != "ngo" && kind != "think-tank" && kind != "other" && !softBodyWords[w] {
			return false
		}
		cause = cause || causeWords[w] || social && strings.HasPrefix(w, "service")
		social = w == "social"
	}
	return cause
}

// hardBody reports a name, in lower case, with a word that makes it no
// campaign's, nor a unit of one: a hospital's, a court's.
func hardBody(low string) bool {
	for w := range strings.FieldsSeq(low) {
		if hardBodyWords[w] {
			return true
		}
	}
	return false
}

// causeWords name those a body speaks for, or its cause.
var causeWords = set("parents", "tenants", "consumers", "homeless", "homelessness", "patients", "carers", "victims", "renters", "families", "youth",
	"women", "children", "refugee", "refugees", "migrants", "pensioners", "seniors", "disability", "disabled", "reform", "rights", "welfare",
	"advocacy", "advocates", "poverty", "hunger", "citizens", "taxpayers", "residents", "ratepayers", "support", "diabetes", "cancer",
	"dementia", "alzheimer", "autism", "asthma", "arthritis", "kidney", "stroke", "epilepsy", "stop", "save")

// softBodyWords make a name a council's or a company's, unless it is
// named for a cause: "Youth Affairs Council", "Refugee Action Group".
var softBodyWords = set("council", "committee", "service", "services", "board", "group", "coalition")

// hardBodyWords make a name no campaign's, whatever else it says.
var hardBodyWords = set("hospital", "clinic", "tribunal", "commissioner", "division")

// defaultCountry is the country an official named without one serves: the
// most named country of the lede (the first two paragraphs, which set the
// story's scene); else, for a story set at home, the outlet's own country;
// else the most named country. (Preferring the outlet's country whenever the
// article names it was tried and lost more than it won: a British paper
// mentioning Britain in a story about Washington.)
func (d *doc) defaultCountry() string {
	home := d.outletCountry()
	// The lede is the story's first two paragraphs, after any byline,
	// caption or credit a copied page opens with.
	ledeEnd, story := len(d.paras), 0
	for p := range d.paras {
		if !d.pageLine(p) {
			if story++; story == 2 {
				ledeEnd = p
				break
			}
		}
	}
	// A country's mentions count those of its capital, states and
	// provinces ("England and Wales"), in the order the places were found.
	var names []string
	count, inLede := map[string]int{}, map[string]bool{}
	for _, pl := range d.places {
		name := pl.name
		if pl.kind == "capital" && pl.country != "" {
			name = pl.country // "MANILA —": a dateline in the capital
		} else if pl.kind != "country" {
			if name = d.lx.regionCountry[strings.ToLower(pl.name)]; name == "" {
				continue
			}
		}
		if _, seen := count[name]; !seen {
			names = append(names, name)
		}
		count[name] += len(pl.mentions)
		for _, m := range pl.mentions {
			if m.Paragraph <= max(1, ledeEnd) {
				inLede[name] = true
			}
		}
	}
	best, bn := "", 0
	for _, name := range names {
		if inLede[name] && count[name] > bn {
			best, bn = name, count[name]
		}
	}
	if best != "" {
		return best
	}
	if home != "" {
		return home
	}
	return d.dominantCountry()
}

// dominantCountry is the country the article names most, counting its
// states, provinces and nations ("councils in England").
func (d *doc) dominantCountry() string {
	best, _ := d.countryMentions()
	return best
}

// countryMentions counts the mentions of each country, its regions'
// counting as its own, and gives the country named most.
func (d *doc) countryMentions() (string, map[string]int) {
	best, bn := "", 0
	count := map[string]int{}
	for _, pl := range d.places {
		name := pl.name
		if pl.kind != "country" {
			if name = d.lx.regionCountry[strings.ToLower(pl.name)]; name == "" {
				continue
			}
		}
		count[name] += len(pl.mentions)
		if count[name] > bn {
			best, bn = name, count[name]
		}
	}
	return best, count
}

// policeRanks are the ranks of a police force.
var policeRanks = set("constable", "sergeant", "inspector", "superintendent", "detective", "commissioner", "officer")

// councilRoles are the seats of a council.
var councilRoles = set("councilor", "councillor", "councilmember", "council member", "alderman", "alderwoman")

// regionalOffices are the offices of a state, province or city.
var regionalOffices = set("governor", "gov", "mayor", "premier", "lieutenant-governor")

// stateOffices are the offices of a state named in full, which serve the
// state named before, as a governor does.
var stateOffices = set("attorney general", "attorney-general", "lieutenant governor", "state treasurer", "state senator", "chief minister", "first minister")

// centralBankBefore is a central bank the text names in lower case before
// m, as written ("Brazil's central bank"), or "".
func (d *doc) centralBankBefore(m Source) string {
	for p := 0; p <= m.Paragraph && p < len(d.paras); p++ {
		text := d.paras[p].text
		if p == m.Paragraph {
			text = text[:m.Start]
		}
		k := strings.Index(text, "central bank")
		if k < 0 {
			continue
		}
		// The owner before it: "Brazil's central bank".
		before := strings.TrimSpace(text[:k])
		if f := strings.Fields(before); len(f) > 0 {
			owner := f[len(f)-1]
			if base, ok := strings.CutSuffix(normApos(owner), "'s"); ok && d.isCountryName(base) {
				return owner + " central bank"
			}
		}
		return "central bank"
	}
	return ""
}

// lawyers are the roles of lawyers.
var lawyers = set("lawyer", "attorney", "solicitor", "barrister")

// partyLawyers speak for a side in a case, not as specialists: "defence
// lawyer NAME", "family lawyer NAME".
var partyLawyers = set("defence", "defense", "family", "prosecution", "state", "government", "his", "her", "their")

// roleBodies open a role with the body it serves: "council leader".
var roleBodies = set("council", "union", "party", "company", "board", "committee", "university", "bank")

// scholarRoles are the posts of scholars and analysts, who speak as
// experts whatever their body's name suggests, and whom a field of study
// completes ("a professor who studies supply chains" is a professor of
// supply chains).
var scholarRoles = set("fellow", "fellows", "lecturer", "professor", "academic", "scholar", "analyst", "scientist", "researcher")

// signsOff reports a person named in a paragraph that is only "I'm" and
// the name, the closing line of a story read out.
func (d *doc) signsOff(p *person) bool {
	for _, m := range p.mentions {
		text := strings.TrimSpace(d.paras[m.Paragraph].text)
		rest, ok := strings.CutPrefix(text, "I'm ")
		if !ok {
			rest, ok = strings.CutPrefix(text, "I’m ")
		}
		if ok && strings.TrimRight(rest, ".") == d.text(m) {
			return true
		}
	}
	return false
}

// townOffices are the offices of a city's or a town's council.
var townOffices = set("mayor", "mayoress", "vice-mayor", "councillor", "councilor", "alderman", "alderwoman")

// townRole reports a role that holds an office of a town's council.
func townRole(role string) bool {
	for w := range strings.FieldsSeq(role) {
		if townOffices[w] {
			return true
		}
	}
	return false
}

// townIn is the place named nearest to m in its sentence that is neither a
// country nor a state or province, or "".
func (d *doc) townIn(m Source) string {
	best, dist := "", -1
	for _, pl := range d.places {
		if pl.kind == "country" || pl.kind == "demonym" || d.lx.regionCountry[strings.ToLower(pl.name)] != "" {
			continue
		}
		for _, x := range pl.mentions {
			if x.Paragraph != m.Paragraph || x.Sentence != m.Sentence {
				continue
			}
			if n := max(m.Start-x.End, x.Start-m.End); dist < 0 || n < dist {
				best, dist = asWritten(pl.name, d.text(x)), n
			}
		}
	}
	if best == "" {
		// "Budapest's deputy mayor": the town as the office's owner, which
		// the role took in as its body.
		pa := &d.paras[m.Paragraph]
		for _, x := range pa.toks[pa.tokSent[m.Sentence]:pa.tokSent[m.Sentence+1]] {
			if pl, ok := d.placeOf(&x); ok && x.isCap() && x.possessive() && pl.kind != "country" && pl.kind != "demonym" && d.lx.regionCountry[x.lowBase()] == "" {
				return asWritten(pl.name, x.base())
			}
		}
	}
	return best
}

// cityOffices serve the city named before, as a mayor does.
var cityOffices = set("fire chief", "police chief", "city manager", "city attorney", "deputy mayor")

// regionBefore is the state, province or city named last before m, in m's
// paragraph or an earlier one. A mayor's is a city: not a state or province
// of the gazetteer ("OAKVALE, Calif. — … the latest in California"). Any
// other office's is one of the gazetteer's: a governor's state, not the
// county the story began in; the one the headline names, when the
// governor's own sentence names none.
func (d *doc) regionBefore(m Source, mayor bool) string {
	best, headline := "", ""
	var at Source
	for _, pl := range d.places {
		if pl.kind != "region" && !(mayor && pl.kind == "capital") {
			continue // (a capital has a mayor: "Ecuador's capital, Quito … Mayor NAME")
		}
		lower := strings.ToLower(pl.name)
		_, known := d.lx.places[lower]
		known = known && (d.lx.regionCountry[lower] != "" || d.countryOfRegion(pl.name) != "") || strings.HasSuffix(pl.name, " State") // "Kaduna State"; not a city
		if mayor && d.lx.regionCountry[lower] != "" || !mayor && !known {
			continue
		}
		for _, x := range pl.mentions {
			if mayor && d.provinceAfter(x) {
				continue // "a city of 78,000 people in Shizuoka prefecture": no mayor's
			}
			if (x.Paragraph < m.Paragraph || x.Paragraph == m.Paragraph && x.End <= m.Start) && (best == "" || srcLess(at, x)) {
				best, at = asWritten(pl.name, d.text(x)), x
			}
		}
		if headline == "" && strings.Contains(d.a.Title, pl.name) && srcLess(pl.mentions[0], m) {
			headline = pl.name
		}
	}
	if headline != "" && (at.Paragraph != m.Paragraph || at.Sentence != m.Sentence) {
		// "Hurricane Delia Makes Landfall in Louisiana … moved inland over
		// Mississippi … Gov. NAME": the state the story is about, unless
		// the governor's own sentence names another; and so the town of
		// "Bridge Collapses in Ashford Falls" for its mayor, after
		// "hospitals in Nashville".
		return headline
	}
	return best
}

// provinceAfter reports a province's noun after the place named at x:
// "Shizuoka prefecture", "Hebei province".
func (d *doc) provinceAfter(x Source) bool {
	pa := &d.paras[x.Paragraph]
	for _, t := range pa.toks {
		if t.start > x.End {
			return t.kind == tWord && (t.lower() == "prefecture" || t.lower() == "province" || t.lower() == "state" || t.lower() == "region")
		}
	}
	return false
}

// nearestCountry is the country named closest to m in its sentence.
func (d *doc) nearestCountry(m Source) string {
	sp := d.paras[m.Paragraph].sents[m.Sentence]
	inQuote := quoteMask(d.paras[m.Paragraph].quotes, sp)
	best, bd := "", 1<<30
	for _, pl := range d.places {
		if pl.kind != "country" {
			continue
		}
		for _, x := range pl.mentions {
			if x.Paragraph != m.Paragraph || x.Start < sp.start || x.End > sp.end || inQuote(x.Start) {
				continue // not a country a quotation names: "Russia is testing us," said the minister
			}
			// Only a country named before the person: "the upcoming U.S.
			// election ..., given former President Donald Trump's".
			dist := m.Start - x.End
			if dist < 0 {
				continue
			}
			if dist < bd {
				best, bd = pl.name, dist
			}
		}
	}
	return best
}

var sectionOf = map[string]struct{ id, title string }{
	"summary":            {"whats-happening", "What's happening"},
	"event":              {"whats-happening", "What's happening"},
	"official_statement": {"whats-happening", "What's happening"},
	"background":         {"background", "Background"},
	"agreement_or_law":   {"agreement", "The agreement"},
	"public_opinion":     {"public-opinion", "Public opinion"},
	"expert_view":        {"experts", "What experts say"},
	"what_next":          {"whats-next", "What's next"},
}

var sectionOrder = []string{"whats-happening", "background", "agreement", "public-opinion", "experts", "whats-next"}

// sections groups paragraph sentences under page sections. A paragraph
// labelled "other" joins the section of the nearest labelled paragraph
// before it (after it, for a leading one).
func (d *doc) sections() []Section {
	ids := make([]string, len(d.labels))
	for i, p := range d.labels {
		if s, ok := sectionOf[p.Label]; ok {
			ids[i] = s.id
		}
	}
	for i := range ids {
		if ids[i] != "" {
			continue
		}
		for k := 1; k < len(ids); k++ {
			if i-k >= 0 && ids[i-k] != "" && d.labels[i-k].Label != "other" {
				ids[i] = ids[i-k]
				break
			}
			if i+k < len(ids) && ids[i+k] != "" && d.labels[i+k].Label != "other" {
				ids[i] = ids[i+k]
				break
			}
		}
		if ids[i] == "" {
			ids[i] = "whats-happening"
		}
	}
	nItems := map[string]int{} // sentences per section, to size its items once
	for i := range d.paras {
		nItems[ids[i]] += len(d.paras[i].sents)
	}
	byID := map[string]*Section{}
	for i, pa := range d.paras {
		if d.headings[i] {
			continue // "What does the law do?" introduces a paragraph, and says nothing itself
		}
		id := ids[i]
		sec := byID[id]
		if sec == nil {
			sec = &Section{ID: id, Kind: id, Items: make([]Item, 0, nItems[id])}
			byID[id] = sec
		}
		for si := range pa.sents {
			src := d.sentSrc(i, si)
			sec.Items = append(sec.Items, Item{Text: d.text(src), Source: src})
		}
	}
	out := []Section{}
	for _, id := range sectionOrder {
		sec := byID[id]
		if sec == nil || len(sec.Items) == 0 {
			continue
		}
		for _, s := range sectionOf {
			if s.id == id {
				sec.Title = s.title
			}
		}
		if id == "agreement" {
			sec.Title = d.agreementTitle(ids)
		}
		out = append(out, *sec)
	}
	return out
}

// agreementNouns name a deal, a law or a truce: the noun of the agreement
// section's title, and of a sentence whose subject is an agreement.
// measureNouns name a measure a sentence may describe as a law's terms
// are described ("The reform aims to save…", "The waiver will cover…"),
// though no section is titled from them.
var measureNouns = set("reform", "reforms", "waiver", "amendment", "draft")

var agreementNouns = []string{"treaty", "pact", "agreement", "accord", "deal", "law", "bill", "legislation", "sanctions", "convention", "regulation",
	"ordinance", "truce", "ceasefire", "cease-fire", "armistice", "decree", "directive", "statute", "settlement", "rules", "arrangement"}

// agreementNounsOf maps a word to the agreementNouns it counts for: the
// noun itself, or its plural ("treaties" is none, "deals" is "deal"), in
// their order.
var agreementNounsOf = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for _, n := range agreementNouns {
		m[n] = append(m[n], n)
		if n != "sanctions" {
			m[n+"s"] = append(m[n+"s"], n)
		}
	}
	return m
})

// agreementTitle names the agreement section "The <year> <noun>": the noun
// most used in its paragraphs and the year of a date in the same sentence,
// resolved against publication ("Earlier this year" in 2024 gives 2024).
func (d *doc) agreementTitle(ids []string) string {
	counts := map[string]int{}
	first := map[string]Source{}
	for p, id := range ids {
		if id != "agreement" {
			continue
		}
		pa := &d.paras[p]
		for k := range pa.toks {
			t := &pa.toks[k]
			if t.name || !t.possessive() && !t.is(wAgreement) {
				continue
			}
			for _, n := range agreementNounsOf()[t.lowBase()] {
				counts[n]++
				if _, ok := first[n]; !ok {
					first[n] = d.src(p, k, k+1)
				}
			}
		}
	}
	if len(counts) == 0 {
		return "The agreement"
	}
	nouns := make([]string, 0, len(counts))
	for n := range counts {
		nouns = append(nouns, n)
	}
	sort.Slice(nouns, func(a, b int) bool {
		if counts[nouns[a]] != counts[nouns[b]] {
			return counts[nouns[a]] > counts[nouns[b]]
		}
		return srcLess(first[nouns[a]], first[nouns[b]])
	})
	noun := nouns[0]
	at := first[noun]
	yr := ""
	for _, h := range d.dates {
		if h.src.Paragraph == at.Paragraph && h.src.Sentence == at.Sentence && h.resolved != "" && !strings.HasSuffix(h.resolved, "s") {
			yr = startOf(h.resolved)[:4]
			break
		}
	}
	if yr != "" {
		return "The " + yr + " " + noun
	}
	return "The " + noun
}

// publicGroup reports the name of a body of the public: supporters, fans,
// residents, parents or tenants ("Supporters' Trust", "Residents'
// Association").
func publicGroup(name string) bool {
	for w := range strings.FieldsSeq(name) {
		switch strings.TrimRight(w, "'’s") {
		case "Supporter", "Fan", "Resident", "Parent", "Tenant":
			return true
		}
	}
	return false
}

// foundation reports a name that calls its body a foundation or an
// endowment: a charity, a campaign or a think tank, never a government.
func foundation(name string) bool {
	for w := range strings.FieldsSeq(name) {
		switch w {
		case "Foundation", "Endowment", "Fundación", "Fundação", "Stiftung":
			return true
		}
	}
	return false
}

// underOwners open what a law or a deal provides after "Under": "Under its
// terms", "Under new rules".
var underOwners = set("its", "their", "this", "these", "new", "current", "existing", "proposed")
