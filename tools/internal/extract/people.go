package extract

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// roleInfo is what the text says a person is, and how much to trust it.
type roleInfo struct {
	role, affil, class string
	weight             int
	kinAt              int  // offset of "his"/"her" in a kin role ("his wife"), -1 if none
	credit             bool // the role comes from a credit line or byline
}

var rolePreps = set("in", "on", "at", "for", "with", "by", "from", "to", "as", "into")

// titleModifiers may stand before a title and belong to the role.
var titleModifiers = set("former", "then", "late", "acting", "interim", "deputy", "outgoing", "incoming", "current", "opposition", "ex", "newly-elected", "new", "retired", "shadow")

func nameKey(s string) []string {
	low := strings.ToLower(s)
	sep := func(r rune) bool { return r == ' ' || r == '-' || r == '‐' }
	n, in := 0, false
	for _, r := range low {
		if !sep(r) && !in {
			n++
		}
		in = !sep(r)
	}
	key := make([]string, 0, n)
	start := -1
	for i, r := range low {
		switch {
		case !sep(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			key = append(key, low[start:i])
			start = -1
		}
	}
	if start >= 0 {
		key = append(key, low[start:])
	}
	return key
}

// keySuffix reports whether short ends long and has two words at least:
// "Forrest Jones" in "Michael Forrest Jones", "De Miranda" in "Luis de Miranda".
func keySuffix(short, long []string) bool {
	if len(short) < 2 || len(short) >= len(long) {
		return false
	}
	return sameKey(short, long[len(long)-len(short):])
}

func sameKey(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// resolvePeople decides which candidates are people, joins later mentions
// ("Mr Modi", "Bennett", "Kim") to the full name and records roles.
func (d *doc) resolvePeople(cands []candidate) {
	type scored struct {
		c    candidate
		info roleInfo
		ev   int
	}
	var multi, single []scored
	for _, c := range cands {
		info, ev := d.personContext(c)
		if c.strong {
			ev += 2
		}
		s := scored{c, info, ev}
		if c.r.j-c.r.i >= 2 {
			multi = append(multi, s)
		} else {
			single = append(single, s)
		}
	}
	// "cabinet ministers Jonathan Moyo and Saviour Kasukuwere": a name joined
	// by "and" to a person's name is a person too, with the same role.
	for k := range multi {
		for _, o := range multi {
			if o.ev > 0 && o.c.r.p == multi[k].c.r.p && o.c.r.j+1 == multi[k].c.r.i && d.paras[o.c.r.p].toks[o.c.r.j].lower() == "and" {
				multi[k].ev = max(multi[k].ev, 1)
				if o.info.weight >= 4 && o.info.kinAt < 0 && multi[k].info.role == "" {
					multi[k].info = o.info
				}
			}
		}
	}
	for _, s := range multi {
		if s.ev <= 0 {
			continue
		}
		name := d.runText(s.c.r)
		key := nameKey(name)
		var pp *person
		for _, p := range d.people {
			if sameKey(p.key, key) || keySuffix(p.key, key) || keySuffix(key, p.key) {
				pp = p
			}
		}
		if pp == nil {
			pp = &person{name: name, key: key, order: len(d.people)}
			d.people = append(d.people, pp)
		}
		d.addMention(pp, s.c.r, s.info)
	}
	for _, s := range single {
		w := d.paras[s.c.r.p].toks[s.c.r.i].lowBase()
		if pp := d.joinSingle(w, s.c.r); pp != nil {
			d.addMention(pp, s.c.r, s.info)
			continue
		}
		if s.c.strong || s.info.weight >= 4 {
			name := d.runText(s.c.r)
			pp := &person{name: name, key: nameKey(name), order: len(d.people)}
			d.people = append(d.people, pp)
			d.addMention(pp, s.c.r, s.info)
		}
	}
	d.capsBylines()
	d.capsBylineNames()
	d.sortMentions()
}

// mediaWords name a newsroom or its staff, in a byline in capitals.
var mediaWords = set("news", "times", "post", "herald", "press", "daily", "tribune", "journal", "gazette", "mail", "staff", "reporter", "reporters",
	"correspondent", "writer", "editor", "agency", "agencies", "wire", "wires", "media", "tv", "radio", "online", "desk", "bureau", "team", "and")

// programmeWords end the names of broadcast programmes: "Information
// Morning", "The Current", "Newsnight".
var programmeWords = set("morning", "tonight", "today", "show", "hour", "programme", "program", "current", "breakfast", "drive", "live", "weekend", "newsnight")

// dash reports a dash between words, as a dateline has before its story.
func dash(x token) bool {
	return x.text == "—" || x.text == "–" || x.text == "-" || x.text == "--"
}

// capsBylineNames reads a byline that gives its writer's name in capitals
// on a line near the top: "BY THANDEKA MAGAGULA", "RANIA KHOURY",
// "HARUKA INOUE, Nikkei staff writer", "DANA WHITMORE, OTTAWA". A dateline
// ("KUALA LUMPUR, Sept 25 — Malaysia had…") runs on into the story, and a
// place's name is no one's.
func (d *doc) capsBylineNames() {
	for p := 0; p < len(d.paras) && p < 3; p++ {
		t := d.paras[p].toks
		a := 0
		if len(t) > 0 && (t[0].text == "BY" || t[0].text == "By") {
			a = 1
		}
		e := a
		for e < len(t) && e < a+4 && t[e].kind == tWord && t[e].sent == t[a].sent && len(t[e].text) >= 2 && strings.ToUpper(t[e].text) == t[e].text && strings.ToLower(t[e].text) != t[e].text {
			e++
		}
		outlet := ""
		if a == 1 && e < len(t) && t[e].isCap() {
			if o := d.paras[p].text[t[e].start:t[len(t)-1].end]; d.isOutlet(o) {
				outlet = o // "By RUDI HARTONO Associated Press"
			}
		}
		if e-a < 2 || e < len(t) && !(t[e].text == "," || t[e].text == "|") && outlet == "" || len(t)-e > 6 {
			continue
		}
		words := make([]string, 0, e-a)
		for _, x := range t[a:e] {
			if mediaWords[x.lower()] || d.isOrgWord(x) {
				words = nil // "BBC NEWS", "STAFF REPORTER": no one's name
				break
			}
			words = append(words, titleCase(x.text))
		}
		if words == nil {
			continue
		}
		if len(words) > 2 {
			if _, place := d.lx.places[strings.ToLower(words[len(words)-1])]; place {
				words, e = words[:len(words)-1], e-1 // "COLIN MARCHETTI VANCOUVER": where the writer files from
			}
		}
		name := strings.Join(words, " ")
		if _, place := d.lx.places[strings.ToLower(name)]; place || d.isOutlet(name) || d.lx.orgs[strings.ToLower(name)].name != "" || slices.ContainsFunc(t[e:], dash) {
			continue
		}
		key := nameKey(name)
		known := false
		for _, o := range d.people {
			if sameKey(o.key, key) {
				known = true
				break
			}
		}
		if known {
			continue
		}
		pp := &person{name: name, key: key, affil: cmp.Or(outlet, d.a.Outlet), class: "journalist", order: len(d.people), roleWeight: 1, credit: true}
		// ", Nikkei staff writer", ", JUSTICE REPORTER, TORONTO": the
		// writer's desk, and the outlet's name before it.
		if e < len(t) && t[e].text == "," {
			f := e + 1
			for f < len(t) && t[f].kind == tWord {
				f++
			}
			if f > e+1 && d.roleOfLow(&t[f-1]) != "" {
				r := e + 1
				if x := t[r]; f-r > 1 && x.isCap() && strings.ToUpper(x.text) != x.text && d.roleOfLow(&x) == "" {
					pp.affil, r = x.text, r+1
				}
				pp.role = strings.ToLower(d.paras[p].text[t[r].start:t[f-1].end])
			}
		}
		pp.mentions = []Source{{Paragraph: p, Sentence: int(t[a].sent), Start: t[a].start, End: t[e-1].end}}
		d.people = append(d.people, pp)
	}
}

// joinSingle finds the person a one-word mention refers to: the most recent
// person mentioned before it with that word in their name, else the first
// one after it.
func (d *doc) joinSingle(w string, r run) *person {
	at := d.src(r.p, r.i, r.j)
	var before, after *person
	var bestBefore, bestAfter Source
	parts := nameKey(w) // "Adebayo-Oke" after "Folasade Adebayo-Oke"
	for _, p := range d.people {
		match := false
		for _, k := range p.key {
			if k == w && len(w) > 1 {
				match = true
			}
		}
		if !match && len(parts) > 1 {
			for m := 0; m+len(parts) <= len(p.key); m++ {
				match = match || sameKey(parts, p.key[m:m+len(parts)])
			}
		}
		if !match {
			continue
		}
		for _, m := range p.mentions {
			if srcLess(m, at) {
				if before == nil || srcLess(bestBefore, m) {
					before, bestBefore = p, m
				}
			} else if after == nil || srcLess(m, bestAfter) {
				after, bestAfter = p, m
			}
		}
	}
	if before != nil {
		return before
	}
	return after
}

func srcLess(a, b Source) bool {
	if a.Paragraph != b.Paragraph {
		return a.Paragraph < b.Paragraph
	}
	return a.Start < b.Start
}

func (d *doc) addMention(pp *person, r run, info roleInfo) {
	src := d.runSrc(r)
	for _, m := range pp.mentions {
		if m == src {
			return
		}
	}
	pp.mentions = append(pp.mentions, src)
	for k := r.i; k < r.j; k++ {
		d.paras[r.p].claimed[k] = true
	}
	if len(nameKey(d.runText(r))) > len(pp.key) {
		pp.name = d.runText(r)
		pp.key = nameKey(pp.name)
	}
	if info.kinAt >= 0 && info.role != "" {
		if of := d.lastPersonBefore(r.p, info.kinAt); of != "" {
			info.role += " of " + of
		}
	}
	if info.credit {
		pp.credit = true
	}
	if former(info.role) {
		// "Whitfield, a former finance minister of Ontario", after "led by
		// Graham Whitfield": what a person was says less than what they are.
		info.weight = max(info.weight-3, 1)
	}
	// "Chief Adviser Rafiqul Hasan … Mr Hasan, an economist,": the office
	// a title gives says what the person is in the story; a trade named
	// later only describes them.
	keepTitle := pp.class == "official" && isCapitalised(pp.role) && info.class == "expert"
	if info.weight > pp.roleWeight && info.role != "" && !keepTitle {
		pp.role, pp.class, pp.roleWeight = info.role, info.class, info.weight
		if info.affil != "" {
			pp.affil = info.affil
		}
	} else if pp.role == "" && pp.class == "" && pp.affil == "" && info.affil == "" && info.credit && info.class == "journalist" {
		pp.class = info.class // "By NAME" on a line of its own: the outlet's writer
	} else if pp.affil == "" && info.affil != "" {
		pp.affil = info.affil
		if pp.role == "" && pp.class == "" {
			pp.class = info.class // "VOA's NAME": a journalist with no role named
		}
	} else if info.affil != "" && d.isCountryName(pp.affil) && !d.isCountryName(info.affil) && d.orgNamed(info.affil) != "" {
		// "South Korea's main opposition leader, Park" and later "Park,
		// who leads the Democratic Party": the party says more.
		pp.affil = info.affil
	}
	if d.speechNear(r) {
		pp.quoted = true
	}
}

func (d *doc) sortMentions() {
	for _, p := range d.people {
		sortSources(p.mentions)
	}
}

func sortSources(s []Source) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && srcLess(s[j], s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// surnameMentions adds bare mentions of a known person's name words that
// were not part of any entity ("a letter to Abbott").
func (d *doc) surnameMentions() {
	for p := range d.paras {
		pa := &d.paras[p]
		for i, t := range pa.toks {
			if pa.claimed[i] || !t.isCap() {
				continue
			}
			w := t.lowBase()
			if d.isCommon(&t) {
				continue
			}
			// A bare word joins a person by surname only: a first name alone
			// ("Bill") is too often something else ("the Bill").
			if pp := d.joinSingle(w, run{p, i, i + 1}); pp != nil && pp.key[len(pp.key)-1] == w {
				d.addMention(pp, run{p, i, i + 1}, roleInfo{kinAt: -1})
			}
		}
	}
}

// speechNear reports whether a verb of saying stands next to the name
// ("Bennett added", "says Prof Dholakia", "according to Ben Engel").
func (d *doc) speechNear(r run) bool {
	t := d.paras[r.p].toks
	j := r.j
	if j+2 < len(t) && t[j].text == "(" && partySeat.MatchString(d.paras[r.p].text[t[j-1].end:]) {
		// Skip a party and a seat: "NAME (APC, Nasarawa West) said".
		for k := j + 1; k < len(t) && k < j+10 && t[k].sent == t[r.i].sent; k++ {
			if t[k].text == ")" {
				j = k + 1
				break
			}
		}
	}
	if j < len(t) && t[j].text == "," {
		// Skip an appositive: "NAME, a professor at X, said"; but in
		// "Her neighbor, NAME, said he paid, or tried to," a person set off
		// after a person's noun speaks first.
		if j+1 < len(t) && t[j+1].sent == t[r.i].sent && d.isSpeech(t, j+1) && r.i >= 3 && t[r.i-1].text == "," && t[r.i-2].kind == tWord && !t[r.i-2].isCap() &&
			(d.roleOf(&t[r.i-2]) != "" || possessivePronouns[t[r.i-3].lower()]) {
			return true
		}
		for k := j + 1; k < len(t) && k < j+16 && t[k].sent == t[r.i].sent; k++ {
			if t[k].text == "," {
				j = k + 1
				break
			}
		}
	}
	if j == r.j && j < len(t) && (t[j].lower() == "of" || t[j].lower() == "from") && (r.i == 0 || !determiners[t[r.i-1].lower()]) {
		// Skip the body a name is "of": "NAME of the environmental group
		// Chile Sustentable said"; not a title before another name ("X of
		// Australia NSW branch president NAME said"), nor its letters
		// ("of the Mining Advocacy Network (Jatam) said").
		for k := j + 1; k < len(t) && k < j+12 && t[k].sent == t[r.i].sent && (t[k].kind == tWord || t[k].text == "&" || t[k].text == "'" || t[k].text == "’" || t[k].text == "(" || t[k].text == ")"); k++ {
			if d.roleOf(&t[k]) != "" {
				break
			}
			if !t[k].isCap() && d.isSpeech(t, k) {
				return true
			}
		}
	}
	for _, k := range []int{j, j + 1} {
		if k < len(t) && t[k].sent == t[r.i].sent && d.isSpeech(t, k) {
			return true
		}
	}
	i := r.i
	for i > 0 && (t[i-1].isCap() || d.roleOfLow(&t[i-1]) != "") && t[i-1].sent == t[r.i].sent {
		i--
	}
	if i > 2 && i == r.i && t[i-1].text == "," && d.roleOf(&t[i-2]) != "" {
		// "said its policy officer, NAME", "said the group's spokeswoman,
		// NAME": a role set off before the name, after the verb.
		for m := i - 3; m >= 0 && m >= i-8 && t[m].sent == t[r.i].sent && t[m].kind == tWord; m-- {
			if d.isSpeech(t, m) {
				return true
			}
		}
	}
	if i > 0 && d.isSpeech(t, i-1) {
		return true
	}
	return i > 1 && t[i-1].lower() == "to" && t[i-2].lower() == "according"
}

func (d *doc) isSpeech(t []token, k int) bool {
	if !t[k].is(wSpeech | wSpeechFirst) {
		return false
	}
	if _, ok := d.lx.speech[t[k].lower()]; ok {
		return true
	}
	if k+1 < len(t) {
		_, ok := d.lx.speech[t[k].lower()+" "+t[k+1].lower()]
		return ok
	}
	return false
}

// personContext reads what surrounds a candidate name (personContextAt),
// and the party and state written after a member of Congress's name.
func (d *doc) personContext(c candidate) (roleInfo, int) {
	pa := &d.paras[c.r.p]
	t := pa.toks
	j := c.r.j
	info, ev := d.personContextAt(c)
	if low := strings.ToLower(info.affil); bodyNouns[low] == "club" {
		// "Club CEO NAME", "Goalkeeper NAME, who moved to join the club":
		// the club the story names.
		if o := d.ownerBefore(d.runSrc(c.r), low, bodyNouns[low]); o != "" {
			info.affil = o
		}
	}
	// "Sen. Amy Carlson (D-Minn.)": a member of Congress's party and state,
	// "Democrat, Minnesota".
	// The three patterns open with a bracket or a comma after spaces:
	// most names are followed by neither, and skip them.
	var after string
	if j > 0 {
		after = pa.text[t[j-1].end:]
		if rest := strings.TrimLeft(after, " \t\n\f\r"); rest == "" || rest[0] != '(' && rest[0] != ',' {
			after = ""
		}
	}
	if after != "" {
		if m := partyState.FindStringSubmatch(after); m != nil {
			if m[1] != "" {
				if st := d.lx.usStates[strings.TrimSuffix(m[2], ".")]; st != "" {
					if info.affil == "" || d.isCountry(info.affil) {
						info.affil = usParties[m[1]] + ", " + st
					}
					ev += 2
				}
			} else if info.role != "" && (info.affil == "" || d.isCountry(info.affil) || d.isCountryName(info.affil)) && (m[3] != "" || legislators[strings.TrimSuffix(strings.ToLower(lastWord(info.role)), ".")]) {
				// "State Sen. NAME, R-Sioux Center,": the party, then the
				// home town; "state Sen. NAME (R)": a legislator's party
				// (a governor's is the state's).
				info.affil = usParties[m[3]+m[5]]
				ev += 2
			}
		}
	}
	if after != "" && (info.affil == "" || d.isCountry(info.affil) || d.isCountryName(info.affil)) {
		// "Senator NAME (PDP, Enugu East)", "NAME (APC-Kano)": a
		// legislator's party, then the seat.
		if m := partySeat.FindStringSubmatch(after); m != nil {
			info.affil = m[1]
			ev += 2
		} else if m := partyAlone.FindStringSubmatch(after); m != nil && legislators[strings.TrimSuffix(strings.ToLower(lastWord(info.role)), ".")] &&
			(isAcronym(m[1]) || d.lx.orgs[strings.ToLower(m[1])].kind == "party") {
			// "German MEP NAME (EPP)", "Senator NAME (Labour)": a
			// legislator's party alone in brackets.
			info.affil = m[1]
			ev += 2
		}
	}
	if strings.EqualFold(info.affil, "Opposition") {
		// "Liberal MP NAME, the Opposition's spokesman", "Opposition
		// spokesman NAME said the Coalition would…": the party the
		// sentence names says more.
		if party := d.partyInSentence(c.r); party != "" {
			info.affil = party
		}
	}
	return info, ev
}

// newsDesks end the name of a newspaper's desk or office: "Midlands
// Bureau", "City Desk".
var newsDesks = set("bureau", "desk", "newsdesk")

// ownedGroupNouns call a campaign group or an association by what it is.
var ownedGroupNouns = set("group", "organisation", "organization", "charity", "coalition", "alliance", "network", "campaign", "movement", "association", "union", "body")

// bylineSlot reports whether paragraph p stands where a byline may: first,
// second, or third after a line of page furniture.
func (d *doc) bylineSlot(p int) bool {
	return p <= 1 || p == 2 && (furniture(strings.TrimSpace(d.paras[0].text)) || furniture(strings.TrimSpace(d.paras[1].text)))
}

// namesLine reports a paragraph of capitalised words alone, joined by
// "and", "in" or commas: a byline without "By".
func (d *doc) namesLine(p int) bool {
	t := d.paras[p].toks
	if len(t) < 2 || len(t) > 14 || len(d.paras[p].sents) != 1 || t[0].text == "By" {
		return false
	}
	for _, tk := range t {
		if !tk.isCap() && tk.lower() != "and" && tk.lower() != "in" && tk.text != "," {
			return false
		}
	}
	return true
}

// creditBreaks part the credits of one line: "Reporting by A; Editing by
// B", "Delhi | Reported by A".
var creditBreaks = set(";", "|", "·", "(")

// unitBody is the body a unit named from token k on is at or of ("the
// Africa programme at Chatham House", "the Lokniti programme of the CSDS"),
// within sentence sent; "" when there is none.
func (d *doc) unitBody(p, k int, sent int32) string {
	t := d.paras[p].toks
	for u := k; u+2 < len(t) && u <= k+5 && t[u].sent == sent; u++ {
		w, next := t[u].lowBase(), t[u+1].lower()
		if unitWords[w] && (next == "at" || next == "of") || unitsOfBodies[w] && next == "at" && !t[u].isCap() {
			return d.affilPhrase(p, u+2)
		}
	}
	return ""
}

// photoWords open a photo's credit: "Picture: NAME".
var photoWords = set("picture", "photo", "photograph", "photos", "pictures", "photographer", "credit", "image")

// stanceAdjectives describe a party or a group before its name: "the
// opposition National Alliance for Change".
var stanceAdjectives = set("opposition", "ruling", "governing", "main", "rival", "hardline", "reformist", "breakaway", "outlawed", "banned", "exiled", "centrist", "conservative", "liberal", "nationalist",
	"leftist", "rightist", "left-wing", "right-wing", "far-right", "far-left", "populist", "socialist", "communist", "centre-left", "centre-right", "center-left", "center-right",
	"progressive", "islamist", "separatist", "pro-government", "pro-democracy", "pro-business", "junior", "coalition")

// nameAlone reports whether word stands alone as a name inside a sentence
// somewhere in the text: "at Woolworths warehouses", not a common noun
// that opens one ("Area manager NAME") nor a word of a longer name.
func (d *doc) nameAlone(word string) bool {
	for p := range d.paras {
		t := d.paras[p].toks
		for k := 1; k < len(t); k++ {
			if t[k].base() != word || t[k-1].sent != t[k].sent || t[k-1].isCap() || t[k-1].kind != tWord || k+1 < len(t) && t[k+1].isCap() {
				continue
			}
			return true
		}
	}
	return false
}

// firmWord reports a word that can only be a name, opening a sentence
// before a firm's role: "Rabobank grains analyst NAME" (not "Veteran
// analyst NAME", "Senior economist NAME").
func (d *doc) firmWord(t token) bool {
	lw := t.lower()
	return t.kind == tWord && len(lw) >= 4 && !d.isCommon(&t) && !d.givenName(&t) && d.roleOf(&t) == "" && !d.lx.titles[lw] && !titleModifiers[lw] &&
		!adjectiveEnding(lw) && !strings.HasSuffix(lw, "ing") && !strings.HasSuffix(lw, "ed") && !portfolioWords[lw] && !genericBodies[lw] && !d.isPlaceTok(t) && !personNouns[lw] &&
		!postQualifiers[lw] && !d.writtenLower(lw) // "Poll analyst NAME" in a story that speaks of "the poll"
}

// postQualifiers say what a manager, an analyst or an officer is in charge
// of: "Area manager NAME", "Sales director NAME".
var postQualifiers = set("area", "site", "plant", "store", "shop", "shift", "project", "account", "accounts", "sales", "product", "programme", "program",
	"branch", "operations", "marketing", "media", "research", "policy", "press", "campaign", "campaigns", "network", "country", "team", "unit", "field",
	"ward", "investment", "investments", "fund", "portfolio", "property", "credit", "equity", "market", "markets", "commodity", "commodities", "oil",
	"grains", "bond", "bonds", "currency", "data", "quality", "production", "supply", "logistics", "human", "general", "technical", "creative", "news",
	"sports", "football", "club", "community", "senior", "junior", "chief", "deputy", "assistant", "associate", "principal", "lead", "veteran", "former",
	"acting", "interim", "managing", "executive", "independent", "political", "legal", "medical", "clinical", "retail", "risk", "insurance", "tax")

// writtenLower reports a word the text, headline too, also writes in
// lower case, or its plural: a common noun, whatever its capital at the
// start of a sentence.
func (d *doc) writtenLower(lw string) bool {
	if writtenIn(d.a.Title, lw) {
		return true
	}
	for p := range d.paras {
		for _, t := range d.paras[p].toks {
			if t.kind == tWord && !t.isCap() && (t.lowBase() == lw || strings.TrimSuffix(t.lowBase(), "s") == lw) {
				return true
			}
		}
	}
	return false
}

// writtenIn reports lw, or its plural, as a word of s in lower case.
func writtenIn(s, lw string) bool {
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if w == lw || len(w) == len(lw)+1 && w[len(lw)] == 's' && w[:len(lw)] == lw {
			return true
		}
	}
	return false
}

// firmRoleHeads end the roles a firm's staff hold.
var firmRoleHeads = set("director", "manager", "analyst", "economist", "strategist", "executive", "officer", "head", "boss", "partner", "founder", "co-founder")

// unitWords name a unit inside a body: "the Africa Programme at Chatham
// House".
var unitWords = set("programme", "program", "desk", "unit", "division", "project", "initiative", "team", "lab", "laboratory")

// unitsOfBodies name their bodies only after "at": "the planning
// department at BUET", but "the Department of Economics" is one name.
var unitsOfBodies = set("department", "faculty", "school")

// outletBefore is the news outlet named in the possessive right before
// token i ("VOA's NAME", "Al Jazeera's NAME"), or "".
// bodyBefore is the body named in the possessive right before token i,
// when the text or the lexicon knows it as one: "Monash University's NAME".
func (d *doc) bodyBefore(p, i int) string {
	t := d.paras[p].toks
	if i == 0 || !t[i-1].possessive() || !t[i-1].isCap() || t[i-1].sent != t[i].sent {
		return ""
	}
	if o := d.orgEndingAt(p, t[i-1].end-(len(t[i-1].text)-len(t[i-1].base()))); o != "" {
		return o
	}
	return ""
}

// knownOutlet reports a news outlet the lexicons know.
func (d *doc) knownOutlet(name string) bool {
	if o, ok := lookupLower(d.lx.orgs, name); ok && o.kind == "media" {
		return true
	}
	media, _ := lookupLower(d.lx.outletNames, name)
	return media
}

// isOutlet reports a news outlet's name: one the lexicons know, or the
// article's own.
func (d *doc) isOutlet(name string) bool {
	if d.knownOutlet(name) {
		return true
	}
	o := d.a.Outlet
	if len(o) > 4 && strings.EqualFold(o[:4], "the ") {
		o = o[4:] // "The Test Times understands": the article leaves "The" out of the name
	}
	return strings.EqualFold(name, d.a.Outlet) || strings.EqualFold(name, o)
}

func (d *doc) outletBefore(p, i int) string {
	t := d.paras[p].toks
	if i == 0 || !t[i-1].possessive() || !t[i-1].isCap() || t[i-1].sent != t[i].sent {
		return ""
	}
	a := i - 1
	for a > 0 && i-a < 4 && t[a-1].isCap() && !t[a-1].possessive() && t[a-1].sent == t[i].sent {
		a--
	}
	for ; a < i; a++ {
		name := d.paras[p].text[t[a].start:t[i-1].end]
		name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
		if d.knownOutlet(name) {
			return name
		}
	}
	return ""
}

// partyState reads "(D-Minn.)", "(R-Texas)" after a name.
// A party alone, "(R)", is read too: "state Sen. NAME (R) said".
var partyState = regexp.MustCompile(`^\s*(?:\(([DRI])-([A-Z][A-Za-z.]*(?: [A-Z][a-z.]*)?)\)|,\s*([DRI])-([A-Z][A-Za-z.]*(?: [A-Z][a-z.]*)?),|\(([DRI])\))`)

// partySeat reads a party's letters and a seat in brackets after a name:
// "(PDP, Enugu East)", "(APC-Kano)".
var partySeat = regexp.MustCompile(`^\s*\(([A-Z]{2,6})(?:,\s*|\s*-\s*)[A-Z][\p{L}'’. -]{1,40}\)`)

// partyAlone reads a party's name or letters alone in brackets after a
// name: "(EPP)", "(Labour)".
var partyAlone = regexp.MustCompile(`^\s*\(([A-Z][\p{L}]{1,20}(?: [A-Z][\p{L}]{1,20})?)\)`)

var usParties = map[string]string{"D": "Democrat", "R": "Republican", "I": "Independent"}

// personContextAt reads what surrounds a candidate name: titles, roles and
// affiliations before and after it, and signs that it names a person.
func (d *doc) personContextAt(c candidate) (roleInfo, int) {
	pa := &d.paras[c.r.p]
	t := pa.toks
	i, j := c.r.i, c.r.j
	if c.title != "" && !c.honor {
		ti := c.titleI
		role := c.title
		start := ti
		for start > 0 && titleModifiers[t[start-1].lower()] && t[start-1].sent == t[i].sent && ti-start < 2 {
			start--
		}
		if start < ti {
			role = pa.text[t[start].start:t[ti].start] + role
		}
		role = d.fullTitle(role)
		if role == "Justice" && ti > 0 && (t[ti-1].text == "Mr" || t[ti-1].text == "Mrs" || t[ti-1].text == "Ms") {
			role = "judge" // "Mr Justice NAME", as England and Wales style a High Court judge
		}
		info := roleInfo{kinAt: -1, role: role, class: d.roleClass(role), weight: 3}
		if lw := strings.ToLower(role); !strings.Contains(lw, " ") && !d.lx.titles[lw] && (info.class == "public" || !d.roleWord(t[ti]) && (agentNoun(lw) || lifeNouns[lw])) {
			info.role, info.class = lw, "public" // "Boilermaker NAME": a trade, in lower case as inside a sentence
		}
		if start >= 2 && t[start-1].text == "state" && partyAdjectives[t[start-2].base()] && c.prefix.j == c.prefix.i {
			// "Republican state Sen. NAME": a state legislator's party.
			info.role, info.affil = "state "+role, t[start-2].base()
			start--
		}
		if c.prefix.j > c.prefix.i {
			info.affil = d.affilName(c.prefix)
			if pl, ok := d.knownPlace(c.prefix); ok && pl.kind != "country" && pl.kind != "demonym" && placeOffices[strings.ToLower(lastWord(role))] {
				// "Tokyo Gov. Akiko Mori": a governor's or a mayor's is
				// the place itself, not its country, as written.
				info.affil = asWritten(pl.name, d.runText(c.prefix))
			}
		}
		if c.prefix.j == c.prefix.i && info.affil == "" && start >= 1 && t[start-1].possessive() && t[start-1].isCap() && t[start-1].sent == t[i].sent &&
			(ministerial[strings.ToLower(lastWord(role))] || placeOffices[strings.ToLower(lastWord(role))]) {
			// "Scotland's Transport Minister NAME": a state's or a
			// province's minister is the state's, not its country's.
			if pl, ok := d.placeOf(&t[start-1]); ok && d.lx.regionCountry[strings.ToLower(pl.name)] != "" {
				info.affil = asWritten(pl.name, t[start-1].base())
			}
		}
		if c.prefix.j == c.prefix.i && info.affil == "" && start >= 4 && bracketAcronym(t, start-3) && t[start-4].sent == t[i].sent {
			// "Social Democratic Party (PSD) MP NAME": the body, its
			// letters, then the title.
			info.affil = d.orgEndingAt(c.r.p, t[start-4].end)
		}
		if start >= 2 && t[start-1].lower() == "and" && t[start-2].isCap() && (d.lx.titles[strings.ToLower(t[start-2].text+" and "+role)] ||
			t[start-2].is(wPortfolio) && ministerial[strings.ToLower(lastWord(role))] && portfolioEnd(t, start) > start) {
			// "Business and Trade Secretary NAME", "Energy and Public
			// Utilities Minister NAME": a title with "and" in it.
			role = d.fullTitle(t[start-2].text + " and " + role)
			info.role = role
			start -= 2
		} else if start >= 2 && t[start-1].lower() == "and" && c.prefix.j == c.prefix.i {
			// "Lumera co-founder and CEO NAME": a role joined to the title.
			if b, ok := d.roleBefore(c.r.p, start-1); ok && !isCapitalised(b.role) && b.kinAt < 0 {
				info.role = b.role + " and " + info.role
				if info.affil == "" {
					info.affil = b.affil
				}
			}
		}
		if b, ok := d.roleBefore(c.r.p, start); ok && c.prefix.j == c.prefix.i && (d.lowerHead(b.role) || academicRank(role)) && !countsOn(b.role) {
			// "An army spokesman, Brig. Gen. Osman Khalid", "council
			// leader Cllr Tariq Mahmood": the job written before says more
			// than the rank or the honour; but a scholar's trade keeps the
			// rank too ("hydrologist Associate Professor NAME").
			rank := info.role
			info = mergeRole(b, info)
			if academicRank(role) && b.class == "expert" && !strings.Contains(strings.ToLower(b.role), "prof") {
				info.role = d.lowerFirst(b.role) + ", " + rank
			}
		} else if academicRank(role) && c.prefix.j == c.prefix.i {
			// "A food scientist at the Kwame Nkrumah University of Science
			// and Technology, Prof. NAME,": so does a role and a body of
			// many words that open the sentence.
			if a, ok := d.leadAppositive(c.r); ok && a.role != "" {
				info = mergeRole(a, info)
			}
		}
		if a, ok := d.appositive(c.r); ok {
			if a.role == "member" && info.affil != "" {
				// "Labour MP NAME, a member of the Commons business
				// committee": the seat and the party say more.
				return mergeRole(info, a), 3
			}
			return mergeRole(a, info), 3
		}
		if info.affil == "" && sees[strings.ToLower(lastWord(role))] {
			info.affil = d.seeAfter(c.r)
		}
		if info.affil == "" {
			info.affil = d.affilAfter(c.r)
		} else if a := d.affilAfter(c.r); a != "" && d.isCountry(info.affil) && d.partyAfter(c.r, a) {
			// "Chilean Senator NAME of the conservative Independent
			// Democratic Union": the party says more than the country.
			info.affil = a
		}
		if info.affil == "" {
			info.affil = d.partyMember(c.r)
		}
		if academicRank(info.role) {
			info, _ = d.officeOverRank(c.r, info)
		}
		if info.affil == "" || d.isCountry(info.affil) || scholarRoles[strings.ToLower(info.role)] {
			// "Professor Hilary Pruett, who teaches securities regulation at
			// Fordham University School of Law"; "Deputy Chief Marisol
			// Ochoa, who oversees staffing at Cal Fire": the body named
			// says more than the country; and the field, what a professor
			// is of.
			if a, ok := d.whoClause(c.r); ok {
				if a.affil != "" && (info.affil == "" || d.isCountry(info.affil)) {
					info.affil = a.affil
				}
				info.role = withField(info.role, a.role)
			}
		}
		if info.affil == "" || d.isCountry(info.affil) {
			// "the Moderates, a centrist party led by former prime minister
			// NAME": the party the title's holder leads.
			if o := d.ledBy(c.r.p, start); o != "" {
				info.affil = o
			}
		}
		return info, 3
	}
	ev := 0
	info := roleInfo{kinAt: -1}
	// "Dr. R. K. Mehta": an honorific with a dot starts a run of its own.
	if !c.honor && d.honorificBefore(t, i) {
		c.honor, c.title = true, t[honorificAt(t, i)].text
	}
	if c.honor {
		ev += 2
		if strings.HasPrefix(strings.ToLower(c.title), "prof") {
			info = roleInfo{kinAt: -1, role: "professor", class: "expert", weight: 1}
		}
		// "materials scientist Dr. Lukas Brunner": the role before the
		// honorific.
		if hi := honorificAt(t, i); hi >= 0 {
			if b, ok := d.roleBefore(c.r.p, hi); ok {
				info = mergeRole(b, info)
				ev += 3
			}
		}
	}
	if a, ok := d.appositive(c.r); ok {
		info = mergeRole(a, info)
		ev += 3
	} else if a, ok := d.nextSentenceRole(c.r); ok {
		info = mergeRole(a, info)
		ev += 2
	} else if a, ok := d.leadAppositive(c.r); ok {
		info = mergeRole(a, info)
		ev += 3
	}
	if info.affil == "" {
		if outlet := d.outletBefore(c.r.p, i); outlet != "" {
			// "Al Jazeera's Rania Kassab, reporting from Baghdad": the
			// outlet's journalist.
			info.affil, info.class = outlet, "journalist"
			ev += 2
		} else if body := d.bodyBefore(c.r.p, i); body != "" && (info.role != "" || j < len(t) && postOffices[t[j].base()] || d.affilKind(body) == "party") {
			// "Kyoto University's Aiko Nakabayashi, an energy researcher":
			// the body's; and "Fianna Fáil's Declan Harrington", a party's.
			info.affil = body
		}
	}
	if b, ok := d.roleBefore(c.r.p, i); ok {
		info = mergeRole(info, b)
		if info.role == "" || b.weight > info.weight || former(info.role) && !former(b.role) {
			// "Fiji coach Peni Ravai, a former captain of the side": what
			// someone is says more than what they were.
			info = mergeRole(b, info)
		}
		ev += 3
	}
	if aged := agedBefore(t, i); info.role == "" && (ageAfter(t, j) || aged || i > 0 && personNouns[t[i-1].lower()]) { // and "software developer NAME"
		if b, ok := d.tradeBefore(c.r.p, i, aged); ok {
			info = mergeRole(b, info)
			ev += 2
		}
	}
	if after := d.affilAfter(c.r); after != "" && (info.affil == "" || d.orgNamed(after) != "") {
		// "Its leader, Sunita Pawar of the Lok Janata Party": the body
		// named after the name says more than "its".
		info.affil = after
	}
	if j < len(t) && postOffices[t[j].base()] {
		// "Tomos Bevan MS": a seat in a legislature; the role written
		// before says more.
		info = mergeRole(info, roleInfo{kinAt: -1, role: t[j].base(), class: "official", weight: 1})
		ev += 3
	}
	if info.affil == "" {
		info.affil = d.partyMember(c.r)
	}
	if academicRank(info.role) && info.weight <= 1 {
		var ok bool
		if info, ok = d.officeOverRank(c.r, info); ok {
			ev++
		}
	}
	if info.role == "" {
		if a, ok := d.whoClause(c.r); ok {
			info = mergeRole(a, info)
			ev++
		} else if a, ok := d.parentClause(c.r); ok {
			info = mergeRole(a, info)
			ev++
		}
	} else if info.class != "expert" || info.affil == "" || scholarRoles[strings.ToLower(info.role)] {
		// "a former doubles champion who now commentates for the
		// broadcaster Courtside TV", "a former Fed economist who now
		// teaches at Georgetown University": the clause says what the
		// person does, and where.
		if a, ok := d.whoClause(c.r); ok {
			if a.class == "expert" {
				info.class = a.class
			}
			// "Prof NAME, who teaches political science at…", "NAME, a
			// professor who studies supply chains at…".
			info.role = withField(info.role, a.role)
			if info.affil == "" {
				info.affil = a.affil
			}
		}
	}
	if info.affil == "" && i >= 1 && t[i-1].possessive() && t[i-1].isCap() && t[i-1].sent == t[i].sent {
		// "South Korea's Kim Soo-ah", "Sweden's Linnea Berg": the country
		// the person is of.
		a := i - 1
		for a > 0 && i-a < 3 && t[a-1].isCap() && t[a-1].sent == t[i].sent && !t[a-1].possessive() {
			a--
		}
		for ; a < i; a++ {
			if pl, ok := d.knownPlace(run{c.r.p, a, i}); ok && pl.kind == "country" {
				info.affil = pl.name
				break
			}
		}
	}
	if info.role != "" && (info.affil == "" || d.isCountry(info.affil)) {
		// "the Moderates, a centrist party led by former prime minister NAME".
		if o := d.ledBy(c.r.p, i); o != "" {
			info.affil = o
		}
	}
	// "ORG, led by NAME"
	if i >= 2 && t[i-1].lower() == "by" && t[i-2].lower() == "led" {
		if o := d.ledBy(c.r.p, i); o != "" {
			info = mergeRole(info, roleInfo{kinAt: -1, role: "leader", affil: o, class: "official", weight: 4})
		}
		ev += 2
	}
	// Credits: "Brian Padden and Victor Beattie reported on this story for VOANews.com".
	k := j
	for k+2 < len(t) && t[k].lower() == "and" && t[k+1].isCap() {
		k += 2
		for k < len(t) && t[k].isCap() {
			k++
		}
	}
	for k < len(t) && (t[k].lower() == "also" || t[k].lower() == "in" || (k > j && t[k].isCap() && t[k-1].lower() == "in")) {
		k++
	}
	if k < len(t) && t[k].sent == t[i].sent {
		if role, ok := lookupIf(t[k].is(wCreditVerb), creditVerb, t[k].lower()); ok && (k+1 < len(t) && (t[k+1].lower() == "this" || t[k+1].lower() == "to" || t[k+1].lower() == "on" || t[k+1].lower() == "the" || t[k+1].lower() == "reporting" || t[k+1].lower() == "it" ||
			t[k+1].lower() == "from" && k+2 < len(t) && t[k+2].isCap() && k+3 < len(t) && t[k+3].text == "." && k+4 >= len(t))) { // "NAME reported from Berlin." closing the story
			ci := roleInfo{kinAt: -1, role: role, class: "journalist", weight: 3, credit: true}
			for m := k + 1; m+1 < len(t) && t[m].sent == t[i].sent; m++ {
				if t[m].lower() == "for" && t[m+1].isCap() {
					e := m + 1
					for e < len(t) && t[e].isCap() {
						e++
					}
					ci.affil = d.runText(run{c.r.p, m + 1, e})
					break
				}
			}
			info = mergeRole(info, ci)
			ev += 2
		}
	}
	// Credits before the name: "Additional reporting by NAME", "Editing by
	// NAME", opening their line.
	// NAME, or a line joining more: "Reporting by A and B; Editing by C".
	b := i
	if b >= 2 && t[b-1].lower() == "and" {
		k := b - 2
		for k > 0 && t[k].isCap() && t[k].lower() != "by" && t[k].sent == t[i].sent {
			k--
			// "by Cheikh Ndour in Dakar and Rui Paiva": where each was.
			if t[k].lower() == "in" && k > 0 && t[k-1].isCap() {
				k--
			}
		}
		if t[k].lower() == "by" {
			b = k + 1
		}
	}
	if b >= 3 && t[b-1].text == ":" && t[b-2].lower() == "by" {
		b-- // "Edited by: NAME"
	}
	if b >= 2 && t[b-1].lower() == "by" && creditNouns[t[b-2].lower()] != "" && t[b-2].sent == t[i].sent &&
		(b-2 == d.paras[c.r.p].tokSent[t[i].sent] || b-3 >= 0 && creditBreaks[t[b-3].text] || b-3 >= 0 && t[b-3].text == "," && t[b-2].isCap() ||
			b-3 >= 0 && t[b-3].lower() == "additional" && (b-3 == d.paras[c.r.p].tokSent[t[i].sent] || b-4 >= 0 && creditBreaks[t[b-4].text])) {
		credit := roleInfo{kinAt: -1, role: creditNouns[t[b-2].lower()], class: "journalist", weight: 3, credit: true}
		if j+1 < len(t) && t[j].lower() == "for" && t[j+1].isCap() {
			credit.affil = d.runText(run{c.r.p, j + 1, capsEnd(t, j+1)}) // "Translated by NAME for RFA Burmese"
		}
		info = mergeRole(info, credit)
		ev += 2
	}
	// "With files from NAME", "(With inputs from NAME)": a credit at the
	// story's foot.
	// (but not "With files from Information Morning", a programme).
	if b >= 3 && t[b-1].lower() == "from" && (t[b-2].lower() == "files" || t[b-2].lower() == "inputs") && t[b-3].lower() == "with" &&
		!slices.ContainsFunc(t[i:j], func(x token) bool { return mediaWords[x.lower()] || programmeWords[x.lower()] || d.isOrgWord(x) }) {
		info = mergeRole(info, roleInfo{kinAt: -1, class: "journalist", weight: 1, credit: true})
		ev += 2
	}
	// A byline with the writer's desk: "NAME Environment correspondent".
	if n := d.deskByline(c.r.p); n > 0 && i == 0 && j == n {
		info = mergeRole(info, roleInfo{kinAt: -1, role: pa.text[t[j].start:t[len(t)-1].end], class: "journalist", weight: 3, credit: true})
		ev += 3
	}
	// A byline of names alone opening the story: "NAME", "NAME in Port
	// Sudan and NAME".
	// Or one after a standfirst or a time stamp: "July 21, 2022 5:04 AM ET
	// | NAME".
	if d.bylineSlot(c.r.p) && (i == 0 || t[i-1].lower() == "and") && (j == len(t) || t[j].lower() == "and" || t[j].lower() == "in") && d.namesLine(c.r.p) {
		info = mergeRole(info, roleInfo{kinAt: -1, class: "journalist", weight: 1, credit: true})
		ev += 2
	}
	// A byline on a line of its own: "By NAME", "By NAME and NAME".
	// Or "By NAME June 23, 2020, 10:42 AM … Updated on …": the name, then
	// the date the line goes on with.
	// And "(By NAME and NAME) Enditem": a wire's credit in brackets.
	if (b == 1 && (t[0].text == "By" || t[0].text == "by") || b == 2 && t[0].text == "(" && t[1].text == "By") && (len(d.paras[c.r.p].sents) == 1 && len(t) <= 20 || datedAt(t, j)) {
		by := roleInfo{kinAt: -1, class: "journalist", weight: 1, credit: true}
		if j+1 < len(t) && t[j].text == "," {
			// "By NAME, BBC News, Bridgetown": the outlet.
			e := j + 1
			for e < len(t) && t[e].isCap() {
				e++
			}
			if e > j+1 {
				if name := d.runText(run{c.r.p, j + 1, e}); d.isOutlet(name) || d.orgKind(run{c.r.p, j + 1, e}) == "media" {
					by.affil = name
					if f := capsEnd(t, e+1); e+1 < len(t) && t[e].text == "," && f > e+1 && d.roleOf(&t[f-1]) == "journalist" {
						by.role = d.runText(run{c.r.p, e + 1, f}) // "By NAME, Taiwan News, Staff Writer"
					}
				} else if d.roleOf(&t[e-1]) == "journalist" {
					by.role = name // "By NAME, Chief City Correspondent"
				}
			}
		}
		info = mergeRole(info, by)
		ev += 2
	}
	// "— With assistance from NAME", "With reporting by NAME": a
	// contributor's credit closing the story.
	if a := i - 3; a >= 0 && len(t) <= 20 && allPunct(t[:a]) && t[a].lower() == "with" &&
		(t[a+1].lower() == "assistance" && t[a+2].lower() == "from" || t[a+1].lower() == "reporting" && t[a+2].lower() == "by") {
		info = mergeRole(info, roleInfo{kinAt: -1, class: "journalist", weight: 1, credit: true})
		ev += 2
	}
	// "NAME, Abuja": a byline's writer and where they file from, on a
	// line of its own.
	if i == 0 && len(d.paras[c.r.p].sents) == 1 && len(t) <= 8 && j+1 < len(t) && t[j].text == "," && (c.r.p <= 2 || c.r.p == len(d.paras)-1) {
		e := j + 1
		for e < len(t) && t[e].isCap() {
			e++
		}
		if e > j+1 && e == len(t) && d.isPlaceRun(run{c.r.p, j + 1, e}) {
			info = mergeRole(info, roleInfo{kinAt: -1, class: "journalist", weight: 1, credit: true})
			ev += 2
		}
	}
	// A photo's credit: "Picture: NAME", "[NAME/Reuters]".
	// "Photograph: NAME/AAP", "REUTERS/NAME/File Photo": the agency too.
	// And "Photo: RNZ / NAME", "(Keystone / NAME)": an agency before the
	// name, spaced.
	agency := i >= 2 && t[i-1].text == "/" && isAcronym(t[i-2].base()) && len(t[i-2].base()) >= 2 && (t[i-1].start == t[i-2].end || i >= 4 && t[i-3].text == ":" && photoWords[t[i-4].lower()]) ||
		i >= 3 && t[i-1].text == "/" && t[i-2].isCap() && t[i-3].text == "(" && j < len(t) && t[j].text == ")"
	agencyPhoto := i >= 3 && t[i-1].text == "/" && t[i-1].start == t[i-2].end && t[i-2].text == "Photo" && t[i-3].isCap() && len(t[i-3].base()) >= 2 // "(AP Photo/NAME)", "(Antara Photo/NAME)"
	// "(NAME for The Washington Post)": a photographer's credit in brackets.
	forOutlet := ""
	if i >= 1 && t[i-1].text == "(" && j+2 < len(t) && t[j].lower() == "for" && t[j+1].isCap() {
		if e := capsEnd(t, j+1); e < len(t) && t[e].text == ")" && e == len(t)-1 {
			if o := d.runText(run{c.r.p, j + 1, e}); d.isOutlet(o) || d.orgKind(run{c.r.p, j + 1, e}) == "media" {
				forOutlet = o
			}
		}
	}
	// "… on Friday. NAME/The Canadian Press": a caption's last words.
	captionEnd := i == d.paras[c.r.p].tokSent[t[i].sent] && t[i].sent > 0 && j+1 < len(t) && t[j].text == "/" && t[j].start == t[j-1].end && capsEnd(t, j+1) == len(t)
	if captionEnd {
		o := run{c.r.p, j + 1, len(t)}
		captionEnd = d.isOutlet(d.runText(o)) || d.orgKind(o) == "media"
	}
	if i >= 2 && t[i-1].text == ":" && photoWords[t[i-2].lower()] && t[i-2].sent == t[i].sent || captionEnd ||
		i >= 1 && (t[i-1].text == "[" || t[i-1].text == "(") && j < len(t) && t[j].text == "/" && t[j-1].text != "Photo" || agency || agencyPhoto || forOutlet != "" { // "(NAME/The Washington Post)", not "(Antara Photo/NAME)"
		credit := roleInfo{role: "photographer", kinAt: -1, class: "journalist", weight: 1, credit: true}
		switch {
		case forOutlet != "":
			credit.affil = forOutlet
		case agency:
			credit.affil = t[i-2].base()
		case agencyPhoto:
			credit.affil = t[i-3].base()
		case j+1 < len(t) && t[j].text == "/" && t[j+1].isCap():
			e := j + 2
			for e < len(t) && t[e].isCap() && e < j+5 {
				e++ // "The Washington Post"
			}
			credit.affil = d.runText(run{c.r.p, j + 1, e})
		}
		if credit.affil == strings.ToUpper(credit.affil) && len(credit.affil) > 4 {
			credit.affil = titleCase(strings.ToLower(credit.affil)) // "REUTERS"
		}
		info = mergeRole(info, credit)
		ev += 3
	}
	// "NAME, BBC News, Freetown · 2 hours ago": a byline's outlet after a
	// comma.
	// And "NAME and NAME, BBC News": the outlet of both.
	if (i == d.paras[c.r.p].tokSent[t[i].sent] || i >= 2 && t[i-1].lower() == "and" && !slices.ContainsFunc(t[:i-1], func(x token) bool { return !x.isCap() && x.text != "," })) &&
		c.r.p <= 3 && len(d.paras[c.r.p].sents) == 1 && len(t) <= 16 {
		j := j
		if j < len(t) && t[j].lower() == "and" {
			j = capsEnd(t, j+1) // past the second name
		}
		e := j + 1
		if j+1 < len(t) && t[j].text == "," {
			e = capsEnd(t, j+1)
		}
		if e > j+1 {
			// (and "NAME, Midlands Bureau": the paper's desk)
			if name := d.runText(run{c.r.p, j + 1, e}); d.isOutlet(name) || d.orgKind(run{c.r.p, j + 1, e}) == "media" || newsDesks[t[e-1].lower()] {
				info = mergeRole(info, roleInfo{kinAt: -1, affil: name, class: "journalist", weight: 1, credit: true})
				ev += 3
			}
		}
	}
	// "NAME (The Jakarta Post)": a byline's outlet in brackets.
	if i == d.paras[c.r.p].tokSent[t[i].sent] && c.r.p <= 3 && len(t) <= 16 && j+2 < len(t) && t[j].text == "(" {
		e := j + 1
		for e < len(t) && t[e].isCap() {
			e++
		}
		if e > j+1 && e < len(t) && t[e].text == ")" {
			if name := d.runText(run{c.r.p, j + 1, e}); d.isOutlet(name) || d.orgKind(run{c.r.p, j + 1, e}) == "media" {
				info = mergeRole(info, roleInfo{kinAt: -1, affil: name, class: "journalist", weight: 1, credit: true})
				ev += 3
			}
		}
	}
	// "NAME | Hindustan Times | Updated…", "NAME · CBC News · Posted…": a
	// byline's writer and outlet.
	if i == d.paras[c.r.p].tokSent[t[i].sent] && j+1 < len(t) && (t[j].text == "|" || t[j].text == "·" || t[j].text == "/" && c.r.p <= 3) {
		e := j + 1
		for e < len(t) && t[e].isCap() {
			e++
		}
		if e > j+1 {
			outlet := d.runText(run{c.r.p, j + 1, e})
			if furnitureFirst[outlet] || d.isPlaceRun(run{c.r.p, j + 1, e}) {
				outlet = "" // "NAME | Published: 01.24.23", "NAME | Mumbai": the story's own writer
			}
			info = mergeRole(info, roleInfo{kinAt: -1, affil: outlet, class: "journalist", weight: 1, credit: true})
			ev += 3
		}
	}
	// "NAME was the editor."
	if j+2 < len(t) && (t[j].lower() == "was" || t[j].lower() == "is") && (t[j+1].lower() == "the" || t[j+1].lower() == "a") && !rankWords[t[j+2].lower()] && !superlative(t[j+2]) {
		e := j + 2
		for e < len(t) && t[e].kind == tWord && t[e].sent == t[i].sent {
			e++
		}
		if e-1 >= j+2 && d.roleOfLow(&t[e-1]) != "" && e == len(t) || (e < len(t) && t[e].kind == tPunct && d.roleOfLow(&t[e-1]) != "") {
			// A credit only for a newsroom's role: "Demir is the first
			// Turkish player" is no byline.
			role := pa.text[t[j+2].start:t[e-1].end]
			class := d.roleClass(role)
			info = mergeRole(info, roleInfo{kinAt: -1, role: role, class: class, weight: 3, credit: class == "journalist"})
			ev += 2
		}
	}
	if d.speechNear(c.r) {
		ev += 2
	}
	if d.givenName(&t[i]) {
		ev += 2
	}
	if i >= 1 && (t[i-1].lower() == "i’m" || t[i-1].lower() == "i'm") {
		ev += 2
		info.credit = true
	}
	if j+1 < len(t) && t[j].text == "," && t[j+1].lower() == "who" {
		ev++
	}
	// "Callum Price, of Headingley,": where a person lives.
	if j+3 < len(t) && t[j].text == "," && t[j+1].lower() == "of" && (t[j+2].isCap() || t[j+2].lower() == "the" && t[j+3].isCap()) {
		ev += 3 // and "NAME, of the Democratic Alliance…,"
	}
	// "named by police as Ethan Marsh", "identified as".
	if i >= 2 && t[i-1].lower() == "as" {
		for k := i - 2; k >= 0 && k >= i-5 && t[k].sent == t[i].sent; k-- {
			if lw := t[k].lower(); lw == "named" || lw == "identified" {
				ev += 3
				break
			}
		}
	}
	if j+2 < len(t) && t[j].text == "," && t[j+1].kind == tNum && (t[j+2].text == "," || t[j+2].text == ";") || bracketAge(t, j) ||
		j+3 < len(t) && (t[j].lower() == "is" || t[j].lower() == "was") && t[j+1].kind == tNum && t[j+2].lower() == "years" && t[j+3].lower() == "old" {
		// "NAME, 52,", a list's "NAME, 29; NAME, 26;", "NAME (71),", "NAME is
		// 38 years old"
		ev += 2
	}
	// "NAME of the Bengaluru Bus Prayanikara Vedike, a commuters' forum,
	// said": a name that speaks for a body named after it.
	if j+2 < len(t) && t[j].lower() == "of" && (t[j+1].lower() == "the" || t[j+1].isCap()) && (i == 0 || t[i-1].sent != t[i].sent) && !d.isOrgWord(t[j-1]) {
		for k := j + 2; k < len(t) && k < j+28 && t[k].sent == t[i].sent; k++ {
			if t[k].is(wSpeech) && !t[k].isCap() {
				ev += 2
				break
			}
		}
	}
	return info, ev
}

// partyAfter reports a, the body named right after r, as a party: known
// as one, or called one by a stance ("of the conservative X").
func (d *doc) partyAfter(r run, a string) bool {
	t := d.paras[r.p].toks
	k := r.j + 1
	if k < len(t) && t[k].lower() == "the" {
		k++
	}
	return k < len(t) && stanceAdjectives[t[k].lower()] || d.lx.orgs[strings.ToLower(a)].kind == "party" || d.orgKindOf(d.orgNamed(a)) == "party"
}

// partyInSentence is the party named in r's sentence before r, or right
// after it with "of" ("NAME, of the Greens"), nearest to r, other than "the
// Opposition", or "".
func (d *doc) partyInSentence(r run) string {
	t := d.paras[r.p].toks
	best, dist := "", len(t)
	for k := d.paras[r.p].tokSent[t[r.i].sent]; k < len(t) && t[k].sent == t[r.i].sent; k++ {
		if !t[k].isCap() || k >= r.i && k < r.j {
			continue
		}
		e := k
		for e < len(t) && t[e].isCap() && !(e >= r.i && e < r.j) {
			e++
		}
		name := ""
		if x := (run{r.p, k, e}); d.knownOrgInfo(x).kind == "party" || d.orgKind(x) == "party" {
			name = d.affilName(x)
		} else if partyAdjectives[t[k].base()] {
			name = t[k].base()
		}
		// After the name, only "of the X" right after it: a party a
		// speaker names later is more often the one they attack ("…on
		// nine years of Labor government").
		after := k >= r.j && !(k-r.j <= 3 && (k-1 >= r.j && t[k-1].lower() == "of" || k-2 >= r.j && t[k-2].lower() == "of" && t[k-1].lower() == "the"))
		if n := max(k-r.i, r.i-k); name != "" && !after && !strings.EqualFold(name, "Opposition") && n < dist {
			best, dist = name, n
		}
		k = e - 1
	}
	return best
}

// sees are the titles of clergy, whose "of PLACE" names a see or a
// city, not a country: "Archbishop Peter Odhiambo of Nairobi".
var sees = set("archbishop", "bishop", "cardinal", "patriarch", "metropolitan", "rabbi", "imam")

// seeAfter is the place written "of PLACE" right after the name, as
// written, or "".
func (d *doc) seeAfter(r run) string {
	t := d.paras[r.p].toks
	k := r.j
	if k+1 >= len(t) || t[k].lower() != "of" || !t[k+1].isCap() || t[k+1].sent != t[r.i].sent {
		return ""
	}
	e := k + 1
	for e < len(t) && t[e].isCap() && t[e].sent == t[r.i].sent && e < k+4 {
		e++
	}
	if _, ok := d.knownPlace(run{r.p, k + 1, e}); ok {
		return d.runText(run{r.p, k + 1, e})
	}
	return ""
}

// partyMembers name a party's member: "NAME, a Democrat from Oakland".
var partyMembers = map[string]string{"democrat": "Democratic Party", "republican": "Republican Party", "conservative": "Conservative Party", "tory": "Conservative Party"}

// partyMember is the party an appositive makes the person a member of, or "".
func (d *doc) partyMember(r run) string {
	t := d.paras[r.p].toks
	j := r.j
	if j+2 < len(t) && t[j].text == "," && (t[j+1].lower() == "a" || t[j+1].lower() == "an") && t[j+2].isCap() {
		return partyMembers[t[j+2].lower()]
	}
	return ""
}

// honorificAt is the index of the capitalised word before the name at i,
// past the dot of an abbreviation ("Dr." before "Lukas Brunner"): where
// an honorific would stand; -1 when there is none.
func honorificAt(t []token, i int) int {
	h := i - 1
	if h >= 0 && t[h].text == "." {
		h--
	}
	if h >= 0 && t[h].kind == tWord && t[h].isCap() && t[h].sent == t[i].sent {
		return h
	}
	return -1
}

// backers introduce who backs a candidate: "backed by the opposition
// party".
var backers = set("backed", "supported", "endorsed", "nominated", "fielded")

// roleThenBody reports one to three role words from token a on, in lower
// case, then "of" or "at" and more: "director general of Nepal's
// Department of Tourism".
func (d *doc) roleThenBody(t []token, a int) bool {
	for m := a; m < a+2 && m+1 < len(t) && fieldWord(t[m]); m++ {
		if d.isRoleWord(t[m+1]) {
			a = m + 1 // "NAME is program director at the X": the field before the role
			break
		}
	}
	e := a
	for e < len(t) && e < a+3 && d.isRoleWord(t[e]) && !t[e].isCap() {
		e++
	}
	return e > a && e+1 < len(t) && (t[e].lower() == "of" || t[e].lower() == "at")
}

// notFields are lower-case words that stand before a role without naming
// its field: "NAME is also director of…", "is now head of…".
var notFields = set("also", "still", "then", "once", "both", "each", "some", "many", "more", "most", "much", "such", "very", "just", "even", "there", "here", "with", "from", "into", "among", "about", "able", "sole", "last", "next", "only")

// fieldWord reports whether x could name a role's field ("program",
// "policy", "research"): a lower-case word that is neither a function
// word nor a verb's form.
func fieldWord(x token) bool {
	w := x.text
	return x.kind == tWord && !x.isCap() && len(w) > 3 && !notFields[w] &&
		!strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ly")
}

// rankWords open a description, not a role: "Demir is the first Turkish
// player to win".
var rankWords = set("first", "second", "third", "only", "last", "next", "sole")

// lowerHead reports whether a role's first role word is in lower case: a
// job ("Saudi ambassador to the United States"), not a title ("Health
// Minister").
func (d *doc) lowerHead(role string) bool {
	for w := range strings.FieldsSeq(role) {
		if d.lx.roles[strings.ToLower(w)] != "" {
			return !isCapitalised(w)
		}
	}
	return !isCapitalised(role)
}

// placeOffices govern a place below a country's level.
var placeOffices = set("governor", "gov.", "mayor", "premier")

// countsOn reports whether a role before a name only counts on from
// someone named before ("A second officer, Brig Gen Luis Marcano", "another
// official"): it says less than the title that follows.
func countsOn(role string) bool {
	first, _, _ := strings.Cut(strings.ToLower(role), " ")
	return first != "first" && rankWords[first] || first == "another" || first == "fellow"
}

// fullTitle writes out the abbreviations of a title: "Lt. Col." is shown
// as "Lieutenant Colonel", and "Brig Gen", as British papers write it, as
// "Brigadier General".
func (d *doc) fullTitle(role string) string {
	words := strings.Fields(role)
	for i, w := range words {
		if f, ok := d.lx.titleFull[w]; ok {
			words[i] = f
		}
	}
	return strings.Join(words, " ")
}

// mergeRole keeps a's fields and fills the empty ones from b.
func mergeRole(a, b roleInfo) roleInfo {
	if a.role == "" {
		a.role, a.class, a.kinAt, a.credit = b.role, b.class, b.kinAt, b.credit
	}
	if a.affil == "" {
		a.affil = b.affil
	}
	a.weight = max(a.weight, b.weight)
	return a
}

func (d *doc) roleClass(role string) string {
	words := strings.Fields(strings.ToLower(role))
	if len(words) > 0 && ministerial[words[len(words)-1]] {
		return d.lx.roles[words[len(words)-1]] // "Research Minister" is no researcher
	}
	class := ""
	for k := len(words) - 1; k >= 0; k-- {
		w := strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(words[k], ",."), "’s"), "'s")
		if k+1 < len(words) {
			if c := d.lx.roles[w+" "+words[k+1]]; c != "" && c != "honorific" {
				return c
			}
		}
		if c := d.lx.roles[w]; c != "" && c != "honorific" {
			if k+1 < len(words) && isBodyNoun(words[k+1]) {
				continue // "head of the observer mission": a body's word, not a role
			}
			if c == "expert" {
				return c
			}
			if class == "" {
				class = c
			}
		}
	}
	return class
}

