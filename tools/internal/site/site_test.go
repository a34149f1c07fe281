package site

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
)

var repo = filepath.Join("..", "..", "..")

func TestChromaCSSCommitted(t *testing.T) {
	want, err := ChromaCSS()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(repo, ChromaCSSPath))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from what explainer build writes: run go run ./tools/explainer build and commit it", ChromaCSSPath)
	}
}

// TestChromaContrast checks that every colour highlighted JSON uses reads
// at 4.5:1 or better against its background, in both styles.
func TestChromaContrast(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "rich", "explainer.json"))
	if err != nil {
		t.Fatal(err)
	}
	it, err := lexers.Get("json").Tokenise(nil, string(data))
	if err != nil {
		t.Fatal(err)
	}
	types := map[chroma.TokenType]bool{}
	for _, tok := range it.Tokens() {
		types[tok.Type] = true
	}
	for _, name := range []string{chromaLight, chromaDark} {
		style := chromaStyle(name)
		bg := style.Get(chroma.Background).Background
		for tt := range types {
			fg := style.Get(tt).Colour
			if !fg.IsSet() {
				fg = style.Get(chroma.Background).Colour
			}
			if c := contrast(fg, bg); c < 4.5 {
				t.Errorf("style %s: %s is %s on %s, contrast %.2f, want 4.5 or more", name, tt, fg, bg, c)
			}
		}
	}
}

