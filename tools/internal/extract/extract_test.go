package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/explainer-dev/explainer/tools/internal/article"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenArticles are the project's own articles: the built-in one and the
// labelled articles written for the eval package.
var goldenArticles = []struct {
	name, file, date string
}{
	{"seed", "testdata/seed.txt", "2024-10-23"},
	{"baltic-grid", "../eval/testdata/01-ledger-baltic-grid.txt", "2025-03-12"},
	{"malaria-vaccine", "../eval/testdata/02-courier-malaria-vaccine.txt", "2023-06-15"},
	{"mercosur-pact", "../eval/testdata/03-gazette-mercosur-pact.txt", "2026-02-05"},
	{"kenya-digital-id", "../eval/testdata/04-standard-kenya-digital-id.txt", "2024-02-14"},
	{"pakistan-floods", "../eval/testdata/05-meridian-pakistan-floods.txt", "2025-08-21"},
	{"norway-rates", "../eval/testdata/06-harbour-norway-rates.txt", "2025-06-19"},
}

func load(t testing.TB, file, date string) article.Article {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Parse(file, b)
	if err != nil {
		t.Fatalf("Parse(%s): %v", file, err)
	}
	if date != "" {
		if a.Published, err = article.ParseDate(date); err != nil {
			t.Fatal(err)
		}
	}
	return a
}

func TestGolden(t *testing.T) {
	for _, g := range goldenArticles {
		t.Run(g.name, func(t *testing.T) {
			e := Extract(load(t, g.file, g.date))
			got, err := json.MarshalIndent(e, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", g.name+".golden")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Extract(%s) differs from %s; review and run go test -update", g.file, path)
			}
		})
	}
}

// TestSeed checks what the built-in article's explainer must say, all of it
// computed from the text and the publication date.
func TestSeed(t *testing.T) {
	e := Extract(load(t, "testdata/seed.txt", "2024-10-23"))
	experts := map[string][2]string{
		"Mason Richey":   {"professor", "Hankuk University of Foreign Studies"},
		"Ben Engel":      {"political science professor", "Dankook University"},
		"Hyun Seung-soo": {"researcher", "Korea Institute for National Unification"},
	}
	for name, want := range experts {
		found := false
		for _, p := range e.People {
			if p.Name == name {
				found = true
				if !p.Expert || p.Role != want[0] || p.Affiliation != want[1] {
					t.Errorf("Extract(seed).People[%s] = %+v, want expert %q at %q", name, p, want[0], want[1])
				}
			}
		}
		if !found {
			t.Errorf("Extract(seed).People has no %s", name)
		}
	}
	dates := map[string]string{"on Tuesday": "2024-10-22", "Earlier this year": "2024"}
	for text, want := range dates {
		ok := false
		for _, d := range e.Dates {
			if d.Text == text && d.Resolved == want {
				ok = true
			}
		}
		if !ok {
			t.Errorf("Extract(seed).Dates has no %q resolved to %s", text, want)
		}
	}
	wantSections := map[string][]int{
		"Background":       {4, 8},
		"The 2024 treaty":  {5},
		"Public opinion":   {9},
		"What experts say": {6, 7, 10},
	}
	for title, paras := range wantSections {
		var sec *Section
		for i := range e.Sections {
			if e.Sections[i].Title == title {
				sec = &e.Sections[i]
			}
		}
		if sec == nil {
			t.Errorf("Extract(seed) has no section %q; sections: %v", title, sectionTitles(e))
			continue
		}
		for _, p := range paras {
			found := false
			for _, it := range sec.Items {
				if it.Source.Paragraph == p && strings.Contains(e.Paragraphs[p].Text, it.Text) {
					found = true
				}
			}
			if !found {
				t.Errorf("section %q holds no text from paragraph %d", title, p)
			}
		}
	}
	if n := len(e.KeyPoints); n < 3 || n > 5 {
		t.Errorf("Extract(seed) has %d key points, want 3-5", n)
	}
}