// theTitle reports "the" before the title at x, directly or before a
// capitalised word that qualifies it: "The Speaker of", "The National
// President of".
func theTitle(t []token, x int) bool {
	if x >= 1 && t[x-1].lower() == "the" {
		return true
	}
	// ("The Chief Executive Officer of": two such words.)
	for q := x - 1; q >= 1 && x-q <= 2 && t[q].isCap() && (titleModifiers[t[q].lowBase()] || titleQualifiers[t[q].lowBase()]); q-- {
		if t[q-1].lower() == "the" {
			return true
		}
	}
	return false
}

var titleQualifiers = set("national", "regional", "provincial", "state", "federal", "executive", "chief", "senior", "principal", "general", "vice", "permanent", "deputy", "assistant")

// roleBefore reads a role written before the name: "Korea expert NAME",
// "The BBC's Tokyo correspondent, NAME", "his wife NAME".
func (d *doc) roleBefore(p, i int) (roleInfo, bool) {
	pa := &d.paras[p]
	t := pa.toks
	k := i - 1
	weight := 4
	if k >= 0 && t[k].text == "," {
		k--
		weight = 5
		if k >= 3 && t[k].text == ")" && t[k-2].text == "(" && isAcronym(t[k-1].text) {
			k -= 3 // "The Director of the Centre for Democracy and Development (CDD), NAME": the body's letters after its name
		}
	}
	if k < 0 || t[k].sent != t[i].sent || t[k].kind != tWord {
		return roleInfo{}, false
	}
	if weight == 5 && t[k].isCap() {
		if info, ok := d.seatBefore(p, k, t[i].sent); ok {
			return info, true
		}
	}
	if weight == 4 && t[k].isCap() {
		// "Head of the Iranian Space Agency Mehdi Salehpour said": a role,
		// then the body it is of, run into the name.
		if o := d.orgEndingAt(p, t[k].end); o != "" {
			a := k
			for a > 0 && t[a-1].isCap() && t[a-1].sent == t[i].sent {
				a--
			}
			if a >= 3 && t[a-1].lower() == "the" && (t[a-2].lower() == "of" || t[a-2].lower() == "for") && t[a-3].sent == t[i].sent {
				if c := d.roleOf(&t[a-3]); c != "" && c != "honorific" && c != "kin" {
					return roleInfo{kinAt: -1, role: t[a-3].text, class: c, weight: weight, affil: o}, true
				}
			}
		}
	}
	end := k
	class := d.roleOf(&t[k])
	var complement run // "of Port Alder" in "the former mayor of Port Alder, NAME"
	ownerAffil := ""   // "the agency" in "a spokeswoman for the agency, NAME"
	// "Chatham House's senior research fellow on central Africa, NAME": a
	// role's topic after "on" is the role's, even when a name ends it.
	if weight == 5 && t[k].isCap() {
		for q := k - 1; q >= 2 && k-q <= 4 && t[q].sent == t[i].sent && t[q].kind == tWord; q-- {
			if t[q].lower() == "on" {
				if c := d.roleOf(&t[q-1]); c != "" && c != "honorific" && c != "kin" && !t[q-1].isCap() {
					class, end, k = c, k, q-1
				}
				break
			}
		}
	}
	// A role noun can end the complement of another: "head of Africa macro
	// research" is a head's role, an analyst's still.
	headClass := class
	if class != "" && class != "honorific" && k > 2 && !t[k].isCap() {
		class = ""
	}
	if class == "" {
		// "head of personnel", "director for Asia": a role noun and its
		// complement; "a spokesman for Iran's foreign ministry": a
		// possessive inside it.
		// "head of Africa macro research, NAME" (a capital inside only
		// when a comma sets the role off), "director of policy and
		// campaigns", "lead researcher on extractive industries".
		for m := k; m >= 1 && k-m <= 7 && t[m].sent == t[i].sent && t[m].kind == tWord && (!t[m].possessive() && (!t[m].isCap() || weight == 5 && (m < k || t[m].is(wPortfolio))) || m < k && t[m].possessive() && t[m].isCap()); m-- {
			// ("The minister with responsibility for water, NAME")
			// ("Their agriculture spokesperson in the state parliament,
			// NAME": where the post is.)
			if lw := t[m].lower(); m < k && (lw == "of" || lw == "for" || lw == "on" || lw == "in" && m >= 2 && (t[m-2].possessive() || d.roleOf(&t[m-1]) == "expert" || weight == 5 && t[m+1].lower() == "the" && !t[m-1].isCap() && d.roleOf(&t[m-1]) != "") || lw == "with" && t[m+1].lower() == "responsibility") {
				if t[k].isCap() && portfolioEnd(t, m+1) != k+1 {
					break // a name after the role is a body's: "The chief executive of Southvale Water, NAME"
				}
				if c := d.roleOf(&t[m-1]); c == "" && k-m < 5 && !t[m-1].isCap() && !roleStop[t[m-1].lower()] {
					continue // "director of provincial affairs for Manitoba": a complement within one
				}
				if c := d.roleOf(&t[m-1]); c != "" && c != "honorific" && (!t[m-1].isCap() || d.lx.titles[t[m-1].lowBase()] && (theTitle(t, m-1) || portfolioEnd(t, m+1) == k+1)) {
					class = c // and "The Speaker of parliament, NAME", "Deputy Minister for Natural Resources and Tourism, NAME"
					// "a spokesman for Iran's foreign ministry": a state's
					// body is the affiliation, not part of the role.
					for x := m + 1; x <= k; x++ {
						if t[x].possessive() && t[x].isCap() || stateBodies[t[x].lowBase()] && !(lw == "in" && !t[x].isCap()) {
							complement, end = run{p, m + 1, k + 1}, m-1
							break
						}
					}
					// "A spokeswoman for the agency, NAME": the agency named
					// before.
					if kind, ok := bodyNouns[t[k].lowBase()]; ok && k == m+2 && t[m+1].lower() == "the" && complement.j == complement.i {
						if o := d.ownerBefore(d.src(p, k, k+1), t[k].lowBase(), kind); o != "" {
							ownerAffil, end = o, m-1
						}
					}
					k = m - 1
					if m >= 3 && t[m-1].isCap() && d.titleAt(p, m-2, m) == 2 {
						k = m - 2 // "The Cabinet Secretary for Net Zero and Energy, NAME"
					}
				}
				break
			}
			if t[m].is(wRoleStop) && !(m < k && t[m].lower() == "the" && (t[m-1].lower() == "of" || t[m-1].lower() == "for" || t[m-1].lower() == "in")) &&
				!(m < k && t[m].lower() == "and" && (!t[m-1].isCap() && !t[m+1].isCap() || t[m-1].is(wPortfolio) && t[m+1].is(wPortfolio))) {
				break // but "head of the civil protection agency", "Minister for Trade and Industry" read on
			}
		}
	}
	// "Morocco's Minister of Energy Transition and Sustainable Development,
	// NAME": a minister's portfolio in capitals is the role's, though the
	// list lacks its words.
	if class == "" && weight == 5 && t[k].isCap() {
		if h, c := d.ministerPortfolio(p, k); h >= 0 {
			class, k = c, h
		}
	}
	switch {
	case class == "":
		class = headClass
	case headClass == "expert":
		class = headClass
	}
	if class == "" && weight == 5 && t[k].isCap() {
		// "The Inspector-General of Police, NAME,": a title written as a
		// noun, set off before the name.
		for m := k; m >= 1 && k-m < 4; m-- {
			if n := d.titleAt(p, m, k+1); n == k+1-m && (t[m-1].lower() == "the" || t[m-1].possessive() && !t[m-1].isCap()) && t[m-1].sent == t[i].sent {
				return roleInfo{kinAt: -1, role: pa.text[t[m].start:t[k].end], class: "official", weight: weight}, true
			}
		}
	}
	if class == "" && weight == 5 && t[k].isCap() {
		// "the former mayor of Port Alder, NAME", "the chief executive of
		// the University of Houston, NAME": a role noun and a named
		// complement, which is the affiliation.
		for m := k - 1; m >= 1 && k-m <= 7 && t[m].sent == t[i].sent && (t[m].kind == tWord || t[m].text == "&"); m-- {
			lw := t[m].lower()
			if lw == "in" && m >= 2 && (t[m-2].possessive() || m >= 3 && t[m-3].possessive() && !t[m-2].isCap() || ownerWords[t[m-2].lower()] || m >= 3 && ownerWords[t[m-3].lower()] && !t[m-2].isCap()) {
				// "Labour's candidate in Cardiff North, NAME", "WFP's country
				// director in Sierra Leone, NAME": where the post is belongs
				// to the role; the owner is the affiliation.
				if c := d.roleOf(&t[m-1]); c != "" && c != "honorific" && c != "kin" && !t[m-1].isCap() {
					class, end, k = c, k, m-1
					break
				}
			}
			// ("The permanent secretary in the Ministry of Livestock,
			// NAME": "in" a body named with its organisation word.)
			if lw == "of" || lw == "for" || lw == "at" || lw == "to" || lw == "in" && t[m+1].lower() == "the" && d.orgWordIn(p, m+2, k+1) {
				// ("The Chief Executive Officer of the Ghana Chamber of
				// Mines, Mrs NAME": a role noun the title list lacks, after
				// words that qualify a title.)
				qualified := m >= 3 && titleQualifiers[t[m-2].lowBase()] && t[m-2].isCap() && theTitle(t, m-1)
				owned := -1
				if t[m-1].isCap() && !(d.lx.titles[t[m-1].lowBase()] && theTitle(t, m-1)) && !qualified {
					owned = d.ownedTitle(t, m-1)
				}
				if c := d.roleOf(&t[m-1]); c != "" && c != "honorific" && c != "kin" && (!t[m-1].isCap() || d.lx.titles[t[m-1].lowBase()] && theTitle(t, m-1) || qualified || owned >= 0) {
					if lw == "to" {
						// "The Saudi ambassador to the United States, NAME":
						// where the post is belongs to the role.
						class, end, k = c, k, m-1
						break
					}
					ns := m + 1
					if t[ns].lower() == "the" {
						ns++
					}
					if !t[ns].isCap() {
						// "The CFIB's director of provincial affairs for
						// Manitoba, NAME": the complement is the role's.
						class, end, k = c, k, m-1
						break
					}
					complement = run{p, ns, k + 1}
					class, k, end = c, m-1, m-1
					if owned >= 0 {
						k = owned // "The Programme Officer of …": the title's words before its noun
					}
					break
				}
			}
			if !t[m].isCap() && !connectors[lw] && (roleStop[lw] || k-m > 6) {
				break
			}
		}
	}
	if class == "" || class == "honorific" {
		return roleInfo{}, false
	}
	if t[k].isCap() && weight == 4 {
		return roleInfo{}, false // a capitalised title is part of the run
	}
	start := k
	info := roleInfo{class: class, weight: weight, kinAt: -1, affil: ownerAffil}
	head := k // the role noun: its complement may run on to end
	lowerFirst := false
	for start > 0 && head-start < 5 {
		prev := t[start-1]
		if start < end && t[start].lowBase() == "affairs" && prev.sent == t[i].sent {
			// "Veterans' Affairs Minister NAME", "the women's affairs
			// minister": whose affairs they are is the portfolio's.
			if prev.kind == tWord && prev.possessive() {
				start--
				continue
			}
			if (prev.text == "'" || prev.text == "’") && start >= 2 && t[start-2].kind == tWord && t[start-2].end == prev.start && strings.HasSuffix(t[start-2].text, "s") {
				start -= 2
				continue
			}
		}
		if prev.text == "s" && start >= 3 && (t[start-2].text == "'" || t[start-2].text == "’") && t[start-3].kind == tNum &&
			t[start-3].end == t[start-2].start && t[start-2].end == prev.start {
			// "Channel 4's chief executive, NAME": a name that ends in a
			// number owns the role.
			a := start - 3
			for a > 0 && t[a-1].isCap() && t[a-1].sent == t[i].sent && !d.isCommon(&t[a-1]) {
				a--
			}
			if a < start-3 && info.affil == "" {
				info.affil = d.runText(run{p, a, start - 2})
			}
			break
		}
		if (prev.text == "'" || prev.text == "’") && start >= 2 && t[start-2].kind == tWord &&
			strings.HasSuffix(t[start-2].text, "s") && t[start-2].end == prev.start && t[start-2].sent == t[i].sent {
			if _, ok := bodyNouns[t[start].lowBase()]; ok && start < end && !t[start-2].isCap() {
				// "The teachers' union president, NAME": the union is
				// the affiliation, the office the role.
				info.affil = pa.text[t[start-2].start:t[start].end]
				start++
			} else if t[start-2].isCap() {
				// "The Houthis' chief negotiator, NAME": the group; "the
				// Institute for Fiscal Studies' director": the body whose
				// name ends there.
				a := start - 2
				for a > 0 && t[a-1].isCap() && t[a-1].sent == t[i].sent && !d.isCommon(&t[a-1]) {
					a-- // "Amazon Frontlines' lead researcher"
				}
				info.affil = d.runText(run{p, a, start - 1})
				if o := d.orgEndingAt(p, t[start-2].end); o != "" {
					info.affil = o
				}
			}
			break
		}
		if prev.text == ")" && start >= 3 && t[start-2].isCap() && t[start-3].text == "(" && prev.sent == t[i].sent && info.affil == "" {
			// "The Kenya National Union of Teachers (Knut) secretary-general,
			// NAME": the body the short name stands for.
			info.affil = d.orgNamed(t[start-2].text)
			if info.affil == "" && start >= 4 {
				info.affil = d.orgEndingAt(p, t[start-4].end)
			}
			if info.affil == "" {
				info.affil = t[start-2].text
			}
			break
		}
		if prev.sent != t[i].sent || prev.kind != tWord {
			break
		}
		lw := prev.lower()
		if prev.possessive() {
			// The owner: an organisation or country gives the affiliation,
			// a title stays in the role ("the Prime Minister's adviser").
			os := start - 1
			for os > 0 && t[os-1].isCap() && t[os-1].sent == t[i].sent && !d.isCommon(&t[os-1]) {
				os--
			}
			owner := run{p, os, start}
			if d.titleAt(p, os, start) == start-os {
				start = os
				break
			}
			info.affil = d.affilName(owner)
			pl, isPlace := d.lx.places[strings.ToLower(d.runText(owner))]
			if isPlace && pl.kind != "country" && pl.kind != "demonym" && t[end].lowBase() == "mayor" {
				info.affil = pl.name // "Lisbon's mayor, NAME": the city's, not the country's
			}
			if class == "kin" && !isPlace && d.orgKind(owner) == "" && (d.isKnownPersonRun(owner) || start-os <= 2) {
				// "Warit's mother, NAME": whose mother, not an affiliation.
				info.kinAt, info.affil = t[os].start, ""
				break
			}
			if _, e := d.runBytes(owner); os > 0 && t[os-1].sent == t[i].sent {
				// "The Centre for Women's Justice's legal director", "The
				// Public Transport Users Association's president": the body
				// whose name ends with the owner's words.
				if o := d.orgEndingAt(p, e); len(o) > len(info.affil) {
					info.affil = o
				}
			}
			if pk, ok := placeNouns[prev.lowBase()]; ok && !prev.isCap() {
				// "The state's governor, NAME": the state the story names most.
				if pl := d.placeNamedMost(pk, d.runSrc(owner)); pl != "" {
					info.affil = pl
				}
				break
			}
			if kind, ok := bodyNouns[prev.lowBase()]; ok && !prev.isCap() {
				// "The company's chairman": the company named last; "the
				// confederation's president": the one whose name says so.
				info.affil = d.ownerBefore(d.runSrc(owner), prev.lowBase(), kind)
				if info.affil == "" && kind == "" {
					info.affil = prev.lowBase() // "the board's president": no body named, but not any other
				}
			}
			break
		}
		if (prev.text == "Union" || prev.text == "State") && (ministerial[t[end].lower()] || t[end].lower() == "premier") {
			start-- // "Union chemicals minister NAME", "State home minister NAME"
			break
		}
		if prev.isCap() && info.affil == "" && start >= 2 && t[start-2].sent == t[i].sent && d.placeOrItsAdjective(prev.lower()) {
			// "Australian Nursing and Midwifery Federation (ANMF) Victorian
			// branch secretary NAME", "ANMF Victorian branch secretary
			// NAME": the body's letters, then where its branch is, which
			// is the role's.
			q := start - 2
			if t[q].text == ")" && q >= 2 && t[q-2].text == "(" {
				q--
			}
			if isAcronym(t[q].base()) && len(t[q].base()) >= 2 {
				if o := d.orgNamed(t[q].base()); o != "" {
					// (The letters are the body's name here too: "MUA" for
					// the Maritime Union of Australia.)
					if !pa.claimed[q] {
						d.addOrg(run{p, q, q + 1}, t[q].base(), "", t[q].base())
					}
					info.affil = o
					start--
					break
				}
			}
		}
		if prev.isCap() && info.affil == "" {
			// "Australian Industry Group Victorian head NAME": a body,
			// then where its branch is, then the role.
			if ps, a := d.branchBody(p, start, t[i].sent); a >= 0 {
				info.affil = d.affilName(run{p, a, ps})
				start, lowerFirst = ps, false
				break
			}
		}
		if prev.isCap() && info.affil == "" {
			// "Coralink chief executive NAME": a body named before; the
			// article's own short names first ("the Rapid Support Forces
			// (RSF) … the RSF commander"), then the lexicon's ("the EU trade
			// commissioner"): a body before the title is the affiliation,
			// not part of the role. A longer name ending with those words
			// comes first: "Conservation Council of WA spokesman NAME".
			if owner := d.capsBodyBefore(p, start, t[i].sent); owner.j-owner.i >= 3 && d.orgKind(owner) != "" {
				info.affil = d.affilName(owner)
				break
			}
			if name := d.orgNamed(prev.base()); name != "" {
				info.affil = name
				break
			}
			if o, ok := d.lx.orgs[prev.lowBase()]; ok {
				info.affil = o.name
				break
			}
			// "SPD co-leader NAME": a body's acronym.
			if isAcronym(prev.base()) && len(prev.base()) >= 2 {
				info.affil = prev.base()
				break
			}
			if start-2 >= 0 && t[start-2].isCap() && t[start-2].sent == t[i].sent {
				if o, ok := d.lx.orgs[strings.ToLower(t[start-2].text+" "+prev.base())]; ok {
					info.affil = o.name
					break
				}
			}
			if owner := d.capsBodyBefore(p, start, t[i].sent); d.orgKind(owner) != "" {
				info.affil = d.affilName(owner)
				break
			}
		}
		if lw == "its" {
			// "Its president, NAME": the organisation named last.
			info.affil = d.itsOrg(p, start-1)
			break
		}
		if kinOwners[lw] && class == "kin" {
			info.kinAt = t[start-1].start
			break
		}
		if lw == "and" && start >= 2 && t[start-2].sent == t[i].sent && !t[start-2].isCap() {
			if c := d.roleOf(&t[start-2]); c != "" && c != "honorific" && c != "kin" {
				start -= 2 // "co-founder and CEO NAME": two roles, one person
				continue
			}
			if portfolioWords[t[start-2].lower()] && portfolioWords[t[start].lower()] {
				start -= 2 // "the work and pensions secretary, NAME": one portfolio
				continue
			}
		}
		if roleStop[lw] {
			break
		}
		if prev.isCap() && titleModifiers[lw] && lw != "opposition" {
			start-- // "Shadow transport secretary NAME" opening a sentence
			break
		}
		if lw == "whose" && start >= 3 && t[start-2].text == "," {
			// "The UTM Party, whose leader NAME": the body before "whose".
			if o := d.orgEndingAt(p, t[start-3].end); o != "" {
				info.affil = o
			}
			break
		}
		if strings.HasSuffix(lw, "ing") && !prev.isCap() && d.lx.roles[lw] == "" && !portfolioWords[lw] && start >= 2 && t[start-2].text == "," {
			break // ", appointing housing minister NAME": the verb is not the role
		}
		if strings.HasSuffix(lw, "ed") && start >= 2 && auxiliaries[t[start-2].lower()] {
			break // "have sacked manager NAME": the verb is not the role
		}
		if strings.HasSuffix(lw, "ed") && !prev.isCap() && !edModifiers[lw] && d.lx.roles[lw] == "" && start >= 2 && t[start-2].sent == t[i].sent &&
			!determiners[t[start-2].lower()] && !t[start-2].possessive() && !ownerWords[t[start-2].lower()] && t[start-2].kind == tWord {
			break // "on Tuesday directed chief minister NAME": a verb, not the role
		}
		if prev.isCap() && partyAdjectives[prev.base()] && info.affil == "" {
			// "Conservative housing critic NAME", "Liberal Democrat group
			// leader NAME": a party's member.
			a := start - 1
			for a > 0 && start-a < 3 && t[a-1].isCap() && t[a-1].sent == t[i].sent && partyAdjectives[t[a-1].base()] {
				a--
			}
			if prev.base() == "Opposition" && start == end && t[end].lower() == "leader" {
				start-- // "Opposition leader NAME": a title of its own, in the country
				break
			}
			info.affil = d.runText(run{p, a, start})
			break
		}
		if prev.isCap() {
			pl, isPlace := d.placeOf(&prev)
			// "North Korean": a two-word place read from its first word.
			if start-2 >= 0 && t[start-2].isCap() {
				if pl2, ok := d.lx.places[strings.ToLower(t[start-2].text+" "+prev.base())]; ok {
					pl, isPlace = pl2, true
					if info.affil != "" && class == "official" {
						info.affil = ""
					}
				} else if b := t[start-2]; isPlace && info.affil == "" && class != "kin" && b.sent == t[i].sent && !b.possessive() && !determiners[b.lower()] && !functionWords[b.lower()] &&
					!d.isPlaceTok(b) && !partyAdjectives[b.base()] && !titleModifiers[b.lower()] && !d.lx.titles[b.lowBase()] && d.roleOf(&b) == "" && !d.givenName(&b) {
					// "Environment Victoria chief executive NAME", "Sport
					// England chair NAME": a body named for its place.
					a := start - 2
					for a > 0 && start-a < 4 && t[a-1].isCap() && t[a-1].sent == t[i].sent && !t[a-1].possessive() && !functionWords[t[a-1].lower()] {
						a--
					}
					info.affil = d.runText(run{p, a, start})
					break
				}
			}
			if !isPlace && !d.lx.titles[lw] && d.lx.roles[lw] == "" && !t[start].isCap() {
				// "Shiv Sena corporator NAME", "Hamas official NAME": a
				// body no lexicon knows, named before an official's role.
				os := start - 1
				for os > 0 && start-os < 3 && t[os-1].isCap() && t[os-1].sent == t[i].sent && !t[os-1].possessive() && !d.isCommon(&t[os-1]) {
					os--
				}
				if os > 0 && t[os-1].possessive() && t[os-1].isCap() && t[os-1].sent == t[i].sent {
					start = os // "The International Crisis Group's Sahel analyst": the owner is before
					continue
				}
				if os < start-1 && t[os].lower() == "former" {
					os++ // "Former Wallabies captain NAME": the side, not "Former Wallabies"
				}
				if os > 0 && t[os-1].lower() == "its" && t[os-1].sent == t[i].sent {
					// "Its Victorian secretary, NAME": where the body's
					// branch is, part of the role; the body is the one "its"
					// stands for.
					info.affil, start = d.itsOrg(p, os-1), os
					break
				}
				opens := os == pa.tokSent[t[i].sent]
				if lw := t[os].lower(); opens && start-os == 1 && !d.isPlaceTok(t[os]) && !innerCapital(t[os].text) && d.orgWithWord(d.src(p, os, start), t[os].lowBase()) == "" &&
					(adjectiveEnding(lw) || strings.HasSuffix(lw, "ing") || portfolioWords[lw]) {
					// "Constitutional lawyer NAME", "Presiding judge NAME",
					// "Border security minister NAME" opening a sentence: the
					// role's own word, in lower case as inside a sentence.
					start, lowerFirst = os, true
					break
				}
				// A firm's officer too ("Royal Mail chief executive NAME"),
				// unless the name runs on before ("Chamber of Commerce and
				// Industry chief executive NAME").
				// So is a firm's manager or analyst ("Woolworths supply chain
				// director NAME", "Citi analyst NAME").
				firms := (companyRoles[pa.text[t[start].start:t[end].end]] || firmRoleHeads[t[end].lowBase()] && !t[end].isCap() && start-os == 1 && (d.nameAlone(t[os].base()) || d.firmWord(t[os])) &&
					(opens || t[os-1].kind != tWord || d.isSpeech(t, os-1))) &&
					!(os > 0 && connectors[t[os-1].lower()])
				switch {
				case info.affil != "" || class != "official" && !firms || d.givenName(&t[os]) || d.isCommon(&t[os]):
				case opens && start-os == 1 && !isAcronym(t[os].base()):
					// "Municipal commissioner NAME" opening a sentence: a
					// word of the role, or of a body named before.
					info.affil = d.orgWithWord(d.src(p, os, start), t[os].lowBase())

					if info.affil == "" && (innerCapital(t[os].base()) || !adjectiveEnding(t[os].lower()) && !strings.HasSuffix(t[os].lower(), "ing") && !d.lx.common[t[os].base()] && d.roleOf(&t[os]) == "" && !portfolioWords[t[os].lower()] && !genericBodies[t[os].lower()]) {
						info.affil = t[os].base() // "Airbnb spokesman NAME", "VRFish chief executive NAME"
					}
				default:
					info.affil = d.runText(run{p, os, start})
				}
				break
			}
			if isPlace && info.affil == "" && (class == "official" || pl.kind == "country" && (class == "other" || class == "public" || class == "performer")) {
				// "Zimbabwe President NAME"; "Fiji coach NAME".
				info.affil = pl.country
				if pl.country == "" {
					info.affil = pl.name
				}
			}
		}
		start--
	}
	// "In general, Google ...": a role after a preposition is an adverbial;
	// but not "led by materials scientist NAME".
	// Nor "according to department spokesperson NAME".
	if start > 0 && t[start-1].sent == t[i].sent && rolePreps[t[start-1].lower()] && !(t[start-1].lower() == "by" && end > start) &&
		!(start >= 2 && t[start-1].lower() == "to" && t[start-2].lower() == "according") ||
		weight == 5 && start > 2 && (t[start-1].lower() == "a" || t[start-1].lower() == "an") && t[start-2].lower() == "by" && t[start-2].sent == t[i].sent && !leadVerbs[t[start-3].lower()] {
		// "shared by an aide, NAME insisted", but "led by a junior officer, Lt NAME"
		return roleInfo{}, false
	}
	info.role = pa.text[t[start].start:t[end].end]
	if lowerFirst {
		info.role = strings.ToLower(info.role[:1]) + info.role[1:]
	}
	if info.affil == "" && complement.j > complement.i {
		info.affil = d.affilName(complement)
	}
	if info.class != "expert" && d.roleClass(info.role) == "expert" {
		info.class = "expert" // "CoreLogic research director NAME": the role's words say more than its head
	}
	return info, true
}

