package extract

import (
	"embed"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// lexicon holds the embedded gazetteers and cue lists. It is built once and
// only read afterwards, so Extract may run concurrently.
type lexicon struct {
	places map[string]placeInfo // lower-cased name or alias
	// regionCountry gives the country of a state or province, by its
	// lower-cased name.
	regionCountry map[string]string
	demonym       map[string]string  // country -> its first demonym: "Sudan" -> "Sudanese"
	orgs          map[string]orgInfo // lower-cased name or alias of known bodies
	orgWords      map[string]string  // "university" -> "academic"
	roles         map[string]string  // role noun -> class
	titles        map[string]bool    // lower-cased title words and phrases
	titleMax      int                // longest title, in words
	titleFirst    map[string]bool    // first word of each title
	givenNames    map[string]bool
	orgFirst      map[string]bool   // organisation words that head a name: "Banco Central de Chile"
	titleFull     map[string]string // "Sen." → "Senator"
	titleCountry  map[string]string // lower-cased title only one country has → the country: "home secretary" → "United Kingdom"
	usStates      map[string]string // "Minn" and "Minnesota" → "Minnesota"
	common        map[string]bool
	speech        map[string]bool // verb -> opinion
	speechMax     int
	hedges        []string
	unconfirmed   []string
	numbers       map[string]numberWord
	approx        [][]string      // approximators, split into words ("more than")
	eras          []string        // lower-cased
	eraFirst      map[string]bool // first word of each era, for a quick test
	cues          []cue
	outlets       [][4]string          // outlet name (lower-cased), country, name without spaces, the state or province it is published in
	outletNames   map[string]bool      // the outlets' names, lower-cased
	agentive      map[string][2]string // "advises" -> {"adviser", "to"}
	cueSet        *phraseSet
	hedgeSet      *phraseSet
	unconfSet     *phraseSet
}

type placeInfo struct {
	name    string // canonical name
	kind    string // country, capital, demonym, region
	country string // the country a capital or demonym belongs to
}

type orgInfo struct {
	name, kind string
}

type numberWord struct {
	value float64
	kind  string // "", "ord", "vague", "fraction"
}

type cue struct {
	label  string
	weight float64
	phrase string
	prefix bool
}

var lex = sync.OnceValue(loadLexicon)

func lines(name string) [][]string {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic(err) // embedded: cannot happen
	}
	var out [][]string
	for l := range strings.SplitSeq(string(b), "\n") {
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		sep := "\t"
		if !strings.HasSuffix(name, ".tsv") {
			sep = "\x00"
		}
		f := strings.Split(strings.TrimRight(l, "\r"), sep)
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		out = append(out, f)
	}
	return out
}