func sectionTitles(e *Explainer) []string {
	var s []string
	for _, x := range e.Sections {
		s = append(s, x.Title)
	}
	return s
}

// TestProvenance checks on every article at hand that each item's source
// lies in its paragraph and sentence and that span items are exactly the
// bytes they point at.
func TestProvenance(t *testing.T) {
	files := map[string]string{}
	for _, g := range goldenArticles {
		files[g.file] = g.date
	}
	dev := filepath.Join("..", "..", "..", "..", "shared", "eval", "dev")
	if m, _ := filepath.Glob(filepath.Join(dev, "*.txt")); len(m) > 0 {
		for _, f := range m {
			files[f] = "2020-01-01"
		}
	}
	for f, date := range files {
		a := load(t, f, date)
		if err := checkProvenance(a, Extract(a)); err != "" {
			t.Errorf("%s: %s", f, err)
		}
	}
}

// checkProvenance returns a description of the first broken source, or "".
func checkProvenance(a article.Article, e *Explainer) string {
	sents := make([][]span, len(a.Paragraphs))
	for i, p := range a.Paragraphs {
		sents[i] = sentences(p)
	}
	check := func(what, text string, s Source, exact bool) string {
		if s.Paragraph < 0 || s.Paragraph >= len(a.Paragraphs) {
			return what + ": paragraph out of range"
		}
		p := a.Paragraphs[s.Paragraph]
		if s.Start < 0 || s.End > len(p) || s.Start > s.End {
			return what + ": offsets out of range"
		}
		if s.Sentence < 0 || s.Sentence >= len(sents[s.Paragraph]) {
			return what + ": sentence out of range"
		}
		sp := sents[s.Paragraph][s.Sentence]
		if s.Start < sp.start || s.End > sp.end {
			return what + ": span outside its sentence"
		}
		if exact && p[s.Start:s.End] != text {
			return what + ": text " + strconvQuote(text) + " is not the bytes " + strconvQuote(p[s.Start:s.End])
		}
		return ""
	}
	var errs []string
	add := func(s string) {
		if s != "" {
			errs = append(errs, s)
		}
	}
	for _, k := range e.KeyPoints {
		add(check("key point", k.Text, k.Source, true))
	}
	for _, sec := range e.Sections {
		for _, it := range sec.Items {
			add(check("section item", it.Text, it.Source, true))
		}
	}
	for _, p := range e.People {
		for _, m := range p.Mentions {
			add(check("person mention", "", m, false))
		}
	}
	for _, o := range e.Organizations {
		for _, m := range o.Mentions {
			add(check("organization mention", "", m, false))
		}
	}
	for _, pl := range e.Places {
		for _, m := range pl.Mentions {
			add(check("place mention", "", m, false))
		}
	}
	for _, n := range e.Numbers {
		add(check("number", n.Text, n.Source, true))
	}
	for _, d := range e.Dates {
		add(check("date", d.Text, d.Source, true))
	}
	for _, ev := range e.Timeline {
		add(check("timeline", ev.Label, ev.Source, true))
	}
	for _, q := range e.Quotes {
		add(check("quote", q.Text, q.Source, true))
	}
	for _, c := range e.Claims {
		add(check("claim", c.Text, c.Source, true))
	}
	for _, p := range e.Paragraphs {
		if p.Text != a.Paragraphs[p.Index] {
			add("paragraph text differs")
		}
		for _, s := range p.Sentences {
			add(check("sentence label", p.Text[s.Start:s.End], Source{p.Index, s.Index, s.Start, s.End}, true))
		}
	}
	if len(errs) > 0 {
		return strings.Join(errs, "; ")
	}
	return ""
}

func strconvQuote(s string) string { b, _ := json.Marshal(s); return string(b) }

