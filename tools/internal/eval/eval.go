// Package eval scores the extractor against labelled articles: a directory
// with a manifest.json (format in shared/eval/README.md) and the article
// files it names.
package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"unicode"

	"github.com/explainer-dev/explainer/tools/internal/article"
	"github.com/explainer-dev/explainer/tools/internal/extract"
)

// Entry is one labelled article of a manifest.
type Entry struct {
	File          string       `json:"file"`
	Published     string       `json:"published"`
	People        []GoldPerson `json:"people"`
	QuotedExperts []string     `json:"quoted_experts"`
	Numbers       []GoldNumber `json:"numbers"`
	RelativeDates []GoldDate   `json:"relative_dates"`
	Topics        []string     `json:"topics"`
}

// GoldPerson is a labelled person; Role and Affiliation are nil where the
// text gives none.
type GoldPerson struct {
	Name        string   `json:"name"`
	Role        *string  `json:"role"`
	Affiliation *string  `json:"affiliation"`
	Aliases     []string `json:"aliases"`
}

// GoldNumber is a labelled quantity as written and what it counts.
type GoldNumber struct {
	Value  string `json:"value"`
	Counts string `json:"counts"`
}

// GoldDate is a labelled date expression and its resolution (nil when the
// text does not say).
type GoldDate struct {
	Text     string  `json:"text"`
	Resolved *string `json:"resolved"`
}

// Ratio is a count of successes out of a total.
type Ratio struct{ Hit, Total int }

func (r Ratio) add(o Ratio) Ratio { return Ratio{r.Hit + o.Hit, r.Total + o.Total} }

// Value is Hit/Total, or 1 when there is nothing to score.
func (r Ratio) Value() float64 {
	if r.Total == 0 {
		return 1
	}
	return float64(r.Hit) / float64(r.Total)
}

// Scores holds one article's (or the total's) measurements.
type Scores struct {
	File string
	// People: matched gold people (recall) and matched extracted people (precision).
	PeopleRecall, PeoplePrecision Ratio
	RoleAffil                     Ratio // matched people with a labelled role or affiliation
	ExpertRecall, ExpertPrecision Ratio
	Numbers                       Ratio
	Dates                         Ratio // resolvable labelled dates found and resolved the same
	LabelsExact, LabelsSection    Ratio
	// Misses lists what was not matched, for development.
	Misses []string
}

// F1 of people names.
func (s Scores) F1() float64 {
	p, r := s.PeoplePrecision.Value(), s.PeopleRecall.Value()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s *Scores) add(o Scores) {
	s.PeopleRecall = s.PeopleRecall.add(o.PeopleRecall)
	s.PeoplePrecision = s.PeoplePrecision.add(o.PeoplePrecision)
	s.RoleAffil = s.RoleAffil.add(o.RoleAffil)
	s.ExpertRecall = s.ExpertRecall.add(o.ExpertRecall)
	s.ExpertPrecision = s.ExpertPrecision.add(o.ExpertPrecision)
	s.Numbers = s.Numbers.add(o.Numbers)
	s.Dates = s.Dates.add(o.Dates)
	s.LabelsExact = s.LabelsExact.add(o.LabelsExact)
	s.LabelsSection = s.LabelsSection.add(o.LabelsSection)
}

// Report is the result of a run: one row per article and their total.
type Report struct {
	Articles []Scores
	Total    Scores
}

// Run scores every article of each dir's manifest.json, passing each
// entry's published date as the publication date, and totals them all:
// a labelled collection may be kept as several folders, so that no one
// manifest grows unwieldy. An error names the folder it is in.
func Run(dirs ...string) (*Report, error) {
	r := &Report{Total: Scores{File: "total"}}
	for _, dir := range dirs {
		if err := r.run(dir); err != nil {
			return nil, fmt.Errorf("%s: %w", dir, err)
		}
	}
	return r, nil
}

func (r *Report) run(dir string) error {
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return fmt.Errorf("reading manifest: %w", err)
	}
	var entries []Entry
	if err := json.Unmarshal(b, &entries); err != nil {
		return fmt.Errorf("manifest.json: %w", err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.File))
		if err != nil {
			return fmt.Errorf("reading article: %w", err)
		}
		a, err := article.Parse(e.File, data)
		if err != nil {
			return fmt.Errorf("%s: %w", e.File, err)
		}
		if e.Published != "" {
			if a.Published, err = article.ParseDate(e.Published); err != nil {
				return fmt.Errorf("%s: %w", e.File, err)
			}
		}
		s := Score(e, a, extract.Extract(a))
		r.Articles = append(r.Articles, s)
		r.Total.add(s)
	}
	return nil
}