func splitList(s string) []string {
	var out []string
	for x := range strings.SplitSeq(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func loadLexicon() *lexicon {
	l := &lexicon{
		places: map[string]placeInfo{}, regionCountry: map[string]string{}, demonym: map[string]string{}, orgs: map[string]orgInfo{}, orgWords: map[string]string{},
		roles: map[string]string{}, titles: map[string]bool{}, titleFirst: map[string]bool{}, givenNames: map[string]bool{}, orgFirst: map[string]bool{}, titleFull: map[string]string{}, titleCountry: map[string]string{}, usStates: map[string]string{},
		common: map[string]bool{}, outletNames: map[string]bool{}, speech: map[string]bool{}, numbers: map[string]numberWord{},
	}
	addPlace := func(key string, p placeInfo) {
		k := strings.ToLower(key)
		if _, ok := l.places[k]; !ok {
			l.places[k] = p
		}
	}
	for _, f := range lines("countries.tsv") {
		for len(f) < 4 {
			f = append(f, "")
		}
		country := f[0]
		addPlace(country, placeInfo{country, "country", country})
		for _, a := range splitList(f[3]) {
			addPlace(a, placeInfo{country, "country", country})
		}
		for _, c := range splitList(f[1]) {
			addPlace(c, placeInfo{c, "capital", country})
		}
		for _, d := range splitList(f[2]) {
			if l.demonym[country] == "" {
				l.demonym[country] = d
			}
			addPlace(d, placeInfo{d, "demonym", country})
			// The people: "New Zealanders", "Israelis", but not "Britishs".
			if plural := d + "s"; !strings.HasSuffix(d, "s") && !strings.HasSuffix(d, "sh") && !strings.HasSuffix(d, "ch") && !strings.HasSuffix(d, "ese") {
				if _, ok := l.places[strings.ToLower(plural)]; !ok {
					addPlace(plural, placeInfo{plural, "demonym", country})
				}
			}
		}
	}
	for _, f := range lines("places.txt") {
		name, rest, _ := strings.Cut(f[0], "|")
		aliases, country, _ := strings.Cut(rest, "|")
		if country != "" {
			l.regionCountry[strings.ToLower(name)] = country
		}
		addPlace(name, placeInfo{name, "region", ""})
		for _, a := range splitList(aliases) {
			addPlace(a, placeInfo{name, "region", ""})
		}
	}
	for _, f := range lines("bodies.tsv") {
		o := orgInfo{f[0], f[1]}
		l.orgs[strings.ToLower(f[0])] = o
		if len(f) > 2 {
			for _, a := range splitList(f[2]) {
				if _, ok := l.orgs[strings.ToLower(a)]; !ok {
					l.orgs[strings.ToLower(a)] = o
				}
			}
		}
	}
	for _, f := range lines("org_words.tsv") {
		l.orgWords[strings.ToLower(f[0])] = f[1]
		if len(f) > 2 && f[2] == "first" {
			l.orgFirst[strings.ToLower(f[0])] = true
		}
	}
	for _, f := range lines("roles.tsv") {
		l.roles[strings.ToLower(f[0])] = f[1]
	}
	// "co-spokeswoman", "co-director": a role shared is the role.
	for w, c := range l.roles {
		if c != "honorific" && c != "kin" && !strings.HasPrefix(w, "co-") && !strings.Contains(w, " ") {
			if _, ok := l.roles["co-"+w]; !ok {
				l.roles["co-"+w] = c
			}
		}
	}
	// "mother-of-two", "gran-of-four": a parent's or a grandparent's
	// role with the number of children.
	for _, w := range []string{"mother", "father", "mum", "mom", "dad", "gran", "nan", "grandmother", "grandfather", "grandma", "grandad", "granny"} {
		for _, n := range []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"} {
			if _, ok := l.roles[w+"-of-"+n]; !ok {
				l.roles[w+"-of-"+n] = "public"
			}
		}
	}
	for _, f := range lines("titles.txt") {
		title, full, _ := strings.Cut(f[0], "\t")
		full, country, _ := strings.Cut(full, "\t")
		t := strings.ToLower(title)
		l.titles[t] = true
		if full != "" {
			l.titleFull[title] = full
		}
		if country != "" {
			l.titleCountry[t] = country
		}
		first, _, _ := strings.Cut(t, " ")
		l.titleFirst[first] = true
		// "Gov." is read as the word "Gov" and a dot.
		l.titleFirst[strings.TrimSuffix(first, ".")] = true
		l.titleMax = max(l.titleMax, len(strings.Fields(t)))
	}
	for _, f := range lines("us_states.tsv") {
		l.usStates[f[0]], l.usStates[f[1]] = f[1], f[1]
	}
	for _, f := range lines("given_names.txt") {
		for _, n := range strings.Fields(f[0]) {
			l.givenNames[n] = true
		}
	}
	for _, f := range lines("common.txt") {
		for _, n := range strings.Fields(f[0]) {
			l.common[n] = true
		}
	}
	for _, f := range lines("speech_verbs.txt") {
		v, kind, _ := strings.Cut(f[0], "=")
		l.speech[v] = kind == "opinion"
		l.speechMax = max(l.speechMax, len(strings.Fields(v)))
	}
	for _, f := range lines("hedges.txt") {
		l.hedges = append(l.hedges, f[0])
	}
	for _, f := range lines("unconfirmed.txt") {
		l.unconfirmed = append(l.unconfirmed, f[0])
	}
	for _, f := range lines("approximators.txt") {
		l.approx = append(l.approx, strings.Fields(f[0]))
	}
	l.eraFirst = map[string]bool{}
	for _, f := range lines("eras.txt") {
		l.eras = append(l.eras, strings.ToLower(f[0]))
		w := strings.Fields(strings.ToLower(f[0]))
		if w[0] == "the" && len(w) > 1 {
			w = w[1:] // "the pandemic": look for "pandemic"
		}
		l.eraFirst[w[0]] = true
	}
	for _, f := range lines("numbers.tsv") {
		v, _ := strconv.ParseFloat(f[1], 64)
		nw := numberWord{value: v}
		if len(f) > 2 {
			nw.kind = f[2]
		}
		if _, ok := l.numbers[f[0]]; !ok {
			l.numbers[f[0]] = nw
		}
	}
	l.agentive = map[string][2]string{}
	for _, f := range lines("agentive.tsv") {
		if len(f) == 3 {
			l.agentive[f[0]] = [2]string{f[1], strings.TrimPrefix(f[2], "-")} // "-": a role that keeps no object
		}
	}
	for _, f := range lines("outlets.tsv") {
		if len(f) == 2 || len(f) == 3 {
			name := strings.ToLower(f[0])
			region := ""
			if len(f) == 3 {
				region = f[2]
			}
			l.outlets = append(l.outlets, [4]string{name, f[1], strings.ReplaceAll(name, " ", ""), region})
			l.outletNames[name] = true
		}
	}
	for _, f := range lines("cues.tsv") {
		w, _ := strconv.ParseFloat(f[1], 64)
		p := strings.ToLower(f[2])
		c := cue{label: f[0], weight: w, phrase: strings.TrimSuffix(p, "*"), prefix: strings.HasSuffix(p, "*")}
		l.cues = append(l.cues, c)
	}
	var cp []string
	var pre []bool
	for _, c := range l.cues {
		cp = append(cp, c.phrase)
		pre = append(pre, c.prefix)
	}
	l.cueSet = newPhraseSet(cp, pre)
	l.hedgeSet = newPhraseSet(l.hedges, nil)
	l.unconfSet = newPhraseSet(l.unconfirmed, nil)
	l.cueSet.first, l.hedgeSet.first, l.unconfSet.first = wCueFirst, wHedgeFirst, wUnconfFirst
	return l
}