func TestDeterministic(t *testing.T) {
	a := load(t, "testdata/seed.txt", "2024-10-23")
	first, _ := json.Marshal(Extract(a))
	for range 5 {
		again, _ := json.Marshal(Extract(a))
		if !bytes.Equal(first, again) {
			t.Fatal("Extract(seed) is not deterministic")
		}
	}
}

func FuzzExtract(f *testing.F) {
	seed, _ := os.ReadFile("testdata/seed.txt")
	f.Add(string(seed))
	f.Add("T\nO\n****\nMr. Smith, a professor at U.S. University, said on Tuesday “it is 1.5% (about).”\n“Unclosed quote. And (bracket")
	f.Add("H\nO\n****\nIn March 2020, some 3,000 troops, more than half of them, left. Dr. J. Doe said: \"x.\" ")
	f.Fuzz(func(t *testing.T, text string) {
		a, err := article.Parse("fuzz.txt", []byte(text))
		if err != nil {
			return
		}
		a.Published = time.Date(2024, 10, 23, 0, 0, 0, 0, time.UTC)
		if msg := checkProvenance(a, Extract(a)); msg != "" {
			t.Errorf("provenance: %s", msg)
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	a := load(b, "testdata/seed.txt", "2024-10-23")
	Extract(a) // build the lexicon outside the loop
	b.ReportAllocs()
	for b.Loop() {
		Extract(a)
	}
}

// BenchmarkExtractLabelled extracts the labelled articles of the eval
// package, written the way news is, with more dates and people than the
// built-in article: it reports articles a second and bytes of text.
func BenchmarkExtractLabelled(b *testing.B) {
	dir := filepath.Join("..", "eval", "testdata")
	manifest, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		b.Fatal(err)
	}
	var entries []struct{ File, Published string }
	if err := json.Unmarshal(manifest, &entries); err != nil {
		b.Fatal(err)
	}
	var as []article.Article
	size := 0
	for _, e := range entries {
		a := load(b, filepath.Join(dir, e.File), e.Published)
		as = append(as, a)
		for _, p := range a.Paragraphs {
			size += len(p)
		}
	}
	if len(as) == 0 {
		b.Fatal("no labelled articles")
	}
	Extract(as[0])
	b.SetBytes(int64(size))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, a := range as {
			Extract(a)
		}
		n += len(as)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkExtractLong extracts a long article that names many people and
// companies, and refers to "the company" again and again: the cost of
// finding whom such words stand for must grow with the article, not with
// its square.
func BenchmarkExtractLong(b *testing.B) {
	var paras []string
	for i := range 1000 {
		paras = append(paras, fmt.Sprintf("The company's chief executive, John Smith%d, said Acme%d Corp and the firm Beta%d Industries would merge. Chief executive Ann Lee%d told analysts the company's chairman agreed.", i%50, i%200, i%300, i%70))
	}
	a := article.Article{Title: "Merger talks", Outlet: "The Test Times", Paragraphs: paras}
	a.Published, _ = time.Parse(article.DateLayout, "2026-01-01")
	Extract(a)
	b.ReportAllocs()
	for b.Loop() {
		Extract(a)
	}
}

// TestConcurrent runs Extract from several goroutines: the lexicons are
// shared and must only be read (run with -race).
func TestConcurrent(t *testing.T) {
	a := load(t, "testdata/seed.txt", "2024-10-23")
	want, _ := json.Marshal(Extract(a))
	done := make(chan []byte)
	for range 4 {
		go func() {
			b, _ := json.Marshal(Extract(a))
			done <- b
		}()
	}
	for range 4 {
		if got := <-done; !bytes.Equal(got, want) {
			t.Error("concurrent Extract differs")
		}
	}
}

// TestEmpty: an article without paragraphs gives an explainer with empty
// lists, never null ones.
func TestEmpty(t *testing.T) {
	b, err := json.Marshal(Extract(article.Article{Title: "T"}))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b, []byte("null")) {
		t.Errorf("Extract(empty) = %s, want empty lists", b)
	}
}