func contrast(a, b chroma.Colour) float64 {
	la, lb := luminance(a), luminance(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

func luminance(c chroma.Colour) float64 {
	ch := func(v uint8) float64 {
		x := float64(v) / 255
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(c.Red()) + 0.7152*ch(c.Green()) + 0.0722*ch(c.Blue())
}

// newProject copies the repository's site sources into a temporary folder
// with the given explainer bundles (folder name -> file name -> content).
func newProject(t *testing.T, bundles map[string]map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"hugo.toml", "layouts", "assets", "content/_index.md", "content/explainers/_index.md"} {
		copyTree(t, filepath.Join(repo, name), filepath.Join(dir, name))
	}
	for slug, files := range bundles {
		for name, data := range files {
			path := filepath.Join(dir, "content", "explainers", slug, name)
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dir
}

func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, strings.TrimPrefix(path, src))
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func build(t *testing.T, dir string) string {
	t.Helper()
	var log bytes.Buffer
	out := filepath.Join(dir, "public")
	if _, err := Build(context.Background(), Options{Source: dir, Destination: out, Log: &log}); err != nil {
		t.Fatalf("Build: %v\n%s", err, log.String())
	}
	return out
}

func read(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func fixture(t *testing.T) map[string]string {
	t.Helper()
	files := map[string]string{}
	for _, name := range []string{"index.md", "explainer.json", "source.txt"} {
		files[name] = read(t, filepath.Join("testdata", "rich", name))
	}
	return files
}

const frontMatter = "---\ntitle: \"Talks resume\"\ndate: 2024-03-01\n---\n"

// TestEmptyExplainer builds explainers with nothing extracted, and with no
// explainer.json at all: each page must still build, with no empty parts.
func TestEmptyExplainer(t *testing.T) {
	empty := `{"schema":"explainer/v1","slug":"empty","title":"Talks resume","source":{"outlet":"","url":"","published":""},
"key_points":null,"paragraphs":[],"sections":[{"id":"x","kind":"x","title":"Nothing here","items":[]}],"people":null,"organizations":null,
"places":null,"numbers":null,"dates":null,"timeline":null,"quotes":null,"claims":null}`
	dir := newProject(t, map[string]map[string]string{
		"empty":   {"index.md": frontMatter, "explainer.json": empty},
		"no-json": {"index.md": frontMatter},
	})
	out := build(t, dir)
	for _, slug := range []string{"empty", "no-json"} {
		page := read(t, filepath.Join(out, "explainers", slug, "index.html"))
		for _, part := range []string{"Key points", "Key numbers", "Nothing here", "The experts", "Who's who", "Timeline", "What's confirmed"} {
			if strings.Contains(page, part) {
				t.Errorf("%s: page shows %q with nothing in it", slug, part)
			}
		}
		if !strings.Contains(page, `href=article.html`) {
			t.Errorf("%s: page does not link to the original article", slug)
		}
		if a := read(t, filepath.Join(out, "explainers", slug, "article.html")); !strings.Contains(a, "not available") {
			t.Errorf("%s: article page does not say the text is missing", slug)
		}
	}
}

// TestRepeatedNumbers: a figure the article gives twice, counting the same
// thing, is one card, where it is first given; a year or an age is no card.
func TestRepeatedNumbers(t *testing.T) {
	src := func(p int) string { return fmt.Sprintf(`"source":{"paragraph":%d,"sentence":0,"start":0,"end":2}`, p) }
	x := `{"schema":"explainer/v1","slug":"nums","title":"Talks resume","source":{"outlet":"","url":"","published":""},"paragraphs":[],"numbers":[` +
		`{"text":"under 16","value":16,"counts":"",` + src(0) + `},` +
		`{"text":"45 million","value":45000000,"counts":"users",` + src(1) + `},` +
		`{"text":"under 16","value":16,"counts":"",` + src(2) + `},` +
		`{"text":"under 16","value":16,"counts":"years",` + src(3) + `},` +
		`{"text":"2007","value":2007,"counts":"year",` + src(4) + `},` +
		`{"text":"56","value":56,"counts":"age",` + src(5) + `}]}`
	out := build(t, newProject(t, map[string]map[string]string{"nums": {"index.md": frontMatter, "explainer.json": x}}))
	page := read(t, filepath.Join(out, "explainers", "nums", "index.html"))
	if n := strings.Count(page, "<p class=fig>under 16 "); n != 2 {
		t.Errorf("%d cards for \"under 16\", want 2 (one per thing counted)", n)
	}
	if !strings.Contains(page, `<p class=fig>under 16 <a class=src href=article.html#p1>`) || strings.Contains(page, `<p class=fig>under 16 <a class=src href=article.html#p3>`) {
		t.Errorf("the repeated figure's card does not point where it is first given")
	}
	if strings.Contains(page, "<p class=fig>2007 ") || strings.Contains(page, "<p class=fig>56 ") {
		t.Errorf("a year or an age is shown as a key number")
	}
}

var dataBlock = regexp.MustCompile(`(?s)<pre tabindex=0 class=chroma><code class=language-json data-lang=json>(.*?)</code></pre>`)

var tags = regexp.MustCompile(`<[^>]*>`)

// TestArticleFromStore builds the article pages as a build does, from
// what each explainer page left in its Store, and again with an explainer
// page that leaves nothing there, so that each article page reads its
// explainer.json itself: the pages must be the same, each with its own
// explainer's paragraphs.
func TestArticleFromStore(t *testing.T) {
	bundles := map[string]map[string]string{
		"rich": fixture(t),
		"other": {"index.md": frontMatter, "explainer.json": `{"schema":"explainer/v1","slug":"other","title":"Talks resume",` +
			`"source":{"outlet":"Other Outlet","url":"","published":"2024-03-01"},"paragraphs":[{"index":0,"text":"Talks resumed & ended."}]}`},
	}
	fromStore := build(t, newProject(t, bundles))
	dir := newProject(t, bundles)
	layout := filepath.Join(dir, "layouts", "page.html")
	var kept []string
	for _, line := range strings.Split(read(t, layout), "\n") {
		if !strings.Contains(line, ".Store.Set") {
			kept = append(kept, line)
		}
	}
	if err := os.WriteFile(layout, []byte(strings.Join(kept, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	if read(t, layout) == read(t, filepath.Join(repo, "layouts", "page.html")) {
		t.Fatal("layouts/page.html stores nothing for the article page")
	}
	fromJSON := build(t, dir)
	for slug, want := range map[string]string{"rich": "Mason Richey", "other": "<p id=p1><a class=pn href=#p1>¶1</a> Talks resumed & ended.</p>"} {
		a := read(t, filepath.Join(fromStore, "explainers", slug, "article.html"))
		b := read(t, filepath.Join(fromJSON, "explainers", slug, "article.html"))
		if a != b {
			t.Errorf("%s: article.html from the Store differs from the one read from explainer.json:\n%s\n%s", slug, a, b)
		}
		if !strings.Contains(a, want) {
			t.Errorf("%s: article.html lacks %q:\n%s", slug, want, a)
		}
	}
}

// TestDataLeftToTheTool builds with params.explainer.fillData, as
// explainer build does: the data page's block is left empty and the JSON
// is an empty object, for the tool to fill.
func TestDataLeftToTheTool(t *testing.T) {
	dir := newProject(t, map[string]map[string]string{"rich": fixture(t)})
	out := filepath.Join(dir, "public")
	params := map[string]any{"explainer": map[string]any{"fillData": true}}
	if _, err := Build(context.Background(), Options{Source: dir, Destination: out, Params: params}); err != nil {
		t.Fatal(err)
	}
	data := read(t, filepath.Join(out, "explainers", "rich", "data.html"))
	if m := dataBlock.FindStringSubmatch(data); m == nil || m[1] != "" {
		t.Errorf("data.html has no empty JSON block:\n%s", data)
	}
	if j := read(t, filepath.Join(out, "explainers", "rich", "index.json")); j != "{}" {
		t.Errorf("index.json is %.80q, want {}", j)
	}
}

var ldScript = regexp.MustCompile(`<script type=application/ld\+json>(.*?)</script>`)

func TestRichExplainer(t *testing.T) {
	out := build(t, newProject(t, map[string]map[string]string{"rich": fixture(t)}))
	dir := filepath.Join(out, "explainers", "rich")
	page := read(t, filepath.Join(dir, "index.html"))

	// The parts come in the order a reader needs them.
	order := []string{"<p class=kicker>Explainer", "<h1>", "ICARO Media Group", "Key points", "Key numbers",
		"What's happening", "Background", "The 2024 treaty", "Public opinion", "What experts say", "What's next",
		"The experts", "Who's who", "Timeline", "What's confirmed and what's claimed", "Sources"}
	at := 0
	for _, s := range order {
		i := strings.Index(page[at:], s)
		if i < 0 {
			t.Fatalf("%q missing, or not after the parts before it", s)
		}
		at += i
	}
	for _, s := range []string{"<li class=future><time datetime=2024-11-05>5 November 2024</time> <strong>Upcoming</strong>",
		"<h3 class=unconfirmed>Unconfirmed</h3>", "<li><p class=meta>South Korean intelligence</p><p>North Korea already sent",
		"<dt>North Atlantic Treaty Organization (<span>NATO <a class=src href=article.html#p4>¶4</a></span>)</dt>", "<h3>Mason Richey</h3><p class=role>professor, Hankuk University of Foreign Studies</p>",
		`href=https://www.icaromediagroup.com/example-south-korea-ukraine`} {
		if !strings.Contains(page, s) {
			t.Errorf("page lacks %s", s)
		}
	}
	if strings.Contains(page, " style=") || strings.Contains(page, "<style") {
		t.Error("page has inline styles; the Content-Security-Policy forbids them")
	}

	m := ldScript.FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no JSON-LD")
	}
	var ld struct {
		Type      string `json:"@type"`
		IsBasedOn struct {
			Type string `json:"@type"`
		} `json:"isBasedOn"`
		Mentions []struct {
			Type        string                `json:"@type"`
			Name        string                `json:"name"`
			JobTitle    string                `json:"jobTitle"`
			Affiliation struct{ Name string } `json:"affiliation"`
			Text        string                `json:"text"`
		} `json:"mentions"`
	}
	if err := json.Unmarshal([]byte(m[1]), &ld); err != nil {
		t.Fatalf("JSON-LD: %v\n%s", err, m[1])
	}
	if ld.Type != "BackgroundNewsArticle" || ld.IsBasedOn.Type != "NewsArticle" {
		t.Errorf("JSON-LD is a %q based on a %q, want a BackgroundNewsArticle based on a NewsArticle", ld.Type, ld.IsBasedOn.Type)
	}
	var person, quote bool
	for _, x := range ld.Mentions {
		person = person || x.Type == "Person" && x.Name == "Mason Richey" && x.JobTitle == "professor" && x.Affiliation.Name == "Hankuk University of Foreign Studies"
		quote = quote || x.Type == "Quotation" && x.Text == "peace through strength"
	}
	if !person || !quote {
		t.Errorf("JSON-LD mentions a Person with job title and affiliation: %v, a Quotation: %v", person, quote)
	}

	article := read(t, filepath.Join(dir, "article.html"))
	for i := 1; i <= 11; i++ {
		if !regexp.MustCompile(`<p id=p` + strconv.Itoa(i) + `>`).MatchString(article) {
			t.Errorf("article.html has no paragraph p%d", i)
		}
	}
	// Built by Hugo alone, the data page holds the JSON highlighted by
	// Hugo's highlighter.
	data := read(t, filepath.Join(dir, "data.html"))
	if m := dataBlock.FindStringSubmatch(data); m == nil {
		t.Error("data.html has no JSON block")
	} else if got := html.UnescapeString(tags.ReplaceAllString(m[1], "")); got != fixture(t)["explainer.json"] {
		t.Error("the text of the JSON block of data.html is not explainer.json")
	} else if !strings.Contains(m[1], "<span class=nt>") {
		t.Error("the JSON block of data.html is not highlighted")
	}
	// Built by Hugo alone, index.json is explainer.json minified, its
	// numbers as written: 1000, not 1e3.
	var compact bytes.Buffer
	if err := json.Compact(&compact, []byte(fixture(t)["explainer.json"])); err != nil {
		t.Fatal(err)
	}
	if got := read(t, filepath.Join(dir, "index.json")); got != compact.String() {
		t.Errorf("index.json is not explainer.json made compact:\n%.300s", got)
	}
}

// TestPagination lists explainers newest first, a page at a time, each
// list page with its own canonical URL.
func TestPagination(t *testing.T) {
	bundle := func(title, date string) map[string]string {
		return map[string]string{"index.md": "---\ntitle: \"" + title + "\"\ndate: " + date + "\n---\n"}
	}
	dir := newProject(t, map[string]map[string]string{
		"older": bundle("Older story", "2024-01-01"),
		"newer": bundle("Newer story", "2024-06-01"),
	})
	config := filepath.Join(dir, "hugo.toml")
	toml := read(t, config)
	if !strings.Contains(toml, "pagerSize = 20") {
		t.Fatal("hugo.toml sets no pagerSize = 20")
	}
	if err := os.WriteFile(config, []byte(strings.Replace(toml, "pagerSize = 20", "pagerSize = 1", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	out := build(t, dir)
	for path, want := range map[string][]string{
		"index.html":        {"Newer story", "href=/page/2/ rel=next", "<link rel=canonical href=https://explainer.example.org/>"},
		"page/2/index.html": {"Older story", "href=/ rel=prev", "<link rel=canonical href=https://explainer.example.org/page/2/>", "<title>Explainers, page 2</title>"},
	} {
		page := read(t, filepath.Join(out, path))
		for _, s := range want {
			if !strings.Contains(page, s) {
				t.Errorf("%s lacks %s", path, s)
			}
		}
	}
}

func TestBuildOnly(t *testing.T) {
	bundle := func(title string) map[string]string {
		return map[string]string{"index.md": "---\ntitle: \"" + title + "\"\ndate: 2024-03-01\n---\n"}
	}
	dir := newProject(t, map[string]map[string]string{"a": bundle("Story A"), "b": bundle("Story B"), "c": bundle("Story C")})
	for _, tt := range []struct {
		only     []string
		rendered []string
	}{
		{nil, []string{"a", "b", "c"}},
		{[]string{"/explainers/b"}, []string{"b"}},
		{[]string{}, nil},
	} {
		out := t.TempDir()
		var written atomic.Int64
		stats, err := Build(context.Background(), Options{Source: dir, Destination: out, Only: tt.only, Written: &written})
		if err != nil {
			t.Fatal(err)
		}
		files := 0
		filepath.WalkDir(out, func(_ string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				files++
			}
			return err
		})
		if int(written.Load()) != files {
			t.Errorf("Only %q: Written = %d, want the %d files written", tt.only, written.Load(), files)
		}
		var got []string
		for _, slug := range []string{"a", "b", "c"} {
			if _, err := os.Stat(filepath.Join(out, "explainers", slug, "index.html")); err == nil {
				got = append(got, slug)
			}
		}
		if !slices.Equal(got, tt.rendered) {
			t.Errorf("Only %q rendered %q, want %q", tt.only, got, tt.rendered)
		}
		// The lists are rendered whatever Only says, and list every page.
		if home := read(t, filepath.Join(out, "index.html")); !strings.Contains(home, "Story A") || !strings.Contains(home, "Story C") {
			t.Errorf("Only %q: the home page does not list every explainer", tt.only)
		}
		if len(stats.Units) != 3 {
			t.Fatalf("Only %q: Units = %+v, want three", tt.only, stats.Units)
		}
		u := stats.Units[1]
		want := Unit{Source: "explainers/b", Path: "/explainers/b",
			Formats: map[string]string{"html": "explainers/b/index.html", "article": "explainers/b/article.html", "data": "explainers/b/data.html", "json": "explainers/b/index.json"}}
		if !reflect.DeepEqual(u, want) {
			t.Errorf("Units[1] = %+v, want %+v", u, want)
		}
		if got, want := u.Outputs(), []string{"explainers/b/article.html", "explainers/b/data.html", "explainers/b/index.html", "explainers/b/index.json"}; !slices.Equal(got, want) {
			t.Errorf("Units[1].Outputs() = %q, want %q", got, want)
		}
	}
}

// TestClaimGroups puts each claim in the group of its certainty, surest
// group first, claims in the order they come; a certainty no group names,
// or none, goes to "Other claims", and the outlet is not named as the
// source of its own claims.
func TestClaimGroups(t *testing.T) {
	claim := func(text, certainty, by string) string {
		return `{"text": "` + text + `", "certainty": "` + certainty + `", "attribution": "` + by + `", "source": {"paragraph": 0, "sentence": 0, "start": 0, "end": 1}}`
	}
	x := `{"schema": "explainer/v1", "title": "Claims", "source": {"outlet": "The Outlet", "published": "2024-01-02"},
		"paragraphs": [{"index": 0, "text": "A."}],
		"claims": [` + strings.Join([]string{
		claim("H1", "hedged", "The Outlet"),
		`{"text": "N1", "attribution": "Someone", "source": {"paragraph": 0, "sentence": 0, "start": 0, "end": 1}}`,
		claim("A1", "asserted", "The Outlet"), claim("R1", "rumoured", "Someone"),
		claim("A2", "asserted", "The Outlet"), claim("U1", "unconfirmed", "Officials"),
	}, ", ") + `]}`
	out := build(t, newProject(t, map[string]map[string]string{"claims": {
		"index.md": "---\ntitle: Claims\ndate: 2024-01-02\n---\n", "explainer.json": x,
	}}))
	page := read(t, filepath.Join(out, "explainers", "claims", "index.html"))
	var got []string
	for _, m := range regexp.MustCompile(`<h3 class=(\w+)>|<p>(\w\d) <a`).FindAllStringSubmatch(page, -1) {
		got = append(got, m[1]+m[2])
	}
	want := []string{"asserted", "A1", "A2", "hedged", "H1", "unconfirmed", "U1", "other", "N1", "R1"}
	if !slices.Equal(got, want) {
		t.Errorf("groups and claims %v, want %v", got, want)
	}
	for _, s := range []string{"<p class=meta>Someone</p><p>R1", "<p class=meta>Officials</p><p>U1", "<li><p>A1"} {
		if !strings.Contains(page, s) {
			t.Errorf("page lacks %s", s)
		}
	}
}