// ownedTitle reports a capitalised role noun at x that "the" or a
// country's possessive opens, past a few capitalised words: "The Programme
// Officer of Media Rights Agenda, NAME", "Iceland's Minister of Social
// Affairs, NAME".
// It returns the title's first word, or -1.
func (d *doc) ownedTitle(t []token, x int) int {
	for q := x - 1; q >= 0 && x-q <= 4 && t[q].sent == t[x].sent; q-- {
		if t[q].lower() == "the" || t[q].possessive() && d.isPlaceTok(t[q]) {
			return q + 1
		}
		if t[q].kind != tWord || !t[q].isCap() || t[q].possessive() {
			return -1
		}
	}
	return -1
}

// innerCapital reports a capital after a word's first letter: "VRFish",
// "eBay" are names, whatever their endings.
func innerCapital(w string) bool {
	for k, r := range w {
		if k > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// itsOrg is the organisation that "its" at token i of paragraph p stands
// for: the subject of the sentence before, when an organisation is named
// there ("Forum Civil, the Senegalese branch of Transparency International,
// welcomed the vote. Its coordinator") or described ("The rail operator has
// offered… Its head of personnel"); else the one named last.
func (d *doc) itsOrg(p, i int) string {
	at := d.src(p, i, i+1)
	any := func(*org, Source) bool { return true }
	t := d.paras[p].toks
	s := t[i].sent
	if i != d.paras[p].tokSent[s] {
		return d.orgBefore(at, any) // "The party and its partner"
	}
	// The sentence before: in this paragraph, or the last of the one before.
	q, a, b := p, 0, 0
	switch {
	case s > 0:
		a, b = d.paras[p].tokSent[s-1], d.paras[p].tokSent[s]
	case p > 0 && len(d.paras[p-1].sents) > 0:
		q = p - 1
		n := len(d.paras[q].sents)
		a, b = d.paras[q].tokSent[n-1], d.paras[q].tokSent[n]
	default:
		return d.orgBefore(at, any)
	}
	pt := d.paras[q].toks
	for a < b && pt[a].kind == tPunct {
		a++ // an opening quotation mark
	}
	if a >= b {
		return d.orgBefore(at, any)
	}
	subject := min(a+1, b-1) // the name starts the sentence, after "The" at most
	for _, o := range d.orgs {
		for _, m := range o.mentions {
			if m.Paragraph == q && m.Start >= pt[a].start && m.Start <= pt[subject].start {
				return o.name
			}
		}
	}
	if determiners[pt[a].lower()] {
		for m := a + 1; m < b && m <= a+3 && pt[m].kind == tWord && !pt[m].isCap(); m++ {
			if kind, ok := bodyNouns[pt[m].lowBase()]; ok {
				// "The party took 24.5%, ahead of A and B. Its leader": the
				// party the story is about, not the one named last.
				if kind != "" {
					if o := d.ownerBefore(at, pt[m].lowBase(), kind); o != "" {
						return o
					}
				}
				if o := d.orgBefore(at, func(o *org, _ Source) bool { return kind == "" || o.kind == kind }); o != "" {
					return o
				}
				break
			}
		}
	}
	return d.orgBefore(at, any)
}

func (d *doc) lastPersonBefore(p, off int) string {
	var best *person
	var bs Source
	at := Source{Paragraph: p, Start: off}
	for _, pp := range d.people {
		for _, m := range pp.mentions {
			if srcLess(m, at) && (best == nil || srcLess(bs, m)) && at.Paragraph-m.Paragraph <= 1 {
				best, bs = pp, m
			}
		}
	}
	if best == nil {
		return ""
	}
	return best.name
}

// clausePreps after an agentive verb say with whom or where, not what.
var clausePreps = set("with", "under", "alongside", "in", "at", "for", "from", "on", "abroad", "there", "here")

// unitNouns name a police or an army unit after its name: "the Purana
// taskforce".
var unitNouns = set("taskforce", "squad", "unit", "brigade", "battalion", "regiment", "command")

// placeWhere reports "at a market", "in a village": where someone works,
// which is no part of the role.
func placeWhere(t []token, k int) bool {
	w := t[k].lower()
	return (w == "at" || w == "in" || w == "on") && k+1 < len(t) && (t[k+1].lower() == "a" || t[k+1].lower() == "an")
}

// studyNouns are work a researcher leads: "who led the study".
var studyNouns = set("study", "research", "survey", "trial", "review", "analysis", "experiment", "project", "team")

// placePreps come before a place's name.
var placePreps = set("in", "at", "near", "from", "outside")

// parentClause reads "NAME, whose two children attend one of the
// schools", "NAME, whose son is in Grade 2": a pupil's parent.
func (d *doc) parentClause(r run) (roleInfo, bool) {
	t := d.paras[r.p].toks
	k := r.j
	if k < len(t) && t[k].kind == tNum {
		k++ // (no age: "NAME, 41, whose son" has its comma after the age)
	}
	if k+3 >= len(t) || t[k].text != "," || t[k+1].lower() != "whose" || t[k+1].sent != t[r.i].sent {
		return roleInfo{}, false
	}
	k += 2
	for k < len(t) && k <= r.j+4 && !childNouns[t[k].lower()] && (t[k].kind == tWord && !t[k].isCap() || t[k].kind == tNum) {
		k++ // "two", "young", "teenage"
	}
	if k+1 >= len(t) || !childNouns[t[k].lower()] {
		return roleInfo{}, false
	}
	switch v, next := t[k+1].lower(), t[min(k+2, len(t)-1)].lower(); {
	case v == "attend" || v == "attends" || v == "attended" || v == "starts" || v == "started":
	case (v == "is" || v == "are" || v == "was" || v == "were") && (next == "in" || next == "a" || next == "an" || next == "at") && k+3 < len(t) && schoolWords(t[k+3:min(len(t), k+8)]):
	case (v == "go" || v == "goes" || v == "went") && next == "to":
	default:
		return roleInfo{}, false
	}
	return roleInfo{kinAt: -1, role: "parent", class: "public", weight: 1}, true
}

// childNouns are a parent's children.
var childNouns = set("son", "sons", "daughter", "daughters", "child", "children", "kids", "twins")

// schoolWords reports a school's or a school year's word among ts: "in
// Grade 2", "in fourth grade", "a sophomore", "in Year 11", "at a
// primary school".
func schoolWords(ts []token) bool {
	for _, t := range ts {
		switch t.lower() {
		case "grade", "year", "class", "form", "school", "sophomore", "freshman", "junior", "senior", "pupil", "student", "kindergarten", "nursery", "primary", "secondary", "p1", "p2", "p3", "p4", "p5", "p6", "p7":
			return true
		}
	}
	return false
}

// withField completes a scholar's post with the field a who-clause's role
// names: "professor" and "researcher of supply chains" (who studies them)
// or "teacher of political science" (who teaches it) make a professor of
// the field; any other post stays as it is.
func withField(post, clause string) string {
	if !scholarRoles[strings.ToLower(post)] {
		return post
	}
	for _, p := range [...]string{"researcher of ", "teacher of "} {
		if f, ok := strings.CutPrefix(clause, p); ok {
			return post + " of " + f
		}
	}
	return post
}

// whoAdverbs stand between "who" and its verb.
var whoAdverbs = set("now", "also", "currently", "still", "previously", "formerly")

// whoClause reads "NAME, who advises the Attorney-General on crime": a
// role from an agentive verb and its object.
func (d *doc) whoClause(r run) (roleInfo, bool) {
	pa := &d.paras[r.p]
	t := pa.toks
	j := r.j
	if r.j-r.i == 1 && r.i > 0 && placePreps[t[r.i-1].lower()] {
		// "the court in Cleveland, who oversees…": the clause is of the
		// person before the place.
		return roleInfo{}, false
	}
	if j < len(t) && afterName(t[j]) {
		j++ // "NAME KC, who…"
	}
	v := j + 1 // the verb, past an adverb: "who now commentates"
	if j < len(t) && r.j-r.i >= 2 && t[j].sent == t[r.i].sent && strings.HasSuffix(t[j].lower(), "s") && d.lx.agentive[t[j].lower()][0] != "" {
		// "Mercy Achieng studies food security at the University of
		// Nairobi": the plain style says it with no "who", after a full
		// name (not "Consumer advocates").
		v = j
	} else {
		if j < len(t) && t[j].text != "," {
			return roleInfo{}, false
		}
		// "NAME, who advises…", or after an appositive: "NAME, a former
		// champion who now commentates for…".
		for j < len(t) && j < r.j+16 && t[j].sent == t[r.i].sent && t[j].lower() != "who" && t[j].text != "“" && t[j].text != "\"" && !t[j].is(wSpeech) {
			j++
		}
		if j >= len(t) || t[j].lower() != "who" || t[j].sent != t[r.i].sent {
			return roleInfo{}, false
		}
		v = j + 1
	}
	for v < len(t) && whoAdverbs[t[v].lower()] {
		v++
	}
	if v+1 >= len(t) {
		return roleInfo{}, false
	}
	if w := t[v].lower(); w == "is" || w == "was" {
		// "NAME, a former CIA officer who is now a senior fellow at the
		// Center for a New American Security": what the person is.
		return d.appositive(run{r.p, r.i, v})
	}
	if w := t[v].lower(); (w == "has" || w == "had") && v+2 < len(t) && t[v+1].lower() == "been" && (t[v+2].lower() == "a" || t[v+2].lower() == "an") {
		// "NAME, who has been a line judge at the Championships for 22
		// years": what the person has been, and still is, which yields to
		// a title the text gives elsewhere.
		info, ok := d.appositive(run{r.p, r.i, v + 1})
		info.weight = min(info.weight, 2)
		return info, ok
	}
	if w := t[v].lower(); (w == "has" || w == "had") && v+2 < len(t) && t[v+1].lower() == "been" && (t[v+2].lower() == "appointed" || t[v+2].lower() == "named" || t[v+2].lower() == "elected") {
		return d.appositive(run{r.p, r.i, v + 1}) // "NAME, who has been appointed turnaround director at X": the office taken
	}
	if info, ok := d.worksFor(r.p, v); ok {
		return info, true // "NAME, who works for the Port Harcourt-based X,"
	}
	if info, ok := workplaceRole(t, v); ok {
		return info, true // "NAME, 47, who works at a packaging factory"
	}
	ag, ok := d.lx.agentive[t[v].lower()]
	if !ok {
		return roleInfo{}, false
	}
	s := v + 1
	if t[s].lower() == ag[1] && s+1 < len(t) {
		s++ // "who specialises in": the preposition is written
	} else if clausePreps[t[s].lower()] {
		return roleInfo{}, false // "who studied with her in the 1980s": no field of study
	}
	if t[s].lower() == "the" {
		s++
	}
	if s >= len(t) {
		return roleInfo{}, false // "NAME, who chairs the" ending a cut paragraph
	}
	owner := ""
	if kind, ok := bodyNouns[t[s].lowBase()]; ok && t[s].possessive() && !t[s].isCap() && s+1 < len(t) {
		// "who heads the group's Middle East program": the group named
		// before.
		owner = d.ownerBefore(d.src(r.p, s, s+1), t[s].lowBase(), kind)
		s++
	}
	e := s
	for e < len(t) && (t[e].kind != tPunct || e > s && (t[e].text == "'" || t[e].text == "’") && t[e-1].end == t[e].start && strings.HasSuffix(t[e-1].text, "s") && e+1 < len(t) && t[e+1].kind == tWord) && t[e].sent == t[r.i].sent && e-s < 10 && !clauseBreak(t[e]) &&
		(t[e].lower() != "and" || e > s && t[e-1].isCap() && e+1 < len(t) && t[e+1].isCap() || e > s && atBodyAhead(t, e+1)) && // "the Europe and Central Asia desk", "the agriculture and food programme at X"
		!(e > s && placeWhere(t, e)) {
		e++
	}
	if e <= s {
		return roleInfo{}, false
	}
	// "who studies adolescent development at Stanford University": the
	// body after "at" is the affiliation, not part of the role.
	oe := e
	for k := s + 1; k+1 < e; k++ {
		if t[k].lower() == "at" && (t[k+1].isCap() || t[k+1].lower() == "the" && k+2 < e && t[k+2].isCap()) {
			oe = k
			break
		}
	}
	prep := ag[1]
	if oe < e && prep == "at" && !t[s].isCap() {
		prep = "of" // "who teaches securities regulation at Fordham": a teacher of the subject
	}
	role := ag[0] + " " + prep + " " + pa.text[t[s].start:t[oe-1].end]
	if prep == "" {
		role = ag[0] // "who farms two hectares near Mwingi": a farmer, whatever the land
	}
	info := roleInfo{kinAt: -1, role: role, class: d.roleClass(ag[0] + " " + prep), weight: 4}
	if (ag[0] == "head" || ag[0] == "owner") && (t[v].lower() == "runs" || t[v].lower() == "owns") && (t[v+1].lower() == "a" || t[v+1].lower() == "an" || t[v+1].kind == tNum && len(t[v+1].text) == 1 || smallNumbers[t[v+1].lower()] > 1) {
		// "NAME, 58, who runs a travel agency in Corio", "who runs two
		// holiday cottages": the owner of a small business, a voice of
		// the public (not "who runs the National Theatre").
		info.role, info.class = "owner of "+pa.text[t[v+1].start:t[oe-1].end], "public"
	} else if ag[0] == "head" && d.roleClass(role) == "expert" {
		info.class = "expert" // "who heads U.S. polling at X", "who heads research at Y"
	}
	if ag[0] == "leader" && studyNouns[t[oe-1].lowBase()] {
		// "who led the study": its lead researcher.
		info.class = "expert"
	}
	// The body the clause names last is the affiliation: "who chairs the
	// European Parliament's trade committee", "who leads the network GLAMOS".
	for b := e - 1; b >= s && owner == ""; b-- {
		if t[b].isCap() {
			a := b
			for a > s && t[a-1].isCap() {
				a--
			}
			// "who heads Oxfam's programmes", "who chairs Unison's Tayside
			// branch": the owner is the body.
			for q := a; q < b; q++ {
				if t[q].possessive() {
					b = q
					break
				}
			}
			body := run{r.p, a, b + 1}
			if d.isPlaceRun(body) && a-2 >= s && t[a-1].lower() == "of" && t[a-2].isCap() {
				// "who heads the National Churches Fellowship of Nepal": the
				// place ends the body's name.
				a -= 2
				for a > s && t[a-1].isCap() {
					a--
				}
				body = run{r.p, a, b + 1}
			} else if d.isPlaceRun(body) && a > s {
				// "who heads Oxfam's programs in Zimbabwe": where, not whose.
				b = a
				continue
			}
			// Only a body: not "who advised Attorney-General George
			// Brandis"; but what a person heads, chairs or runs is one.
			if o := d.orgEndingAt(r.p, t[b].end-(len(t[b].text)-len(t[b].base()))); o != "" && len(o) > len(d.runText(body)) {
				info.affil = o // "the Citizens' Nuclear Information Center": the whole name
			} else if d.orgKind(body) != "" || d.knownEntity(body) || d.orgNamed(d.runText(body)) != "" || a == b && len(t[a].base()) >= 2 && t[a].base() == strings.ToUpper(t[a].base()) ||
				headVerbs[t[v].lower()] && b > a && !d.isPlaceRun(body) {
				info.affil = d.affilName(body)
			}
			break
		}
	}
	if info.affil == "" && headVerbs[t[v].lower()] {
		// "who heads a Matsuyama-based citizens' ombudsman group": a body
		// described, not named.
		if kind, ok := describedKind(t, oe-1); ok && (kind == "ngo" || kind == "think-tank") {
			a := s
			for a < oe-1 && (determiners[t[a].lower()] || placeModifier(&t[a])) {
				a++
			}
			info.affil, info.class = pa.text[t[a].start:t[oe-1].end], "expert"
		}
	}
	if info.affil == "" && owner != "" {
		info.affil = owner
	}
	if headVerbs[t[v].lower()] && info.affil != "" && info.affil == d.affilName(run{r.p, s, oe}) {
		// "NAME leads the Pakistan Coalition for Education": its leader,
		// the body named once.
		info.role = ag[0]
	}
	if oe < e {
		// "at Fordham University School of Law": the whole name after "at".
		if a := d.affilPhrase(r.p, oe+1); a != "" {
			info.affil = a
		}
	}
	// "who leads GLAMOS and is the study's lead author": the role named
	// after "and is" says more of what the person is.
	if e+2 < len(t) && t[e].lower() == "and" && t[e+1].lower() == "is" {
		f := e + 2
		for f < len(t) && t[f].kind == tWord && t[f].sent == t[r.i].sent && f-e < 8 {
			f++
		}
		if f > e+2 && d.roleClass(pa.text[t[e+2].start:t[f-1].end]) == "expert" {
			info.class = "expert"
		}
	}
	return info, true
}

// genericBodies name a level of government, not a body: "State premier
// NAME" opening a sentence.
var genericBodies = set("state", "federal", "national", "provincial", "regional", "county", "city", "town", "district", "local", "government", "party", "union", "army", "police")

// edModifiers are participles that describe an office holder: "retired
// general NAME", "ousted president NAME".
var edModifiers = set("retired", "elected", "appointed", "designated", "unelected", "embattled", "disgraced", "jailed", "ousted", "exiled",
	"detained", "sacked", "suspended", "impeached", "deposed", "celebrated", "respected", "renowned", "acclaimed", "decorated", "qualified",
	"licensed", "certified", "registered", "trained", "experienced", "seasoned", "self-styled", "newly-appointed", "newly-elected", "re-elected",
	"assassinated", "murdered", "slain", "detained", "imprisoned", "convicted", "accused", "alleged", "named", "unnamed", "acting")

// isKnownPersonRun reports a run that names a person found so far.
func (d *doc) isKnownPersonRun(r run) bool {
	key := nameKey(d.runText(r))
	for _, p := range d.people {
		for k := range p.key {
			if sameKey(key, p.key[k:]) || len(key) == 1 && p.key[k] == key[0] {
				return true // the whole name, its end, or one of its words
			}
		}
	}
	return false
}

// headVerbs say that a person heads what they are the object of.
var headVerbs = set("heads", "headed", "leads", "led", "chairs", "chaired", "runs", "ran", "directs", "directed", "founded", "manages", "managed")

// isRoleWord reports a role noun of the lexicon other than an honorific or
// kin.
func (d *doc) isRoleWord(t token) bool {
	c := d.roleOf(&t)
	return c != "" && c != "honorific" && c != "kin"
}

// atBodyAhead reports "at" and a capitalised name within a few words from
// token k, before any punctuation: "… and food programme at the X".
func atBodyAhead(t []token, k int) bool {
	for m := k; m < len(t) && m < k+5 && t[m].kind == tWord && t[m].sent == t[k-1].sent; m++ {
		if t[m].lower() == "at" {
			return m+1 < len(t) && (t[m+1].isCap() || t[m+1].lower() == "the" && m+2 < len(t) && t[m+2].isCap())
		}
		if t[m].isCap() || t[m].is(wSpeech) {
			return false
		}
	}
	return false
}

// isPlaceRun reports a run that names a place and no body.
func (d *doc) isPlaceRun(r run) bool {
	k := d.runLower(r)
	_, place := d.lx.places[k]
	_, org := d.lx.orgs[k]
	return place && !org
}

// parentWords say how many children someone has: "a mother of three".
var parentWords = set("mother", "father", "grandmother", "grandfather", "parent")

// nextSentenceRole reads "She is a professor at X" in the sentence after
// one that opens with the name: the plain style's way of saying who
// someone is ("Ingrid Solheim led the study. She is a professor of
// psychology at the University of Bergen.").
func (d *doc) nextSentenceRole(r run) (roleInfo, bool) {
	pa := &d.paras[r.p]
	t := pa.toks
	if pa.tokSent[t[r.i].sent] != r.i {
		return roleInfo{}, false
	}
	k := r.j
	for k < len(t) && t[k].sent == t[r.i].sent {
		k++
	}
	if k+2 >= len(t) || t[k].lower() != "she" && t[k].lower() != "he" {
		return roleInfo{}, false
	}
	if t[k+1].lower() != "is" && t[k+1].lower() != "was" {
		return workplaceRole(t, k+1) // "He has worked at the port for 15 years."
	}
	return d.appositive(run{r.p, k, k + 1})
}

// workplaceRole reads "works at a clothing factory", "has worked at the
// port" from token v: a worker of the place.
func workplaceRole(t []token, v int) (roleInfo, bool) {
	if v+1 < len(t) && (t[v].lower() == "has" || t[v].lower() == "had") {
		v++
	}
	if v+3 >= len(t) || t[v].lower() != "works" && t[v].lower() != "worked" || t[v+1].lower() != "at" && t[v+1].lower() != "in" || t[v+2].lower() != "the" && t[v+2].lower() != "a" {
		return roleInfo{}, false
	}
	s := v + 3
	e := s
	for e < len(t) && e < s+3 && t[e].kind == tWord && !t[e].isCap() && t[e].sent == t[v].sent && !workplaces[t[e].text] {
		e++
	}
	if e >= len(t) || !workplaces[t[e].text] || t[e].sent != t[v].sent || e+1 < len(t) && t[e+1].kind == tWord && !placeFollowers[t[e+1].text] && t[e+1].lower() != "for" {
		return roleInfo{}, false
	}
	var words []string
	for _, x := range t[s : e+1] {
		words = append(words, x.text)
	}
	return roleInfo{kinAt: -1, role: strings.Join(words, " ") + " worker", class: "public", weight: 1}, true
}

// workplaces are where a worker works: "a port worker", "a factory
// worker".
var workplaces = set("port", "docks", "factory", "mine", "hospital", "farm", "warehouse", "plant", "mill", "market", "restaurant", "hotel", "shop", "store", "bakery", "clinic", "supermarket", "garage", "quarry", "shipyard", "sawmill", "refinery", "cannery", "plantation")

// appositive reads ", a professor at X" or ", editor-in-chief of X" after a name.
func (d *doc) appositive(r run) (roleInfo, bool) {
	info, ok := d.appositiveAt(r, -1)
	if ok && former(info.role) {
		// "NAME, a former air force procurement officer and now a fellow
		// at the Canadian Global Affairs Institute,": what the person is
		// now.
		t := d.paras[r.p].toks
		for k := r.j + 1; k+3 < len(t) && k < r.j+14 && t[k].sent == t[r.i].sent; k++ {
			if (t[k].lower() == "and" || t[k].text == ",") && t[k+1].lower() == "now" && (t[k+2].lower() == "a" || t[k+2].lower() == "an") {
				if now, ok := d.appositiveAt(r, k+2); ok && now.role != "" {
					return now, true
				}
				break
			}
		}
	}
	return info, ok
}

// skipGloss is the token after a name written again in its own script,
// in brackets at k ("Chen Yi-ting (陳怡婷)"), or k when there is none.
func skipGloss(t []token, k int) int {
	if k >= len(t) || t[k].text != "(" {
		return k
	}
	for e := k + 1; e < len(t) && e < k+5 && t[e].sent == t[k].sent; e++ {
		if t[e].text == ")" {
			if e == k+1 {
				return k
			}
			return e + 1
		}
		if t[e].kind != tWord || !caseless(t[e].text) {
			return k
		}
	}
	return k
}

// ageAfter reports a person's age after a name at k, set off by commas or
// in brackets: "NAME, 52,", "NAME (52),".
func ageAfter(t []token, k int) bool {
	return k+2 < len(t) && t[k+1].kind == tNum && (t[k].text == "," && t[k+2].kind == tPunct || t[k].text == "(" && t[k+2].text == ")")
}

// bracketAge reports an age in brackets at k, then a comma: "NAME (71),".
func bracketAge(t []token, k int) bool {
	return k+3 < len(t) && t[k].text == "(" && t[k+1].kind == tNum && t[k+2].text == ")" && t[k+3].text == ","
}

// caseless reports a word of a script without capitals: Chinese,
// Japanese, Korean, Thai, Arabic.
func caseless(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r)
}

// leadAppositive reads a role that opens the sentence and is set off
// before the name: "An agricultural economist at Sokoine University of
// Agriculture, Dr Faraji Mushi, said…".
func (d *doc) leadAppositive(r run) (roleInfo, bool) {
	t := d.paras[r.p].toks
	b := r.i
	if hb := honorificAt(t, b); hb >= 0 {
		b = hb
	}
	s0 := d.paras[r.p].tokSent[t[r.i].sent]
	if s0+1 < r.i && (t[s0].text == "But" || t[s0].text == "And") {
		s0++ // "But the head of the observer mission, NAME, said"
	}
	if s0+4 < r.i && t[s0].text == "For" && possessivePronouns[t[s0+1].lower()] && t[s0+2].lower() == "part" && t[s0+3].text == "," {
		s0 += 4 // "For her part, the Executive Director of X, NAME, said"
	}
	// "Chairman of the Senate Committee on Finance, NAME, said": a role
	// and its body open the sentence.
	h := s0
	if t[h].lower() == "the" && h+1 < len(t) {
		h++ // "The Director of Research at the Centre for…, NAME, said"
	}
	if h+1 < len(t) && t[h].isCap() && t[h].is(wTitleQual) && d.isRoleWord(t[h+1]) {
		h++ // "The Executive Director of Access to Justice, Mrs NAME,"
	}
	if h+1 < len(t) && d.isRoleWord(t[h]) && t[h+1].text == "General" {
		h++ // "Deputy Director General of the Department of Roads, Mr NAME,"
	}
	// "Counsel assisting the commission, NAME,": a role and what it serves.
	serving := h+2 < len(t) && strings.HasSuffix(t[h+1].text, "ing") && !t[h+1].isCap()
	roleOf := (d.isRoleWord(t[h]) || t[h].text == "General") && h+2 < len(t) && (t[h+1].lower() == "of" || t[h+1].lower() == "for" || t[h+1].lower() == "in" || t[h+1].lower() == "at" || serving) &&
		d.titleAt(r.p, h, b) <= 1 && // nor "The Inspector-General of Police, NAME,"
		// a body with a name in it, which "The leader of the Labour group on
		// the council" has (but not "The chairman of the marketers, NAME,"
		// nor "The director of the ministry's Food Safety Division, NAME,",
		// which the appositive reads whole)
		(capIn(t, h+2, b-1) || serving) && !ownedBody(t, h+2, b-1)
	if b < s0+4 || t[b-1].text != "," || t[s0].lower() != "a" && t[s0].lower() != "an" && t[s0].lower() != "another" && !roleOf || r.j >= len(t) || t[r.j].text != "," && t[r.j].text != "(" || dateName(t[r.i]) {
		return roleInfo{}, false // and the name set off on both sides
	}
	for m := s0; m < b-1; m++ {
		if t[m].text == "," && m > s0 && d.isOrgWord(t[m-1]) && b-1-m <= 4 && capsEnd(t, m+1) == b-1 {
			break // "A labour law lecturer at Ahmadu Bello University, Zaria, NAME": where the body is
		}
		if t[m].text == "," && roleOf && m+1 < b-1 && t[m-1].isCap() && t[m+1].isCap() && portfolioEnd(t, m+1) >= b-1 {
			continue // "the Commissioner for Education, Science and Technology, NAME": a portfolio's list
		}
		if t[m].text == "," || t[m].kind == tWord && t[m].is(wSpeech) {
			return roleInfo{}, false
		}
	}
	return d.appositiveAt(r, s0)
}

// capIn reports whether t[i:j] holds a capitalised word.
func capIn(t []token, i, j int) bool {
	for ; i < j; i++ {
		if t[i].isCap() {
			return true
		}
	}
	return false
}

// ownedBody reports whether t[i:j] holds a possessive in lower case: "the
// ministry's Food Safety Division".
func ownedBody(t []token, i, j int) bool {
	for ; i < j; i++ {
		if t[i].possessive() && !t[i].isCap() {
			return true
		}
	}
	return false
}

// appositiveAt reads the role after r, or, when lead is a token's index,
// the one that opens the sentence there.
func (d *doc) appositiveAt(r run, lead int) (roleInfo, bool) {
	pa := &d.paras[r.p]
	t := pa.toks
	k := lead
	copula, agedBracket := false, false
	if lead < 0 {
		k = r.j
		if k < len(t) && afterName(t[k]) {
			k++ // "Julian Ashcombe KC, a barrister"
		}
		k = skipGloss(t, k) // "Chen Yi-ting (陳怡婷), a hydrologist"
		if bracketAge(t, k) {
			k += 3 // "Tom Gaffney (71), a retired farmer": the age in brackets
			agedBracket = true
		}
		if k+3 < len(t) && t[k].text == "," && t[k+1].isCap() && t[k+1].possessive() && d.roleOf(&t[k+2]) == "kin" && (t[k+3].text == "," || t[k+3].text == ".") {
			// "Denise Hollis, Terrence's mother, said": whose kin.
			return roleInfo{kinAt: -1, role: t[k+2].text + " of " + t[k+1].base(), class: "public", weight: 3}, true
		}
		// "Agnes Phiri is a climate researcher at the University of Zambia",
		// "NAME is the director of…": a plain style's way of saying the same
		// (but not "NAME is the first…").
		a := k + 1
		if a+1 < len(t) && (t[a].lower() == "now" || t[a].lower() == "currently") {
			a++ // "who is now a senior fellow at…"
		}
		if info, ok := d.worksFor(r.p, k); ok {
			return info, true // "Paul Dimon works for the aid group Save the Children", in the plain style
		}
		if k+3 < len(t) && t[k].text == "," && t[k+1].kind == tNum && t[k+2].text == "," {
			if info, ok := d.worksFor(r.p, k+3); ok {
				return info, true // "NAME, 52, has worked as a mechanic for X"
			}
		}
		isWas := k < len(t) && (t[k].lower() == "is" || t[k].lower() == "was" || t[k].lower() == "been" && k > 0 && (t[k-1].lower() == "has" || t[k-1].lower() == "had"))
		if isWas && a+2 < len(t) && t[a].lower() == "with" && (t[a+1].isCap() || t[a+1].lower() == "the" && t[a+2].isCap()) {
			// "Angela Quaye is with the Committee to Protect Journalists.": the
			// body the person works for, in the plain style.
			if org := d.affilPhrase(r.p, a+1); org != "" {
				return roleInfo{kinAt: -1, affil: org, weight: 3}, true
			}
		}
		copula = a+1 < len(t) && isWas &&
			(t[a].lower() == "a" || t[a].lower() == "an" || t[a].lower() == "the" && !rankWords[t[a+1].lower()] && !superlative(t[a+1]) ||
				d.roleThenBody(t, a) || // "NAME is director of the X", "NAME is secretary general of the X"
				t[a].isCap() && t[a].possessive() && (d.isPlaceTok(t[a]) || // "NAME is Cameroon's minister of communication"
					a+1 < len(t) && d.isRoleWord(t[a+1]) && !t[a+1].isCap())) // "NAME is LATRA's director of road transport"
		// "NAME was sworn in as president", "NAME was elected mayor": the
		// office taken.
		sworn := 0
		switch {
		case isWas && a+3 < len(t) && t[a].lower() == "sworn" && t[a+1].lower() == "in" && t[a+2].lower() == "as":
			sworn = a + 3
		case isWas && a+1 < len(t) && (t[a].lower() == "named" || t[a].lower() == "appointed" || t[a].lower() == "elected"):
			sworn = a + 1
			if t[sworn].lower() == "as" && sworn+1 < len(t) {
				sworn++
			}
		}
		if sworn > 0 && (d.isRoleWord(t[sworn]) && !t[sworn].isCap() || determiners[t[sworn].lower()] && sworn+1 < len(t) ||
			sworn+1 < len(t) && t[sworn].kind == tWord && !t[sworn].isCap() && d.isRoleWord(t[sworn+1]) && !t[sworn+1].isCap()) { // "appointed turnaround director"
			copula, k = true, sworn-1
		}
		if k >= len(t) || t[k].text != "," && !copula {
			return roleInfo{}, false
		}
		k++
	}
	if !copula && k+2 < len(t) && usParties[t[k].text[:1]] == t[k].text && t[k+1].lower() == "of" && t[k+2].isCap() && t[k+2].sent == t[r.i].sent {
		// "Representative NAME, Republican of Florida,": a member of
		// Congress's party.
		return roleInfo{kinAt: -1, affil: t[k].text, class: "official", weight: 3}, true
	}
	if !copula && k+2 < len(t) && (t[k].lower() == "a" || t[k].lower() == "an") && t[k+1].isCap() {
		// "Rep. NAME, a Lafayette Republican,": a place, then the party.
		e := k + 1
		for e < len(t) && e < k+5 && t[e].isCap() && t[e].sent == t[r.i].sent {
			e++
		}
		if last := t[e-1]; e > k+2 && usParties[last.text[:1]] == last.text && (e == len(t) || t[e].kind == tPunct || t[e].lower() == "who") {
			return roleInfo{kinAt: -1, affil: last.text, class: "official", weight: 3}, true
		}
	}
	agedComma := agedBracket
	if k+2 < len(t) && t[k].kind == tNum && t[k+1].text == "," && t[k+2].sent == t[r.i].sent {
		k += 2 // "Marcus Thibodeaux, 58, a shrimper": the age, then the role
		agedComma = true
	}
	if k+3 < len(t) && (t[k].lower() == "from" || t[k].lower() == "of") && t[k+1].isCap() {
		// "NAME, 52, from Pontypridd, the director of X,": where someone
		// lives, then the role; not a body the person is from.
		e := k + 1
		for e < len(t) && e < k+5 && t[e].isCap() && t[e].sent == t[r.i].sent {
			e++
		}
		if e+1 < len(t) && t[e].text == "," && determiners[t[e+1].lower()] && !d.orgWordIn(r.p, k+1, e) && d.orgNamed(d.runText(run{r.p, k + 1, e})) == "" {
			k = e + 1
		}
	}
	if k+1 < len(t) && (t[k].lower() == "now" || t[k].lower() == "currently") && (t[k+1].lower() == "a" || t[k+1].lower() == "an" || t[k+1].lower() == "the") {
		k++ // "NAME, now a BBC summariser,": what the person is now
	}
	// "Cengiz Ataman, one of Turkey's deputy prime ministers,": one of a
	// country's or a body's office holders.
	if k+3 < len(t) && t[k].lower() == "one" && t[k+1].lower() == "of" && t[k+2].isCap() {
		o := k + 2
		for o < len(t) && o < k+6 && t[o].isCap() && !t[o].possessive() {
			o++
		}
		if o < len(t) && t[o].isCap() && t[o].possessive() {
			e := o + 1
			for e < len(t) && e < o+5 && t[e].kind == tWord && !t[e].isCap() && t[e].sent == t[r.i].sent {
				e++
			}
			if e > o+1 {
				if one, ok := strings.CutSuffix(t[e-1].lower(), "s"); ok {
					if c := d.lx.roles[one]; c != "" && c != "honorific" && c != "kin" {
						role := strings.TrimSuffix(pa.text[t[o+1].start:t[e-1].end], "s")
						return roleInfo{kinAt: -1, role: role, class: d.roleClass(role), weight: 3, affil: d.affilName(run{r.p, k + 2, o + 1})}, true
					}
				}
			}
		}
	}
	// "Ewa Kubiak, one of its coordinators,": one of the office holders of
	// the body the sentence is about.
	if k+3 < len(t) && t[k].lower() == "one" && t[k+1].lower() == "of" && t[k+2].lower() == "its" {
		for e := k + 3; e < len(t) && e < k+6 && t[e].kind == tWord && !t[e].isCap() && t[e].sent == t[r.i].sent; e++ {
			one, ok := strings.CutSuffix(t[e].lower(), "s")
			if c := d.lx.roles[one]; ok && c != "" && c != "honorific" && c != "kin" && (e+1 == len(t) || t[e+1].kind == tPunct) {
				role := strings.TrimSuffix(pa.text[t[k+3].start:t[e].end], "s")
				return roleInfo{kinAt: -1, role: role, class: d.roleClass(role), weight: 3, affil: d.itsOrg(r.p, k+2)}, true
			}
		}
	}
	// "Lady Marlowe, one of the five justices,": one of a body's members.
	if k+3 < len(t) && t[k].lower() == "one" && t[k+1].lower() == "of" && t[k+2].lower() == "the" {
		m := k + 3
		if t[m].kind == tNum || d.lx.numbers[t[m].lower()].value > 0 {
			m++
		}
		// "one of the suspended MPs": a word or two before the office.
		for e := m; e < len(t) && e < m+2 && t[e].kind == tWord && !t[e].isCap() && e+1 < len(t) && t[e+1].kind == tWord; e++ {
			if one, ok := strings.CutSuffix(t[e+1].lower(), "s"); ok && d.lx.roles[one] != "" || legislators[strings.ToLower(strings.TrimSuffix(t[e+1].text, "s"))] {
				m = e + 1
				break
			}
		}
		if m < len(t) && t[m].sent == t[r.i].sent {
			// and "one of the founders of the movement": a role in a body
			// the text does not name.
			if one, ok := strings.CutSuffix(t[m].lower(), "s"); ok && m+1 < len(t) && (t[m+1].text == "," || t[m+1].kind == tPunct || t[m+1].lower() == "of" && m+2 < len(t) && !t[m+2].isCap()) {
				if c := d.lx.roles[one]; c != "" && c != "honorific" && c != "kin" {
					return roleInfo{kinAt: -1, role: strings.TrimSuffix(t[m].text, "s"), class: c, weight: 3}, true // "MPs": "MP"
				}
			}
		}
	}
	its := ""
	if k+1 < len(t) && (t[k].lower() == "its" || t[k].lower() == "their") && t[k+1].kind == tWord && !t[k+1].isCap() {
		// "Rebecca Hale QC, its chair,": the body the sentence is about.
		its = d.itsOrg(r.p, k)
		k++
	} else if k < len(t) && (t[k].lower() == "a" || t[k].lower() == "an" || t[k].lower() == "the") {
		k++
	}
	aged := false
	if k+1 < len(t) && strings.HasSuffix(t[k].lower(), "-year-old") && t[k+1].kind == tWord {
		k++ // "a 34-year-old cloth trader": the age, then the role
		aged = true
	}
	pw := k
	if pw+1 < len(t) && t[pw].kind == tWord && !t[pw].isCap() && parentWords[t[pw+1].lower()] {
		pw++ // "a single mother of two"
	}
	if pw+2 < len(t) && parentWords[t[pw].lower()] && t[pw+1].lower() == "of" && (t[pw+2].kind == tNum || d.lx.numbers[t[pw+2].lower()].value > 0) {
		// "Samira Qudah is a mother of five in east Amman": a voice from
		// the street.
		return roleInfo{kinAt: -1, role: pa.text[t[k].start:t[pw+2].end], class: "public", weight: 3}, true
	}
	start := k
	// "NASA's associate administrator", "the union's chairman": the owner
	// is the affiliation, not part of the role.
	owner := ""
	if k < len(t) && t[k].isCap() && t[k].sent == t[r.i].sent {
		// "a Republican People's Party (CHP) lawmaker,": a body whose name
		// holds a possessive, and its letters, before a role of one word.
		if o, end := d.orgStartingAt(r.p, t[k].start); end > t[k].end {
			e := k
			for e < len(t) && t[e].start < end {
				e++
			}
			inner := false // a possessive inside the name, which the loop below would take for its end, or the name's letters in brackets after it
			if e+3 < len(t) && bracketAcronym(t, e) {
				e += 3
				inner = true
			}
			for m := k; m < e-1; m++ {
				inner = inner || t[m].possessive() && t[m].end < end
			}
			// ("the Royal College of Nursing's director for England": a
			// name with "of" in it, which the loop below would cut.)
			owned := t[e-1].possessive()
			if (inner && e+1 < len(t) && (t[e+1].kind == tPunct || t[e+1].lower() == "and" || t[e+1].lower() == "who" || t[e+1].lower() == "on") || owned) &&
				e < len(t) && t[e].kind == tWord && !t[e].isCap() && d.isRoleWord(t[e]) {
				owner, k, start = o, e, e
			}
		}
	}
	for m := k; owner == "" && m < len(t) && m < k+4 && t[m].sent == t[r.i].sent && t[m].kind == tWord; m++ {
		if t[m].isCap() && m+2 < len(t) && (t[m+1].text == "'" || t[m+1].text == "’") && t[m].end == t[m+1].start && strings.HasSuffix(t[m].text, "s") {
			// "the Greens' spokeswoman on digital rights": a plural owner.
			owner = d.affilName(run{r.p, k, m + 1})
			if o := d.orgEndingAt(r.p, t[m].end); o != "" {
				owner = o
			}
			k, start = m+2, m+2
			break
		}
		if !t[m].possessive() {
			// ("the health board's medical director": a body's noun with
			// a word before it)
			if !t[m].isCap() && !(m == k && m+1 < len(t) && t[m+1].possessive() && !t[m+1].isCap() && isBodyNoun(t[m+1].lowBase())) {
				break
			}
			continue
		}
		if kind, ok := bodyNouns[t[m].lowBase()]; ok && !t[m].isCap() && (m == k || m == k+1 && !t[k].isCap()) {
			owner = d.ownerBefore(d.src(r.p, m, m+1), t[m].lowBase(), kind)
		} else if pk, ok := placeNouns[t[m].lowBase()]; ok && !t[m].isCap() && m == k {
			owner = d.placeNamedMost(pk, d.src(r.p, m, m+1)) // "NAME is the city's director of environment"
			if owner == "" {
				break
			}
		} else if t[m].isCap() {
			owner = d.affilName(run{r.p, k, m + 1})
		} else {
			break
		}
		k, start = m+1, m+1
		break
	}
	head := -1
	for m := k; m < len(t) && m < k+6 && t[m].sent == t[r.i].sent && (t[m].kind == tWord || pluralMark(t, m) && m > k && !t[m-1].isCap()); m++ {
		if t[m].kind != tWord {
			continue // "a workers' compensation researcher"
		}
		lw := t[m].lowBase()
		if m == k && head < 0 && strings.HasSuffix(lw, "ed") && m+1 < len(t) && t[m+1].kind == tWord && !t[m+1].isCap() && pluralLike(t[m+1].lower()) &&
			!(m > 0 && (determiners[t[m-1].lower()] || aged)) {
			break // "NAME, accused ministers of…": a verb and its object, no role (but "a retired bus driver")
		}
		if c := d.lx.roles[lw]; c != "" && c != "honorific" && c != "kin" || lw == "partner" && m+1 < len(t) && (t[m+1].lower() == "at" || t[m+1].lower() == "in") {
			head = m // and "a partner at the venture firm X", a firm's partner
			continue
		}
		// "deputy chief UK economist": a place inside the role.
		if head >= 0 && m+1 < len(t) && (d.isPlaceTok(t[m]) || isAcronym(t[m].base())) && !t[m].possessive() && t[m+1].kind == tWord {
			if c := d.roleOf(&t[m+1]); c != "" && c != "honorific" && c != "kin" {
				continue
			}
		}
		// "a senior Horn of Africa analyst", "a Horn of Africa analyst": a
		// place of several words.
		if t[m].isCap() {
			if e := d.placeRunAt(r.p, m); e > m+1 && e < len(t) && t[e].kind == tWord && !t[e].isCap() {
				if c := d.roleOf(&t[e]); c != "" && c != "honorific" && c != "kin" {
					m = e - 1
					continue
				}
			}
		}
		// "the Work and Pensions Secretary": a portfolio of two.
		if head < 0 && lw == "and" && m > k && m+1 < len(t) && t[m-1].is(wPortfolio) && t[m+1].is(wPortfolio) && t[m-1].isCap() == t[m+1].isCap() {
			continue
		}
		// "a child and adolescent psychiatrist": two fields of one trade;
		// "a property and casualty insurance analyst": of its field (not
		// "Federal, state and territory education ministers", a list).
		if head < 0 && lw == "and" && m > k && m+2 < len(t) && !t[m-1].isCap() && t[m+1].kind == tWord && !t[m+1].isCap() && !roleStop[t[m+1].lower()] {
			if c := d.roleOf(&t[m+2]); c != "" && c != "honorific" && c != "kin" && !t[m+2].isCap() {
				continue
			}
			if m+3 < len(t) && m >= 2 && t[m-2].text != "," && t[m+2].kind == tWord && !t[m+2].isCap() && !roleStop[t[m+2].lower()] && d.roleOf(&t[m+2]) == "" {
				if c := d.roleOf(&t[m+3]); c != "" && c != "honorific" && c != "kin" && !t[m+3].isCap() {
					continue
				}
			}
		}
		// "the chair and chief executive of X", "a consultant psychiatrist
		// and honorary senior lecturer at X": two offices.
		if head >= 0 && lw == "and" && m+2 < len(t) && !t[m+1].isCap() && (d.isRoleWord(t[m+1]) || d.isRoleWord(t[m+2]) && !t[m+2].isCap()) {
			continue
		}
		if head >= 0 && lw == "and" && m+3 < len(t) && t[m+1].kind == tWord && !t[m+1].isCap() && !roleStop[t[m+1].lower()] &&
			t[m+2].kind == tWord && !t[m+2].isCap() && !roleStop[t[m+2].lower()] && d.isRoleWord(t[m+3]) && !t[m+3].isCap() {
			m += 2 // "a consultant psychiatrist and honorary senior lecturer at X"
			continue
		}
		// "a former minister and Tory MP": a seat, and the party's.
		if head >= 0 && lw == "and" && m+2 < len(t) && partyAdjectives[t[m+1].base()] && t[m+1].base() != "Opposition" && legislators[strings.ToLower(t[m+2].base())] {
			if o := d.lx.orgs[t[m+1].lower()]; o.name != "" {
				owner = o.name
			} else {
				owner = t[m+1].base()
			}
			head = m + 2
			break
		}
		// "chief operating officer", "executive vice chairman": a word
		// between two of a role's nouns (but "former" starts another).
		if head >= 0 && !t[m].isCap() && !roleStop[lw] && !titleModifiers[lw] && m+1 < len(t) && t[m+1].kind == tWord && !t[m+1].isCap() && t[m+1].sent == t[r.i].sent && d.isRoleWord(t[m+1]) {
			continue
		}
		// "the Deputy Chief Veterinary Officer": a capitalised field
		// between a title's words.
		if head >= 0 && t[m].isCap() && t[head].isCap() && m+1 < len(t) && t[m+1].isCap() && t[m+1].sent == t[r.i].sent && d.isRoleWord(t[m+1]) {
			continue
		}
		if head >= 0 || roleStop[lw] {
			break
		}
	}
	// plain: a role known only from its place after an age ("a 21-year-old
	// sophomore"), which makes a voice from the street.
	trade, plain := false, false
	indefinite := start > 0 && (t[start-1].lower() == "a" || t[start-1].lower() == "an") // "NAME, a …"
	if head < 0 && (copula || agedComma || indefinite) {
		// "Joseph Otieno is a plant breeder at KALRO", "NAME, 47, a
		// scaffolder from Stoke-on-Trent", "NAME, a transport planner at
		// the American University of Sharjah": in the plain style, after
		// an age or after "a", a trade the lexicon lacks, named by its
		// agent ending before the body the person works at or the place
		// they come from.
		for m := k; m+2 < len(t) && m < k+4 && t[m].sent == t[r.i].sent && t[m].kind == tWord && !t[m].isCap(); m++ {
			if agentNoun(t[m].lower()) && (affilPreps[t[m+1].lower()] || t[m+1].lower() == "in") &&
				(t[m+2].isCap() || t[m+2].lower() == "the" && m+3 < len(t) && t[m+3].isCap()) {
				head, trade = m, true
				break
			}
		}
	}
	if head < 0 && (aged || agedComma && indefinite) {
		// "a 49-year-old crane operator who…", "a 37-year-old mother
		// whose…", "a 33-year-old Chelsea season-ticket holder from…",
		// "NAME, 47, an offshore maintenance technician,": after an age,
		// the person's trade or place in life, ended by the clause or
		// the place that follows.
		for m := k; m+1 < len(t) && m < k+4 && t[m].sent == t[r.i].sent && t[m].kind == tWord; m++ {
			lw := t[m].lower()
			if t[m].isCap() && (m == k || t[m-1].isCap()) {
				continue // a team or a people before the noun: "a 31-year-old Paris Saint-Germain season-ticket holder"
			}
			if t[m].isCap() {
				break
			}
			next := t[m+1].lower()
			ends := t[m+1].kind == tPunct || next == "who" || next == "whose" || next == "from" || next == "in" || next == "at" || next == "with" || next == "on" || len(next) > 5 && strings.HasSuffix(next, "ing")
			known := agentNoun(lw) || lifeNouns[lw] || streetAgentNoun(lw)
			if ends && (known || aged && agedNoun(lw)) {
				head, trade, plain = m, true, !known
				break
			}
		}
	}
	if head < 0 {
		return roleInfo{}, false
	}
	end := head
	// "professor of political science at ...": lower-case "of" phrases stay in the role.
	m := head + 1
	// So do "for" phrases of common nouns: "administrator for exploration",
	// and "in" phrases of a field: "senior lecturer in employment law".
	if m+2 < len(t) && t[m].lower() == "of" && t[m+1].lower() == "the" && t[m+2].kind == tWord && !t[m+2].isCap() {
		// "director of the railroad engineering program at the University
		// of Delaware": a unit in lower case stays in the role.
		e := m + 2
		for e < len(t) && t[e].kind == tWord && !t[e].isCap() && !affilPreps[t[e].lower()] && e < m+7 {
			e++
		}
		if e < len(t) && affilPreps[t[e].lower()] {
			end, m = e-1, e
		}
	} else if e := portfolioEndLoose(t, m+3); ministerial[t[head].lowBase()] && m+3 < len(t) && t[m].lower() == "of" && t[m+1].text == "State" && (t[m+2].lower() == "for" || t[m+2].lower() == "of") && e > m+3 {
		// "the Minister of State for Gender and Family Promotion".
		end, m = e-1, e
	} else if e := portfolioEndLoose(t, m+1); ministerial[t[head].lowBase()] && m < len(t) && (t[m].lower() == "of" || t[m].lower() == "for") && e > m+1 {
		// "Mongolia's Minister of Environment and Tourism": the portfolio
		// in capitals.
		end, m = e-1, e
	} else if m+2 < len(t) && (t[m].lower() == "of" || t[m].lower() == "in") && t[m+1].isCap() && d.fieldPlace(t[m+1]) {
		// "professor of North Korean studies at Kyungnam University",
		// "lecturer in African history": a field named by a place.
		e := m + 1
		for e < len(t) && e < m+4 && t[e].isCap() && d.fieldPlace(t[e]) {
			e++
		}
		f := e
		for f < len(t) && f < e+3 && t[f].kind == tWord && !t[f].isCap() && !affilPreps[t[f].lower()] {
			f++
		}
		if f > e && f < len(t) && affilPreps[t[f].lower()] {
			end, m = f-1, f
		}
	} else if m+3 < len(t) && (t[m].lower() == "of" || t[m].lower() == "for") && t[m+1].isCap() && t[head].isCap() && capsThenAt(t, m+1) > 0 {
		// "Director of Building Permits at Muscat Municipality": a title's
		// field in capitals, then the body.
		e := capsThenAt(t, m+1)
		end, m = e-1, e
	} else if m+1 < len(t) && (t[m].lower() == "of" || (t[m].lower() == "for" || t[m].lower() == "in" || t[m].lower() == "on") && t[m+1].kind == tWord && !roleStop[t[m+1].lower()]) &&
		!t[m+1].isCap() && t[m+1].lower() != "the" {
		e := m + 1
		// "director of a Brighton seafood restaurant": a name inside what
		// an "a" opens only describes.
		indefinite := t[m+1].lower() == "a" || t[m+1].lower() == "an"
		for e < len(t) && t[e].kind == tWord && (!t[e].isCap() || placeModifier(&t[e]) || indefinite && e+1 < len(t) && t[e+1].kind == tWord && !t[e+1].isCap()) &&
			!affilPreps[t[e].lower()] && e < m+5 && !(t[e].lower() == "in" && e+1 < len(t) && t[e+1].isCap()) {
			e++ // but "head of civil protection in Herzegovina-Neretva Canton": the place is no part of the role
		}
		// But "chief executive of patient advocacy group Health Issues
		// Centre": a body described, then named.
		if !(t[m].lower() == "of" && e < len(t) && t[e].isCap() && bodyNoun(t[e-1])) {
			end = e - 1
			m = e
		}
	}
	if m+3 < len(t) && t[m].lower() == "for" && d.isPlaceTok(t[m+1]) && (t[m+2].lower() == "at" || t[m+2].lower() == "with") && (t[m+3].isCap() || t[m+3].lower() == "the") {
		// "emergency coordinator for Sudan at Doctors Without Borders":
		// where the post is belongs to the role; the body after it is
		// the affiliation.
		end, m = m+1, m+2
	}
	if m+2 < len(t) && (t[m].lower() == "for" || t[m].lower() == "on") && !t[m+1].isCap() && t[m+1].kind == tWord && !roleStop[t[m+1].lower()] {
		// "associate head of policy for child safety online at the
		// NSPCC": the role's field, then the body.
		e := m + 1
		for e < len(t) && e < m+5 && t[e].kind == tWord && !t[e].isCap() && !affilPreps[t[e].lower()] {
			e++
		}
		if e+1 < len(t) && (t[e].lower() == "at" || t[e].lower() == "with") && (t[e+1].isCap() || t[e+1].lower() == "the") {
			end, m = e-1, e
		}
	}
	// A capitalised name right after the role means the role was the next
	// name's ("Robert Mugabe, his wife Grace").
	if m < len(t) && t[m].isCap() && !d.isPlaceTok(t[m]) {
		return roleInfo{}, false
	}
	partyOwner := false
	if owner == "" && start < head && t[start].isCap() {
		// "a Democratic Party member of the committee": the party the
		// role names first is the affiliation.
		e := start
		for e < head && t[e].isCap() {
			e++
		}
		if o := d.knownOrgInfo(run{r.p, start, e}); o.kind == "party" || d.orgKind(run{r.p, start, e}) == "party" || d.orgKindOf(d.orgNamed(d.runText(run{r.p, start, e}))) == "party" {
			owner, start = d.affilName(run{r.p, start, e}), e
			partyOwner = true
		}
	}
	if owner == "" && start < head && t[start].isCap() && !t[start].possessive() {
		// "the U.S. special envoy for Iran", "the British ambassador to
		// France": the country the role names first is the affiliation.
		// An official's: a Venezuelan analyst is no Venezuela's.
		if pl, ok := d.placeOf(&t[start]); ok && (pl.kind == "country" || pl.kind == "demonym") && pl.country != "" &&
			d.roleClass(pa.text[t[start+1].start:t[end].end]) == "official" {
			owner, start = pl.country, start+1
		}
	}
	role := pa.text[t[start].start:t[end].end]
	if owner == "" {
		owner = its
	}
	info := roleInfo{kinAt: -1, role: role, class: d.roleClass(role), weight: 6, affil: owner}
	if info.class == "kin" && t[end].lowBase() == "partner" {
		info.class = "other"
	}
	if m+2 < len(t) && (t[m].lower() == "working" || t[m].lower() == "based") && affilPreps[t[m+1].lower()] && t[m+1].lower() != "of" {
		m++ // "a lawyer working with the Ligue des droits de l'Homme"
	}
	if m < len(t) && (t[m].lower() == "in" || t[m].lower() == "with" || t[m].lower() == "of") {
		// "an associate fellow in the Africa programme at Chatham House",
		// "a researcher with the Lokniti programme of the CSDS": a unit,
		// then the body it belongs to.
		if at := d.unitBody(r.p, m+1, t[r.i].sent); at != "" {
			info.affil = at
		}
	}
	if info.affil == "" && m+1 < len(t) && t[m].lower() == "who" {
		// "NAME is a lawyer who works with the Japan Association for
		// Refugees": the body the person works for.
		if w, ok := d.worksFor(r.p, m+1); ok {
			info.affil = w.affil
		}
	}
	if info.affil == "" && m+2 < len(t) && t[m].lower() == "who" && strings.HasSuffix(t[m+1].lower(), "s") && d.lx.agentive[t[m+1].lower()][0] != "" {
		// "a researcher who studies internet networks at the University
		// of Auckland": the body the clause after the role names.
		for e := m + 2; e+1 < len(t) && e < m+9 && t[e].sent == t[r.i].sent && t[e].kind == tWord && !t[e].isCap(); e++ {
			if t[e].lower() == "at" && (t[e+1].isCap() || t[e+1].lower() == "the" && e+2 < len(t) && t[e+2].isCap()) {
				if at := d.affilPhrase(r.p, e+1); at != "" && d.affilKind(at) != "" {
					info.affil = at
				}
				break
			}
		}
	}
	if partyOwner && m+1 < len(t) && t[m].lower() == "of" && t[m+1].isCap() {
		// "the Labour leader of Ealing Council": the council's leader.
		if a := d.affilPhrase(r.p, m+1); a != "" && d.affilKind(a) != "" {
			info.affil = a
		}
	}
	if info.affil == "" && (info.class == "official" || postHeads[t[head].lowBase()]) && m+1 < len(t) && t[m].lower() == "in" && t[m+1].isCap() && t[m+1].sent == t[r.i].sent {
		// "head of civil protection in Herzegovina-Neretva Canton": an
		// official's post is the place's.
		info.affil = d.affilPhrase(r.p, m+1)
	}
	if info.affil == "" && m < len(t) && affilPreps[t[m].lower()] {
		info.affil = d.affilPhrase(r.p, m+1)
		if e := capsEnd(t, m+1); info.affil != "" && e > m+1 && e+2 < len(t) && t[e].text == "," && determiners[t[e+1].lower()] {
			// "executive director of Connect, the national parents'
			// organisation,": a body the text knows by its description
			// alone.
			for f := e + 2; f < len(t) && f < e+7 && (t[f].kind == tWord && !t[f].isCap() || t[f].text == "'" || t[f].text == "’"); f++ {
				if forCause(t, f) {
					info.class = "expert"
					break
				}
			}
		}
		if n := m + 1; info.affil != "" && n+2 < len(t) && t[n].lower() == "the" {
			// "a policy director at the civic group People's Solidarity
			// for Participatory Democracy": a campaign group described
			// before its name speaks for a cause.
			for e := n + 2; e < len(t) && e <= n+4 && !t[e].isCap(); e++ {
				if forCause(t, e) && e+1 < len(t) && t[e+1].isCap() {
					info.class = "expert"
					break
				}
			}
		}
		if t[m].lower() == "of" {
			// "an associate fellow of the Africa Programme at Chatham
			// House": the body the unit is at.
			e := m + 1
			for e < len(t) && (t[e].isCap() || t[e].lower() == "the" || connectors[t[e].lower()] && e+1 < len(t) && t[e+1].isCap()) && t[e].sent == t[r.i].sent {
				e++
			}
			if e+1 < len(t) && e > m+1 && t[e].lower() == "at" && t[e].sent == t[r.i].sent && (unitWords[t[e-1].lowBase()] || unitsOfBodies[t[e-1].lowBase()]) {
				if at := d.affilPhrase(r.p, e+1); at != "" && (d.affilKind(at) != "" || d.orgNamed(at) != "") {
					info.affil = at
				}
			}
		}
	}
	if info.affil == "" && m+2 < len(t) && (t[m].lower() == "for" || t[m].lower() == "of" || t[m].lower() == "at" || t[m].lower() == "with") && t[m+1].lower() == "the" {
		// "a spokeswoman for the association of transport companies": a
		// body described in lower case; the one named before, if its name
		// holds the word.
		n := m + 2
		for n+1 < len(t) && n < m+4 && t[n+1].kind == tWord && !t[n+1].isCap() && bodyNoun(t[n+1]) {
			n++ // "the campaign group": the noun that heads the description
		}
		if kind, ok := bodyNouns[t[n].lowBase()]; ok {
			if o := d.ownerBefore(d.src(r.p, n, n+1), t[n].lowBase(), kind); o != "" {
				info.affil = o
				if dk, ok := describedKind(t, n); ok && (dk == "ngo" || dk == "think-tank") {
					info.class = "expert" // "a spokeswoman for the campaign group" speaks for one
				}
			} else {
				e := n + 1
				if dk, ok := describedKind(t, n); ok && (dk == "ngo" || dk == "think-tank") {
					info.class = "expert" // "a spokeswoman for the campaign group" it does not name
				}
				if e+1 < len(t) && t[e].lower() == "of" && !t[e+1].isCap() {
					e += 2
					for e < len(t) && e < m+8 && t[e].kind == tWord && !t[e].isCap() && !roleStop[t[e].lower()] {
						e++
					}
				}
				info.affil = d.runText(run{r.p, m + 2, e})
			}
		}
	}
	if m+2 < len(t) && backers[t[m].lower()] && t[m+1].lower() == "by" {
		// "a historian backed by the opposition Law and Justice party": a
		// party's candidate, whatever the trade.
		k := m + 2
		for k < len(t) && t[k].kind == tWord && !t[k].isCap() && k < m+5 {
			k++
		}
		// "Law and Justice party": the name up to the word that calls it one.
		e := k
		for e < len(t) && (t[e].isCap() || t[e].lower() == "and" && e+1 < len(t) && t[e+1].isCap()) {
			e++
		}
		party := ""
		if e > k && e < len(t) && namedBodies[t[e].lowBase()] != "" {
			party = d.runText(run{r.p, k, e})
		} else {
			party = d.affilPhrase(r.p, k)
		}
		if party != "" {
			info.affil, info.class = party, "official"
		}
	}
	if info.affil == "" && m < len(t) && t[m].isCap() && d.isPlaceTok(t[m]) {
		info.affil = d.affilPhrase(r.p, m)
	}
	if aged && (info.class == "expert" || info.class == "other") && info.affil == "" {
		// "a 68-year-old retired engineer", "a 34-year-old warehouse
		// supervisor": a voice from the street.
		info.class = "public"
	}
	if _, place := d.lx.places[strings.ToLower(info.affil)]; trade && (info.affil == "" || place || m < len(t) && t[m].lower() == "from") {
		// "a scaffolder from Stoke-on-Trent": a trade of no body's, a
		// voice from the street too.
		info.class = "public"
	}
	if plain {
		info.class = "public" // "a 21-year-old sophomore at Sogang University": no expert
	}
	return info, true
}

// capsThenAt is the index of "at" after capitalised words (and "and")
// from k, within four words, when a body follows it; 0 when there is none.
func capsThenAt(t []token, k int) int {
	e := k
	for e < len(t) && e < k+4 && (t[e].isCap() && !t[e].possessive() || e > k && t[e].lower() == "and") {
		e++
	}
	if e > k && e+1 < len(t) && t[e].lower() == "at" && (t[e+1].isCap() || t[e+1].lower() == "the") && t[e].sent == t[k].sent {
		return e
	}
	return 0
}

// pluralMark reports the apostrophe at m of a plural possessive: the
// "'" of "workers'".
func pluralMark(t []token, m int) bool {
	return m > 0 && (t[m].text == "'" || t[m].text == "’") && t[m-1].kind == tWord && strings.HasSuffix(t[m-1].text, "s") && t[m-1].end == t[m].start
}

// pluralLike reports a word that ends as a plural noun does: "ministers",
// not "bus" or "press".
func pluralLike(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// placeNouns stand for a place named elsewhere, of the kind given: "the
// state's governor", "the country's president".
var placeNouns = map[string]string{"state": "region", "province": "region", "region": "region", "country": "country", "nation": "country", "city": "region", "territory": "region"}

// placeNamedMost is the place of the kind given that the headline and the
// text before at name most often (the one named last on a tie), or "".
func (d *doc) placeNamedMost(kind string, at Source) string {
	best, most := "", 0
	for _, pl := range d.places {
		if pl.kind != kind {
			continue
		}
		if n := d.namedBefore(pl.name, at); n > 0 && n >= most {
			best, most = pl.name, n
		}
	}
	return best
}

// worksFor reads "works for X", "worked at X" from token v: the body a
// person works for.
func (d *doc) worksFor(p, v int) (roleInfo, bool) {
	t := d.paras[p].toks
	if v+3 < len(t) && (t[v].lower() == "has" || t[v].lower() == "had") && t[v+1].lower() == "worked" && t[v+2].lower() == "as" {
		v++ // "NAME has worked as a rider for six years" (but "has worked for X for 19 years" is a worker's, not a post)
	}
	if v+2 >= len(t) || t[v].lower() != "works" && t[v].lower() != "worked" {
		return roleInfo{}, false
	}
	info := roleInfo{kinAt: -1, weight: 3}
	at := v + 1
	if t[at].lower() == "as" {
		// "who worked as cabin crew for Air Malta", "who works as a
		// cleaner": the job, then whom it is for.
		s := at + 1
		if determiners[t[s].lower()] {
			s++
		}
		e := s
		for e < len(t) && e-s < 4 && t[e].kind == tWord && !t[e].isCap() && t[e].sent == t[v].sent && !roleStop[t[e].lower()] && !clausePreps[t[e].lower()] {
			e++
		}
		if e == s || !d.isPersonNoun(t[e-1]) && !crewNouns[t[e-1].lower()] {
			return roleInfo{}, false
		}
		info.role, info.class, at = d.paras[p].text[t[s].start:t[e-1].end], "public", e
		if c := d.roleClass(info.role); c != "" {
			info.class = c
		}
	}
	if at+1 < len(t) {
		if prep := t[at].lower(); prep == "for" || prep == "at" || prep == "with" {
			info.affil = d.affilPhrase(p, at+1)
		}
	}
	if info.role == "" && info.affil == "" {
		return roleInfo{}, false
	}
	return info, true
}

// crewNouns name a job by the group that does it: "worked as cabin crew".
var crewNouns = set("crew", "staff", "security", "support")

// placeRunAt is the end of a place of two to four words that starts at
// token k ("Horn of Africa", "Middle East"), or k when none does.
func (d *doc) placeRunAt(p, k int) int {
	t := d.paras[p].toks
	for n := 4; n >= 2; n-- {
		if k+n <= len(t) && t[k+n-1].isCap() {
			if _, ok := d.knownPlace(run{p, k, k + n}); ok {
				return k + n
			}
		}
	}
	return k
}

// agedNoun reports a noun that, straight after an age and ending its
// phrase, says what someone does whatever its ending: "a 58-year-old
// seamstress in the Kennedy district", "a 26-year-old intern at a food
// plant" (in the labelled articles, the word after "a N-year-old" is in
// the role 871 times out of 899). Not a word that says only what a person
// is ("a 30-year-old woman").
// seatBefore reads a legislator's seat ending at token k, set off before
// a name: "Labour MP for Leeds North, NAME", "Scottish Conservative MSP
// for the Highlands and Islands, NAME". The seat is the role's; the party
// before the title, the affiliation.
func (d *doc) seatBefore(p, k int, sent int32) (roleInfo, bool) {
	t := d.paras[p].toks
	for m := k - 1; m >= 1 && k-m <= 6 && t[m].sent == sent && t[m].kind == tWord; m-- {
		lw := t[m].lower()
		if lw == "for" {
			if !postOffices[t[m-1].text] {
				return roleInfo{}, false
			}
			info := roleInfo{kinAt: -1, role: d.paras[p].text[t[m-1].start:t[k].end], class: "official", weight: 5}
			a := m - 1
			for a > 0 && t[a-1].isCap() && t[a-1].sent == sent && !t[a-1].possessive() && !functionWords[t[a-1].lower()] && m-1-a < 4 {
				a--
			}
			if party := (run{p, a, m - 1}); a < m-1 && (d.orgKind(party) == "party" || partyAdjectives[t[m-2].base()]) { // and "Scottish Conservative"
				info.affil = d.runText(party)
			}
			return info, true
		}
		if !t[m].isCap() && lw != "and" && lw != "the" {
			return roleInfo{}, false
		}
	}
	return roleInfo{}, false
}

// capsBodyBefore is the longest run of capitalised words, with connectors
// in it, that ends before token start in sentence sent and names a body:
// "City Council" in "City Council member NAME", "NSW Council for Civil
// Liberties" before "president NAME", "Ministry of Water and Environment"
// before "spokesperson". When none does, it is the run as far as the
// capitalised words reach without "and".
func (d *doc) capsBodyBefore(p, start int, sent int32) run {
	t := d.paras[p].toks
	os := start - 1
	for os > 0 && start-os < 4 && t[os-1].isCap() && t[os-1].sent == sent && !t[os-1].possessive() {
		os--
	}
	plain, crossed := run{p, os, start}, false
	starts := []int{os}
	for os > 1 && start-os < 7 && connectors[t[os-1].lower()] && t[os-2].isCap() && t[os-2].sent == sent && !t[os-2].possessive() {
		crossed = crossed || t[os-1].lower() == "and"
		os -= 2
		for os > 0 && start-os < 7 && t[os-1].isCap() && t[os-1].sent == sent && !t[os-1].possessive() {
			os--
		}
		if !crossed {
			plain = run{p, os, start}
		}
		starts = append(starts, os)
	}
	for k := len(starts) - 1; k > 0; k-- {
		if r := (run{p, starts[k], start}); d.orgKind(r) != "" {
			return r
		}
	}
	return plain
}

// branchBody finds a body named before the place of its branch that ends
// before token start: "Australian Industry Group Victorian", "Tata Steel
// UK". It returns where the place starts and the body starts, or -1.
func (d *doc) branchBody(p, start int, sent int32) (int, int) {
	t := d.paras[p].toks
	for n := 1; n <= 2; n++ {
		ps := start - n
		if ps < 2 || !t[ps].isCap() || t[ps].possessive() || t[ps-1].sent != sent {
			break
		}
		if !d.placeOrItsAdjective(strings.ToLower(d.runText(run{p, ps, start}))) {
			continue
		}
		best := -1
		for a := ps - 1; a >= 0 && ps-a <= 7 && t[a].sent == sent; a-- {
			plural := (t[a].text == "'" || t[a].text == "’") && a > 0 && t[a-1].end == t[a].start && strings.HasSuffix(t[a-1].text, "s")
			if !t[a].isCap() && !plural || t[a].possessive() {
				break
			}
			if !plural && t[ps-1].isCap() && d.isOrgWord(t[ps-1]) || !plural && d.orgKind(run{p, a, ps}) == "party" {
				best = a
			}
		}
		if best >= 0 {
			return ps, best
		}
	}
	return -1, -1
}

// placeOrItsAdjective reports a place, or the adjective of one that adds
// an "n": "Victorian", "Tasmanian", "Californian".
func (d *doc) placeOrItsAdjective(w string) bool {
	if _, ok := d.lx.places[w]; ok {
		return true
	}
	_, ok := d.lx.places[strings.TrimSuffix(w, "n")]
	return ok && strings.HasSuffix(w, "an")
}

// officeOverRank merges into a professor's role the office a clause after
// the name gives, which says more than the rank: "Professor NAME, who
// chairs the Australian Press Council".
func (d *doc) officeOverRank(r run, info roleInfo) (roleInfo, bool) {
	if a, ok := d.whoClause(r); ok && officeRole(a.role) {
		return mergeRole(a, info), true
	}
	return info, false
}

// lowerFirst writes a role's first word in lower case when a sentence's
// capital alone made it one: "Bushfire scientist", not "Australian
// scientist" or "NASA scientist".
func (d *doc) lowerFirst(role string) string {
	first, _, _ := strings.Cut(role, " ")
	r, _ := utf8.DecodeRuneInString(first)
	if _, place := d.lx.places[strings.ToLower(first)]; first == "" || place || innerCapital(first) || first == strings.ToUpper(first) || !unicode.IsUpper(r) {
		return role
	}
	return strings.ToLower(first[:1]) + role[1:]
}

// academicRank reports a professor's title, which an office held yields to.
func academicRank(role string) bool {
	switch strings.ToLower(strings.TrimSuffix(role, ".")) {
	case "professor", "prof", "associate professor", "assistant professor":
		return true
	}
	return false
}

// officeRole reports a role that heads a body: "chair", "head of the
// polling unit", "president".
func officeRole(role string) bool {
	head, _, _ := strings.Cut(role, " ")
	return postHeads[head] || head == "chair" || head == "chairman" || head == "chairwoman" || head == "president" || head == "leader"
}

// isPersonNoun reports a word in lower case that names a person: "father",
// "trader", "minister".
func (d *doc) isPersonNoun(x token) bool {
	w := x.lower()
	c := d.lx.roles[w]
	return x.kind == tWord && !x.isCap() && (lifeNouns[w] || agentNoun(w) || c != "" && c != "honorific")
}

// agedBefore reports an age before the words in lower case that end
// before token i: "31-year-old fish farm technician NAME", "58-year-old
// kaumātua NAME".
func agedBefore(t []token, i int) bool {
	for k := i - 1; k >= 0 && i-k <= 4 && t[k].sent == t[i-1].sent; k-- {
		if t[k].kind == tNum {
			return k < i-1 && strings.HasSuffix(t[k].lower(), "-year-old")
		}
		if t[k].kind != tWord || t[k].isCap() {
			return false
		}
	}
	return false
}

func agedNoun(w string) bool {
	return len(w) >= 4 && !roleStop[w] && !personWords[w] && !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed")
}

// personWords name a person and say nothing of their work or life.
var personWords = set("man", "woman", "boy", "girl", "person", "lady", "gentleman", "child", "teenager", "teen", "adult", "local", "native", "national", "citizen", "individual", "youth", "male", "female")

// lifeNouns say what an ordinary person is, after an age: "a 37-year-old
// mother", "a 68-year-old pensioner".
var lifeNouns = set("mother", "father", "grandmother", "grandfather", "parent", "widow", "widower", "pensioner", "retiree", "resident",
	"student", "worker", "creator", "holder", "owner", "veteran", "survivor", "patient", "commuter", "tenant", "renter", "homeowner", "fan", "host", "vendor", "trader", "rider", "mum", "dad", "mom", "guard", "user", "plaintiff")

// leadVerbs put a person at a body's head: "led by", "headed by".
var leadVerbs = set("led", "headed", "chaired", "run", "founded")

// tradeBefore reads the trade or place in life written in lower case
// before the name of someone whose age follows it, as a voice from the
// street is introduced: "rigger NAME, 51,", "Footscray renter NAME, 27,",
// "Balwyn North father of three NAME, 46,".
func (d *doc) tradeBefore(p, i int, aged bool) (roleInfo, bool) {
	t := d.paras[p].toks
	k := i - 1
	if k < 0 || t[k].kind != tWord || t[k].isCap() || t[k].sent != t[i].sent {
		return roleInfo{}, false
	}
	if k >= 2 && t[k-1].lower() == "of" && parentWords[t[k-2].lower()] && (d.lx.numbers[t[k].lower()].value > 0) {
		return roleInfo{kinAt: -1, role: d.paras[p].text[t[k-2].start:t[k].end], class: "public", weight: 2}, true
	}
	w := t[k].lower()
	if roleStop[w] || d.isSpeech(t, k) || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
		return roleInfo{}, false
	}
	if c := d.lx.roles[w]; !(agentNoun(w) || lifeNouns[w] || streetAgentNoun(w) || strings.HasSuffix(w, "weight") || c != "" && c != "honorific" && c != "kin" || aged && agedNoun(w) && !d.isPersonNoun(t[k-1])) {
		return roleInfo{}, false // (but "whose 79-year-old father paid NAME": a verb after the person)
	}
	start := k // "baggage handler", "season ticket holder": a trade of several nouns
	for start > 0 && k-start < 2 && t[start-1].kind == tWord && !t[start-1].isCap() && t[start-1].sent == t[i].sent {
		v := t[start-1].lower()
		if roleStop[v] || d.isSpeech(t, start-1) || strings.HasSuffix(v, "ly") || strings.HasSuffix(v, "ed") || determiners[v] {
			break
		}
		start--
	}
	info := roleInfo{kinAt: -1, role: d.paras[p].text[t[start].start:t[k].end], class: "public", weight: 2}
	if b := start - 1; b >= 0 && t[b].isCap() && t[b].sent == t[i].sent {
		if pl, ok := d.placeOf(&t[b]); ok && pl.kind == "demonym" && (b == 0 || t[b-1].sent != t[b].sent || determiners[t[b-1].lower()]) {
			info.affil = pl.country // "Kenyan steeplechaser NAME, 26": the country the person is of
		}
	}
	return info, true
}

// streetAgentNoun reports a trade named by an ending that also ends
// adjectives ("employee", "consultant", "agent"), so trusted only after an
// age: "a 34-year-old bank employee".
func streetAgentNoun(w string) bool {
	if len(w) < 5 || roleStop[w] {
		return false
	}
	return strings.HasSuffix(w, "ee") || strings.HasSuffix(w, "ant") || strings.HasSuffix(w, "ent") && !strings.HasSuffix(w, "ment")
}

// notAgents end as agent nouns do but name no one: "a weekly paper".
var notAgents = set("paper", "papers", "water", "number", "order", "letter", "matter", "power", "border", "corner", "chapter", "quarter", "winter", "summer",
	"river", "tower", "computer", "cancer", "weather", "offer", "tender", "charter", "theater", "theatre", "register", "sector", "factor", "motor", "mirror",
	"error", "floor", "colour", "color", "honour", "labour", "favour", "harbour", "tractor", "corridor", "indicator", "monitor", "calendar", "dinner", "shelter", "centre", "center")

// agentNoun reports whether a lower-case word names someone by what they do:
// "breeder", "curator", "pharmacist", "librarian".
func agentNoun(w string) bool {
	if len(w) < 5 || roleStop[w] || notAgents[w] {
		return false
	}
	for _, suf := range [...]string{"er", "or", "ist", "ian"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// fieldPlace reports a word that names a place or a people inside a field of
// study: "North", "Korean", "African", "Middle", "Eastern".
func (d *doc) fieldPlace(t token) bool {
	return d.isPlaceTok(t) || compassWords[t.lowBase()]
}

var compassWords = set("north", "south", "east", "west", "middle", "eastern", "western", "northern", "southern", "central", "latin",
	// and the peoples and unions of more than one country: "a professor of
	// EU law", "a lecturer in African history".
	"eu", "european", "african", "asian", "american", "arab", "caribbean", "pacific", "atlantic", "mediterranean", "nordic", "scandinavian", "baltic", "balkan", "slavic", "islamic")

func (d *doc) isPlaceTok(t token) bool {
	_, ok := d.placeOf(&t)
	return ok
}

// affilAfter reads "NAME from the RAND Corporation".
func (d *doc) affilAfter(r run) string {
	t := d.paras[r.p].toks
	k := r.j
	if k+1 < len(t) && t[k].text == "," && (t[k+1].lower() == "of" || t[k+1].lower() == "from") {
		// "NAME, of the Africa programme at Chatham House,": the body the
		// unit is at; "NAME, from the campaign group X,".
		if at := d.unitBody(r.p, k+2, t[r.i].sent); at != "" {
			return at
		}
		// "Detective Inspector Paul Kershaw, of West Midlands Police,": a
		// body; but "Callum Price, of Headingley," names where he lives.
		a := d.affilPhrase(r.p, k+2)
		if d.orgNamed(a) != "" || d.lx.orgs[strings.ToLower(a)].name != "" || d.orgWordIn(r.p, k+2, min(k+8, len(t))) || a != "" && d.describedBody(r.p, k+2) {
			return a
		}
		// "Detective Inspector NAME, of the Purana taskforce,": a name and
		// the kind of unit it is, in lower case.
		for m := k + 2; a != "" && m+1 < len(t) && m < k+8 && t[m].sent == t[r.i].sent; m++ {
			if t[m].isCap() && unitNouns[t[m+1].lower()] && strings.HasSuffix(a, t[m].text) {
				return a + " " + t[m+1].text
			}
		}
		return ""
	}
	if k < len(t) && (t[k].lower() == "from" || t[k].lower() == "of" || t[k].lower() == "at") && t[k].sent == t[r.i].sent {
		if k+1 < len(t) && t[k+1].lower() == "the" {
			// "Prof NAME of the planning department at BUET": the body the
			// unit is at.
			if at := d.unitBody(r.p, k+1, t[r.i].sent); at != "" {
				return at
			}
		}
		return d.affilPhrase(r.p, k+1)
	}
	return ""
}

// describedBody reports a body's name at k that a description in lower
// case opens: "the environmental charity Friends of the Earth Cymru", "the
// Danish sports governance group Play the Game".
func (d *doc) describedBody(p, k int) bool {
	t := d.paras[p].toks
	for m := k; m < len(t) && m < k+6 && t[m].kind == tWord && t[m].sent == t[k].sent; m++ {
		if bodyNoun(t[m]) && !t[m].isCap() {
			return m+1 < len(t) && t[m+1].isCap()
		}
	}
	return false
}

// affilPhrase reads an organisation name starting at token k (after an
// optional "the"): capitalised words, connectors and possessives, and "at
// the University of X" when the first name is a unit of the second.
func (d *doc) affilPhrase(p, k int) string {
	pa := &d.paras[p]
	t := pa.toks
	if k < len(t) && t[k].lower() == "the" {
		k++
	}
	// "the United Nations refugee agency, UNHCR", "the UN refugee agency
	// (UNHCR)": a body of a larger one, named by its letters after.
	if e := capsEnd(t, k); e > k && e < k+3 {
		f := e
		for f < len(t) && f < e+2 && t[f].kind == tWord && !t[f].isCap() && !bodyNoun(t[f]) {
			f++
		}
		if f > e && f+2 < len(t) && bodyNoun(t[f]) && (t[f+1].text == "," || t[f+1].text == "(") && isAcronym(t[f+2].text) && len(t[f+2].text) >= 3 && t[f+2].sent == t[k].sent {
			return t[f+2].text
		}
	}
	if k+2 < len(t) && stanceAdjectives[t[k].lower()] && stanceAdjectives[t[k+1].lower()] && t[k+2].isCap() {
		k += 2 // "of the main opposition Democratic Party"
	} else if k+1 < len(t) && stanceAdjectives[t[k].lower()] && t[k+1].isCap() {
		k++ // "of the opposition National Alliance for Change"
	}
	if k < len(t) && placeModifier(&t[k]) {
		k++ // "the Lagos-based Environmental Rights Action"
	} else if k+1 < len(t) && t[k].isCap() && placeModifier(&t[k+1]) && t[k].end+1 == t[k+1].start {
		k += 2 // "the São Paulo-based digital rights research center InternetLab"
	}
	for f := k; f+2 < len(t) && f < k+3 && t[f].kind == tWord && !t[f].isCap(); f++ {
		if strings.HasSuffix(t[f].text, "s") && (t[f+1].text == "'" || t[f+1].text == "’") && t[f].end == t[f+1].start {
			k = f + 2 // "the parents' campaign group B416", "the probation officers' union Napo"
			break
		}
	}
	// "at the research firm TechInsights", "at the Brussels firm Lefèvre &
	// Partners": a description of the body before its name.
	s := k
	if k+2 < len(t) && d.isPlaceTok(t[k]) && t[k+1].kind == tWord && !t[k+1].isCap() {
		s = k + 1 // "at the Cambodian rights group Licadho"
	} else if k+3 < len(t) && t[k].isCap() && t[k+1].isCap() && t[k+2].kind == tWord && !t[k+2].isCap() && t[k+3].isCap() {
		// "at the Buenos Aires consultancy EconViews": a place of two words.
		if _, ok := d.lx.places[strings.ToLower(t[k].text+" "+t[k+1].text)]; ok {
			if _, ok := bodyNouns[t[k+2].lower()]; ok {
				k += 2
			}
		}
	}
	s = max(s, k)
	for f := s; f < len(t) && f < s+4 && t[f].kind == tWord && describing(t[f]) && t[f].sent == t[k].sent; f++ {
		if bodyNoun(t[f]) && f+1 < len(t) && t[f+1].isCap() && t[f+1].sent == t[k].sent {
			k = f + 1
			break
		}
		if _, ok := bodyNouns[t[f].lower()]; ok && f+2 < len(t) && t[f+1].lower() == "the" && t[f+2].isCap() && t[f+2].sent == t[k].sent {
			k = f + 2 // "at the Kampala-based think tank the Economic Policy Research Centre"
			break
		}
	}
	if k >= len(t) || !t[k].isCap() {
		return ""
	}
	e := k
	for e < len(t) && t[e].sent == t[k].sent {
		if t[e].isCap() {
			e++
			continue
		}
		if (t[e].text == "'" || t[e].text == "’") && e > k && t[e-1].end == t[e].start && strings.HasSuffix(t[e-1].text, "s") && e+1 < len(t) && t[e+1].isCap() {
			e++ // "the ACLU's Immigrants' Rights Project": a plural possessive inside the name
			continue
		}
		if t[e].text == "." && e > k && initial(t[e-1]) && e+1 < len(t) && t[e+1].isCap() && t[e].end == t[e+1].start-1 {
			e++ // "the S. Rajaratnam School of International Studies"
			continue
		}
		if t[e].kind == tNum && e > k {
			if _, ok := d.knownOrg(run{p, k, e + 1}); ok {
				e++ // "Article 19 Eastern Africa"
				continue
			}
		}
		if lw := t[e].lower(); (lw == "to" || lw == "against" || lw == "without") && e > k && e+1 < len(t) && t[e+1].isCap() {
			if f := capsEnd(t, e+1); d.knownOrgInfo(run{p, k, f}).name != "" {
				e = f // "the Committee to Protect Journalists"
				continue
			}
		}
		if lw := t[e].lower(); (lw == "of" || lw == "for") && e > k && e+2 < len(t) && t[e+1].lower() == "the" && t[e+2].isCap() {
			// "Friends of the Earth", and "Friends of the Earth Scotland":
			// the known name, and a place after it.
			f := capsEnd(t, e+2)
			for f > e+2 && d.knownOrgInfo(run{p, k, f}).name == "" {
				f--
			}
			if f > e+2 {
				e = f
				continue
			}
		}
		lw := t[e].lower()
		// "and" joins only inside an organisation's name: "Centre for
		// Intellectual Property and Information Technology Law".
		if (connectors[lw] || particles[lw]) && (lw != "and" || d.orgKind(run{p, k, e}) != "" || d.orgWordIn(p, k, capsEnd(t, e+1))) && e+1 < len(t) && t[e+1].isCap() {
			e += 2
			continue
		}
		// "Mexicanos contra la Corrupción": particles in a row.
		if particles[lw] && e+2 < len(t) && particles[t[e+1].lower()] && t[e+2].isCap() {
			e += 3
			continue
		}
		if (lw == "for" || lw == "of") && e+2 < len(t) && (t[e+1].lower() == "the" || t[e+1].lower() == "a" || t[e+1].lower() == "an") && t[e+2].isCap() && d.isOrgWord(t[e-1]) && !dateName(t[e+2]) {
			e += 3 // "Kiel Institute for the World Economy", "Center for a New American Security"
			continue
		}
		if lw == "at" && e+2 < len(t) && t[e+1].lower() == "the" && t[e+2].isCap() {
			s := e + 2
			f := s
			for f < len(t) && (t[f].isCap() || (connectors[t[f].lower()] && f+1 < len(t) && t[f+1].isCap())) {
				f++
			}
			if d.orgKind(run{p, s, f}) != "" {
				e = f
				continue
			}
		}
		break
	}
	if e <= k {
		return ""
	}
	r := run{p, k, e}
	name := d.runText(r)
	if pl, ok := d.lx.places[strings.ToLower(name)]; ok && pl.country != "" {
		// "the Sudanese foreign ministry": a country's body, named in
		// lower case after it.
		for f := e; f < len(t) && f < e+3 && t[f].kind == tWord && !t[f].isCap() && t[f].sent == t[k].sent; f++ {
			if stateBodies[t[f].lowBase()] {
				return pa.text[t[k].start:t[f].end]
			}
		}
		return pl.country
	}
	return name
}

// partyAdjectives name a party's member before a role: "Labour MP",
// "Republican senator".
var partyAdjectives = set("Conservative", "Labour", "Labor", "Liberal", "Democrat", "Democratic", "Republican", "Green", "Greens", "Socialist", "Communist", "Tory", "Nationals",
	"Opposition") // "Opposition health spokeswoman NAME": the Opposition as a body

// creditNouns open a credit line before the names they credit.
var creditNouns = map[string]string{"reporting": "reporter", "editing": "editor", "writing": "writer", "compiled": "compiled the report", "reported": "reporter", "written": "writer", "edited": "editor", "analysis": "analyst", "translated": "translator"}

// ledBy is the body named before "led by" or "headed by" that ends just
// before token k of paragraph p: "the Moderates, a centrist party led by
// former prime minister NAME", "the Conservatives, led by NAME".
func (d *doc) ledBy(p, k int) string {
	t := d.paras[p].toks
	// Back over the role or title: "former prime minister".
	for n := 0; n < 4 && k > 0 && t[k-1].kind == tWord && t[k-1].lower() != "by"; n++ {
		k--
	}
	if k < 2 || t[k-1].lower() != "by" || (t[k-2].lower() != "led" && t[k-2].lower() != "headed") {
		return ""
	}
	at := t[k-2].start
	best, end := "", -1
	for _, o := range d.orgs {
		for _, m := range o.mentions {
			if m.Paragraph == p && m.End <= at && at-m.End <= 40 && m.End > end {
				best, end = o.name, m.End // the body named nearest before
			}
		}
	}
	return best
}

// former reports a role someone held before: "a former captain".
func former(role string) bool {
	return strings.HasPrefix(strings.ToLower(role), "former ")
}

// auxiliaries come before a verb's participle: "have sacked", "was named".
var auxiliaries = set("have", "has", "had", "having", "was", "were", "is", "are", "be", "been", "being")

// bodyNoun reports a word that calls a body what it is: bodyNouns and
// describedKinds ("the nonprofit X").
func bodyNoun(t token) bool {
	_, body := bodyNouns[t.lower()]
	_, described := describedKinds[t.lower()]
	return body || described
}

// bodyNouns name a kind of body in lower case, with the kind of
// organisation each can stand for ("" for any).
var bodyNouns = map[string]string{
	"company": "company", "firm": "company", "group": "", "bank": "company", "lender": "company", "insurer": "company",
	"carrier": "company", "airline": "company", "manufacturer": "company", "maker": "company", "consultancy": "company",
	"university": "academic", "party": "party", "agency": "", "organisation": "", "organization": "", "charity": "",
	"tank": "think-tank", "channel": "media", "newspaper": "media", "thinktank": "think-tank", "think-tank": "think-tank", "institute": "", "regulator": "", "watchdog": "",
	"union": "", "lobby": "", "board": "", "website": "company", "platform": "company", "council": "government", "confederation": "", "federation": "", "association": "", "commission": "", "museum": "", "brokerage": "company", "operator": "company", "broadcaster": "media", "pollster": "company",
	"ministry": "government", "department": "government",
	"branch": "", "subsidiary": "company", "office": "government", "startup": "company", "developer": "company", "alliance": "", "coalition": "",
	"foundation": "", "trust": "", "society": "", "fund": "", "league": "", "network": "", "campaign": "", "movement": "", "center": "", "centre": "",
	"club": "club", "team": "club", "side": "club", "app": "company", "authority": "", "start-up": "company",
	"utility": "company", "provider": "company", "retailer": "company", "chain": "company", "producer": "company", "exporter": "company",
	"conglomerate": "company", "supplier": "company", "distributor": "company", "automaker": "company", "carmaker": "company", "chipmaker": "company",
	"stockbroker": "company", "broker": "company", "publisher": "media", "magazine": "media", "tabloid": "media",
	"body": "", "helpline": "", "hotline": "", "service": "", "mission": "", "delegation": "",
}

// isBodyNoun reports a noun of bodyNouns.
func isBodyNoun(w string) bool {
	_, ok := bodyNouns[w]
	return ok
}

// ownerBefore is the body "the confederation's" or "the company's" stands
// for: the one named last whose name holds the noun, else the one of the
// noun's kind named most often before, the story's own ("Lumera … backers
// including Sequoia Capital … the company's chief financial officer"), and
// of those the one named last.
func (d *doc) ownerBefore(at Source, noun, kind string) string {
	// "Labour councillors backed the scheme. The party's deputy leader…":
	// a body of the kind named in the sentence before, or earlier in the
	// same one, is the one meant. But against a body named earlier in the
	// same sentence, one whose name holds the noun, named in this paragraph
	// or the one before, is: "… officers of Chongwe Town Council. | ACC
	// spokesperson NAME said … the council's director".
	near, nearAt := "", Source{Paragraph: -1}
	holder, holderAt := "", Source{Paragraph: -1}
	for _, o := range d.orgs {
		if kind == "" || o.kind != kind {
			continue
		}
		has := hasWordFold(o.name, noun)
		for _, x := range o.mentions {
			if !srcLess(x, at) {
				continue
			}
			if x.Paragraph == at.Paragraph && x.Sentence >= at.Sentence-1 && (nearAt.Paragraph < 0 || srcLess(nearAt, x)) {
				near, nearAt = o.name, x
			}
			if has && x.Paragraph >= at.Paragraph-1 && (holderAt.Paragraph < 0 || srcLess(holderAt, x)) {
				holder, holderAt = o.name, x
			}
		}
	}
	if near != "" && holder != "" && nearAt.Sentence == at.Sentence {
		return holder
	}
	if near != "" {
		return near
	}
	if o := d.orgWithWord(at, noun); o != "" || kind == "" && !ownedGroupNouns[noun] {
		return o // an untyped noun ("the board's") stands for no other body
	}
	if kind == "" {
		// "the group's executive director": the campaign group or the
		// association named last before.
		best, last := "", Source{Paragraph: -1}
		for _, o := range d.orgs {
			if o.kind != "ngo" && o.kind != "other" && o.kind != "think-tank" {
				continue
			}
			for _, x := range o.mentions {
				if srcLess(x, at) && (last.Paragraph < 0 || srcLess(last, x)) {
					best, last = o.name, x
				}
			}
		}
		if last.Paragraph >= at.Paragraph-2 {
			return best
		}
		return ""
	}
	best, most, last := "", 0, Source{Paragraph: -1}
	for _, o := range d.orgs {
		if o.kind != kind && !(kind == "think-tank" && o.kind == "academic" && hasWordFold(o.name, "institute")) {
			continue // ("the thinktank" may be an institute)
		}
		l := Source{Paragraph: -1}
		for _, x := range o.mentions {
			if srcLess(x, at) && (l.Paragraph < 0 || srcLess(l, x)) {
				l = x
			}
		}
		if l.Paragraph < 0 {
			continue
		}
		// Counted in the text, headline included: while people are still
		// being read, a body's later mentions are not all recorded.
		n := d.namedBefore(o.name, at)
		for _, a := range o.aliases {
			// "Halvard Foods Plc", then "Halvard" again and again: a short
			// name holds the full one, so the larger count is the body's.
			n = max(n, d.namedBefore(a, at))
		}
		if n > most || n == most && srcLess(last, l) {
			best, most, last = o.name, n, l
		}
	}
	return best
}

// namedBefore counts the times name is written in the headline and the
// text before at. Each name's counts by paragraph are summed once, so that
// a long article costs one pass per name, not one per question.
func (d *doc) namedBefore(name string, at Source) int {
	sums, ok := d.nameCounts[name]
	if !ok {
		sums = make([]int, len(d.paras)+1)
		sums[0] = strings.Count(d.a.Title, name)
		for p := range d.paras {
			sums[p+1] = sums[p] + strings.Count(d.paras[p].text, name)
		}
		if d.nameCounts == nil {
			d.nameCounts = map[string][]int{}
		}
		d.nameCounts[name] = sums
	}
	if at.Paragraph < 0 || at.Paragraph >= len(d.paras) {
		return sums[len(sums)-1]
	}
	text := d.paras[at.Paragraph].text
	return sums[at.Paragraph] + strings.Count(text[:min(at.Start, len(text))], name)
}

// stateBodies end a country's body named in lower case: "the Sudanese
// foreign ministry", "the Russian defence ministry", "the Israeli military".
var stateBodies = set("ministry", "government", "army", "military", "police", "navy", "embassy", "consulate", "parliament",
	"cabinet", "presidency", "forces", "force", "guard", "mission", "delegation", "authorities")

// capsEnd is the end of the capitalised words from token k on.
func capsEnd(t []token, k int) int {
	for k < len(t) && t[k].isCap() {
		k++
	}
	return k
}

func (d *doc) orgWordIn(p, i, j int) bool {
	t := d.paras[p].toks
	for k := i; k < j; k++ {
		if t[k].is(wOrgWord) && t[k].isCap() && !d.placePair(t, k, j) {
			return true
		}
	}
	return false
}

// affilName names the organisation or country of a run.
func (d *doc) affilName(r run) string {
	text := d.runText(r)
	if pl, ok := d.lx.places[strings.ToLower(text)]; ok {
		if pl.country != "" {
			return pl.country
		}
		return asWritten(pl.name, text) // "B.C. Premier"
	}
	if isAcronym(text) {
		if name := d.spelledOut(text); name != "" {
			return name // "AFP" after "the Australian Federal Police"
		}
	}
	if o, ok := d.lx.orgs[strings.ToLower(text)]; ok {
		return o.name
	}
	if name := d.orgNamed(text); name != "" {
		return name
	}
	if o := d.orgByLastWord(text); o != nil {
		return o.name // "Council leader NAME" after "Brackley Borough Council"
	}
	return strings.TrimPrefix(text, "The ")
}

// capsBylines reads a closing line in capitals such as "JANE DOE IS THE
// NETWORK'S POLITICAL EDITOR": the author, with role and affiliation.
func (d *doc) capsBylines() {
	for p := range d.paras {
		pa := &d.paras[p]
		t := pa.toks
		for s := range pa.sents {
			a, b := pa.tokSent[s], pa.tokSent[s+1]
			if b-a < 5 {
				continue
			}
			// The cheap test of the verb first: few sentences pass it.
			v := a + 2
			if !(t[v].text == "IS" || t[v].text == "WAS") || !(t[v+1].text == "THE" || t[v+1].text == "A" || t[v+1].text == "AN") || !allCaps(t[a:b]) {
				continue
			}
			e := b
			for e > v+2 && t[e-1].kind == tPunct {
				e--
			}
			h := e - 1
			if d.roleOfLow(&t[h]) == "" {
				continue
			}
			rs := h
			if rs-1 > v+1 && d.roleOfLow(&t[rs-1]) == "" && !strings.HasSuffix(t[rs-1].lower(), "al") {
				// keep one modifier ("POLITICAL EDITOR")
			} else if rs-1 > v+1 {
				rs--
			}
			name := titleCase(t[a].text) + " " + titleCase(t[a+1].text)
			role := strings.ToLower(pa.text[t[rs].start:t[h].end])
			var aff []string
			for k := v + 2; k < rs; k++ {
				aff = append(aff, titleCase(t[k].text))
			}
			pp := &person{name: name, key: nameKey(name), role: role, affil: strings.Join(aff, " "), class: d.roleClass(role), order: len(d.people), roleWeight: 3, credit: true}
			for _, o := range d.people {
				if sameKey(o.key, pp.key) {
					pp = nil
					break
				}
			}
			if pp != nil {
				pp.mentions = []Source{{Paragraph: p, Sentence: s, Start: t[a].start, End: t[a+1].end}}
				d.people = append(d.people, pp)
			}
		}
	}
}

func allCaps(t []token) bool {
	up, low := 0, 0
	for _, x := range t {
		for _, r := range x.text {
			if unicode.IsUpper(r) {
				up++
			} else if unicode.IsLower(r) {
				low++
			}
		}
	}
	return up > 8*low && up > 10
}

// portfolioEnd is the end of a portfolio in capitals that starts at k,
// "Environment and Tourism", or k when there is none.
func portfolioEnd(t []token, k int) int {
	e := k
	for e < len(t) && t[e].isCap() && t[e].is(wPortfolio) || e > k && e+1 < len(t) && t[e].lower() == "and" && t[e+1].isCap() && t[e+1].is(wPortfolio) {
		e++
	}
	return e
}

// portfolioEndLoose is portfolioEnd, taking in words the list lacks that
// end as a portfolio's do, after one it has: "Gender and Family
// Promotion", "Transport and Logistics".
func portfolioEndLoose(t []token, k int) int {
	e := portfolioEnd(t, k)
	for e > k && e < len(t) && e < k+6 {
		switch {
		case t[e].isCap() && portfolioLike(t[e].lower()):
			e++
		case t[e].lower() == "and" && e+1 < len(t) && t[e+1].isCap() && portfolioLike(t[e+1].lower()):
			e += 2 // "Transport and Logistics"
		default:
			return e
		}
	}
	return e
}

// postHeads head the role of whoever runs a body's work in a place: "head
// of civil protection in the canton".
var postHeads = set("head", "chief", "director", "coordinator", "co-ordinator", "manager")

// ministerPortfolio finds the title of a minister or secretary before a
// portfolio in capitals that ends at k: "Minister of Energy Transition and
// Sustainable Development", "Minister of State for Energy", "Secretary of
// the Interior". A portfolio names no body: "Minister of the Ministry of
// Health" ends in one, and "Minister for Trade of Ghana" in a place. It
// returns the title's index and the role class of its ministerial word, or
// -1.
func (d *doc) ministerPortfolio(p, k int) (int, string) {
	t := d.paras[p].toks
	for m := k - 1; m >= 1 && k-m <= 9 && t[m].sent == t[k].sent && (t[m].kind == tWord || t[m].text == "," && t[m-1].isCap() && t[m+1].isCap()); m-- {
		switch lw := t[m].lower(); {
		case lw == ",":
			// "Minister of Petroleum, Mines and Energy": a list of the
			// portfolio's words.
		case lw == "of" || lw == "for":
			h := m - 1
			if lw == "for" && h >= 2 && t[h].text == "State" && t[h-1].lower() == "of" {
				h -= 2 // "Minister of State for Energy"
			}
			if !t[h].isCap() || !ministerial[t[h].lowBase()] {
				return -1, ""
			}
			c := d.roleOf(&t[h])
			if h >= 1 && t[h-1].isCap() && d.titleAt(p, h-1, h+1) == 2 {
				h-- // "Cabinet Secretary for Transport"
			}
			return h, c
		case lw == "the" && (t[m-1].lower() == "of" || t[m-1].lower() == "for"), lw == "and" && m < k:
		case !t[m].isCap() || d.isOrgWord(t[m]) && !t[m].is(wPortfolio) || d.isPlaceTok(t[m]):
			return -1, ""
		}
	}
	return -1, ""
}

// allPunct reports tokens that are all punctuation (or none): "—", "--".
func allPunct(t []token) bool {
	for _, x := range t {
		if x.kind != tPunct {
			return false
		}
	}
	return true
}