// Score compares one explainer with its labels.
func Score(e Entry, a article.Article, x *extract.Explainer) Scores {
	s := Scores{File: e.File}
	scorePeople(&s, e, x)
	scoreNumbers(&s, e, x)
	scoreDates(&s, e, a, x)
	scoreLabels(&s, e, x)
	return s
}

// words splits text into lower-case words without punctuation or a
// possessive ending.
func words(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '%' && r != '’' && r != '\''
	})
	out := f[:0]
	for _, w := range f {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
		w = strings.Trim(w, "-’'")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

var stop = map[string]bool{"a": true, "an": true, "the": true, "of": true, "to": true, "in": true, "and": true, "for": true, "at": true, "on": true, "with": true, "from": true, "by": true, "implied": true}

func contentWords(s string) []string {
	var out []string
	for _, w := range words(s) {
		if !stop[w] {
			out = append(out, w)
		}
	}
	return out
}

// sameWord compares words loosely: "ministers" and "minister", "Australian"
// and "Australia" agree (a shared stem of at least five letters).
func sameWord(a, b string) bool {
	if a == b {
		return true
	}
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n >= 5 && (n >= len(a)-2 || n >= len(b)-2)
}

// agrees reports whether most of want's words appear in got. A label may
// give alternatives separated by "/" or ";"; a parenthesis adds context
// that need not be matched.
func agrees(want, got string) bool {
	gw := words(got)
	for _, alt := range strings.FieldsFunc(want, func(r rune) bool { return r == '/' || r == ';' }) {
		if k := strings.Index(alt, "("); k >= 0 {
			alt = alt[:k]
		}
		ww := contentWords(alt)
		if len(ww) == 0 {
			continue
		}
		hit := 0
		for _, w := range ww {
			for _, g := range gw {
				if sameWord(w, g) {
					hit++
					break
				}
			}
		}
		if 2*hit >= len(ww) {
			return true
		}
	}
	return false
}

func nameMatches(g GoldPerson, name string) bool {
	n := strings.Join(words(name), " ")
	for _, c := range append([]string{g.Name}, g.Aliases...) {
		if strings.Join(words(c), " ") == n {
			return true
		}
	}
	// A surname-only mention of a listed person counts as that person.
	gw, nw := words(g.Name), words(name)
	if len(nw) == 1 && len(gw) > 1 && nw[0] == gw[len(gw)-1] {
		return true
	}
	if len(gw) == 1 && len(nw) > 1 && nw[len(nw)-1] == gw[0] {
		return true
	}
	return false
}

func scorePeople(s *Scores, e Entry, x *extract.Explainer) {
	matched := make([]int, len(e.People)) // index+1 of the extracted person
	used := make([]bool, len(x.People))
	for gi, g := range e.People {
		for pi, p := range x.People {
			if !used[pi] && nameMatches(g, p.Name) {
				matched[gi], used[pi] = pi+1, true
				break
			}
		}
	}
	for gi, g := range e.People {
		s.PeopleRecall.Total++
		if matched[gi] == 0 {
			s.Misses = append(s.Misses, "person: "+g.Name)
			continue
		}
		s.PeopleRecall.Hit++
		p := x.People[matched[gi]-1]
		if g.Role == nil && g.Affiliation == nil {
			continue
		}
		s.RoleAffil.Total++
		got := p.Role + " ; " + p.Affiliation
		// The affiliation as the article also names it: "NATO" for "North
		// Atlantic Treaty Organization".
		for _, o := range x.Organizations {
			if o.Name == p.Affiliation {
				got += " ; " + strings.Join(o.Aliases, " ; ")
			}
		}
		ok := (g.Role == nil || agrees(*g.Role, got)) && (g.Affiliation == nil || agrees(*g.Affiliation, got))
		if ok {
			s.RoleAffil.Hit++
		} else {
			s.Misses = append(s.Misses, fmt.Sprintf("role: %s: got %q / %q", g.Name, p.Role, p.Affiliation))
		}
	}
	for pi, p := range x.People {
		s.PeoplePrecision.Total++
		if used[pi] {
			s.PeoplePrecision.Hit++
		} else {
			s.Misses = append(s.Misses, "extra person: "+p.Name)
		}
	}
	// Quoted experts.
	isGoldExpert := func(name string) bool {
		for _, q := range e.QuotedExperts {
			for _, g := range e.People {
				if g.Name == q && nameMatches(g, name) {
					return true
				}
			}
			if nameMatches(GoldPerson{Name: q}, name) {
				return true
			}
		}
		return false
	}
	for _, q := range e.QuotedExperts {
		s.ExpertRecall.Total++
		found := false
		for _, p := range x.People {
			if p.Expert && nameMatches(GoldPerson{Name: q, Aliases: aliasesOf(e, q)}, p.Name) {
				found = true
			}
		}
		if found {
			s.ExpertRecall.Hit++
		} else {
			s.Misses = append(s.Misses, "expert: "+q)
		}
	}
	for _, p := range x.People {
		if !p.Expert {
			continue
		}
		s.ExpertPrecision.Total++
		if isGoldExpert(p.Name) {
			s.ExpertPrecision.Hit++
		} else {
			s.Misses = append(s.Misses, "extra expert: "+p.Name)
		}
	}
}

func aliasesOf(e Entry, name string) []string {
	for _, g := range e.People {
		if g.Name == name {
			return g.Aliases
		}
	}
	return nil
}

// figure is the first numeric word of a labelled value ("approximately
// 1,500 special forces" -> "1,500"), and the next content word after it.
func (e Entry) figure(value string, isNum func(string) bool) (fig, next string) {
	ws := words(value)
	for i, w := range ws {
		if isNum(w) {
			for _, n := range ws[i+1:] {
				if !stop[n] && n != "out" && n != "than" {
					return w, n
				}
			}
			return w, ""
		}
	}
	return "", ""
}

var numberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "thirteen": true, "fourteen": true, "fifteen": true, "sixteen": true, "seventeen": true, "eighteen": true, "nineteen": true, "twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true, "seventy": true, "eighty": true, "ninety": true, "hundred": true, "thousand": true, "million": true, "billion": true, "dozen": true, "dozens": true, "hundreds": true, "thousands": true, "millions": true, "half": true, "first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true, "quarter": true, "quarters": true, "twice": true, "doubled": true, "tripled": true, "trebled": true, "quadrupled": true, "halved": true, "double": true, "triple": true, "twofold": true, "threefold": true, "fourfold": true, "fivefold": true, "tenfold": true}

