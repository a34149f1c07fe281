package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/explainer-dev/explainer/tools/internal/article"
	"github.com/explainer-dev/explainer/tools/internal/content"
)

// newProject copies the repository's site sources (but no explainers) into
// a temporary folder and returns it.
func newProject(t *testing.T) string {
	t.Helper()
	repo, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, name := range []string{"hugo.toml", "layouts", "assets", "content/_index.md", "content/explainers/_index.md"} {
		copyTree(t, filepath.Join(repo, name), filepath.Join(dir, name))
	}
	return dir
}

func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	if err := copyPath(src, dst); err != nil {
		t.Fatal(err)
	}
}

func runOK(t *testing.T, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), args, &stdout, &stderr); err != nil {
		t.Fatalf("run(%q) = %v; stderr:\n%s", args, err, stderr.String())
	}
	return stdout.String()
}

// treeHash is a digest of every file's path and bytes under dir.
func treeHash(t *testing.T, dir string) string {
	t.Helper()
	h := sha256.New()
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		fmt.Fprintf(h, "%s\x00%d\x00", strings.TrimPrefix(path, dir), len(data))
		h.Write(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

func TestBuildBuiltinArticle(t *testing.T) {
	dir := newProject(t)
	runOK(t, "build", "--source", dir)

	if _, err := os.Stat(filepath.Join(dir, "public", "index.html")); err != nil {
		t.Fatal(err)
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "public", "explainers", "*", "index.html"))
	if len(pages) != 1 {
		t.Fatalf("explainer pages = %q, want one", pages)
	}
	page, err := os.ReadFile(pages[0])
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(page, []byte("\n")); n > 2 {
		t.Errorf("explainer page has %d line breaks; want minified HTML", n)
	}

	a, err := article.Parse("builtin.txt", builtin)
	if err != nil {
		t.Fatal(err)
	}
	// The paragraphs of the built-in article that each section must draw
	// on, as a reader labels them (zero-based).
	want := map[string][]int{
		"Background":       {4, 8},
		"The 2024 treaty":  {5},
		"Public opinion":   {9},
		"What experts say": {6, 7, 10},
	}
	got := sectionTexts(t, page)
	for title, paras := range want {
		texts, ok := got[title]
		if !ok {
			t.Errorf("no section headed %q; sections: %q", title, keys(got))
			continue
		}
		if len(texts) == 0 {
			t.Errorf("section %q is empty", title)
		}
		for _, text := range texts {
			if !fromParagraphs(text, a.Paragraphs, paras) {
				t.Errorf("section %q holds %q, which is not from paragraphs %v", title, text, paras)
			}
		}
	}

	// The data page shows explainer.json, every key marked up for chroma's
	// styles.
	dataPage, err := os.ReadFile(filepath.Join(filepath.Dir(pages[0]), "data.html"))
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(content.Dir(dir), filepath.Base(filepath.Dir(pages[0])), content.ExplainerFile))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(dataPage))
	if err != nil {
		t.Fatal(err)
	}
	code := findElement(doc, "code")
	if code == nil {
		t.Fatal("data.html has no code element")
	}
	if textOf(code) != strings.TrimSpace(string(data)) {
		t.Error("the code on data.html is not explainer.json")
	}
	if keys, marked := bytes.Count(data, []byte(`":`)), bytes.Count(dataPage, []byte(`<span class=nt>`)); marked != keys {
		t.Errorf("data.html marks %d keys, explainer.json has %d", marked, keys)
	}
	// index.json is explainer.json, compact.
	var compact bytes.Buffer
	if err := json.Compact(&compact, data); err != nil {
		t.Fatal(err)
	}
	if j, err := os.ReadFile(filepath.Join(filepath.Dir(pages[0]), "index.json")); err != nil || !bytes.Equal(j, compact.Bytes()) {
		t.Errorf("index.json is not explainer.json made compact (%v):\n%.200s", err, j)
	}

	before := treeHash(t, filepath.Join(dir, "public"))
	runOK(t, "build", "--source", dir)
	if after := treeHash(t, filepath.Join(dir, "public")); after != before {
		t.Error("second build changed public/")
	}
}

