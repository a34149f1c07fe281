package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/explainer-dev/explainer/tools/internal/swar"
)

type person struct {
	name       string
	key        []string // lower-cased name words, hyphens split
	role       string
	affil      string
	class      string // class of the role noun: expert, official, journalist, kin, other
	affilKind  string
	quoted     bool
	expert     bool
	mentions   []Source
	order      int
	roleWeight int  // how reliable the role source is; a better one replaces it
	credit     bool // named in a credit line or byline: the article's own staff
	hasQuote   bool // a quotation is attributed to them
}

type org struct {
	name, kind string
	aliases    []string
	mentions   []Source
	described  bool // the text says what kind of body it is: "X, a Bucharest thinktank,"
}

type place struct {
	name, kind, country string
	aliases             []string
	mentions            []Source
}

// run is a capitalised name-like stretch: tokens [i, j) of paragraph p.
type run struct{ p, i, j int }

var (
	// utilities are the services a utility or its regulator is named
	// for, one after another with "and" inside one name.
	utilities = set("water", "sewerage", "sewer", "sanitation", "wastewater", "drainage", "irrigation", "electricity", "electric", "gas", "power", "energy", "petroleum", "mineral", "minerals", "mines", "waste", "heating")
	particles = set("von", "van", "der", "den", "de", "da", "del", "della", "di", "du", "do", "dos", "das", "bin", "al", "el", "la", "le", "ibn", "ter", "y", "es", "ap", "ben", "binti", "bint", "i",
		"contra", "para", "por", "sobre", "sin", "pour", "sans", "gegen", "für")
	// campaignWords before "group" or "organisation" make it a campaign
	// group's, whose voices count as experts'.
	campaignWords = set("consumer", "consumers", "watchdog", "advocacy", "rights", "campaign", "pressure", "civic", "lobby", "activist", "environmental", "conservation", "humanitarian", "aid", "anti-corruption", "transparency",
		"youth", "observer", "monitoring", "anti-nuclear", "anti-poverty", "anti-war", "grassroots", "non-governmental", "nongovernmental", "community",
		"ombudsman", "citizens", "residents", "patients", "victims", "survivors", "parents", "users", "passengers", "commuters", "ratepayers", "tenants",
		"election", "drivers", "motorists", "supporters", "hunters", "wildlife", "nature", "citizen", "observation", "fan", "fans", "patient", "governance", "support",
		"protection", "welfare", "disability", "animal", "climate", "safety", "affordable")
	connectors    = set("of", "for", "on", "and", "the", "&", "de", "des", "du", "del", "della", "di", "da", "do", "dos", "das", "cha", "ya", "wa", "für", "y")
	functionWords = set("the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "by", "for", "from", "with", "to", "of", "and", "but", "or", "as", "according", "its", "their", "his", "her", "our", "if", "while", "when", "after", "before", "since", "amid", "during", "despite", "i", "i'm", "i’m", "mr", "mrs", "ms", "dr", "prof")
	placeWords    = set("city", "province", "state", "county", "district", "region", "island", "islands", "valley", "river", "lake", "mountains", "peninsula", "strait", "sea", "ocean", "desert", "gulf", "bay", "parish")
	lawWords      = set("bill", "act", "treaty", "accord", "convention", "protocol", "charter", "amendment", "agreement", "pact", "regulation", "directive")
	roleStop      = set("the", "a", "an", "his", "her", "its", "their", "our", "my", "of", "by", "to", "in", "on", "at", "for", "with", "from", "and", "or", "but", "as", "that", "which", "who", "said", "says", "told", "is", "are", "was", "were", "has", "have", "had", "will", "would", "than", "also", "while", "after", "before", "including", "like", "another", "other", "some", "many", "two", "three")
	affilPreps    = set("at", "of", "with", "from", "for")
	creditVerb    = map[string]string{"reported": "reporter", "wrote": "writer", "adapted": "adapted the story", "edited": "editor", "contributed": "contributed to the report", "produced": "producer", "narrated": "narrator"}
	kinOwners     = set("his", "her", "their")
	// journalism names a newsroom's staff, as a byline calls them.
	journalism = set("reporter", "editor", "correspondent", "journalist", "columnist", "producer", "narrator", "writer", "photographer")
	// landforms end the names of places, and of some people: a place
	// unless a given name opens the run ("the Gippsland Lakes", "the
	// Yorkshire Dales", but "Jane Hills").
	landforms = set("lakes", "dales", "hills", "highlands", "lowlands", "wetlands", "fells", "moors", "plains", "heights", "mountain")
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if r == '.' || r == '-' || unicode.IsDigit(r) {
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// titleCase reads a word as a title-case one so lexicon look-ups work on
// words written in capitals ("AS", "THE").
func titleCase(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + strings.ToLower(s[size:])
}

// isCommon reports whether the word of t, read as a title-case one, is a
// common word: d.lx.common[titleCase(t.text)], built on the stack for short
// ASCII words rather than allocated.
func (d *doc) isCommon(t *token) bool {
	var buf [32]byte
	if len(t.text) == 0 || len(t.text) > len(buf) || !isASCII(t.text) {
		return d.lx.common[titleCase(t.text)]
	}
	if !t.is(wCommon) {
		return false // no common word lower-cases to it
	}
	b := append(buf[:0], t.low...) // low of an ASCII token is its lower-case text
	if 'a' <= b[0] && b[0] <= 'z' {
		b[0] -= 'a' - 'A'
	}
	return d.lx.common[string(b)]
}

// lookupLower is m[strings.ToLower(s)]. An ASCII name of up to 64 bytes,
// as most are, is lower-cased on the stack, where strings.ToLower would
// allocate (a look-up by string(b) copies nothing).
func lookupLower[V any](m map[string]V, s string) (V, bool) {
	if len(s) > 64 || !isASCII(s) {
		v, ok := m[strings.ToLower(s)]
		return v, ok
	}
	var buf [64]byte
	b := buf[:len(s)]
	for i := range b {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	v, ok := m[string(b)]
	return v, ok
}

func isASCII(s string) bool {
	for len(s) >= 8 {
		if swar.Load64(s)&swar.Tops != 0 {
			return false
		}
		s = s[8:]
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// runs appends the capitalised stretches of paragraph p to out.
func (d *doc) runs(out []run, p int) []run {
	pa := &d.paras[p]
	t := pa.toks
	for i := 0; i < len(t); {
		if !t[i].isCap() || placeModifier(&t[i]) {
			i++
			continue
		}
		if t[i].is(wCapDesc) && capitalDescriptions[t[i].text] && i+1 < len(t) && t[i+1].isCap() && t[i+1].sent == t[i].sent {
			i++ // "the NGO Shipbreaking Platform": a description, as "the charity X" is
			continue
		}
		j := i + 1
		if n := d.titleAt(p, i, min(len(t), i+8)); n > 2 && t[i+n-1].sent == t[i].sent && t[i+n-1].isCap() && connectors[t[i+1].lower()] {
			j = i + n // "Leader of the Opposition NAME": a title with "of the"
		}
		// "King's College London": a possessive inside a name runs on
		// to an organisation word.
		// But a place's possessive owns the body after it: "Peru's
		// Ministry of Transport".
		for j < len(t) && t[j].sent == t[i].sent && (!t[j-1].possessive() || t[j].isCap() && t[j-1].isCap() && !(stateHeads[t[j].lowBase()] && d.isPlaceTok(t[j-1])) && (d.isOrgWord(t[j]) || d.knownPast(p, i, j))) {
			// (Not a month before its day: "By Olena Tkachuk September 20,
			// 2023", a byline and its date.)
			if t[j].isCap() && !placeModifier(&t[j]) && !datedAt(t, j) {
				j++
				continue
			}
			// "the Citizens' Nuclear Information Center", "the Tenants'
			// Union": a plural possessive inside a body's name.
			if (t[j].text == "'" || t[j].text == "’") && t[j-1].end == t[j].start && strings.HasSuffix(t[j-1].text, "s") && d.orgWordAhead(p, j+1) && !d.knownEntity(run{p, j - 1, j}) {
				j++
				continue
			}
			lw := t[j].lower()
			if t[j].kind == tWord && t[j].is(wParticle) {
				k := j
				for k < len(t) && t[k].kind == tWord && t[k].is(wParticle) {
					k++
				}
				if k < len(t) && t[k].isCap() && t[k].sent == t[i].sent {
					j = k + 1
					continue
				}
			}
			// "Committee on Intelligence", "Medicare & Medicaid", but not
			// "Congress on October 15".
			if (t[j].kind == tWord || t[j].text == "&") && t[j].is(wConnector) && j+1 < len(t) && t[j+1].isCap() && t[j+1].sent == t[i].sent && !dateName(t[j+1]) &&
				!(lw == "and" && d.titleNext(p, j+1) && !d.isOrgWord(t[j-1])) && // but "President NAME and House Speaker NAME" are two,
				!((lw == "and" || lw == "for") && t[j+1].text == "The") { // as "NAME and The Canadian Press", "NAME for The Washington Post" are
				j += 2
				continue
			}
			// "Committee to Protect Journalists", "Campaign Against Arms
			// Trade": a known body's name with a word in lower case.
			if (lw == "to" || lw == "against" || lw == "without") && j+1 < len(t) && t[j+1].isCap() && t[j+1].sent == t[i].sent {
				k := j + 1
				for k < len(t) && t[k].isCap() && t[k].sent == t[i].sent {
					k++
				}
				if _, ok := d.lx.orgs[strings.TrimPrefix(d.runLower(run{p, i, k}), "the ")]; ok {
					j = k
					continue
				}
			}
			// "Kiel Institute for the World Economy", "Alliance for a Green
			// Revolution": "for the" or "for a" after an organisation word;
			// and "of the" further on in such a name: "International
			// Council for the Exploration of the Sea".
			if (lw == "for" || lw == "of") && j+2 < len(t) && t[j+2].isCap() && t[j+2].sent == t[i].sent && t[j-1].isCap() && (d.isOrgWord(t[j-1]) || lw == "of" && d.headedBody(t, i, j)) && !dateName(t[j+2]) {
				if det := t[j+1].lower(); det == "the" || lw == "for" && (det == "a" || det == "an") {
					j += 3
					continue
				}
			}
			// "Supporters' Trust", "Farmers' Union": a plural possessive
			// inside a body's name.
			if (t[j].text == "'" || t[j].text == "’") && strings.HasSuffix(t[j-1].text, "s") && t[j].start == t[j-1].end &&
				j+1 < len(t) && t[j+1].isCap() && d.isOrgWord(t[j+1]) && t[j+1].sent == t[i].sent {
				j += 2
				continue
			}
			// "Department for Environment, Food and Rural Affairs",
			// "Ministry of Infrastructure, Communications and Transport": a
			// body's portfolios listed with commas.
			if t[j].text == "," && j >= i+3 && (t[i+1].lower() == "of" || t[i+1].lower() == "for") && d.isOrgWord(t[i]) {
				if k := portfolioList(t, j); k > j {
					j = k
					continue
				}
			}
			// Initials: "R. K. Mehta", "J. R. Doe".
			if t[j].kind == tPunct && t[j].text == "." && initial(t[j-1]) && j+1 < len(t) && t[j+1].isCap() && t[j+1].sent == t[i].sent {
				j += 2
				continue
			}
			// The dot of an abbreviated title: "Gov. Dana Whitfield".
			if t[j].kind == tPunct && t[j].text == "." && d.lx.titles[t[j-1].lower()+"."] && d.roleOfLow(&t[j-1]) != "honorific" &&
				j+1 < len(t) && t[j+1].isCap() && t[j+1].sent == t[i].sent {
				j += 2
				continue
			}
			break
		}
		out = d.splitRun(out, run{p, i, j})
		i = j
	}
	return out
}

// inTitle reports whether the connector at token k of run r is inside a
// title ("US Secretary of State Rebecca Hale"), which the run keeps whole.
func (d *doc) inTitle(r run, k int) bool {
	for m := max(r.i, k-2); m < k; m++ {
		if n := d.titleAt(r.p, m, r.j); m+n > k+1 {
			return true
		}
	}
	return false
}

// weekdayShort are the short forms of weekdays in datelines: "Tue 20 Nov
// 2018".
var weekdayShort = set("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")

// bodyVerbs say what a body does in a which-clause after its name.
var bodyVerbs = set("represents", "lobbies", "campaigns", "operates", "owns", "runs", "manages", "employs", "publishes", "regulates", "oversees", "advises")

// capsOnly reports whether every token is a capitalised word: a name,
// without the connectors of a body's ("Union of Teachers").
func capsOnly(t []token) bool {
	for _, x := range t {
		if !x.isCap() && !particles[x.lower()] {
			return false
		}
	}
	return true
}

// firstPerson are the contractions of "I", normalised ("Elizabeth I" is
// a name).
var firstPerson = set("i'm", "i've", "i'll", "i'd")

// hyphenGiven reports a given name of two syllables joined by a hyphen,
// as Chinese and Korean names are written in English: "Kuo-cheng",
// "Soo-ah".
func hyphenGiven(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || len(a) < 2 || len(b) < 2 || a[0] < 'A' || a[0] > 'Z' {
		return false
	}
	for _, c := range a[1:] + b {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// portfolioLike reports a word with the ending of a common noun, as a
// portfolio's words have: "Prices", "Examinations", "Settlement".
func portfolioLike(w string) bool {
	for _, suf := range []string{"s", "tion", "ment", "ity", "ics", "ance", "ence", "ure", "ing", "ism"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// portfolioWords name what a minister or secretary is for: "Secretary for
// Housing", "Minister for Foreign Affairs".
var portfolioWords = set(
	"housing", "justice", "finance", "budget", "health", "education", "defence", "defense", "foreign", "affairs", "home", "border", "immigration",
	"policing", "veterans", "sport", "tourism", "culture", "science", "digital", "planning", "women", "youth", "children", "indigenous",
	"disability", "consumer", "agriculture", "fisheries", "mining", "resources", "communications", "water", "trade", "industry",
	"environment", "energy", "transport", "transportation", "labour", "labor", "security", "economy", "economic", "development", "innovation",
	"technology", "families", "infrastructure", "local", "government", "public", "works", "social", "welfare", "employment", "commerce",
	"interior", "constitutional", "mainland", "administration", "food", "mines", "lands", "arts", "heritage", "regional", "climate", "change",
	"financial", "services", "treasury", "and", "the", "national", "internal", "external", "european", "union", "equality", "policy",
	"pensions", "work", "police", "corrections", "prisons", "enterprise", "investment", "skills", "universities", "schools", "media",
	"disabilities", "ageing", "aged", "care", "mental", "wellbeing", "exports", "small", "business", "cities", "rural", "ict", "information",
	"manpower", "law", "utilities", "medical", "natural", "telecommunication", "telecommunications", "broadcasting", "irrigation", "mineral",
	"minerals", "forestry", "forests", "petroleum", "oil", "gas", "electricity", "communities", "family", "sustainability", "transition",
	"net", "zero", "power", "presidency", "ecology", "coordination", "inter-provincial", "cultural", "relief", "preparedness", "refugee",
	"refugees", "relations", "overseas", "minorities", "harmony", "electronics", "aviation", "ports", "shipping", "railways", "roads",
	"highways", "urban", "religious", "university", "research", "textiles", "steel", "coal", "statistics", "budget", "revenue", "taxation",
	"customs", "citizenship", "multicultural", "seniors", "gender", "population", "diaspora", "reconciliation", "reconstruction", "disaster",
	"emergency", "management", "maritime", "marine", "oceans", "wildlife", "cooperation", "co-operation", "sports", "parliamentary", "legal",
	"insurance", "audit", "procurement", "livestock", "elections", "electoral", "civil", "protection", "consumers", "competition",
	"homelessness", "fishing", "dairy", "agribusiness", "traffic", "inclusion", "migration", "integration", "equalities", "safety", "market", "corporate", "sustainable", "strategy", "industrial")

// lawKinds name a kind of law before "Law": "the Basic Law", "Martial Law".
var lawKinds = set("basic", "martial", "sharia", "security", "electoral", "election", "labour", "labor", "family", "criminal", "civil", "common", "constitutional", "privacy", "media", "press")

// campaignBodies are the bodies a campaign word before makes a campaign
// group: "Environmental Council", "Humanitarian Coalition".
var campaignBodies = set("council", "alliance", "coalition", "league", "network", "federation", "association", "society", "group", "institute", "organisation", "organization")

// advocacyHeads open the names of campaigns for a cause: "Campaign for
// Borders Rail", "Alliance for Gambling Reform", "Coalition for Reform".
var advocacyHeads = set("campaign", "alliance", "coalition", "league", "network", "society", "association", "voices", "citizens", "friends", "parents", "people", "doctors", "lawyers", "scientists")

// ministerial titles take a portfolio before them: "Police Minister".
var ministerial = set("minister", "secretary")

// thingWords end the names of things that are neither people nor bodies:
// craft, buildings, works, events.
var thingWords = set("open", "telescope", "station", "satellite", "rover", "probe", "spacecraft", "ship", "airport", "stadium", "bridge",
	"tower", "building", "palace", "museum", "cathedral", "mosque", "temple", "dam", "canal", "pipeline", "highway", "motorway",
	"railway", "line", "festival", "prize", "award", "cup", "championship", "olympics", "games", "summit", "conference", "report", "index", "bhavan", "bhawan", "soudha",
	"oval", "precinct", "rules", "framework", "regulations", "guidelines")

// namedThings are kinds of things a name before them, after "the", is
// the name of: "the Ben Woollacott ferry", "the La Esperanza mine".
var namedThings = set("ferry", "vessel", "boat", "tanker", "freighter", "yacht", "mine", "plant", "factory", "mill", "refinery", "smelter", "quarry",
	"estate", "tunnel", "reservoir", "expressway", "freeway", "hotel", "shopping", "mall", "ward", "scheme", "programme", "program", "project", "case", "inquiry", "trial")

// streetWords end the names of streets, as written after the name.
var (
	streetWords   = set("Street", "Road", "Avenue", "Lane", "Boulevard", "Highway", "Terrace", "Crescent", "Parade", "Drive")
	streetAbbrevs = set("St", "Rd", "Ave", "Blvd", "Hwy")
)

// capitalDescriptions describe a body before its name in capitals: "the
// NGO Shipbreaking Platform", as "the charity X" does in lower case.
var capitalDescriptions = set("NGO", "NGOs")

// describing reports a word that may describe a body before its name: one
// in lower case, or a description written in capitals.
func describing(x token) bool { return !x.isCap() || capitalDescriptions[x.text] }

// describedKinds are the descriptions an appositive gives a body, and the
// kind each makes it: "the Ben Kinsella Trust, a knife crime charity".
var describedKinds = map[string]string{
	"charity": "ngo", "nonprofit": "ngo", "non-profit": "ngo", "ngo": "ngo", "tank": "think-tank", "thinktank": "think-tank", "think-tank": "think-tank",
	// "the shipping consultancy Meridian Maritime Advisory": a firm whose
	// trade is analysis speaks as analysts do.
	"consultancy": "think-tank",
	// "the polling agency Alpha Research": pollsters read the public.
	"pollster": "think-tank", "pollsters": "think-tank",
}

// describedKind is the kind of body the description ending at token k
// names: a charity, a think tank, a campaign group.
func describedKind(t []token, k int) (string, bool) {
	if k > 1 && t[k-1].lower() == "law" && campaignGroup(t[k-2], t[k]) {
		return "ngo", true // "an environmental law group"
	}
	if k > 1 && t[k-1].is(wAnalystTrade) && t[k].is(wPollNoun) {
		return "think-tank", true // "the polling agency X", "a research firm", "the accountancy firm X"
	}
	if k > 1 && !t[k-1].isCap() && campaignGroup(t[k-2], t[k]) {
		return "ngo", true // "the environmental justice group X"
	}
	if k > 1 && (t[k-1].text == "'" || t[k-1].text == "’") && campaignGroup(t[k-2], t[k]) {
		return "ngo", true // "the national parents' organisation"
	}
	if k > 0 && t[k-1].lower() == "news" && (t[k].lower() == "website" || t[k].lower() == "site" || t[k].lower() == "portal" || t[k].lower() == "outlet" || t[k].lower() == "agency") {
		return "media", true // "the news website Contracorriente"
	}
	if k > 0 && campaignGroup(t[k-1], t[k]) {
		if t[k-1].lower() == "lobby" && forIndustry(t, k+1) {
			return "other", true // "a lobby group for technology companies": an industry's body
		}
		return "ngo", true
	}
	if w := t[k].lowBase(); w == "coalition" || w == "network" || w == "alliance" || w == "umbrella" || w == "group" && k+1 < len(t) && t[k+1].lower() == "of" {
		// "a coalition of more than 70 civil society groups"
		for m := k + 1; m+1 < len(t) && m <= k+7; m++ {
			if t[m].lower() == "civil" && t[m+1].lower() == "society" || campaignWords[t[m].lower()] && (strings.HasPrefix(t[m+1].lower(), "group") || strings.HasPrefix(t[m+1].lower(), "organi")) || t[m].lower() == "ngos" {
				return "ngo", true
			}
		}
	}
	if !t[k].is(wDescribed) {
		return "", false
	}
	kind, ok := describedKinds[t[k].lowBase()]
	return kind, ok
}

// forCause reports a description ending at token k that makes a body a
// campaign group's or a think tank's: "the civic group", "the national
// parents' organisation".
func forCause(t []token, k int) bool {
	kind, ok := describedKind(t, k)
	return ok && (kind == "ngo" || kind == "think-tank")
}

// analystTrades describe a firm whose trade is to analyse and advise, and
// whose partners and analysts speak as experts do.
var analystTrades = set("polling", "research", "accountancy", "accounting", "consultancy", "consulting", "advisory", "economics")

// pollNouns are the firms "polling" or "research" describes.
var pollNouns = set("agency", "firm", "company", "institute", "organisation", "organization", "group", "center", "centre")

// forIndustry reports "for technology companies", "for the oil industry"
// at token k: a body that speaks for businesses.
func forIndustry(t []token, k int) bool {
	if k >= len(t) || t[k].lower() != "for" {
		return false
	}
	for m := k + 1; m < len(t) && m <= k+4 && t[m].kind == tWord; m++ {
		switch t[m].lower() {
		case "companies", "industry", "industries", "firms", "businesses", "producers", "employers", "manufacturers", "banks", "insurers", "retailers":
			return true
		}
	}
	return false
}

// campaignGroup reports a campaign group's description: "the watchdog
// group", "the rights organisation", "an advocacy coalition".
func campaignGroup(modifier, noun token) bool {
	n := noun.lowBase()
	if len(n) > 5 && n[len(n)-1] == 's' && n[len(n)-2] != 's' {
		n = n[:len(n)-1] // "one of the digital rights groups"
	}
	switch n {
	case "group", "organisation", "organization", "coalition", "trust", "network", "association", "alliance", "movement", "foundation":
		m := strings.TrimRight(modifier.lower(), "'’")         // "the parents' organisation"
		if campaignWords[m] || strings.HasPrefix(m, "anti-") { // "the anti-discrimination group"
			return true
		}
		h := strings.LastIndexByte(m, '-')
		return h > 0 && campaignWords[m[h+1:]] // "the human-rights group"
	}
	return false
}

// describedOrgs sets the kind of the bodies an appositive describes:
// "the Ben Kinsella Trust, a knife crime charity", "U.S. PIRG, an advocacy
// group", "the Resolution Foundation, a think tank".
func (d *doc) describedOrgs() {
	for _, o := range d.orgs {
		for _, m := range o.mentions {
			t := d.paras[m.Paragraph].toks
			k := tokenAt(t, m.End)
			if kind := calledAfter(t, k); kind != "" && o.kind != kind {
				o.kind = kind
			}
			// "the consumer group Choice", "the youth organisation
			// Allianssi": the description before the name.
			if s := tokenAt(t, m.Start); s >= 1 && !o.described {
				if s >= 2 && t[s-1].lower() == "the" && !t[s-2].isCap() {
					s-- // "the anti-knife crime charity the Ben Kinsella Trust"
				}
				if kind, ok := describedKind(t, s-1); ok {
					o.kind, o.described = vaguer(kind, o.kind), true
				}
			}
			if k >= 0 && k+3 < len(t) && t[k].text == "," && t[k+1].lower() == "which" && campaignVerbs[t[k+2].lower()] && (t[k+3].lower() == "for" || t[k+3].lower() == "against") && o.kind != "party" && o.kind != "government" {
				o.kind, o.described = "ngo", true // "Fair Game, which campaigns for reform of football governance"
				continue
			}
			if k < 0 || k+2 >= len(t) || t[k].text != "," || !determiners[t[k+1].lower()] {
				continue
			}
			// "the Federation of Young Researchers, an association that has
			// campaigned for years against…", "a group that helps migrant
			// workers": a body that campaigns, or a charity.
			if e := k + 2; e+3 < len(t) && bodyNoun(t[e]) && (t[e+1].lower() == "that" || t[e+1].lower() == "which") && o.kind != "party" && o.kind != "government" {
				v := e + 2
				if t[v].lower() == "has" || t[v].lower() == "have" {
					v++
				}
				if w := t[v].lower(); campaignVerbs[w] || helpVerbs[w] || w == "campaigned" || w == "lobbied" || w == "advocated" {
					o.kind, o.described = "ngo", true
					continue
				}
			}
			for e := k + 2; e < len(t) && e < k+7 && (t[e].kind == tWord || (t[e].text == "'" || t[e].text == "’") && e > k+2) && (!t[e].isCap() || e == k+2 && d.isPlaceTok(t[e])); e++ {
				if kind, ok := describedKind(t, e); ok {
					o.kind, o.described = vaguer(kind, o.kind), true
					break
				}
			}
		}
	}
}

// campaignVerbs say what a campaign group does: "X, which campaigns
// for…" (a party campaigned for an election, and campaigns on a
// platform).
var campaignVerbs = set("campaigns", "lobbies", "advocates")

// helpVerbs say what a charity does for people: "X, a group that helps
// migrant workers".
var helpVerbs = set("helps", "supports", "assists", "defends", "protects", "shelters")

// vaguer is the kind a description gives a body, unless the description
// gives none or only "other" and the body's name says more ("the Human
// Rights Defenders Coalition, a group that…").
func vaguer(described, named string) string {
	if (described == "" || described == "other") && named != "" {
		return named
	}
	return described
}

// calledAfter is the kind of body the text calls a name by soon after it,
// from token k on, before any other name: "NAME, head of policy at Focus
// Ireland, said the charity was seeing…" makes Focus Ireland a charity.
func calledAfter(t []token, k int) string {
	if k < 0 {
		return ""
	}
	sents := 0
	for m := k; m+1 < len(t) && m < k+25; m++ {
		if m > k && t[m].sent != t[m-1].sent {
			if sents++; sents > 1 {
				return ""
			}
		} else if t[m].isCap() {
			return ""
		}
		if lw := t[m].lower(); lw != "the" && lw != "a" && lw != "an" || t[m+1].kind != tWord || t[m+1].isCap() {
			continue
		}
		// "the rights group", "one of the digital rights groups": a noun
		// within three words.
		for e := m + 1; e < len(t) && e <= m+3 && t[e].kind == tWord && !t[e].isCap() && t[e].sent == t[m].sent; e++ {
			if kind, ok := describedKind(t, e); ok && kind == "ngo" {
				return kind
			}
		}
	}
	return ""
}

// datedAt reports a month or a weekday at token k with its day after it:
// "September 20".
func datedAt(t []token, k int) bool {
	return k+1 < len(t) && dateName(t[k]) && t[k+1].kind == tNum
}

// dateName reports a month or a weekday, which no name runs on to.
func dateName(t token) bool {
	if t.is(wMonth) {
		return true // monthTokens[t.lower()]
	}
	if !t.is(wDay) {
		return false
	}
	_, day := weekdays[t.base()]
	return day || weekdayShort[t.text]
}

// orgEndsAt reports a body named in paragraph p whose mention ends at end.
func (d *doc) orgEndsAt(p, end int) bool {
	return d.orgEndingAt(p, end) != ""
}

// orgEndingAt is the organisation with a mention that ends at byte end of
// paragraph p, or "".
func (d *doc) orgEndingAt(p, end int) string {
	for _, o := range d.orgs {
		for _, m := range o.mentions {
			if m.Paragraph == p && m.End == end {
				return o.name
			}
		}
	}
	return ""
}

// plainName reports a run of capitalised words, none of them a body's, a
// place's or a title's word, that can be a person's name.
func (d *doc) plainName(r run) bool {
	t := d.paras[r.p].toks
	for k := r.i; k < r.j; k++ {
		ow := t[k].is(wOrgWord)
		_, pl := d.placeOf(&t[k])
		if ow || pl || !t[k].isCap() || t[k].is(wTitleFirst) || t[k].possessive() {
			return false
		}
	}
	return true
}

// titleInner reports a word at e, inside a run that ends at j, that joins
// a title's words, up to three before its role word: a portfolio ("Chief
// Health Officer") or, before a name of two words, any word but a given
// name ("Chief Fire Officer", "Chief Environmental Health Officer").
func (d *doc) titleInner(t []token, e, j int) bool {
	for m := e; m < e+3 && m+1 < j; m++ {
		if !t[m].is(wPortfolio) && (d.givenName(&t[m]) || t[m].possessive() || j-m < 4) {
			return false
		}
		if d.roleWord(t[m+1]) {
			return true
		}
	}
	return false
}

// titleIn reports a run that holds a title or a role word.
func (d *doc) titleIn(r run) bool {
	t := d.paras[r.p].toks
	for k := r.i; k < r.j; k++ {
		if d.titleAt(r.p, k, r.j) > 0 || d.roleOf(&t[k]) != "" {
			return true
		}
	}
	return false
}

// orgStartingAt is the organisation with the longest mention that starts
// at byte start of paragraph p, and where that mention ends; "" and -1 when
// there is none.
func (d *doc) orgStartingAt(p, start int) (string, int) {
	name, end := "", -1
	for _, o := range d.orgs {
		for _, m := range o.mentions {
			if m.Paragraph == p && m.Start == start && m.End > end {
				name, end = o.name, m.End
			}
		}
	}
	return name, end
}

// orgByFirstWord is the body named before whose name of two words or more
// starts with the run's one word, when that word is a name of its own (not
// "National", a place or a given name); nil when there is none.
func (d *doc) orgByFirstWord(r run) *org {
	t := d.paras[r.p].toks
	if r.j-r.i != 1 {
		return nil
	}
	w := t[r.i].base()
	lw := strings.ToLower(w)
	// "the Bank's chief economist" after "the Bank of England": a body's
	// word alone stands for an "X of Y" body named before.
	headOnly := d.isOrgWord(t[r.i]) && r.i > 0 && t[r.i-1].lower() == "the"
	if len(w) < 3 || adjectiveEnding(lw) || isAcronym(w) || d.isOrgWord(t[r.i]) && !headOnly || d.lx.givenNames[w] || d.lx.common[w] || d.lx.titles[lw] || d.lx.roles[lw] != "" {
		return nil
	}
	if _, ok := d.lx.places[lw]; ok {
		return nil
	}
	for k := len(d.orgs) - 1; k >= 0; k-- {
		o := d.orgs[k]
		if first, rest, ok := strings.Cut(o.name, " "); ok && first == w && rest != "" && (!headOnly || strings.HasPrefix(rest, "of ") || strings.HasPrefix(rest, "for ")) {
			return o
		}
	}
	return nil
}

// adjectiveEnding reports a word shaped like an adjective of place or kind
// ("European", "National", "Atlantic"), which heads many names without
// standing for any of them.
func adjectiveEnding(w string) bool {
	for _, suf := range []string{"an", "ese", "ish", "ic", "al", "ary", "ern"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// monthPreps come before a month: "in August", "until May".
var monthPreps = set("in", "of", "since", "until", "till", "by", "from", "through", "last", "next", "this", "early", "late", "mid", "during", "before", "after", "between", "and", "to")

// initial reports a capital letter written alone, as the initial of a name.
func initial(t token) bool {
	return t.kind == tWord && (len(t.text) == 1 && t.text[0] >= 'A' && t.text[0] <= 'Z' || t.is(wNameAbbrev) && nameAbbrevs[t.text])
}

// nameAbbrevs are given names shortened with a dot as initials are:
// "Ma. Teresa" (Maria, in the Philippines), "Ch. Venkata" (Chinna, in
// India), "Md." and "Mohd." (Mohammed).
var nameAbbrevs = set("Ma", "Ch", "Md", "Mohd", "Muhd", "Wm", "Jas", "Geo")

func (d *doc) isOrgWord(t token) bool { return t.is(wOrgWord) }

// orgWordOf is lexicon orgWords' kind for the base of x, and whether it
// has one.
func (d *doc) orgWordOf(x *token) (string, bool) {
	if !x.is(wOrgWord) {
		return "", false
	}
	kind, ok := d.lx.orgWords[x.lowBase()]
	return kind, ok
}

// orgWordKind is lexicon orgWords' kind for the base of x, or "".
func (d *doc) orgWordKind(x *token) string {
	kind, _ := d.orgWordOf(x)
	return kind
}

// placeModifier reports a word such as "Lagos-based" or "Paris-born",
// which describes the name after it and is no part of it.
func placeModifier(t *token) bool {
	_, suffix, ok := strings.Cut(t.lower(), "-")
	switch suffix {
	case "based", "born", "led", "backed", "owned", "funded", "run", "headquartered", "leaning":
		return ok
	}
	return false
}

// portfolioList is the end of ", Food and Rural Affairs" from the comma at
// j: capitalised portfolio words, more commas, and "and" before the last;
// j when the tokens there are not such a list.
func portfolioList(t []token, j int) int {
	k, and := j, false
	for k < len(t) && t[k].sent == t[j].sent {
		switch {
		case (t[k].text == "," || t[k].lower() == "and") && !and && k+1 < len(t) && t[k+1].isCap() && t[k+1].is(wPortfolio):
			and = t[k].lower() == "and"
			k++
		case t[k].isCap() && t[k].is(wPortfolio) && k > j:
			k++
		default:
			if and && k > j {
				return k
			}
			return j
		}
	}
	if and {
		return k
	}
	return j
}

// splitRun breaks a run at "and", "of", "for" unless it names an
// organisation ("Institute for National Unification") and drops leading
// sentence words ("In", "According"). The pieces are appended to out.
func (d *doc) splitRun(out []run, r run) []run {
	t := d.paras[r.p].toks
	if d.knownEntity(r) {
		return append(out, r)
	}
	// "Health and Safety Executive (HSE)": a name its initials follow in
	// brackets is one body's, "and" and all.
	if r.j-r.i >= 3 && bracketAcronym(t, r.j) && initials(d.runText(r)) == t[r.j+1].text {
		return append(out, r)
	}
	// Sentence words go from the front of a run; mid-sentence only function
	// words do ("the", "In"), so "The Southern Gazette" keeps "Southern".
	for r.i < r.j && (d.isCommon(&t[r.i]) || d.lx.common[t[r.i].base()]) && !(t[r.i].text == "US" && r.j-r.i > 1) && d.titleAt(r.p, r.i, r.j) < 2 { // "US Secretary of State", not "Us"; "First Minister NAME"
		first := r.i == 0 || t[r.i-1].sent != t[r.i].sent || t[r.i-1].text == "“" || t[r.i-1].text == "\"" || t[r.i-1].text == "(" ||
			r.i >= 2 && (t[r.i-1].text == "." || t[r.i-1].text == "?" || t[r.i-1].text == "!") && !t[r.i-2].isCap() // a sentence inside a quote: "… of the party. Wherever I am asked"
		if !first && !functionWords[t[r.i].lower()] {
			break
		}
		r.i++
	}
	if r.i >= r.j {
		return out
	}
	// An organisation name keeps its inner "of", "for" and "and"
	// ("Joint Committee on Intelligence and Security"); an "and" straight
	// after the organisation word joins two names ("News Corporation and
	// Fairfax").
	// "Rajesh Katoch of Congress": a name, then the body the person is of,
	// when no word before "of" makes it a body's or a title's name.
	for k := r.i + 2; k+1 < r.j; k++ {
		if t[k].lower() != "of" {
			continue
		}
		// "Professor Jane Smith of Oxford University": a title, then a
		// name of two words or more, then the body.
		from := r.i
		for n := d.titleAt(r.p, from, k); n > 0 && k-from-n >= 2; n = d.titleAt(r.p, from, k) {
			from += n // and "Asst Prof": titles in a row
		}
		if last := from - 1; from > r.i && d.roleOf(&t[last]) == "" && !(t[last].text == "." && d.roleOf(&t[last-1]) != "") {
			from = r.i // "Prof." ends a title as "Prof" does
		}
		plain := (from > r.i || d.titleAt(r.p, r.i, k) == 0) && !d.inTitle(r, k)
		for m := from; m < k && plain; m++ {
			ow := t[m].is(wOrgWord)
			_, pl := d.placeOf(&t[m])
			plain = !ow && !pl && !t[m].is(wTitleFirst) && t[m].isCap()
		}
		if plain && (d.orgKind(run{r.p, k + 1, r.j}) == "party" || d.knownOrgInfo(run{r.p, k + 1, r.j}).kind == "party") {
			return d.splitRun(append(out, run{r.p, r.i, k}), run{r.p, k + 1, r.j})
		}
		// "Tourism economist Lokendra Adhikari of Tribhuvan University": a
		// role in lower case or a given name before, a body after.
		// And "Reto Aebischer of Transparency International Switzerland
		// said": a name of two words that speaks.
		if person := from > r.i || d.givenName(&t[r.i]) || r.i > 0 && !t[r.i-1].isCap() && d.isRoleWord(t[r.i-1]) || k-from == 2 && r.j < len(t) && d.isSpeech(t, r.j); plain && person && k-from >= 2 && d.orgKind(run{r.p, k + 1, r.j}) != "" {
			return d.splitRun(append(out, run{r.p, r.i, k}), run{r.p, k + 1, r.j})
		}
		break
	}
	hasOrgWord := false
	for k := r.i; k < r.j; k++ {
		if t[k].is(wOrgWord) && t[k].isCap() && !d.placePair(t, k, r.j) {
			hasOrgWord = true
			// But "Association of School and College Leaders": a body's
			// word, "of" or "for", a word, and words after "and" that do
			// not end on a body's word of their own, are one body.
			// Nor does "and" between two services a utility is named
			// for: "Nairobi City Water and Sewerage Company", "Energy and
			// Petroleum Regulatory Authority".
			if k+2 < r.j && t[k+1].lower() == "and" && !(d.headedBody(t, r.i, k) && !d.isOrgWord(t[r.j-1])) &&
				!(utilities[t[k].lower()] && utilities[t[k+2].lower()] && k+3 < r.j && d.isOrgWord(t[r.j-1])) {
				return d.splitRun(d.splitRun(out, run{r.p, r.i, k + 1}), run{r.p, k + 2, r.j})
			}
		}
	}
	if hasOrgWord && r.j < len(t) && d.isSpeech(t, r.j) {
		// "the Iranian Space Agency Mehdi Salehpour said": a body, then
		// a given name and a surname that speak.
		// (But "Commissioner of Police Courtney Bramwell" is a title's.)
		for k := r.j - 2; k > r.i; k-- {
			if t[k-1].is(wOrgWord) && t[k-1].isCap() && !t[k-1].possessive() && d.givenName(&t[k]) && d.plainName(run{r.p, k, r.j}) && !d.titleIn(run{r.p, r.i, k}) {
				return append(d.splitRun(out, run{r.p, r.i, k}), run{r.p, k, r.j})
			}
		}
	}
	if hasOrgWord || d.knownEntity(r) || d.ampersand(r) {
		return append(out, r)
	}
	if r.i >= 1 && t[r.i-1].sent == t[r.i].sent {
		if _, ok := describedKind(t, r.i-1); ok {
			return append(out, r) // "the advocacy group People for Education"
		}
	}
	s := r.i
	for k := r.i; k < r.j; k++ {
		if t[k].is(wConnector) && !t[k].is(wParticle) && !t[k].isCap() && !d.inTitle(r, k) {
			if k > s {
				out = append(out, run{r.p, s, k})
			}
			s = k + 1
		}
	}
	if r.j > s && !d.portfolioTail(r, s) {
		out = append(out, run{r.p, s, r.j})
	}
	return out
}

// portfolioTail reports words from s to the end of run r that end a
// minister's portfolio set off before a name, after "and": "Sustainable
// Development" in "Minister of Mining and Sustainable Development, NAME"
// names no one.
func (d *doc) portfolioTail(r run, s int) bool {
	t := d.paras[r.p].toks
	if s < r.i+3 || t[s-1].lower() != "and" || r.j >= len(t) || t[r.j].text != "," {
		return false
	}
	for k := s; k < r.j; k++ {
		w := t[k].lowBase()
		if d.givenName(&t[k]) || !(portfolioWords[w] || portfolioLike(w) || adjectiveEnding(w)) {
			return false
		}
	}
	for m := s - 2; m > r.i; m-- {
		if lw := t[m].lower(); lw == "of" || lw == "for" {
			return ministerial[t[m-1].lowBase()] || t[m-1].text == "State"
		}
	}
	return false
}

// camelCase reports a word with a capital after a small letter inside it,
// other than a surname's prefix: "ByteDance", not "McDonald" or "LeBlanc".
func camelCase(w string) bool {
	for _, pre := range []string{"Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Fitz", "O'", "O’"} {
		if strings.HasPrefix(w, pre) {
			return false
		}
	}
	prevLower := false
	for k, r := range w {
		if k > 0 && prevLower && unicode.IsUpper(r) {
			return true
		}
		prevLower = k > 0 && unicode.IsLower(r)
	}
	return false
}

// partyPlurals end the names of parties: "Liberal Democrats".
var partyPlurals = set("Democrats", "Republicans", "Conservatives", "Liberals", "Socialists", "Communists", "Greens", "Nationals")

// placePair reports a place of the gazetteer named by t[k] and t[k+1],
// before j: the body's word "United" in "United States" names no body.
func (d *doc) placePair(t []token, k, j int) bool {
	if k+1 >= j {
		return false
	}
	_, ok := d.lx.places[strings.ToLower(t[k].text+" "+t[k+1].base())]
	return ok
}

func (d *doc) runText(r run) string {
	i, j := d.runBytes(r)
	return d.paras[r.p].text[i:j]
}

// runLower is strings.ToLower(d.runText(r)), mostly without allocating.
func (d *doc) runLower(r run) string {
	i, j := d.runBytes(r)
	return d.lowerText(r.p, i, j)
}

// runBytes is the byte span of a run without a possessive ending.
func (d *doc) runBytes(r run) (int, int) {
	t := d.paras[r.p].toks
	last := t[r.j-1]
	return t[r.i].start, last.end - (len(last.text) - len(last.base()))
}

// runSrc is the source of a run without a possessive ending.
func (d *doc) runSrc(r run) Source {
	s := d.src(r.p, r.i, r.j)
	s.End = s.Start + len(d.runText(r))
	return s
}

// knownPast reports whether a known body's name runs on past the
// possessive before token j: "the Centre for Women's Justice's director".
func (d *doc) knownPast(p, i, j int) bool {
	t := d.paras[p].toks
	for k := j; k < len(t) && k < j+3 && t[k].isCap() && t[k].sent == t[i].sent; k++ {
		if _, ok := d.lx.orgs[strings.TrimPrefix(d.runLower(run{p, i, k + 1}), "the ")]; ok {
			return true
		}
		if t[k].possessive() {
			break
		}
	}
	return false
}

// knownPlace is lexicon places[d.runLower(r)].
func (d *doc) knownPlace(r run) (placeInfo, bool) {
	if !d.mayBeKnown(r) {
		return placeInfo{}, false
	}
	pl, ok := d.lx.places[d.runLower(r)]
	return pl, ok
}

// knownOrg is lexicon orgs[d.runLower(r)].
func (d *doc) knownOrg(r run) (orgInfo, bool) {
	if !d.mayBeKnown(r) {
		return orgInfo{}, false
	}
	o, ok := d.lx.orgs[d.runLower(r)]
	return o, ok
}

// knownOrgInfo is knownOrg's body, or none.
func (d *doc) knownOrgInfo(r run) orgInfo {
	o, _ := d.knownOrg(r)
	return o
}

func (d *doc) knownEntity(r run) bool {
	if !d.mayBeKnown(r) {
		return false
	}
	k := d.runLower(r)
	_, a := d.lx.places[k]
	_, b := d.lx.orgs[k]
	return a || b
}

// titleAt reports the length in tokens of the longest title starting at
// token k, or 0.
func (d *doc) titleAt(p, k, limit int) int {
	t := d.paras[p].toks
	// Most tokens start no title: test the first word before building
	// phrases.
	if k >= limit || !t[k].is(wTitleFirst) {
		return 0
	}
	if k > 0 && t[k].text == "General" && (t[k-1].text == "Directorate" || t[k-1].text == "Secretariat") {
		return 0 // "the Directorate General of Foreign Trade": a body
	}
	if t[k].text == "Independent" && !(k+1 < len(t) && d.givenName(&t[k+1])) {
		return 0 // "Independent Rob Tarrant", but not "the Independent Football Regulator"
	}
	var buf [64]byte // on the stack for any usual title
	for n := min(d.lx.titleMax, limit-k); n > 0; n-- {
		b := buf[:0]
		for m := k; m < k+n; m++ {
			if m > k && t[m].text != "." { // "gov ." is "gov."
				b = append(b, ' ')
			}
			b = append(b, t[m].lowBase()...)
		}
		if d.lx.titles[string(b)] { // a map look-up by string(b) does not copy b
			return n
		}
	}
	return 0
}

// orgWordAhead reports a capitalised run from token k that ends, within
// four words, with an organisation's word: "Nuclear Information Center".
func (d *doc) orgWordAhead(p, k int) bool {
	t := d.paras[p].toks
	for m := k; m < len(t) && m < k+4 && t[m].isCap() && t[m].sent == t[k-1].sent; m++ {
		if kind, ok := d.orgWordOf(&t[m]); ok && kind != "government" && (m+1 == len(t) || !t[m+1].isCap()) {
			return true // not "the Democrats' Senate leader"
		}
	}
	return false
}

// titleNext reports whether a title starts at token k, or after one word
// naming its portfolio: "Police Minister", "Health Secretary".
func (d *doc) titleNext(p, k int) bool {
	t := d.paras[p].toks
	if d.titleAt(p, k, min(len(t), k+4)) > 0 {
		return true
	}
	return k+1 < len(t) && t[k].isCap() && t[k+1].sent == t[k].sent && ministerial[t[k+1].lower()] && d.titleAt(p, k+1, min(len(t), k+5)) > 0
}

// entities finds organisations, places and people in every paragraph.
func (d *doc) entities() {
	var cands []candidate
	var rs []run // reused from paragraph to paragraph
	dp, dl := d.dateline()
	for p := range d.paras {
		rs = d.runs(rs[:0], p)
		for _, r := range rs {
			if p == dp && r.i < dl {
				continue
			}
			if c, ok := d.classify(r); ok {
				cands = append(cands, c)
			}
		}
	}
	d.describedOrgs()
	d.resolvePeople(cands)
	d.surnameMentions()
	d.metonymy()
	d.groupAffiliations()
}

// dateline reads the place that opens a wire story ("PORTLAND, Ore. —",
// "NEW DELHI (Reuters) -"), in the first paragraph or the one after a
// byline, records it and returns its paragraph and the number of tokens it
// takes, 0 when the story opens with none.
func (d *doc) dateline() (int, int) {
	if len(d.paras) == 0 {
		return 0, 0
	}
	p := 0
	if len(d.paras) > 1 && len(d.paras[0].toks) > 0 && (d.paras[0].toks[0].text == "By" || d.namesLine(0)) {
		p = 1 // "By TRAVIS OKEKE Associated Press", then "SILVER CREEK, Colo. (AP) —"
	}
	t := d.paras[p].toks
	k := 0
	for k < len(t) && t[k].kind == tWord && len(t[k].text) >= 2 && t[k].text == strings.ToUpper(t[k].text) && t[k].isCap() {
		k++
	}
	if k == 0 {
		return 0, 0
	}
	place := run{p, 0, k}
	e := k
	// ", Ore.", ", Ukraine": the state or country after the city.
	var state run
	if e+1 < len(t) && t[e].text == "," && t[e+1].isCap() {
		state = run{p, e + 1, e + 2}
		e += 2
		if e < len(t) && t[e].text == "." {
			e++
		}
	}
	// "(Reuters)", "(AP)": the agency.
	if e < len(t) && t[e].text == "(" {
		for e < len(t) && t[e].text != ")" && e < k+8 {
			e++
		}
		e++
	}
	if e >= len(t) || t[e].kind != tPunct || !strings.Contains("—–-", t[e].text) || t[e].sent != 0 {
		return 0, 0
	}
	lower := d.runLower(place)
	if pl, ok := d.lx.places[lower]; ok {
		d.addPlace(place, pl)
	} else {
		words := strings.Fields(lower)
		for w := range words {
			words[w] = titleCase(words[w])
		}
		d.addPlace(place, placeInfo{name: strings.Join(words, " "), kind: "region"})
	}
	if state.j > state.i {
		// "COLUMBUS, Ohio —", "OAKVALE, Calif. —": the state is named too.
		if pl, ok := d.knownPlace(state); ok {
			d.addPlace(state, pl)
		} else if pl, ok := d.lx.places[strings.ToLower(d.lx.usStates[strings.TrimSuffix(t[state.i].text, ".")])]; ok {
			d.addPlace(state, pl)
		}
	}
	return p, e + 1
}

// titleWords reports a run of role and portfolio words, the rest of a
// title: "Health Officer".
func (d *doc) titleWords(r run) bool {
	t := d.paras[r.p].toks
	for k := r.i; k < r.j; k++ {
		// (and a word before the last, a role word: "Chief Veterinary
		// Officer" after "Chief")
		if !d.roleWord(t[k]) && !(t[k].isCap() && (t[k].is(wPortfolio) || k < r.j-1 && !d.givenName(&t[k]) && d.roleWord(t[r.j-1]))) {
			return false
		}
	}
	return true
}

// roleWord reports a capitalised word the role list knows, such as
// "Inspector" or "Chair", other than an honorific or a kinship word.
func (d *doc) roleWord(t token) bool {
	if !t.isCap() {
		return false
	}
	lw := t.lowBase()
	c := d.lx.roles[lw]
	if h := strings.LastIndexByte(lw, '-'); c == "" && h > 0 {
		// "Vice-Governor", "Agro-economist", "Lieutenant-Colonel".
		if head := lw[:h]; rankPrefixes[head] || combiningForms[head] || d.lx.roles[head] != "" && d.lx.roles[head] != "honorific" && d.lx.roles[head] != "kin" {
			c = d.lx.roles[lw[h+1:]]
		}
	}
	return c != "" && c != "honorific" && c != "kin"
}

// rankPrefixes join a role with a hyphen: "Vice-Governor".
var rankPrefixes = set("vice", "deputy", "co", "ex", "acting", "under", "assistant", "sub", "chief")

// combiningForms make a trade of a trade with a hyphen: "Agro-economist",
// "Para-athlete".
var combiningForms = set("agro", "agri", "para", "bio", "geo", "eco", "neuro", "socio", "macro", "micro", "hydro", "astro", "paleo", "petro", "ethno", "psycho", "cyber")

// bodyAfter reports whether the text calls the run a body right after it,
// and the kind: "the GDL union", "a Cadem poll" (the noun straight after
// the name), "Axiom Space, the Houston company that…" (an appositive whose
// head is a body noun).
func (d *doc) bodyAfter(r run) (string, bool) {
	t := d.paras[r.p].toks
	j := r.j
	if j >= len(t) || t[j].sent != t[r.i].sent || t[r.j-1].possessive() {
		return "", false
	}
	if t[j].kind == tWord && !t[j].isCap() {
		// "the GDL union", "the populist Sanseito party", "his Voluntad
		// Popular party".
		det := r.i > 0 && t[r.i-1].is(wDeterminer) ||
			r.i > 1 && determiners[t[r.i-2].lower()] && t[r.i-1].kind == tWord && !t[r.i-1].isCap() && !roleStop[t[r.i-1].lower()]
		if kind, ok := lookupIf(t[j].is(wNamedBody), namedBodies, t[j].lowBase()); ok && det && !(j+1 < len(t) && t[j+1].kind == tWord && d.roleOf(&t[j+1]) != "") {
			if k := d.orgKind(r); k != "" && !pollsterNouns[t[j].lowBase()] {
				kind = k // but "the Redbridge Group survey" is a pollster's, a kind of analyst
			}
			return kind, true
		}
		return "", false
	}
	// ", the country's largest lender", ", Germany's second-biggest
	// carmaker,": a determiner, or a place's possessive, opens the description.
	if t[j].text != "," || j+1 >= len(t) || !determiners[t[j+1].lower()] && !(t[j+1].possessive() && d.isPlaceTok(t[j+1])) && !oneOfThe(t, j+1) || d.givenName(&t[r.i]) {
		return "", false
	}
	from := j + 2
	if oneOfThe(t, j+1) {
		from = j + 4 // "Homo Digitalis, one of the digital rights groups"
	}
	for m := from; m < len(t) && m < from+5 && t[m].kind == tWord && t[m].sent == t[r.i].sent && (!t[m].possessive() || !t[m].isCap()); m++ {
		lw := t[m].lowBase()
		if t[m].isCap() || t[m].possessive() {
			continue // "the Houston company", "the Senegalese branch", "the country's largest lender"
		}
		if kind, ok := describedKind(t, m); ok && (kind == "ngo" || kind == "think-tank") {
			return kind, true // ", a digital rights group"
		}
		// Not "a group executive", nor "a consumer watchdog", which are
		// people; but "the third-largest mobile operator" is a company.
		person := personNouns[lw] && !(m > j+2 && (superlative(t[m-1]) || industryWords[t[m-1].lower()]))
		if kind, ok := bodyNouns[lw]; ok && !person && !(m+1 < len(t) && t[m+1].kind == tWord && d.roleOf(&t[m+1]) != "") {
			if kind == "" {
				kind = "other"
			}
			return kind, true
		}
		if m+1 < len(t) && analystTrades[lw] && pollNouns[t[m+1].lowBase()] {
			return "think-tank", true // "Fedesarrollo, a research group in Bogotá", as describedKind reads one before a name
		}
		if d.lx.roles[lw] != "" || roleStop[lw] {
			break
		}
	}
	return "", false
}

// oneOfThe reports "one of the" at t[i].
func oneOfThe(t []token, i int) bool {
	return i+2 < len(t) && t[i].lower() == "one" && t[i+1].lower() == "of" && t[i+2].lower() == "the"
}

// describedBefore reports a noun phrase in lower case that opens with a
// determiner and ends at token k: "a law firm", "the country's regulator".
func describedBefore(t []token, k int) bool {
	for m := k; m >= 0 && m >= k-3; m-- {
		if t[m].kind != tWord || t[m].isCap() || t[m].sent != t[k].sent {
			return false
		}
		if determiners[t[m].lower()] {
			// Not the complement of a role: "the head of the civil
			// protection agency, NAME".
			return m < k && !(m > 0 && (rolePreps[t[m-1].lower()] || t[m-1].lower() == "of"))
		}
	}
	return false
}

// determinedAt reports a noun phrase ending at k that a determiner or an
// owner opens: "the tour operator", "Kenya's mobile operator".
func determinedAt(t []token, k int) bool {
	for m := k - 1; m >= 0 && m >= k-3 && t[m].kind == tWord && t[m].sent == t[k].sent; m-- {
		if determiners[t[m].lower()] || t[m].possessive() {
			return true
		}
	}
	return false
}

// personNouns name a body and, as often, a person: "a consumer watchdog".
var personNouns = set("watchdog", "regulator", "developer", "operator")

// industryWords before a person noun make it a business: "a mobile
// operator", "a property developer".
var industryWords = set("mobile", "network", "telecoms", "telecom", "wireless", "broadband", "satellite", "cable", "rail", "train", "bus", "ferry", "port", "grid", "pipeline", "property", "software", "game", "games", "real-estate", "tour", "casino")

// superlative reports a word such as "largest" or "third-biggest".
func superlative(t token) bool {
	w := t.lower()
	if _, rest, ok := strings.Cut(w, "-"); ok {
		w = rest
	}
	return t.kind == tWord && len(w) > 4 && strings.HasSuffix(w, "est") && w != "interest" && w != "forest" && w != "honest" && w != "modest" && w != "protest"
}

// determiners open the noun phrase a name and a body noun make.
var determiners = set("the", "a", "an")

// pollsterNouns follow a pollster's name: "the Forsa institute", "a Redbridge
// Group survey".
var pollsterNouns = set("poll", "survey", "pollster", "institute")

// possessivePronouns stand where a determiner would: "his Voluntad Popular party".
var possessivePronouns = set("his", "her", "their", "its", "our")

// namedBodies follow a name to say it is a body: "the Sanseito party".
var namedBodies = map[string]string{
	"party": "party", "union": "other", "group": "other", "company": "company", "firm": "company",
	"poll": "think-tank", "survey": "think-tank", "pollster": "think-tank", "institute": "think-tank", "agency": "other", "bank": "company",
	"movement": "party", "coalition": "party", "alliance": "other", "militia": "military", "network": "media",
}

// candidate is a run that may name a person.
type candidate struct {
	r        run // the name tokens
	title    string
	honor    bool // Mr, Dr, Prof: a person, but no role
	prefix   run  // tokens before the title ("Zimbabwe" in "Zimbabwe President X")
	titleI   int  // first token of the title
	evidence int
	strong   bool
}

func (d *doc) classify(r run) (candidate, bool) {
	t := d.paras[r.p].toks
	text := d.runText(r)
	if d.mayBeKnown(r) {
		lower := d.runLower(r)
		if pl, ok := d.lx.places[lower]; ok {
			d.addPlace(r, pl)
			return candidate{}, false
		}
		if o, ok := d.lx.orgs[lower]; ok {
			d.addOrg(r, o.name, o.kind, text)
			return candidate{}, false
		}
	}
	// "The Herald Sun understands": a news outlet, the article's own above
	// all, is no one.
	if d.isOutlet(text) {
		d.addOrg(r, text, "media", text)
		return candidate{}, false
	}
	// "who lives near Newton Stewart", "a blaze near Pedrógão Grande": what
	// is near is a place (or a body's site: "near Kenting National Park").
	if r.i > 0 && t[r.i-1].lower() == "near" && t[r.i-1].sent == t[r.i].sent && !slices.ContainsFunc(t[r.i:r.j], d.isOrgWord) {
		return candidate{}, false
	}
	// "the University of the West Indies, St Augustine": a saint's name
	// opening a run is a place's, a church's or a school's, no one's.
	if t[r.i].text == "St" && r.j-r.i >= 2 {
		return candidate{}, false
	}
	// "across Greater Buenos Aires": a known place's wider area.
	if t[r.i].text == "Greater" && r.j-r.i >= 2 {
		if pl, ok := d.knownPlace(run{r.p, r.i + 1, r.j}); ok {
			d.addPlace(r, placeInfo{name: text, kind: "region", country: pl.country})
			return candidate{}, false
		}
	}
	// "around Lake Garda", "Mount Kenya", "Port Moresby": a place's kind
	// opening a run names a place.
	if t[r.i].is(wPlaceHead) && placeHeads[t[r.i].text] && r.j-r.i >= 2 && !d.titleIn(r) && !d.orgWordIn(r.p, r.i, r.j) {
		return candidate{}, false
	}
	// "told Cabinet Tuesday": no one's name holds a weekday.
	for k := r.i + 1; k < r.j; k++ {
		if _, ok := lookupIf(t[k].is(wDay), weekdays, t[k].text); ok {
			return candidate{}, false
		}
	}
	// "the homelessness charity Shekinah's outreach team": a name its
	// description opens is a body's, in the possessive too.
	if r.i >= 2 && t[r.j-1].possessive() && t[r.i-1].sent == t[r.i].sent && !t[r.i-1].isCap() && r.j-r.i <= 3 {
		if kind, ok := describedKind(t, r.i-1); ok {
			name := strings.TrimSuffix(strings.TrimSuffix(text, "'s"), "’s")
			d.addOrg(r, name, kind, name)
			return candidate{}, false
		}
	}
	// "A Northern Health spokeswoman said": a name between "a" and a role
	// is a body's.
	if r.j < len(t) && (r.i > 0 && (t[r.i-1].lower() == "a" || t[r.i-1].lower() == "an") || r.j-r.i >= 2 && (t[r.i].text == "A" || t[r.i].text == "An")) &&
		t[r.j].sent == t[r.i].sent && !t[r.j].isCap() && d.isRoleWord(t[r.j]) {
		if !d.titleIn(r) && !d.givenName(&t[r.i]) {
			kind := d.orgKind(r)
			if kind == "" {
				kind = "other"
			}
			d.addOrg(r, text, kind, text)
		}
		return candidate{}, false
	}
	// "Opposition MPs", "Labour MSPs": members in the plural are no one.
	if last := t[r.j-1].text; len(last) >= 3 && last[len(last)-1] == 's' && isAcronym(last[:len(last)-1]) {
		return candidate{}, false
	}
	// "Previously, …", "Reacting to the ruling, …": a word opening a
	// sentence as an adverb or a participle does, alone, is no name.
	if r.j-r.i == 1 && (r.i == 0 || t[r.i-1].sent != t[r.i].sent) && !d.givenName(&t[r.i]) {
		if lw := t[r.i].lower(); len(lw) > 6 && (strings.HasSuffix(lw, "ly") || strings.HasSuffix(lw, "ing")) {
			return candidate{}, false
		}
	}
	// "Tue 20 Nov 2018": a weekday's short form before its date.
	if r.j-r.i == 1 && datedAt(t, r.i) {
		return candidate{}, false
	}
	// "the Labour MP for Leeds North": a seat, no one.
	if r.i >= 2 && t[r.i-1].lower() == "for" && (postOffices[t[r.i-2].text] || t[r.i-2].text == "Member") {
		return candidate{}, false
	}
	// "NAME, 56, of Noble Park", "NAME, 52, from Pontypridd": where
	// someone of that age lives.
	if r.i >= 4 && (t[r.i-1].lower() == "of" || t[r.i-1].lower() == "from") && t[r.i-2].text == "," && t[r.i-3].kind == tNum && t[r.i-4].text == "," {
		return candidate{}, false
	}
	// "NAME, of Pontypridd, the director": so too after a name.
	if r.i >= 4 && (t[r.i-1].lower() == "of" || t[r.i-1].lower() == "from") && t[r.i-2].text == "," && t[r.i-3].isCap() && t[r.i-4].isCap() &&
		t[r.i-4].sent == t[r.i].sent && !d.orgWordIn(r.p, r.i-4, r.i-2) && !d.orgWordIn(r.p, r.i, r.j) && d.orgNamed(d.runText(r)) == "" {
		return candidate{}, false
	}
	// "Now I'm told": no name holds "I".
	for k := r.i; k < r.j; k++ {
		if t[k].flags&(wFirstPerson|wApos) != 0 && firstPerson[t[k].nrm] {
			return candidate{}, false
		}
	}
	// "a 31-year-old Paris Saint-Germain season-ticket holder": a name
	// between an age and the noun it describes is a team's or a place's.
	if r.i > 0 && strings.HasSuffix(t[r.i-1].lower(), "-year-old") && r.j < len(t) && t[r.j].kind == tWord && !t[r.j].isCap() && t[r.j].sent == t[r.i].sent {
		if next := t[r.j].lower(); d.lx.roles[next] != "" || agentNoun(next) || lifeNouns[next] || strings.Contains(next, "-") {
			return candidate{}, false
		}
	}
	// "Surfers Against Sewage": a campaign named for what it opposes;
	// "University Medical Center Hamburg-Eppendorf", "World Athletics":
	// no one's name starts with a university's word or "World".
	if r.j-r.i >= 2 {
		for k := r.i + 1; k < r.j-1; k++ {
			if t[k].text == "Against" {
				kind := "ngo"
				if d.orgKind(run{r.p, r.i, k}) == "government" {
					kind = "government" // "Investigating Directorate Against Corruption"
				}
				d.addOrg(r, text, kind, text)
				return candidate{}, false
			}
		}
		for k := r.i + 1; k < r.j-1; k++ {
			if namePrepositions[t[k].text] && !d.titleIn(r) {
				// "the opposition Unión por la Patria bloc", "Médecins
				// Sans Frontières": a preposition no one's name holds (but
				// "Unión por la Patria Senator NAME" holds a name too).
				kind := d.orgKind(r)
				if kind == "" {
					kind = "other"
				}
				d.addOrg(r, text, kind, text)
				return candidate{}, false
			}
		}
		if first := t[r.i].text; first == "World" && r.j-r.i == 2 || (first == "University" || first == "Institute" || first == "College" || foreignSchools[first]) && r.j-r.i >= 3 {
			kind := d.orgKind(r)
			if kind == "" {
				kind = d.orgWordKind(&t[r.i])
			}
			if kind == "" {
				kind = "other"
			}
			d.addOrg(r, text, kind, text)
			return candidate{}, false
		}
	}
	// "Minister for Climate Change", "Food and Rural Affairs": a
	// portfolio's words are no one's name.
	if r.j-r.i >= 2 && portfolioEnd(t, r.i) == r.j && !d.givenName(&t[r.i]) ||
		r.j-r.i == 1 && t[r.i].is(wPortfolio) && r.i > 0 && t[r.i-1].text == "," && r.j < len(t) && (t[r.j].lower() == "and" || t[r.j].text == ",") {
		return candidate{}, false // and "Minister of Infrastructure, Communications and Transport"
	}
	// "Minister of Water", set off before a name: a title, not a body.
	if n := d.titleAt(r.p, r.i, r.j); n > 0 && r.i+n+1 < r.j && (t[r.i+n].lower() == "of" || t[r.i+n].lower() == "for") && portfolioEnd(t, r.i+n+1) == r.j {
		return candidate{}, false
	}
	// "Victoria Legal Aid (VLA)": a name its initials follow in brackets is
	// a body's, whatever its first word.
	if r.j-r.i >= 2 && bracketAcronym(t, r.j) && initials(text) == t[r.j+1].text {
		kind := d.orgKind(r)
		if kind == "" {
			kind = "other"
		}
		d.addOrg(r, text, kind, text)
		return candidate{}, false
	}
	// "ByteDance", "PayPal": one word with a capital inside is a company's
	// name, not a person's ("McDonald", "DeSantis" and the like aside).
	if r.j-r.i == 1 && camelCase(t[r.i].base()) {
		d.addOrg(r, text, "company", text)
		return candidate{}, false
	}
	// "Greenpeace Brazil", "Amnesty International UK": a known body's
	// branch in a country.
	for n := 1; n <= 2 && r.j-r.i > n; n++ {
		// (and "Amnesty International Hong Kong": a place of two words)
		if _, ok := d.knownPlace(run{r.p, r.j - n, r.j}); ok {
			if o, ok := d.knownOrg(run{r.p, r.i, r.j - n}); ok {
				d.addOrg(r, text, o.kind, text)
				return candidate{}, false
			}
		}
	}
	// "on Monday, the president said": a day is no one.
	if _, day := lookupIf(t[r.i].is(wDay), weekdays, t[r.i].base()); day && r.j-r.i == 1 {
		return candidate{}, false
	}
	// "(PDP, Enugu East)", "(APC-Kano)": a seat after a party's letters.
	if r.j < len(t) && t[r.j].text == ")" && r.i >= 1 {
		if r.i >= 3 && (t[r.i-1].text == "," || t[r.i-1].text == "-") && isAcronym(t[r.i-2].text) && t[r.i-3].text == "(" {
			return candidate{}, false
		}
		if acr, _, ok := strings.Cut(t[r.i].text, "-"); ok && t[r.i-1].text == "(" && isAcronym(acr) {
			return candidate{}, false
		}
	}
	// "a Lafayette Republican": a place and a party, no one's name.
	if last := t[r.j-1]; r.j-r.i >= 2 && r.i > 0 && (t[r.i-1].lower() == "a" || t[r.i-1].lower() == "an") && (last.text == "Republican" || last.text == "Democrat") {
		return candidate{}, false
	}
	// "Labour's candidate in Cardiff North", "a CNRP lawmaker from Kampong
	// Cham": a place, not a person, where the text names no given name.
	if r.i >= 2 && !d.givenName(&t[r.i]) && !t[r.j-1].possessive() && t[r.i-1].sent == t[r.i].sent && !dateName(t[r.i]) && !d.isCommon(&t[r.i]) {
		if prep := t[r.i-1].lower(); prep == "in" || prep == "from" && d.roleOf(&t[r.i-2]) != "" {
			if d.orgKind(r) == "" && !d.orgWordIn(r.p, r.i, r.j) {
				d.addPlace(r, placeInfo{name: text, kind: "region"})
				return candidate{}, false
			}
		}
	}
	// "the race for mayor of Harlan Springs", "the town of Kerikeri",
	// "Sakuradai, a city of about 78,000 people": a town.
	if (townOf(t, r.i) || townAfter(t, r.j)) && !t[r.j-1].possessive() && d.orgKind(r) == "" && !d.orgWordIn(r.p, r.i, r.j) && !d.titleIn(r) {
		d.addPlace(r, placeInfo{name: text, kind: "region"})
		return candidate{}, false
	}
	// "the University of California, Irvine,": one word after a body and a
	// comma names its campus or seat, not a person.
	// (And "at St Mary's University, Twickenham,": a school's word ends
	// the body, though no body was recorded.)
	if r.j-r.i == 1 && r.i >= 2 && t[r.i-1].text == "," && (d.orgEndsAt(r.p, t[r.i-2].end) || t[r.i-2].isCap() && schoolHeads[t[r.i-2].base()] && r.j < len(t) && t[r.j].kind == tPunct) {
		return candidate{}, false
	}
	// "the Liberal Democrats", "the Sweden Democrats": a name that ends in
	// a party's plural is a party.
	if last := t[r.j-1]; r.j-r.i >= 2 && last.isCap() && partyPlurals[last.base()] {
		d.addOrg(r, text, "party", text)
		return candidate{}, false
	}
	// "Corvanta said" after "Corvanta Therapeutics": a body's first word,
	// alone, is that body.
	if o := d.orgByFirstWord(r); o != nil {
		d.addOrg(r, o.name, o.kind, text)
		d.paras[r.p].claimed[r.i] = true
		return candidate{}, false
	}
	// "The Australian Energy Producers, which represents the industry,
	// said": a name that which-clause describes is a body's.
	if r.j+2 < len(t) && t[r.j].text == "," && t[r.j+1].lower() == "which" && bodyVerbs[t[r.j+2].lower()] && !d.givenName(&t[r.i]) {
		kind := d.orgKind(r)
		if kind == "" {
			kind = "other"
		}
		d.addOrg(r, strings.TrimPrefix(text, "The "), kind, text)
		return candidate{}, false
	}
	// "Israel's largest labor federation, the Histadrut, declared": a body
	// described, then named in apposition.
	if r.i >= 3 && t[r.i-1].lower() == "the" && t[r.i-2].text == "," && r.j < len(t) && t[r.j].text == "," && t[r.i-3].sent == t[r.i].sent && !t[r.i-3].isCap() {
		if kind, ok := bodyNouns[t[r.i-3].lowBase()]; ok && !d.givenName(&t[r.i]) {
			if kind == "" {
				kind = "other"
			}
			d.addOrg(r, text, kind, text)
			return candidate{}, false
		}
	}
	// "the food delivery company DashCart", "the research firm TechInsights":
	// a name right after a body's description in lower case.
	k := r.i - 1
	if k >= 2 && t[k].text == "," && r.j < len(t) && t[r.j].text == "," && !personNouns[t[k-1].lower()] && describedBefore(t, k-1) {
		// "A law firm, Harlow Legal, said": the description as appositive
		// (but "Counsel assisting the commission, Ruth Abernethy, said"
		// names a person, whose given name opens the name).
		k--
		if d.givenName(&t[r.i]) && r.j-r.i >= 2 && r.j-r.i <= 3 && !d.orgWordIn(r.p, r.i, r.j) {
			k = -1
		}
	}
	if k >= 0 && t[k].kind == tWord && describing(t[k]) && t[k].sent == t[r.i].sent && r.j-r.i <= 5 {
		kind, ok := lookupIf(t[k].is(wBodyNoun), bodyNouns, t[k].lower())
		dk, described := describedKind(t, k)
		if ok && !described && personNouns[t[k].lower()] && d.givenName(&t[r.i]) && !determinedAt(t, k) {
			ok = false // "Tour operator John Smith said": a trade before a name, not "the retailer John Lewis"
		}
		if (ok || described) && !t[r.j-1].possessive() {
			if described {
				kind = dk // "the charity Safe Passage Network", "the consumer group OCU", "the nonprofit Derechos Digitales"
			}
			if kind == "" {
				kind = "other"
			}
			d.addOrg(r, strings.TrimSuffix(text, "."), kind, text)
			return candidate{}, false
		}
	}
	// "the GDL union", "a Cadem poll", "Axiom Space, the Houston company
	// building the suits": a name the text calls a body.
	if kind, ok := d.bodyAfter(r); ok {
		if kind == "" || kind == "other" {
			kind = vaguer(kind, d.orgKind(r))
		}
		d.addOrg(r, text, kind, text)
		return candidate{}, false
	}
	// "the General Data Protection Regulation": a law, whose words are no
	// one's name or title.
	if last := t[r.j-1]; r.j-r.i >= 2 && (last.is(wLawWord) || last.text == "Law" && lawKinds[t[r.j-2].lower()]) && last.isCap() {
		d.laws = append(d.laws, d.runSrc(r))
		for k := r.i; k < r.j; k++ {
			d.paras[r.p].claimed[k] = true
		}
		return candidate{}, false
	}
	// "the James Webb Space Telescope", "the Billie Jean King Cup": a
	// thing's name is no one's and holds no title.
	if last := t[r.j-1]; last.is(wThing) && last.isCap() && r.j-r.i >= 2 {
		return candidate{}, false
	}
	// "the Ben Woollacott ferry", "the La Esperanza mine": a name between
	// "the" and a thing's kind in lower case is the thing's.
	if r.i > 0 && r.j < len(t) && t[r.i-1].lower() == "the" && t[r.j].sent == t[r.i].sent && !t[r.j].isCap() && (thingWords[t[r.j].lowBase()] || namedThings[t[r.j].lowBase()]) {
		return candidate{}, false
	}
	// "Lifford Lane", "Francis St", "Somerville Rd": a street; a short
	// form of one ends no one's name, a word may be a surname ("Sophie
	// Lane").
	if last := t[r.j-1]; r.j-r.i >= 2 && last.is(wStreet) && (streetAbbrevs[last.base()] || streetWords[last.base()] && !d.givenName(&t[r.i])) {
		return candidate{}, false
	}
	// A title splits the run: "Zimbabwe President | Robert Mugabe".
	c := candidate{}
	// "Secretary for Housing Ho Ka-yan", "Minister for Foreign Affairs
	// NAME": a title, "for" and the portfolio in common words, then a name.
	forAt := r.i - 1
	join := r.i - 1
	if r.i >= 5 && t[join].lower() == "the" && t[join-1].lower() == "and" {
		join-- // "Minister of Climate and the Environment NAME"
	}
	if join >= 3 && (t[join].lower() == "and" || t[join].text == ",") && t[join].sent == t[r.i].sent {
		// "Senior Minister of State for Trade and Industry Koh Mei Ling":
		// the portfolio runs on past "and"; "Minister of Transport, Works
		// and Water Resources NAME": and past a comma.
		f := join - 1
		for f > 1 && (t[f].isCap() && t[f].is(wPortfolio) || t[f].text == "," && t[f-1].isCap() && t[f-1].is(wPortfolio)) {
			f--
		}
		if f < join-1 && (t[f].lower() == "for" || t[f].lower() == "of") {
			forAt = f // and "Minister of Economy and Finance NAME"
		}
	}
	the := forAt == r.i-1 && forAt >= 2 && t[forAt].lower() == "the" && (t[forAt-1].lower() == "for" || t[forAt-1].lower() == "of")
	if the {
		forAt-- // "Secretary of State for the Environment NAME"
	}
	if forAt >= 1 && (t[forAt].lower() == "for" || t[forAt].lower() == "of") && t[forAt].sent == t[r.i].sent {
		for n := min(4, forAt); n >= 1; n-- { // the longest title: "Senior Minister of State"
			// A role word the title list lacks, capitalised, takes a
			// portfolio too, before a given name: "Head of Corporate
			// Communications NAME", "Supervisor of Elections NAME".
			role := false
			if d.titleAt(r.p, forAt-n, forAt) != n {
				if role = n == 1 && d.roleWord(t[forAt-1]); !role {
					continue
				}
			}
			e := r.i
			if r.j-r.i >= 4 && !d.givenName(&t[e]) && !t[e].is(wPortfolio) && t[e+1].is(wPortfolio) && !d.givenName(&t[e+1]) {
				e++ // "Deputy Mayor for Territorial Development NAME": a word that qualifies the portfolio
			}
			for e < r.j && t[e].is(wPortfolio) && !d.givenName(&t[e]) {
				e++
			}
			// "Minister of Finance and Prices Mariela Cárdenas Ruiz": a
			// portfolio word the list lacks, before a given name.
			for g := e + 1; g < r.j-1 && g <= e+2; g++ {
				if d.givenName(&t[g]) {
					if portfolioLike(t[e].lower()) && (g == e+1 || portfolioLike(t[e+1].lower())) {
						e = g
					}
					break
				}
			}
			// After "the", a body's name ends as often: only a given name
			// starts the person's ("president of the Public Transport Users
			// Association").
			// (Or a given name written after the surname, as a hyphened
			// pair: "Minister of the Interior Hsu Kuo-cheng".)
			if e > r.i && r.j-e >= 2 && capsOnly(t[e:r.j]) && (!the && !role || d.givenName(&t[e]) || r.j-e == 2 && hyphenGiven(t[e+1].text)) {
				c.titleI = forAt - n
				c.title = d.paras[r.p].text[t[c.titleI].start:t[e-1].end]
				c.strong = true
				if b := c.titleI - 1; b >= 0 && t[b].sent == t[c.titleI].sent && len(t[b].text) >= 2 && isAcronym(t[b].text) {
					c.prefix = run{r.p, b, c.titleI} // "ACC Head of Corporate Communications NAME": the body's letters
				}
				r = run{r.p, e, r.j}
			}
			break
		}
	}
	for k := r.i; k < r.j; k++ {
		if k > r.i && (t[k-1].lower() == "of" || t[k-1].lower() == "for") {
			continue // "Department of Justice and Community Safety": a title's word in a body's name
		}
		if n := d.titleAt(r.p, k, r.j); n > 0 && k+n < r.j && !t[k+n-1].possessive() && !d.bodyThenTitle(r, k+n) && !(n == 1 && isAcronym(t[k].text) && d.spelledOut(t[k].text) != "") && !(k > r.i && k+n+1 == r.j && d.bodyTail(t[k+n])) {
			if c.title != "" && !c.honor && k > r.i && (d.lx.roles[strings.ToLower(strings.TrimSuffix(t[k].text, "."))] == "honorific" || t[k].lowBase() == "professor" || t[k].lowBase() == "prof") && d.titleWords(run{r.p, r.i, k}) {
				// "Chief Health Officer Dr Miriam Castellano": the office
				// says more than the honorific after it.
				c.title = d.paras[r.p].text[t[c.titleI].start:t[k-1].end]
				r = run{r.p, k + n, r.j}
				k += n - 1
				continue
			}
			from := k
			if c.title != "" && k == r.i && c.prefix.j == c.titleI {
				from = c.titleI // a title right after a title: "Lt. Col."
			} else {
				c.prefix = run{r.p, r.i, k}
			}
			c.title = d.paras[r.p].text[t[from].start:t[k+n-1].end]
			c.honor = d.lx.roles[strings.ToLower(strings.TrimSuffix(c.title, "."))] == "honorific"
			c.titleI = from
			r = run{r.p, k + n, r.j}
			k += n - 1
			c.strong = true
			if r.i+1 < r.j && (t[r.i].lower() == "for" || t[r.i].lower() == "of") && (d.isRoleWord(t[k]) || t[k].text == "State") {
				// "Minister for Railways Hisham Abdel-Ghaffar": a
				// title's portfolio, run into the name.
				if e := portfolioEndLoose(t, r.i+1); e > r.i+1 && r.j-e >= 2 && capsOnly(t[e:r.j]) && (d.givenName(&t[e]) || r.j-e == 2 && hyphenGiven(t[e+1].text) || r.j-e == 3 && hyphenGiven(t[e+2].text)) {
					c.title = d.paras[r.p].text[t[from].start:t[e-1].end]
					r = run{r.p, e, r.j}
					break
				}
				// "Permanent Secretary for Budget and Economic Affairs
				// Kelvin Chisanga": the portfolio, then two words that close
				// the run, a given name and a surname the list lacks.
				if e := portfolioEndLoose(t, r.i+1); e > r.i+1 && r.j-e == 2 && capsOnly(t[e:r.j]) && !d.isOrgWord(t[e]) && !d.isOrgWord(t[e+1]) && !d.isPlaceTok(t[e]) && !portfolioLike(t[e].lower()) {
					c.title = d.paras[r.p].text[t[from].start:t[e-1].end]
					r = run{r.p, e, r.j}
					break
				}
			}
		}
	}
	// "Chief Inspector Laura Hughes": role words after a known title are
	// part of it.
	if c.title != "" {
		e := r.i
		for e < r.j && (d.roleWord(t[e]) && t[e].lowBase() != "professor" || d.titleInner(t, e, r.j)) {
			e++ // and "Chief Health Officer", "Chief Fire Officer", but not "Professor" before the name
		}
		if e > r.i && r.j-e >= 2 {
			c.title = d.paras[r.p].text[t[c.titleI].start:t[e-1].end]
			r = run{r.p, e, r.j}
		}
	}
	// "the Commissioner for Children": a title's portfolio, with no name
	// after it.
	if c.title != "" && (t[r.i].text == "for" || t[r.i].text == "of") {
		return candidate{}, false
	}
	// "Detective Chief Inspector Laura Hughes", "FTC Chair Dana Ruiz":
	// capitalised role words before a name of two words or more are its
	// title, though the title list lacks them.
	if c.title == "" && d.orgKind(r) == "" {
		for k := r.i; k+2 < r.j; k++ {
			// ("Boilermaker Nick Papadopoulos": a trade opening a sentence
			// before a given name, which the list lacks.)
			trade := k == r.i && (k == 0 || t[k-1].sent != t[k].sent) && (agentNoun(t[k].lower()) || lifeNouns[t[k].lower()]) && !d.givenName(&t[k]) && d.givenName(&t[k+1]) && !d.isOrgWord(t[k]) && !d.isPlaceTok(t[k])
			if !d.roleWord(t[k]) && !trade || d.bodyThenTitle(r, k+1) || isAcronym(t[k].text) && d.spelledOut(t[k].text) != "" {
				continue // and "DA Assistant Secretary" after "the Department of Agriculture (DA)"
			}
			e := k + 1
			// and "Chief Health Officer": a portfolio inside the title.
			for e < r.j && (d.roleWord(t[e]) || d.titleInner(t, e, r.j)) {
				e++
			}
			name := e < r.j && t[e].isCap()
			for m := e; m < r.j && name; m++ {
				name = t[m].isCap() || particles[t[m].lower()] || t[m].text == "."
			}
			if r.j-e >= 2 && name && !t[e-1].possessive() {
				c.prefix = run{r.p, r.i, k}
				c.title = d.paras[r.p].text[t[k].start:t[e-1].end]
				c.titleI = k
				c.strong = true
				r = run{r.p, e, r.j}
			}
			break
		}
	}
	// "Economist Dr Anand Persad": a role opening the sentence before an
	// honorific is the title, the honorific dropped.
	if c.honor && c.prefix.j-c.prefix.i == 1 && c.prefix.i == c.titleI-1 && d.isRoleWord(t[c.prefix.i]) && !d.isOrgWord(t[c.prefix.i]) &&
		(c.prefix.i == 0 || t[c.prefix.i-1].sent != t[c.prefix.i].sent) {
		c.title, c.titleI, c.honor, c.prefix = t[c.prefix.i].text, c.prefix.i, false, run{}
	}
	if c.prefix.j > c.prefix.i {
		pt, lpt := d.runText(c.prefix), d.runLower(c.prefix)
		if pl, ok := d.lx.places[lpt]; ok {
			d.addPlace(c.prefix, pl)
		} else if _, generic := d.lx.orgWords[lpt]; ((generic || partyAdjectives[pt]) && c.prefix.j-c.prefix.i == 1 || portfolioEnd(t, c.prefix.i) == c.prefix.j) && ministerial[strings.ToLower(lastWord(c.title))] {
			// "Police Minister", "Labour Minister", "Public Utilities
			// Minister": a portfolio, not a body.
			c.title = d.paras[r.p].text[t[c.prefix.i].start:t[r.i-1].end]
			c.titleI = c.prefix.i
			c.prefix = run{}
			if k := c.titleI; k >= 1 && t[k].lowBase() == "affairs" && t[k-1].sent == t[k].sent {
				// "Veterans' Affairs Minister", "Women's Affairs Minister":
				// whose affairs they are is the portfolio's.
				if t[k-1].possessive() && t[k-1].kind == tWord {
					c.titleI = k - 1
				} else if k >= 2 && (t[k-1].text == "'" || t[k-1].text == "’") && t[k-2].end == t[k-1].start && strings.HasSuffix(t[k-2].text, "s") {
					c.titleI = k - 2
				}
				c.title = d.paras[r.p].text[t[c.titleI].start:t[r.i-1].end]
			}
		} else if o, ok := d.lx.orgs[lpt]; ok {
			d.addOrg(c.prefix, o.name, o.kind, pt)
		} else if kind := d.orgKind(c.prefix); kind != "" {
			d.addOrg(c.prefix, pt, kind, pt)
		} else if name := d.orgNamed(pt); name != "" || isAcronym(pt) && len(pt) >= 2 && c.prefix.j-c.prefix.i == 1 {
			// "FTC Chair Dana Ruiz": a body named before, or its acronym.
			if name == "" {
				name = pt
			}
			d.addOrg(c.prefix, name, "other", pt)
		} else if pl, ok := d.placeOf(&t[c.prefix.i]); ok && (pl.kind == "demonym" || pl.kind == "country") && c.prefix.j-c.prefix.i >= 2 {
			// "French Fisheries Minister": the country, then the title.
			c.title = d.paras[r.p].text[t[c.prefix.i+1].start:t[r.i-1].end]
			c.titleI = c.prefix.i + 1
			c.prefix = run{r.p, c.prefix.i, c.prefix.i + 1}
			d.addPlace(c.prefix, pl)
		} else if partyAdjectives[pt] && pt != "Opposition" {
			// "Labour TD NAME": a party's member.
			d.addOrg(c.prefix, pt, "party", pt)
		} else if name := d.prefixBody(c.prefix); name != "" {
			// "DA Assistant Secretary NAME" after "the Department of
			// Agriculture (DA)": the body's letters, then the title.
			acr := t[c.prefix.i].text
			c.title = d.paras[r.p].text[t[c.prefix.i+1].start:t[r.i-1].end]
			c.titleI = c.prefix.i + 1
			c.prefix = run{r.p, c.prefix.i, c.prefix.i + 1}
			d.addOrg(c.prefix, name, d.orgKindOf(name), acr)
		} else {
			// "Communications Minister": the words before belong to the title;
			// but "Vice-Chancellor Professor NAME" holds the office, and
			// the professorship is an honour.
			end := r.i - 1
			if lw := t[end].lowBase(); (lw == "professor" || lw == "prof") && end > c.prefix.i && d.roleWord(t[end-1]) {
				end--
			}
			c.title = d.paras[r.p].text[t[c.prefix.i].start:t[end].end]
			c.titleI = c.prefix.i
			c.prefix = run{}
		}
	}
	// "General Motors", "Major League Soccer": a title before an
	// organisation word is no title.
	if c.title != "" && (d.orgKind(r) != "" || d.orgWordIn(r.p, r.i, r.j) && !d.givenName(&t[r.i])) {
		full := run{r.p, c.titleI, r.j}
		if c.prefix.j > c.prefix.i {
			full.i = c.prefix.i
		}
		ft := d.runText(full)
		kind := d.orgKind(r)
		if kind == "" {
			kind = "other"
		}
		d.addOrg(full, ft, kind, ft)
		return candidate{}, false
	}
	if lw := t[r.j-1].lowBase(); c.title == "" && r.j-r.i >= 2 && t[r.j-1].is(wPlaceWord) && (placeWords[lw] && !(lw == "lake" && r.j-r.i == 2 && (d.givenName(&t[r.i]) || d.speaksNext(t, r.j))) || landforms[lw] && !d.givenName(&t[r.i])) {
		// (but "Maria Lake": a given name and a surname; "Shanelle Lake
		// said", "Shanelle Lake, executive director of…": one who speaks
		// or has a role)
		if d.orgWordIn(r.p, r.i, r.j-1) {
			// "Riverbend Unified School District", "Metropolitan Water
			// District": a body that governs the place.
			d.addOrg(r, text, "government", text)
			return candidate{}, false
		}
		d.addPlace(r, placeInfo{name: text, kind: "region"})
		return candidate{}, false
	}
	if c.title == "" {
		last := t[r.j-1].lowBase()
		if lawWords[last] {
			// "the Bill": a law, whose word is no one's name.
			for k := r.i; k < r.j; k++ {
				d.paras[r.p].claimed[k] = true
			}
			return candidate{}, false
		}
		if kind := d.orgKind(r); kind != "" {
			// A lone organisation word opening a sentence or quotation
			// ("Press freedom concerns ...") is a common noun.
			first := r.i == 0 || t[r.i-1].sent != t[r.i].sent || t[r.i-1].text == "“" || t[r.i-1].text == "\""
			if r.j-r.i == 1 && first {
				return candidate{}, false
			}
			d.addOrg(r, text, kind, text)
			return candidate{}, false
		}
		if r.j-r.i == 1 && isAcronym(t[r.i].base()) {
			if !strings.HasSuffix(t[r.i].text, "s") || t[r.i].possessive() {
				d.addOrg(r, t[r.i].base(), "other", t[r.i].base())
			}
			return candidate{}, false
		}
	}
	// "Deutsche Bahn", "Turkish Airlines": a name led by a demonym is a
	// body's.
	if pl, ok := d.placeOf(&t[r.i]); ok && pl.kind == "demonym" && c.title == "" && r.j-r.i == 2 && !t[r.i].possessive() {
		if _, ok := d.placeOf(&t[r.i+1]); !ok && t[r.i+1].kind == tWord && !d.givenName(&t[r.i+1]) {
			kind := d.orgKind(r)
			if kind == "" {
				kind = "company"
			}
			d.addOrg(r, text, kind, text)
			return candidate{}, false
		}
	}
	// "in August": a month after a preposition is no one's name.
	if r.j-r.i == 1 && monthTokens[t[r.i].lower()] && r.i > 0 && monthPreps[t[r.i-1].lower()] {
		return candidate{}, false
	}
	// "Rachel Hume Social affairs correspondent": a byline's name, then
	// the writer's desk.
	if n := d.deskByline(r.p); n > 0 && r.i == 0 && r.j > n {
		r.j = n
	}
	// "Julian Ashcombe KC", "Dame Ann Lee DBE": letters after a name are
	// no part of it.
	if r.j-r.i >= 3 && postNominals[t[r.j-1].base()] {
		r.j--
	} else if name := (run{r.p, r.i, r.j - 1}); r.j-r.i >= 3 && postOffices[t[r.j-1].base()] && (r.i == 0 || !determiners[t[r.i-1].lower()]) &&
		d.orgKind(name) == "" && d.knownOrgInfo(name).name == "" {
		r.j-- // but "a Fine Gael TD" is a party's
	}
	// Names do not hold place words, titles or capitals-only words.
	for k := r.i; k < r.j; k++ {
		b := t[k].base()
		lb := t[k].lowBase()
		if t[k].kind == tPunct && t[k].text == "." && k > r.i && initial(t[k-1]) {
			continue
		}
		if initial(t[k]) && k+1 < r.j && t[k+1].text == "." {
			continue
		}
		// "Sofia Marchetti", "Florence Mbeki": a given name that is also a
		// place's, before a surname; not "the Santiago Bernabéu". After a
		// title any first name may be a place's: "Environment Secretary
		// Rosario Dimaculangan".
		if k == r.i && r.j-r.i >= 2 && (d.givenName(&t[k]) || c.title != "" && !c.honor && r.j-r.i == 2 && !d.isPlaceTok(t[k+1])) && (k == 0 || t[k-1].lower() != "the") {
			continue
		}
		// "Rizal Mahendra of the Mining Advocacy Network said": any first
		// name may be a place's, of a name that speaks or is described.
		if pl, ok := d.placeOf(&t[k]); ok && pl.kind != "country" && k == r.i && r.j-r.i == 2 && !isAcronym(b) && (k == 0 || t[k-1].lower() != "the") && !d.isPlaceTok(t[k+1]) && !d.isCommon(&t[k+1]) && !d.isOrgWord(t[k+1]) && d.saidOrDescribed(r) {
			continue
		}
		if k == r.i && r.j-r.i >= 3 && len(b) == 2 && isAcronym(b) && r.i > 0 && d.roleOf(&t[r.i-1]) != "" && !t[r.i-1].isCap() {
			continue // "chief minister KS Manjunath Gowda": initials written without dots
		}
		if k == r.i && r.j-r.i >= 2 && dottedInitials(b) && !d.knownEntity(run{r.p, k, k + 1}) {
			continue // "A.K. Sreedharan", but not "U.S. Steel"
		}
		if isAcronym(b) || t[k].kind != tWord {
			return candidate{}, false
		}
		_, place := d.placeOf(&t[k])
		rc := d.roleOf(&t[k])
		role := rc != "" && rc != "honorific" && rc != "kin" || d.lx.titles[lb] && rc != "honorific"
		if (place || role) && !d.surnameAt(c, r, k) {
			return candidate{}, false
		}
		if role && (d.isPlaceTok(t[r.i]) || r.j-r.i == 3 && d.isRoleWord(t[r.i+1])) {
			return candidate{}, false
		}
	}
	c.r = r
	return c, true
}

// surnameAt reports token k of r as a surname that is also a place's or a
// role's ("Ricardo Lagos", "Prof Josefina Lagos", "Paul Farmer"): the last
// of two or three words after a given name or an honorific, of a name
// that has a title or speaks or is described where it stands.
func (d *doc) surnameAt(c candidate, r run, k int) bool {
	t := d.paras[r.p].toks
	// (and the middle one of three: "Clara Muscat Azzopardi")
	return (k == r.j-1 || r.j-r.i == 3 && k == r.i+1 && !d.isPlaceTok(t[r.j-1])) && k > r.i && r.j-r.i <= 3 && (d.givenName(&t[r.i]) || c.honor || d.honorificBefore(t, r.i)) &&
		(c.title != "" || d.saidOrDescribed(r))
}

// honorificBefore reports an honorific right before token i: "Prof",
// "Dr.".
func (d *doc) honorificBefore(t []token, i int) bool {
	h := honorificAt(t, i)
	return h >= 0 && (d.roleOf(&t[h]) == "honorific" || t[h].lowBase() == "prof")
}

// saidOrDescribed reports a name that speaks or is described where it
// stands: "NAME said", "said NAME", "NAME, a lawyer," "NAME, 47," or "NAME
// is a teacher".
func (d *doc) saidOrDescribed(r run) bool {
	t := d.paras[r.p].toks
	if r.i > 0 && t[r.i-1].is(wSpeech) || r.j < len(t) && t[r.j].is(wSpeech) {
		return true
	}
	if r.j+2 < len(t) && (t[r.j].lower() == "of" || t[r.j].lower() == "from") && (t[r.j+1].lower() == "the" || t[r.j+1].isCap()) {
		// "NAME of the Mining Advocacy Network said"
		for k := r.j + 2; k < len(t) && t[k].sent == t[r.i].sent; k++ {
			if t[k].is(wSpeech) {
				return true
			}
		}
	}
	if r.j+2 < len(t) && (t[r.j].lower() == "is" || t[r.j].lower() == "was") && (determiners[t[r.j+1].lower()] || t[r.j+1].kind == tNum && t[r.j+2].lower() == "years") {
		return true // "NAME is a 47-year-old teacher", "NAME is 38 years old"
	}
	if r.j+1 >= len(t) || t[r.j].text != "," {
		return false
	}
	next := t[r.j+1]
	return determiners[next.lower()] || next.kind == tNum || d.isRoleWord(next)
}

// prefixBody is the body spelled out before whose letters open a prefix of
// two words or more ("DA Assistant"), or "".
func (d *doc) prefixBody(prefix run) string {
	if prefix.j-prefix.i < 2 {
		return ""
	}
	if acr := d.paras[prefix.p].toks[prefix.i].text; isAcronym(acr) {
		return d.spelledOut(acr)
	}
	return ""
}

// bodyThenTitle reports a body's name from token k on that ends in an
// organisation word, then a title and a name of two words or more: the
// title word before k is part of the body's name ("Animal Justice | Party
// MP Tess Moreland").
func (d *doc) bodyThenTitle(r run, k int) bool {
	t := d.paras[r.p].toks
	for m := k + 1; m+2 < r.j; m++ {
		n := d.titleAt(r.p, m, r.j)
		if n == 0 && postOffices[t[m].text] {
			n = 1 // "Party MP NAME"
		}
		if n > 0 {
			return r.j-(m+n) >= 2 && d.isOrgWord(t[m-1]) && t[m-1].isCap() && !d.orgWordIn(r.p, m+n, r.j)
		}
	}
	return false
}

// bodyTail reports a word that, alone after a title inside a longer
// name, ends a body's name rather than naming a person: "Association of
// Ambulance Chief | Executives", "Armed Forces General | Staff".
func (d *doc) bodyTail(t token) bool {
	w := t.lowBase()
	if w == "staff" || d.isOrgWord(t) {
		return true
	}
	one, plural := strings.CutSuffix(w, "s")
	return plural && d.lx.roles[one] != "" && d.lx.roles[one] != "honorific" && d.lx.roles[one] != "kin"
}

// orgKind reports the kind of organisation a run names, from its words:
// the word that heads an "X for Y" or "X of Y" name ("Institute for
// Government" is an institute), else the last one.
func (d *doc) orgKind(r run) string {
	t := d.paras[r.p].toks
	if tradeSociety(d.paras[r.p].text[t[r.i].start:t[r.j-1].end]) {
		return "other"
	}
	// "the Red Crescent Society of Kyrgyzstan", "Amnesty International
	// Australia": a known charity's or think tank's branch is one too.
	for k := r.j - 1; k > r.i; k-- {
		if o, ok := d.knownOrg(run{r.p, r.i, k}); ok && (o.kind == "ngo" || o.kind == "think-tank") {
			return o.kind
		}
	}
	if r.j-r.i >= 3 && d.isPlaceTok(t[r.i]) {
		// "the Mongolian Red Cross Society": a country's branch of one.
		for k := r.j; k > r.i+1; k-- {
			if o, ok := d.knownOrg(run{r.p, r.i + 1, k}); ok && o.kind == "ngo" {
				return o.kind
			}
		}
	}
	for k := r.i; k+1 < r.j-1; k++ {
		if t[k].lowBase() == "council" && t[k+1].lower() == "on" && k+2 < r.j && t[k+2].isCap() {
			return "think-tank" // "Council on Foreign Relations", "Chicago Council on Global Affairs"
		}
		if t[k+1].lower() == "for" && (k == r.i || k == r.i+1 && d.isPlaceTok(t[r.i])) && advocacyHeads[t[k].lowBase()] {
			return "ngo" // "Campaign for Borders Rail", "Alliance for Gambling Reform", "Thai Lawyers for Human Rights"
		}
		if t[k+1].lower() == "for" && k+2 < r.j && (t[k].lowBase() == "committee" && k == r.i && r.j-r.i == 3 && d.isPlaceTok(t[k+2]) || t[k].lowBase() == "council" && t[k+2].lowBase() == "research") {
			return "think-tank" // "Committee for Melbourne", "Indian Council for Research on International Economic Relations"
		}
		if lw := t[k+1].lower(); (lw == "for" || lw == "of") && t[k].isCap() {
			if kind, ok := d.orgWordOf(&t[k]); ok {
				if last := t[r.j-1].lowBase(); !stateHeads[t[k].lowBase()] && (d.lx.orgWords[last] == "ngo" && last != "rights" || d.campaignName(r, k) || t[k].lowBase() == "network") {
					// "Council for Civil Liberties", "Consumers' Association of
					// Ireland", "Asian Network for Free Elections": a
					// campaign's name says what it is; not a ministry's
					// ("Ministry for Climate Action").
					return "ngo"
				}
				return kind
			}
		}
	}
	if r.j-r.i >= 3 && t[r.j-1].lowBase() == "services" && tradedServices[t[r.j-2].lower()] {
		return "company" // "Motilal Oswal Financial Services", "Tata Consultancy Services": services sold, not a state's
	}
	if r.j-r.i == 2 && t[r.i].isCap() && d.isOrgWord(t[r.i]) && d.nationTok(t[r.i+1]) {
		return "other" // a sector's body in a nation: "Universities UK", "Water UK"
	}
	for k := r.j - 1; k >= r.i; k-- {
		w := t[k].lowBase()
		kind, ok := d.orgWordOf(&t[k])
		if !ok || !t[k].isCap() || w == "society" && d.govWordIn(run{r.p, r.i, k}) {
			continue // "Presidential Committee on Ageing Society and Population Policy": the committee heads it
		}
		if surnameOrgWords[w] && r.j-r.i == 2 && k == r.j-1 && d.givenName(&t[r.i]) {
			continue // "Mark Chambers", "David Steel": a given name and a surname
		}
		// The org word ends the name or heads an "X of/for Y" name, or
		// heads it as in Romance languages: "Banco Central de Chile"; or a
		// place follows it: "Imperial College London"; or a union's local
		// branch: "Transit Workers Union Local 412".
		if k == r.j-1 || connectors[t[k+1].lower()] || k == r.i && d.lx.orgFirst[w] || k == r.j-2 && k > r.i && (d.isPlaceTok(t[k+1]) || t[k+1].text == "Local") {
			if kind == "company" || kind == "other" {
				for m := r.i; m < k; m++ {
					if t[m].isCap() && d.orgWordKind(&t[m]) == "ngo" && t[m].lowBase() != "network" {
						return "ngo" // "Child Poverty Action Group": a campaign's name (not "Network Rail")
					}
				}
			}
			if (k == r.j-1 || k == r.j-2 && d.isPlaceTok(t[k+1])) && d.campaignName(r, k) {
				return "ngo" // "Iowa Environmental Council", "Sabah Environmental Protection Association", "Anti-Corruption Coalition Uganda"
			}
			if w == "network" {
				if k < r.j-1 && !connectors[t[k+1].lower()] && !d.isPlaceTok(t[k+1]) {
					return "company" // "Network Rail", not "Network on HIV and AIDS" nor "Climate Action Network Uganda"
				}
				for m := r.i; m < k; m++ {
					if broadcastWords[t[m].lowBase()] {
						return "media" // "Al Jazeera Media Network", "Seven Network"
					}
				}
				return "ngo" // "Tax Justice Network", "Stakeholder Democracy Network"
			}
			if w == "service" || w == "centre" || w == "center" {
				if k > r.i && t[k-1].lowBase() == "legal" {
					return "ngo" // "Aboriginal Legal Service", "community legal centre"
				}
			}
			return kind
		}
	}
	if d.ampersand(r) {
		return "company"
	}
	return ""
}

// nationTok reports a country's name, or a short one: "Denmark", "UK".
func (d *doc) nationTok(t token) bool {
	pl, ok := d.lx.places[t.lower()]
	return ok && pl.kind == "country"
}

// headedBody reports a body's word followed by "of" or "for" among the
// words from i to before k: the head of an "X of Y" name, which runs on
// past an "and" ("Association of State Universities and Colleges").
func (d *doc) headedBody(t []token, i, k int) bool {
	for m := i + 1; m < k; m++ {
		if lw := t[m].lower(); (lw == "of" || lw == "for") && d.isOrgWord(t[m-1]) && !d.roleWord(t[m-1]) {
			return true
		}
	}
	return false
}

// tradedServices name the services a company sells, before "Services" at
// the end of its name.
var tradedServices = set("financial", "consultancy", "consulting", "web", "business", "it", "investment", "technology", "engineering", "professional", "oilfield", "logistics", "shipping", "marine", "energy", "software", "advisory", "brokerage", "payment", "payments")

// ampersand reports a run with "&" between two capitalised words, which
// names a firm or a body: "Marks & Spencer", "Scottish Land & Estates".
// Two people's names either side are two people: "By Brian Ssekandi &
// Grace Nakato".
func (d *doc) ampersand(r run) bool {
	t := d.paras[r.p].toks
	for k := r.i + 1; k+1 < r.j; k++ {
		if t[k].text == "&" && t[k-1].isCap() && t[k+1].isCap() {
			return !(k-r.i >= 2 && r.j-k >= 3 && d.givenName(&t[r.i]) && d.givenName(&t[k+1]))
		}
	}
	return false
}

// speaksNext reports a speech verb at k, or an appositive there that
// gives a role: what follows a person's name, not a place's.
func (d *doc) speaksNext(t []token, k int) bool {
	if k >= len(t) {
		return false
	}
	if d.isSpeech(t, k) {
		return true
	}
	if t[k].text != "," {
		return false
	}
	for m := k + 1; m < len(t) && m <= k+4 && t[m].kind == tWord && !t[m].isCap(); m++ {
		if d.isRoleWord(t[m]) {
			return true
		}
	}
	return false
}

// placeHeads open the names of places of a kind: "Lake Garda", "Mount
// Kenya", "Cape Town", "Port Talbot", "Loch Ness".
// townNouns call a place a town, or name its office: "the city of",
// "mayor of".
var townNouns = set("city", "town", "village", "municipality", "township", "borough", "suburb", "hamlet", "mayor")

// townOf reports "mayor of" or "the town of" in lower case before token i.
func townOf(t []token, i int) bool {
	return i >= 2 && t[i-1].text == "of" && t[i-2].sent == t[i].sent && !t[i-2].isCap() && townNouns[t[i-2].text]
}

// townAfter reports an appositive after token j that calls what it follows
// a town: ", a city of", ", a small town in", ", a fishing village".
func townAfter(t []token, j int) bool {
	if j+2 >= len(t) || t[j].text != "," || t[j+1].lower() != "a" && t[j+1].lower() != "an" || t[j+1].sent != t[j].sent {
		return false
	}
	for k := j + 2; k < len(t) && k <= j+4; k++ {
		if t[k].kind != tWord || t[k].isCap() {
			return false
		}
		if townNouns[t[k].text] && t[k].text != "mayor" {
			// The noun heads the phrase: not "a town councillor".
			return k+1 == len(t) || t[k+1].kind == tPunct || placeFollowers[t[k+1].text]
		}
	}
	return false
}

// placeFollowers open what may follow a town's noun in its description.
var placeFollowers = set("of", "in", "near", "on", "outside", "where", "that", "which", "with", "about", "just", "north", "south", "east", "west", "close")

// stateHeads open the names of a state's ministries: "Ministry for
// Climate Action" is no campaign.
var stateHeads = set("ministry", "department", "secretariat")

// namePrepositions join the words of a body's name, never a person's.
var namePrepositions = set("contra", "para", "por", "sobre", "sin", "pour", "sans", "Sans", "gegen", "für")

// schoolHeads end the names of schools and universities.
var schoolHeads = set("University", "College", "Institute", "School", "Academy", "Polytechnic", "Conservatoire")

// foreignSchools open the names of universities and institutes in other
// languages, as "University" and "Institute" do in English.
var foreignSchools = set("Instituto", "Institut", "Istituto", "Universidad", "Universidade", "Université", "Universität", "Università", "Universiteit", "Universitas")

var placeHeads = set("Lake", "Mount", "Mt", "Cape", "Port", "Fort", "Loch", "Lough", "Gulf", "Lago", "Monte")

// surnameOrgWords end bodies' names but are surnames too: after a given
// name alone they end a person's.
var surnameOrgWords = set("chambers", "steel", "church", "nation")

// tradeSociety reports a society's name that is a lender's or a
// trade's: a society most often keeps a heritage or speaks for a cause, but
// a building society lends, and a society of a trade or a profession
// speaks for its members.
func tradeSociety(name string) bool {
	if !strings.Contains(name, "Society") {
		return false // most names, without splitting them
	}
	society, trade := false, false
	for w := range strings.FieldsSeq(name) {
		society = society || w == "Society"
		trade = trade || tradeSocietyWords[w]
	}
	return society && trade
}

var tradeSocietyWords = set("Building", "Manufacturers", "Traders", "Retailers", "Agents", "Producers", "Employers", "Fisheries", "Agricultural", "Law", "Industry", "Industries")

// govWordIn reports a word of r that makes a name a state body's.
func (d *doc) govWordIn(r run) bool {
	t := d.paras[r.p].toks
	for k := r.i; k < r.j; k++ {
		if t[k].isCap() && d.orgWordKind(&t[k]) == "government" {
			return true
		}
	}
	return false
}

// broadcastWords name a broadcaster's network.
var broadcastWords = set("media", "news", "broadcasting", "television", "tv", "radio", "cable", "seven", "nine", "ten", "cartoon", "sports")

// campaignName reports a body whose head word k is a campaign's
// ("Association", "Council") and whose other words name a cause or the
// people it speaks for: "Consumers' Association of Ireland", "Alliance of
// British Drivers".
func (d *doc) campaignName(r run, k int) bool {
	t := d.paras[r.p].toks
	if !campaignBodies[t[k].lowBase()] {
		return false
	}
	campaign := false
	for m := r.i; m < r.j; m++ {
		if workforceWords[t[m].lowBase()] {
			return false // "Police Social and Welfare Association", "Rideshare Drivers Association": a trade's own body
		}
		campaign = campaign || m != k && t[m].kind == tWord && campaignWords[t[m].lowBase()]
	}
	return campaign
}

// workforceWords name a trade whose association speaks for its members
// as a union does, whatever cause its name gives.
var workforceWords = set("police", "officers", "teachers", "nurses", "workers", "staff", "employees", "rideshare", "taxi", "truckers", "pilots", "firefighters", "dockers", "miners")

func (d *doc) addOrg(r run, name, kind, alias string) {
	name = strings.TrimPrefix(name, "The ")
	if bodyNouns[strings.ToLower(name)] == "club" {
		return // "Club" of "Club CEO NAME": a noun, which ownerBefore resolves, not a name
	}
	src := d.runSrc(r)
	for _, o := range d.orgs {
		// "BMA" after "British Medical Association": an acronym of the
		// initials of a body named before is that body.
		if strings.EqualFold(o.name, name) || containsFold(o.aliases, alias) || isAcronym(name) && initials(o.name) == name {
			o.mentions = append(o.mentions, src)
			if alias != o.name && !containsFold(o.aliases, alias) {
				o.aliases = append(o.aliases, alias)
			}
			for k := r.i; k < r.j; k++ {
				d.paras[r.p].claimed[k] = true
			}
			return
		}
	}
	// "Rovers" after "Dunmore Rovers": the last word of a body's name,
	// alone, is that body (the one named last, when two end in it).
	if o := d.orgByLastWord(name); o != nil && !isAcronym(name) {
		o.mentions = append(o.mentions, src)
		if !containsFold(o.aliases, alias) {
			o.aliases = append(o.aliases, alias)
		}
		d.paras[r.p].claimed[r.i] = true
		return
	}
	// "the Federal Police" after "the Australian Federal Police", "the UN
	// World Food Programme" and "the World Food Programme": a name of two
	// words or more that ends another is the same body.
	if strings.Contains(name, " ") {
		for _, o := range d.orgs {
			if strings.HasSuffix(o.name, " "+name) || strings.Contains(o.name, " ") && strings.HasSuffix(name, " "+o.name) {
				o.mentions = append(o.mentions, src)
				if !containsFold(o.aliases, alias) && alias != o.name {
					o.aliases = append(o.aliases, alias)
				}
				for k := r.i; k < r.j; k++ {
					d.paras[r.p].claimed[k] = true
				}
				return
			}
		}
	}
	o := &org{name: name, kind: kind, mentions: []Source{src}}
	if alias != name && alias != "The "+name {
		o.aliases = append(o.aliases, alias)
	}
	// "Aam Aadmi Party (AAP)", "…Suppliers, known as CLEPA": the acronym in
	// brackets, or the name it is known by, is an alias.
	t := d.paras[r.p].toks
	if r.j+2 < len(t) && t[r.j].text == "(" && t[r.j+2].text == ")" && (isAcronym(t[r.j+1].text) || t[r.j+1].isCap() && shortFor(t[r.j+1].text, name)) {
		// (and "the Pakistan Electronic Media Regulatory Authority (Pemra)",
		// "the Namibia Public Workers Union (Napwu)": an acronym written as
		// a word)
		o.aliases = append(o.aliases, t[r.j+1].text)
		d.paras[r.p].claimed[r.j+1] = true
	}
	if r.j+3 < len(t) && t[r.j].text == "," && t[r.j+1].lower() == "known" && t[r.j+2].lower() == "as" && isAcronym(t[r.j+3].base()) {
		o.aliases = append(o.aliases, t[r.j+3].base())
		d.paras[r.p].claimed[r.j+3] = true
	}
	// "the National Oceanic and Atmospheric Administration, or NOAA,".
	if r.j+3 < len(t) && t[r.j].text == "," && t[r.j+1].lower() == "or" && isAcronym(t[r.j+2].base()) && t[r.j+3].kind == tPunct {
		o.aliases = append(o.aliases, t[r.j+2].base())
		d.paras[r.p].claimed[r.j+2] = true
	}
	d.orgs = append(d.orgs, o)
	for k := r.i; k < r.j; k++ {
		d.paras[r.p].claimed[k] = true
	}
}

// orgByLastWord is the body named last whose name of several words ends
// in word, a single word: "Rovers" for "Dunmore Rovers".
func (d *doc) orgByLastWord(word string) *org {
	if strings.Contains(word, " ") {
		return nil
	}
	for k := len(d.orgs) - 1; k >= 0; k-- {
		if strings.HasSuffix(d.orgs[k].name, " "+word) {
			return d.orgs[k]
		}
	}
	return nil
}

// deskByline reads a byline line with no "By": a name of two or three
// words, then the writer's desk ("Rachel Hume Social affairs
// correspondent", "Jane Dalby Environment Correspondent"). It returns how
// many tokens the name takes, or 0.
func (d *doc) deskByline(p int) int {
	pa := &d.paras[p]
	t := pa.toks
	if p > 3 || len(pa.sents) != 1 || len(t) < 4 || len(t) > 8 || t[len(t)-1].kind != tWord || d.roleOf(&t[len(t)-1]) != "journalist" {
		return 0
	}
	for k := range t {
		if t[k].kind != tWord {
			return 0
		}
	}
	// The desk follows a name of two words, or of three when the third is
	// no desk's word: "Samuel Ashworth Latin America correspondent".
	if !t[0].isCap() || !t[1].isCap() || !t[2].isCap() {
		return 0
	}
	if _, place := d.lx.places[t[2].lowBase()+" "+t[3].lowBase()]; place {
		return 2
	}
	if len(t) >= 5 && t[3].isCap() && deskWord(d, t[3]) && !deskWord(d, t[2]) {
		return 3
	}
	return 2
}

// deskWord reports a word that names a newsroom's desk: a beat or a place.
func deskWord(d *doc, t token) bool {
	lw := t.lowBase()
	_, place := d.lx.places[lw]
	return place || portfolioWords[lw] || deskWords[lw]
}

// deskWords name beats, besides ministers' portfolios.
var deskWords = set("consumer", "social", "political", "politics", "economics", "business", "science", "technology", "tech", "sport", "sports",
	"diplomatic", "crime", "legal", "home", "affairs", "international", "chief", "senior", "world", "city", "community", "investigations", "data", "arts", "culture", "media", "climate", "agriculture", "state", "national", "policy")

// postNominals are letters written after a name: honours, a silk's rank.
var postNominals = set("KC", "QC", "SC", "OBE", "CBE", "MBE", "DBE", "KBE", "FRS", "KCMG", "GCMG", "CH", "OM")

// postOffices are seats in a legislature written after a name, as letters
// of honour are: "Tomos Bevan MS", "Jim Hall MP".
var postOffices = set("MP", "MS", "MSP", "MLA", "TD", "MEP", "AM", "MPP", "MLC", "MHA", "MHK", "MNA", "MPA")

// afterName reports letters written after a name: an honour or a seat.
func afterName(t token) bool {
	return t.is(wAfterName) && (postNominals[t.base()] || postOffices[t.base()])
}

// dottedInitials reports initials written as one word with dots: "A.K.",
// "M.K.".
func dottedInitials(w string) bool {
	if len(w) < 4 || len(w) > 6 || len(w)%2 != 0 {
		return false
	}
	for k := 0; k < len(w); k += 2 {
		if w[k] < 'A' || w[k] > 'Z' || w[k+1] != '.' {
			return false
		}
	}
	return true
}

// spelledOut is the body named in full before whose initials are acr
// ("Department of Agriculture" for "DA"), "" when the text spells out none.
func (d *doc) spelledOut(acr string) string {
	for _, o := range d.orgs {
		if initials(o.name) != acr && !(slices.Contains(o.aliases, acr) && o.name != acr) {
			continue // ("Strathclyde Partnership for Transport (SPT)": letters given in brackets)
		}
		for _, m := range o.mentions {
			if d.text(m) != acr {
				return o.name
			}
		}
	}
	return ""
}

// bracketAcronym reports a body's letters in brackets from token k:
// "(PSD)".
func bracketAcronym(t []token, k int) bool {
	return k+2 < len(t) && t[k].text == "(" && isAcronym(t[k+1].text) && t[k+2].text == ")"
}

// shortFor reports a word that is a name's short form: its initials, in
// any case ("Pemra"), or with a letter or two more of its words between
// them ("Napwu" for "Namibia Public Workers Union").
func shortFor(word, name string) bool {
	ini, w := strings.ToLower(initials(name)), strings.ToLower(word)
	if ini == "" || w == "" || w[0] != ini[0] || len(w) > len(ini)+2 {
		return false
	}
	k := 0
	for i := 0; i < len(w) && k < len(ini); i++ {
		if w[i] == ini[k] {
			k++
		}
	}
	return k == len(ini)
}

// initials are the first letters of the capitalised words of a name:
// "BMA" for "British Medical Association", "IDI" for "Israel Democracy
// Institute". Names of one word have none.
func initials(name string) string {
	var b strings.Builder
	n := 0
	// "World Anti-Doping Agency" is WADA: each part of a hyphenated word.
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
			n++
		}
	}
	if n < 2 {
		return ""
	}
	return b.String()
}

// orgNamed is the name of the organisation found so far that text names
// or abbreviates, or "".
func (d *doc) orgNamed(text string) string {
	text = strings.TrimPrefix(text, "The ")
	for _, o := range d.orgs {
		if strings.EqualFold(o.name, text) || containsFold(o.aliases, text) || isAcronym(text) && initials(o.name) == text {
			return o.name
		}
	}
	return ""
}

func containsFold(ss []string, s string) bool {
	for _, x := range ss {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func (d *doc) addPlace(r run, pl placeInfo) {
	for k := r.i; k < r.j; k++ {
		d.paras[r.p].claimed[k] = true
	}
	// Acronym aliases ("U.S.", "UN") of bodies are in the org list; places
	// record countries under their own name and keep demonyms as aliases.
	name := pl.name
	if pl.kind == "demonym" || pl.kind == "country" {
		name = pl.country
	}
	text := d.runText(r)
	src := d.runSrc(r)
	for _, x := range d.places {
		if x.name == name {
			x.mentions = append(x.mentions, src)
			if text != name && !containsFold(x.aliases, text) {
				x.aliases = append(x.aliases, text)
			}
			return
		}
	}
	kind := pl.kind
	if kind == "demonym" {
		kind = "country"
	}
	x := &place{name: name, kind: kind, country: pl.country, mentions: []Source{src}}
	if text != name {
		x.aliases = append(x.aliases, text)
	}
	d.places = append(d.places, x)
}

// metonymy turns a capital used as a subject ("Seoul might send", "Seoul's
// strategic perspectives") into a mention of that country's government.
func (d *doc) metonymy() {
	for _, pl := range d.places {
		if pl.kind != "capital" || pl.country == "" {
			continue
		}
		var keep []Source
		for _, m := range pl.mentions {
			pa := d.paras[m.Paragraph]
			i := tokenAt(pa.toks, m.Start)
			if i < 0 || !d.standsForGovernment(m.Paragraph, i) {
				keep = append(keep, m)
				continue
			}
			name, kind := "Government of "+pl.country, "government"
			if o, ok := d.lx.orgs[strings.ToLower(pl.name)]; ok {
				name, kind = o.name, o.kind // "Brussels" for the European Commission
			}
			var g *org
			for _, o := range d.orgs {
				if o.name == name {
					g = o
				}
			}
			if g == nil {
				g = &org{name: name, kind: kind}
				d.orgs = append(d.orgs, g)
			}
			if !containsFold(g.aliases, pl.name) {
				g.aliases = append(g.aliases, pl.name)
			}
			g.mentions = append(g.mentions, m)
		}
		pl.mentions = keep
	}
	kept := d.places[:0]
	for _, pl := range d.places {
		if len(pl.mentions) > 0 {
			kept = append(kept, pl)
		}
	}
	d.places = kept
}

var govVerbs = set("might", "may", "could", "would", "will", "should", "must", "has", "have", "had", "is", "was", "said", "says", "wants", "seeks", "feels", "insists", "denied", "accused", "warned", "sees", "perceives", "can", "cannot")

func (d *doc) standsForGovernment(p, i int) bool {
	t := d.paras[p].toks
	if t[i].possessive() {
		return true
	}
	if i > 0 {
		switch t[i-1].lower() {
		case "in", "to", "into", "near", "outside", "around", "of", "across", "via", "through":
			return false
		case "from":
			return i+1 < len(t) && t[i+1].lower() == "to"
		}
	}
	return i+1 < len(t) && govVerbs[t[i+1].lower()]
}

func tokenAt(t []token, start int) int {
	k := sort.Search(len(t), func(k int) bool { return t[k].start >= start })
	if k < len(t) && t[k].start == start {
		return k
	}
	return -1
}