// currencyLetters are the currencies written in letters before an amount,
// in lower case as words gives them: shillings, dirhams, riyals, taka,
// rupees, rupiah, ringgit, rand, naira, kwacha and pesos, and the dinars and
// riyals of the Gulf and Jordan. The list is the
// scorer's own, apart from the extractor's, so that what the extractor
// does not know is still counted against it.
var currencyLetters = []string{"ksh", "tsh", "ush", "shs", "sh", "dhs", "dh", "aed", "sar", "sr", "omr", "ro", "qr", "jd", "kd", "bd", "tk", "rs", "rp", "rm", "r", "n", "k", "p"}

func isNumWord(w string) bool {
	if w == "" {
		return false
	}
	if unicode.IsDigit([]rune(w)[0]) {
		return true
	}
	for _, c := range currencyLetters {
		// "Sh150", "Dh400", "N62,000": an amount with its currency's
		// letters glued on.
		if rest, ok := strings.CutPrefix(w, c); ok && rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			return true
		}
	}
	if numberWords[w] {
		return true
	}
	if h := strings.IndexByte(w, '-'); h > 0 && numberWords[w[:h]] {
		return true
	}
	return false
}

// scoreNumbers: a labelled quantity is found when an extracted number's text
// holds its figure and the word after the figure is in that number's text
// or what it counts.
func scoreNumbers(s *Scores, e Entry, x *extract.Explainer) {
	for _, g := range e.Numbers {
		s.Numbers.Total++
		fig, next := e.figure(g.Value, isNumWord)
		found := false
		for _, n := range x.Numbers {
			tw := words(n.Text)
			has := false
			for _, w := range tw {
				if w == fig || (strings.Contains(fig, "-") && strings.HasPrefix(fig, w+"-")) || strings.HasPrefix(w, fig+"-") {
					has = true
				}
			}
			if !has {
				continue
			}
			if next == "" || agrees(next, n.Text+" "+n.Counts) {
				found = true
				break
			}
		}
		if found {
			s.Numbers.Hit++
		} else {
			s.Misses = append(s.Misses, "number: "+g.Value)
		}
	}
}