// fromParagraphs reports whether text, less its ¶ link, is part of one of
// the paragraphs with the given indices.
func fromParagraphs(text string, paragraphs []string, indices []int) bool {
	if i := strings.LastIndex(text, "¶"); i >= 0 {
		text = text[:i]
	}
	text = strings.TrimSpace(text)
	if text == "" {
		return false
	}
	for _, i := range indices {
		if strings.Contains(paragraphs[i], text) {
			return true
		}
	}
	return false
}

// sectionTexts maps each h2 heading inside a <section> to the text of the
// paragraphs and list items that follow it there.
func sectionTexts(t *testing.T, page []byte) map[string][]string {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	var walk func(n *html.Node, heading string)
	walk = func(n *html.Node, heading string) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.Data {
			case "h2":
				heading = textOf(c)
				out[heading] = nil
			case "p", "li":
				if heading != "" {
					out[heading] = append(out[heading], textOf(c))
					continue
				}
			case "section":
				walk(c, "")
				continue
			}
			walk(c, heading)
		}
	}
	walk(doc, "")
	return out
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.TrimSpace(b.String())
}

func keys(m map[string][]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestAddThenBuild(t *testing.T) {
	dir := newProject(t)
	article := filepath.Join(t.TempDir(), "talks.txt")
	writeFile(t, article, "Talks resume after a year\nTest Wire\nDate: 2024-03-01\n****\nOfficials met on Tuesday.\n")
	out := runOK(t, "add", "--source", dir, article)
	if !strings.Contains(out, "talks-resume-after-a-year") {
		t.Errorf("add printed %q, want the bundle folder", out)
	}
	runOK(t, "build", "--source", dir)
	if _, err := os.Stat(filepath.Join(dir, "public", "explainers", "talks-resume-after-a-year", "index.html")); err != nil {
		t.Error(err)
	}
	if pages, _ := filepath.Glob(filepath.Join(dir, "public", "explainers", "*", "index.html")); len(pages) != 1 {
		t.Errorf("pages = %q: the built-in article must not be added when content/ has explainers", pages)
	}
}

// TestDataPageByFormat finds the data page by its output format, not its
// file name: with another baseName in hugo.toml, its JSON is still filled
// in and marked up.
func TestDataPageByFormat(t *testing.T) {
	dir := newProject(t)
	config := filepath.Join(dir, "hugo.toml")
	toml, err := os.ReadFile(config)
	if err != nil {
		t.Fatal(err)
	}
	renamed := bytes.Replace(toml, []byte(`baseName = "data"`), []byte(`baseName = "json-view"`), 1)
	if bytes.Equal(renamed, toml) {
		t.Fatal(`hugo.toml has no baseName = "data"`)
	}
	if err := os.WriteFile(config, renamed, 0o644); err != nil {
		t.Fatal(err)
	}
	runOK(t, "build", "--source", dir, "--quiet")
	pages, err := filepath.Glob(filepath.Join(dir, "public", "explainers", "*", "json-view.html"))
	if err != nil || len(pages) != 1 {
		t.Fatalf("data pages %q (%v), want one", pages, err)
	}
	if page, _ := os.ReadFile(pages[0]); !bytes.Contains(page, []byte(`<span class=nt>"schema"</span>`)) {
		t.Errorf("%s holds no marked-up JSON", pages[0])
	}
}

// TestOwnJSONLayoutKept builds a site whose own layout writes index.json:
// build fills only the empty object that the project's layout leaves.
func TestOwnJSONLayoutKept(t *testing.T) {
	dir := newProject(t)
	const own = `{"title":{{ .Title | jsonify }}}`
	if err := os.WriteFile(filepath.Join(dir, "layouts", "page.json"), []byte(own), 0o644); err != nil {
		t.Fatal(err)
	}
	runOK(t, "build", "--source", dir, "--quiet")
	files, err := filepath.Glob(filepath.Join(dir, "public", "explainers", "*", "index.json"))
	if err != nil || len(files) != 1 {
		t.Fatalf("index.json files %q (%v), want one", files, err)
	}
	var got map[string]any
	if b, err := os.ReadFile(files[0]); err != nil || json.Unmarshal(b, &got) != nil || len(got) != 1 || got["title"] == "" {
		t.Errorf("index.json is %s (%v), want the own layout's one key", b, err)
	}
}

// fill marks up a valid explainer.json and compacts it into the JSON
// output, and leaves both outputs as Hugo wrote them when it is not valid,
// with an error that names the file.
func TestFillDataPage(t *testing.T) {
	dir := t.TempDir()
	p := dataPage{page: filepath.Join(dir, "data.html"), json: filepath.Join(dir, "index.json"), data: filepath.Join(dir, "explainer.json")}
	const page = `<pre><code class=language-json data-lang=json></code></pre>`
	write := func(path, s string) {
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	read := func(path string) string {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	for _, tt := range []struct {
		data, wantPage, wantJSON, wantErr string
	}{
		{"{\n  \"n\": 1\n}\n", "<pre><code class=language-json data-lang=json>{\n  <span class=nt>\"n\"</span>: <span class=mi>1</span>\n}\n</code></pre>", `{"n":1}`, ""},
		{"{\n  \"n\": \n", page, "{}", "explainer.json"},
	} {
		write(p.page, page)
		write(p.json, "{}")
		write(p.data, tt.data)
		err := p.fill()
		if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
			t.Errorf("fill(%q) = %v, want an error naming %q", tt.data, err, tt.wantErr)
		}
		if got := read(p.page); got != tt.wantPage {
			t.Errorf("fill(%q): data page %q, want %q", tt.data, got, tt.wantPage)
		}
		if got := read(p.json); got != tt.wantJSON {
			t.Errorf("fill(%q): JSON %q, want %q", tt.data, got, tt.wantJSON)
		}
	}
}

// builtinDataPage is the data page and JSON output, in a folder of their
// own, of a bundle that Add made of the built-in article.
func builtinDataPage(tb testing.TB) dataPage {
	tb.Helper()
	a, err := article.Parse("builtin.txt", builtin)
	if err != nil {
		tb.Fatal(err)
	}
	bundle, err := content.Add(tb.TempDir(), a)
	if err != nil {
		tb.Fatal(err)
	}
	out := tb.TempDir()
	return dataPage{page: filepath.Join(out, "data.html"), json: filepath.Join(out, "index.json"), data: filepath.Join(bundle, content.ExplainerFile)}
}

// fill trusts the explainer.json the tool wrote, compacting it without a
// check, and checks it again once an editor has changed it.
func TestFillWrittenDataPage(t *testing.T) {
	p := builtinDataPage(t)
	const page = `<pre><code class=language-json data-lang=json></code></pre>`
	data, err := os.ReadFile(p.data)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name    string
		data    []byte
		wantErr bool
	}{
		{"as written", data, false},
		{"edited", bytes.Replace(data, []byte(`"title": "`), []byte(`"title": "Edited `), 1), false},
		{"broken", data[:len(data)/2], true},
	} {
		if err := os.WriteFile(p.data, tt.data, 0o644); err != nil {
			t.Fatal(err)
		}
		for path, s := range map[string]string{p.page: page, p.json: "{}"} {
			if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		err := p.fill()
		if tt.wantErr {
			if err == nil || !strings.Contains(err.Error(), p.data) {
				t.Errorf("%s: fill = %v, want an error naming %s", tt.name, err, p.data)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var want bytes.Buffer
		if err := json.Compact(&want, tt.data); err != nil {
			t.Fatal(err)
		}
		if got, err := os.ReadFile(p.json); err != nil || !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%s: index.json is not explainer.json made compact (%v):\n%.200s", tt.name, err, got)
		}
	}
}

// BenchmarkFillDataPage fills the data page and the JSON output of the
// built-in article's bundle, as a build does for each explainer: read,
// compact, mark up and write.
func BenchmarkFillDataPage(b *testing.B) {
	p := builtinDataPage(b)
	page := []byte(`<!doctype html><html><body><pre><code class=language-json data-lang=json></code></pre></body></html>`)
	for b.Loop() {
		b.StopTimer()
		if err := os.WriteFile(p.page, page, 0o644); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p.json, []byte("{}"), 0o644); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := p.fill(); err != nil {
			b.Fatal(err)
		}
	}
}
