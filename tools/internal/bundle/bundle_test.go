package bundle

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const testCSS = `body{color:#222}.dot{background:url(/icons/dot.svg)}`

// testSite writes a small built site that follows the site's URL
// conventions, with one explainer, "s", and returns its folder.
func testSite(t *testing.T) string {
	t.Helper()
	sum := sha256.Sum256([]byte(testCSS))
	integrity := "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
	head := func(canonical string) string {
		return `<!doctype html><html lang=en><head><meta charset=utf-8><title>T</title>` +
			`<link rel=canonical href=https://ex.org/` + canonical + `>` +
			`<link rel=stylesheet href=/css/main.min.abc.css integrity="` + integrity + `">` +
			`<link rel=alternate type=application/rss+xml href=/index.xml>` +
			`<link rel=preload href=/css/main.min.abc.css as=style>` +
			`<script type=application/ld+json>{"@type": "Article"}</script></head>`
	}
	files := map[string]string{
		"css/main.min.abc.css": testCSS,
		"icons/dot.svg":        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><circle r="1"/></svg>`,
		"index.xml":            `<rss/>`,
		"index.html": head("") + `<body><header><a href=/>Home</a></header><main id=main>` +
			`<a href=/explainers/s/>S</a><a href=/explainers/>All</a></main></body></html>`,
		"explainers/index.html": head("explainers/") + `<body><main id=main><a href=/explainers/s/>S</a></main></body></html>`,
		"explainers/s/index.html": head("explainers/s/") + `<body><header><a href=/>Home</a></header><main id=main>` +
			`<article class=explainer><h1>S</h1>` +
			`<p class=offline><a href=/offline/s.html download>Save for offline reading</a></p>` +
			`<section id=whats-happening><h2>What's happening</h2><p>It happened. <a href=article.html#p2>¶2</a></p>` +
			`<p>Who <a href="article.html#people">people</a>, <a href=/explainers/s/data.html>data</a>, <a href=article.html>article</a>, <a href=index.json>JSON</a>, <a href=#people>here</a></p>` +
			`<img src=/icons/dot.svg alt=""></section>` +
			`<section id=people><h2>People</h2><p>Ms A <a href=https://elsewhere.example/a>profile</a></p></section>` +
			`</article></main></body></html>`,
		"explainers/s/article.html": head("explainers/s/article.html") + `<body><main id=main><nav><a href=./>Back</a></nav>` +
			`<article><h1>The article</h1><p id=p1>One <a href=#p3>see ¶3</a>.</p><p id=p2>Two.</p><p id=p3>Three.</p>` +
			`<section id=people><h2>People</h2><p><a href=article.html#p1>¶1</a></p></section></article></main></body></html>`,
		"explainers/s/data.html": head("explainers/s/data.html") + `<body><main id=main>` +
			`<article><h1>Data</h1><section id=people><h2>People</h2><p><a href=article.html#p1>¶1</a></p></section></article></main></body></html>`,
		"explainers/s/index.json": `{"schema":"explainer/v1","slug":"s","title":"S","source":{"outlet":"Wire","url":"https://news.example/s","published":"2024-10-23"},` +
			`"paragraphs":[{"index":0,"text":"One."},{"index":1,"text":"Two."},{"index":2,"text":"Three."}]}`,
	}
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func offlineFile(t *testing.T, dir string) (string, string) {
	t.Helper()
	var warn bytes.Buffer
	files, err := Offline(dir, false, &warn, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || files[0] != "offline/s.html" {
		t.Fatalf("Offline wrote %q, want [offline/s.html]", files)
	}
	data, err := os.ReadFile(filepath.Join(dir, "offline", "s.html"))
	if err != nil {
		t.Fatal(err)
	}
	return string(data), warn.String()
}

func TestOffline(t *testing.T) {
	dir := testSite(t)
	stale := filepath.Join(dir, "offline", "gone.html")
	os.MkdirAll(filepath.Dir(stale), 0o755)
	os.WriteFile(stale, []byte("old"), 0o644)
	page, warn := offlineFile(t, dir)
	if warn != "" {
		t.Errorf("warnings:\n%s", warn)
	}
	for _, want := range []string{
		`href=#p2>¶2`,                                     // article.html#p2
		`href=#article-people>people`,                     // article.html#people, renamed: the explainer has its own #people
		`href=https://ex.org/explainers/s/data.html>data`, // the data page is not carried: absolute
		`href=#article>article`,                           // article.html
		`href=#p3>see ¶3`,                                 // a link inside the article
		`href=#p1>¶1`,                                     // a link from the article to itself by its file name
		`href=#people>here`,                               // the explainer's own anchor
		`<p id=p1>`, `<section id=article-people>`,
		`<h2>The article</h2>`, `<h3>People</h3>`, // the parts' headings, one level down
		`href=https://ex.org/>Home`,                            // another page of the site: absolute
		`href=https://ex.org/explainers/s/index.json>JSON`,     // likewise
		`href=https://elsewhere.example/a>`,                    // external links stay
		`src="data:image/svg+xml,`,                             // the image, inline
		`url(data:image/svg+xml,`,                              // the stylesheet's image, inline
		`<script type=application/ld+json>{"@type":"Article"}`, // data, kept and minified
		`<link rel=canonical href=https://ex.org/explainers/s/>`,
		`<link rel=alternate type=application/rss+xml href=https://ex.org/index.xml>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("offline file lacks %s:\n%s", want, page)
		}
	}
	for _, bad := range []string{"article.html", "href=data.html", "/css/", "preload", "Save for offline", "offline/s.html", "Back</a>", "integrity"} {
		if strings.Contains(page, bad) {
			t.Errorf("offline file still holds %q", bad)
		}
	}
	if n := strings.Count(page, "<main"); n != 1 {
		t.Errorf("offline file has %d <main>, want 1", n)
	}

	// Its CSP allows exactly its own stylesheet.
	csp := regexp.MustCompile(`http-equiv=Content-Security-Policy content="([^"]*)"`).FindStringSubmatch(page)
	style := regexp.MustCompile(`<style>(.*?)</style>`).FindStringSubmatch(page)
	if csp == nil || style == nil {
		t.Fatalf("offline file lacks its CSP or its <style>:\n%s", page)
	}
	sum := sha256.Sum256([]byte(style[1]))
	if want := "style-src 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "';"; !strings.Contains(csp[1], want) {
		t.Errorf("CSP %q lacks %q", csp[1], want)
	}
	if !strings.HasPrefix(csp[1], "default-src 'none';") || strings.Contains(csp[1], "unsafe") {
		t.Errorf("CSP %q: want default-src 'none' and nothing unsafe", csp[1])
	}

	if _, err := os.Stat(stale); err == nil {
		t.Error("the offline file of an explainer that is gone is still there")
	}

	again, _ := offlineFile(t, dir)
	if again != page {
		t.Error("a second run wrote a different file")
	}

	golden := filepath.Join("testdata", "offline.golden.html")
	if *update {
		if err := os.WriteFile(golden, []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if string(want) != page {
		t.Errorf("offline file differs from %s (go test -update rewrites it):\n got: %s\nwant: %s", golden, page, want)
	}
}

func TestOfflineArticleFromJSON(t *testing.T) {
	dir := testSite(t)
	if err := os.Remove(filepath.Join(dir, "explainers", "s", "article.html")); err != nil {
		t.Fatal(err)
	}
	page, warn := offlineFile(t, dir)
	if warn != "" {
		t.Errorf("warnings:\n%s", warn)
	}
	for _, want := range []string{`<article id=article class=original>`, `<p id=p1>One.</p><p id=p2>Two.</p><p id=p3>Three.</p>`, `href=#p2>¶2`, `Wire · 2024-10-23`} {
		if !strings.Contains(page, want) {
			t.Errorf("offline file lacks %s", want)
		}
	}
}

func TestOfflineWarnsOfDeadAnchors(t *testing.T) {
	dir := testSite(t)
	p := filepath.Join(dir, "explainers", "s", "index.html")
	data, _ := os.ReadFile(p)
	os.WriteFile(p, bytes.Replace(data, []byte("article.html#p2"), []byte("article.html#p9"), 1), 0o644)
	_, warn := offlineFile(t, dir)
	if !strings.Contains(warn, "offline/s.html: link #p9 has no target") {
		t.Errorf("warnings = %q, want one for #p9", warn)
	}
}

func TestOfflineChecksIntegrity(t *testing.T) {
	dir := testSite(t)
	os.WriteFile(filepath.Join(dir, "css", "main.min.abc.css"), []byte("body{color:red}"), 0o644)
	if _, err := Offline(dir, false, io.Discard, nil); err == nil || !strings.Contains(err.Error(), "integrity") {
		t.Errorf("Offline with a changed stylesheet = %v, want an integrity error", err)
	}
}

func TestZip(t *testing.T) {
	dir := testSite(t)
	if _, err := Offline(dir, false, io.Discard, nil); err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := Zip(&a, dir); err != nil {
		t.Fatal(err)
	}
	if err := Zip(&b, dir); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two zips of the same site differ")
	}
	zr, err := zip.NewReader(bytes.NewReader(a.Bytes()), int64(a.Len()))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
		rc, _ := f.Open()
		data, _ := io.ReadAll(rc)
		rc.Close()
		files[f.Name] = string(data)
	}
	want := []string{"css/main.min.abc.css", "explainers/index.html", "explainers/s/article.html", "explainers/s/data.html",
		"explainers/s/index.html", "explainers/s/index.json", "icons/dot.svg", "index.html", "index.xml", "offline/s.html"}
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Errorf("entries = %q, want %q", names, want)
	}
	for name, wants := range map[string][]string{
		"index.html":                {`href=index.html>Home`, `href=explainers/s/index.html>S`, `href=explainers/index.html>All`, `href=css/main.min.abc.css>`, `<link rel=canonical href=https://ex.org/>`},
		"explainers/s/index.html":   {`href=../../index.html>Home`, `href=../../offline/s.html>Save`, `href=article.html#p2`, `href=../../css/main.min.abc.css>`, `src=../../icons/dot.svg`, `href=data.html>data`},
		"explainers/s/article.html": {`href=index.html>Back`},
		"css/main.min.abc.css":      {`url("../icons/dot.svg")`},
	} {
		for _, w := range wants {
			if !strings.Contains(files[name], w) {
				t.Errorf("%s lacks %s:\n%s", name, w, files[name])
			}
		}
		if strings.Contains(files[name], "integrity") {
			t.Errorf("%s keeps an integrity attribute, which file:// cannot check", name)
		}
	}
}

func TestRelPath(t *testing.T) {
	for _, tc := range []struct{ from, target, want string }{
		{".", "index.html", "index.html"},
		{".", "css/a.css", "css/a.css"},
		{"explainers/s", "index.html", "../../index.html"},
		{"explainers/s", "explainers/s/article.html", "article.html"},
		{"explainers/s", "explainers/t/index.html", "../t/index.html"},
		{"explainers", "explainers/s/index.html", "s/index.html"},
		{"page/1", "index.html", "../../index.html"},
	} {
		if got := relPath(tc.from, tc.target); got != tc.want {
			t.Errorf("relPath(%q, %q) = %q, want %q", tc.from, tc.target, got, tc.want)
		}
	}
}