// scoreDates: a labelled date is found when an extracted date overlaps the
// place where the label's text stands in the article (or, failing that,
// shares its words) and is resolved the same.
func scoreDates(s *Scores, e Entry, a article.Article, x *extract.Explainer) {
	used := map[int]bool{}
	for _, g := range e.RelativeDates {
		if g.Resolved == nil {
			continue
		}
		s.Dates.Total++
		found := false
		locs := locate(a, g.Text)
		for i, d := range x.Dates {
			if used[i] || d.Resolved != *g.Resolved {
				continue
			}
			ok := false
			for _, l := range locs {
				if l.Paragraph == d.Source.Paragraph && d.Source.Start < l.End && d.Source.End > l.Start {
					ok = true
				}
			}
			if len(locs) == 0 && strings.Contains(strings.ToLower(g.Text), strings.ToLower(d.Text)) {
				ok = true
			}
			if ok {
				found, used[i] = true, true
				break
			}
		}
		if found {
			s.Dates.Hit++
		} else {
			got := ""
			for _, d := range x.Dates {
				for _, l := range locs {
					if l.Paragraph == d.Source.Paragraph && d.Source.Start < l.End && d.Source.End > l.Start {
						got += fmt.Sprintf(" %q=%s", d.Text, d.Resolved)
					}
				}
			}
			s.Misses = append(s.Misses, fmt.Sprintf("date: %q want %s, got%s", g.Text, *g.Resolved, got))
		}
	}
}

func locate(a article.Article, text string) []extract.Source {
	var out []extract.Source
	lt := strings.ToLower(text)
	for p, para := range a.Paragraphs {
		lp := strings.ToLower(para)
		for off := 0; ; {
			k := strings.Index(lp[off:], lt)
			if k < 0 {
				break
			}
			out = append(out, extract.Source{Paragraph: p, Start: off + k, End: off + k + len(lt)})
			off += k + 1
		}
	}
	return out
}

var section = map[string]string{
	"summary": "whats-happening", "event": "whats-happening", "official_statement": "whats-happening",
	"background": "background", "agreement_or_law": "agreement", "public_opinion": "public-opinion",
	"expert_view": "experts", "what_next": "whats-next", "other": "other",
}

func scoreLabels(s *Scores, e Entry, x *extract.Explainer) {
	for i, want := range e.Topics {
		s.LabelsExact.Total++
		s.LabelsSection.Total++
		got := ""
		if i < len(x.Paragraphs) {
			got = x.Paragraphs[i].Label
		}
		if got == want {
			s.LabelsExact.Hit++
		} else {
			s.Misses = append(s.Misses, fmt.Sprintf("label: paragraph %d want %s got %s", i, want, got))
		}
		if section[got] == section[want] {
			s.LabelsSection.Hit++
		}
	}
}

// WriteTo prints the report as plain tables: one row per article and the
// total, one column per metric.
func (r *Report) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	tw := tabwriter.NewWriter(cw, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "article\tpeople F1\trole+affil\texperts R\texperts P\tnumbers R\tdates\tlabels\tsections\t")
	rows := append(append([]Scores{}, r.Articles...), r.Total)
	for _, s := range rows {
		fmt.Fprintf(tw, "%s\t%.2f\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", s.File, s.F1(),
			ratio(s.RoleAffil), ratio(s.ExpertRecall), ratio(s.ExpertPrecision), ratio(s.Numbers), ratio(s.Dates), ratio(s.LabelsExact), ratio(s.LabelsSection))
	}
	tw.Flush()
	return cw.n, cw.err
}

// Print writes the report as WriteTo does.
func (r *Report) Print(w io.Writer) error {
	_, err := r.WriteTo(w)
	return err
}

// WriteMisses prints what each article missed, for development.
func (r *Report) WriteMisses(w io.Writer) {
	for _, s := range r.Articles {
		for _, m := range s.Misses {
			fmt.Fprintf(w, "%s: %s\n", s.File, m)
		}
	}
}

func ratio(r Ratio) string {
	if r.Total == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f (%d/%d)", r.Value(), r.Hit, r.Total)
}

type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}
