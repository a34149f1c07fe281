package main

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/pelletier/go-toml/v2"
	"golang.org/x/net/html"

	"github.com/explainer-dev/explainer/tools/internal/bundle"
	"github.com/explainer-dev/explainer/tools/internal/extract"
)

// netlifyConfig is the part of netlify.toml that the deploy depends on.
type netlifyConfig struct {
	Build struct {
		Command     string            `toml:"command"`
		Publish     string            `toml:"publish"`
		Environment map[string]string `toml:"environment"`
	} `toml:"build"`
	Headers []struct {
		For    string            `toml:"for"`
		Values map[string]string `toml:"values"`
	} `toml:"headers"`
}

func readNetlify(t *testing.T) netlifyConfig {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "netlify.toml"))
	if err != nil {
		t.Fatal(err)
	}
	var cfg netlifyConfig
	if err := toml.Unmarshal(data, &cfg); err != nil {
		t.Fatalf("netlify.toml: %v", err)
	}
	return cfg
}

// forPattern turns a Netlify header path ("/css/*", "/:slug/x") into the
// regular expression Netlify matches request paths with
// (netlify/build, packages/headers-parser: getForRegExp).
func forPattern(p string) *regexp.Regexp {
	var parts []string
	for _, s := range strings.Split(p, "/") {
		s = strings.TrimRight(s, " ")
		switch {
		case s == "":
			continue
		case strings.HasPrefix(s, ":"):
			parts = append(parts, "([^/]+)")
		case s == "*":
			parts = append(parts, "?(.*)")
		case strings.Contains(s, "*"):
			parts = append(parts, strings.ReplaceAll(regexp.QuoteMeta(s), `\*`, "(.*)"))
		default:
			parts = append(parts, regexp.QuoteMeta(s))
		}
	}
	return regexp.MustCompile(`(?i)^/` + strings.Join(parts, "/") + `/?$`)
}

// headersFor returns the headers netlify.toml gives a request path, and the
// names of headers that more than one matching rule sets: Netlify's way of
// combining those is not one to rely on.
func (c netlifyConfig) headersFor(urlPath string) (http.Header, []string) {
	h := http.Header{}
	from := map[string]string{}
	var clashes []string
	for _, rule := range c.Headers {
		if !forPattern(rule.For).MatchString(urlPath) {
			continue
		}
		for k, v := range rule.Values {
			k = http.CanonicalHeaderKey(k)
			if prev, ok := from[k]; ok {
				clashes = append(clashes, fmt.Sprintf("%s (rules %q and %q)", k, prev, rule.For))
			}
			from[k] = rule.For
			// Netlify folds multi-line values into one line.
			h.Set(k, strings.Join(strings.Fields(v), " "))
		}
	}
	return h, clashes
}

// sitePaths maps the URL path of every file in the built site to the file:
// a folder's index.html is served as the folder.
func sitePaths(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		u := "/" + filepath.ToSlash(rel)
		if path.Base(u) == "index.html" {
			u = strings.TrimSuffix(u, "index.html")
		}
		out[u] = rel
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// netlifyServer serves dir as Netlify would: pretty URLs, /404.html for
// missing paths, and the headers of netlify.toml.
func netlifyServer(dir string, cfg netlifyConfig) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h, _ := cfg.headersFor(r.URL.Path)
		for k, v := range h {
			w.Header()[k] = v
		}
		name := filepath.Join(dir, filepath.FromSlash(path.Clean("/"+r.URL.Path)))
		if fi, err := os.Stat(name); err == nil && fi.IsDir() {
			if !strings.HasSuffix(r.URL.Path, "/") {
				http.Redirect(w, r, r.URL.Path+"/", http.StatusMovedPermanently)
				return
			}
			name = filepath.Join(name, "index.html")
		}
		f, err := os.Open(name)
		status := http.StatusOK
		if err != nil {
			status = http.StatusNotFound
			if f, err = os.Open(filepath.Join(dir, "404.html")); err != nil {
				http.NotFound(w, r)
				return
			}
			name = "404.html"
		}
		defer f.Close()
		data, err := os.ReadFile(f.Name())
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		if ct := mediaType(name); ct != "" {
			w.Header().Set("Content-Type", ct)
		}
		w.WriteHeader(status)
		w.Write(data)
	})
}

func mediaType(name string) string {
	switch path.Ext(name) {
	case ".html":
		return "text/html; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".json":
		return "application/json"
	case ".xml":
		return "application/xml"
	case ".txt":
		return "text/plain; charset=utf-8"
	case ".svg":
		return "image/svg+xml"
	}
	return ""
}

// TestDeploy builds the site from the built-in article and checks what the
// deploy serves: netlify.toml's headers on every path, the pages in
// Chromium under those headers, the offline file with the network off, and
// the zip of the site from file://.
func TestDeploy(t *testing.T) {
	dir := newProject(t)
	runOK(t, "build", "--source", dir)
	pub := filepath.Join(dir, "public")
	cfg := readNetlify(t)
	paths := sitePaths(t, pub)
	slugs, _ := filepath.Glob(filepath.Join(pub, "explainers", "*", "index.html"))
	if len(slugs) != 1 {
		t.Fatalf("explainer pages = %q, want one", slugs)
	}
	slug := filepath.Base(filepath.Dir(slugs[0]))
	offlineRel := "offline/" + slug + ".html"

	t.Run("build settings", func(t *testing.T) {
		if !strings.Contains(cfg.Build.Command, "./tools/explainer build") {
			t.Errorf("build command = %q, want the explainer tool's build", cfg.Build.Command)
		}
		if cfg.Build.Publish != "public" {
			t.Errorf("publish = %q, want public", cfg.Build.Publish)
		}
		if v := cfg.Build.Environment["GO_VERSION"]; !regexp.MustCompile(`^1\.26\.\d+$`).MatchString(v) {
			t.Errorf("GO_VERSION = %q, want a pinned 1.26.x", v)
		}
	})

	t.Run("headers", func(t *testing.T) {
		for u, rel := range withMissing(paths) {
			h, clashes := cfg.headersFor(u)
			for _, c := range clashes {
				t.Errorf("%s: %s is set by two rules", u, c)
			}
			for _, p := range checkSecurityHeaders(h) {
				t.Errorf("%s: %s", u, p)
			}
			cc := h.Get("Cache-Control")
			switch {
			case strings.HasPrefix(rel, "css/"):
				if cc != "public, max-age=31536000, immutable" {
					t.Errorf("%s: Cache-Control = %q, want a year and immutable", u, cc)
				}
			case strings.HasSuffix(rel, ".html") && u != missingPath:
				if cc != "public, max-age=0, must-revalidate" {
					t.Errorf("%s: Cache-Control = %q, want public, max-age=0, must-revalidate", u, cc)
				}
			}
			if strings.HasPrefix(rel, "offline/") && h.Get("Content-Disposition") != "attachment" {
				t.Errorf("%s: Content-Disposition = %q, want attachment", u, h.Get("Content-Disposition"))
			}
		}
	})

	t.Run("offline file", func(t *testing.T) {
		data, err := os.ReadFile(filepath.Join(pub, filepath.FromSlash(offlineRel)))
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d bytes", offlineRel, len(data))
		if len(data) > 60*1024 {
			t.Errorf("%s is %d bytes, want at most 60 KB", offlineRel, len(data))
		}
		if bytes.Count(data, []byte("\n")) > 2 {
			t.Errorf("%s is not minified", offlineRel)
		}
		page, _ := os.ReadFile(slugs[0])
		if !bytes.Contains(page, []byte(`/`+offlineRel+``)) || !bytes.Contains(page, []byte("download")) {
			t.Errorf("the explainer page does not offer %s for download", offlineRel)
		}
	})

	t.Run("zip", func(t *testing.T) {
		var a, b bytes.Buffer
		if err := bundle.Zip(&a, pub); err != nil {
			t.Fatal(err)
		}
		if err := bundle.Zip(&b, pub); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Error("two zips of the same site differ")
		}
		t.Logf("zip: %d bytes", a.Len())
		out := unzip(t, a.Bytes())
		if _, err := os.Stat(filepath.Join(out, "index.html")); err != nil {
			t.Error("the zip has no index.html at its root")
		}
		for _, p := range brokenLinks(t, out) {
			t.Error(p)
		}
	})

	browser := func(t *testing.T) context.Context { return newBrowser(t) }

	t.Run("chromium/served pages", func(t *testing.T) {
		ctx := browser(t)
		srv := httptest.NewServer(netlifyServer(pub, cfg))
		defer srv.Close()
		n := 0
		for u, rel := range paths {
			if !strings.HasSuffix(rel, ".html") {
				continue
			}
			if strings.HasPrefix(rel, "offline/") {
				continue // a download, checked below
			}
			if target := refreshTarget(t, filepath.Join(pub, rel)); target != "" {
				// Hugo's alias pages send the reader to the page at its
				// published address: check that it is one of ours.
				if _, ok := paths[strings.TrimPrefix(target, "https://explainer.example.org")]; !ok {
					t.Errorf("%s redirects to %s, which is not a page of the site", u, target)
				}
				continue
			}
			load(t, ctx, srv.URL+u, false, nil).report(t, u)
			n++
		}
		t.Logf("loaded %d pages with netlify.toml's headers", n)
		if n == 0 {
			t.Fatal("no pages loaded")
		}
		resp, err := http.Get(srv.URL + missingPath)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusNotFound || resp.Header.Get("Content-Security-Policy") == "" {
			t.Errorf("a missing page: status %d, CSP %q; want 404 with the CSP", resp.StatusCode, resp.Header.Get("Content-Security-Policy"))
		}
		resp, err = http.Get(srv.URL + "/" + offlineRel)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Disposition") != "attachment" {
			t.Errorf("%s: status %d, Content-Disposition %q; want a 200 download", offlineRel, resp.StatusCode, resp.Header.Get("Content-Disposition"))
		}
	})

	t.Run("chromium/detects violations", func(t *testing.T) {
		// The checks above pass only if they can fail: the explainer page
		// under a policy that forbids its stylesheet must be reported.
		ctx := browser(t)
		strict := cfg
		strict.Headers = append(append(strict.Headers[:0:0], strict.Headers...), struct {
			For    string            `toml:"for"`
			Values map[string]string `toml:"values"`
		}{For: "/explainers/*", Values: map[string]string{"Content-Security-Policy": "default-src 'none'"}})
		srv := httptest.NewServer(netlifyServer(pub, strict))
		defer srv.Close()
		v := load(t, ctx, srv.URL+"/explainers/"+slug+"/", false, nil)
		if len(v.problems) == 0 {
			t.Error("a page whose stylesheet the CSP blocks loaded without a reported problem")
		}
		t.Logf("under default-src 'none': %q", v.problems)

		// With the network off, a file that loads from a live server fails
		// and says so.
		page := filepath.Join(t.TempDir(), "online.html")
		writeFile(t, page, `<!doctype html><title>x</title><link rel=stylesheet href="`+srv.URL+`/robots.txt">`)
		v = load(t, ctx, "file://"+filepath.ToSlash(page), true, nil)
		if len(v.problems) == 0 || len(v.requests) < 2 {
			t.Errorf("a file loading from the network, opened offline: problems %q, requests %q; want a failed second request", v.problems, v.requests)
		}
		t.Logf("offline: %q", v.problems)
	})

	t.Run("chromium/offline file", func(t *testing.T) {
		ctx := browser(t)
		file := "file://" + filepath.ToSlash(filepath.Join(pub, filepath.FromSlash(offlineRel)))
		var x extract.Explainer
		data, err := os.ReadFile(filepath.Join(dir, "content", "explainers", slug, "explainer.json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &x); err != nil {
			t.Fatal(err)
		}
		sections := sectionIDs(t, slugs[0])
		if len(sections) == 0 {
			t.Fatal("the explainer page has no sections")
		}
		v := load(t, ctx, file, true, func(ctx context.Context) error {
			var missing []string
			for _, id := range sections {
				n, err := chromedp.Run(ctx, chromedp.Evaluate[int](fmt.Sprintf(`document.querySelectorAll('section#%s h2').length`, id)))
				if err != nil {
					return err
				}
				if n != 1 {
					missing = append(missing, "section #"+id)
				}
			}
			for i := range x.Paragraphs {
				id := fmt.Sprintf("p%d", i+1)
				got, err := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf(`(document.getElementById(%q) || {}).textContent || ''`, id)))
				if err != nil {
					return err
				}
				if strings.TrimSpace(got) == "" || !strings.Contains(strings.Join(strings.Fields(got), " "), strings.Join(strings.Fields(x.Paragraphs[i].Text), " ")[:20]) {
					missing = append(missing, "article paragraph #"+id)
				}
			}
			styled, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`[...document.querySelectorAll('style')].length > 0 && [...document.querySelectorAll('style')].every(s => s.sheet && s.sheet.cssRules.length > 0)`))
			if err != nil {
				return err
			}
			if !styled {
				missing = append(missing, "its stylesheet (blocked or empty)")
			}
			if len(missing) > 0 {
				return fmt.Errorf("missing: %s", strings.Join(missing, ", "))
			}
			return nil
		})
		v.report(t, offlineRel)
		for _, r := range v.requests {
			if r != file {
				t.Errorf("%s requested %s", offlineRel, r)
			}
		}
		t.Logf("%s: %d sections, %d article paragraphs, requests: %q", offlineRel, len(sections), len(x.Paragraphs), v.requests)
	})

	t.Run("chromium/zip from file://", func(t *testing.T) {
		ctx := browser(t)
		var buf bytes.Buffer
		if err := bundle.Zip(&buf, pub); err != nil {
			t.Fatal(err)
		}
		out := unzip(t, buf.Bytes())
		n := 0
		for _, rel := range sortedFiles(sitePaths(t, out)) {
			if !strings.HasSuffix(rel, ".html") {
				continue
			}
			u := "file://" + filepath.ToSlash(filepath.Join(out, rel))
			v := load(t, ctx, u, true, nil)
			v.report(t, rel)
			for _, r := range v.requests {
				if !strings.HasPrefix(r, "file://"+filepath.ToSlash(out)+"/") {
					t.Errorf("%s requested %s, outside the unzipped site", rel, r)
				}
			}
			n++
		}
		t.Logf("opened %d pages of the unzipped site from file://", n)
	})
}

// checkSecurityHeaders lists what is wrong with the security headers of one
// response, rule by rule of the Mozilla HTTP Observatory.
func checkSecurityHeaders(h http.Header) []string {
	var out []string
	csp := h.Get("Content-Security-Policy")
	dirs := map[string]string{}
	for _, d := range strings.Split(csp, ";") {
		f := strings.Fields(d)
		if len(f) > 0 {
			dirs[strings.ToLower(f[0])] = strings.Join(f[1:], " ")
		}
	}
	switch {
	case !strings.HasPrefix(csp, "default-src 'none'"):
		out = append(out, fmt.Sprintf("CSP %q does not start from default-src 'none'", csp))
	case strings.Contains(csp, "'unsafe-inline'") || strings.Contains(csp, "'unsafe-eval'"):
		out = append(out, fmt.Sprintf("CSP %q allows unsafe-inline or unsafe-eval", csp))
	}
	for d, want := range map[string]string{"frame-ancestors": "'none'", "base-uri": "'none'", "form-action": "'none'"} {
		if dirs[d] != want {
			out = append(out, fmt.Sprintf("CSP %s = %q, want %s", d, dirs[d], want))
		}
	}
	if _, ok := dirs["script-src"]; ok {
		out = append(out, "CSP has a script-src: the pages run no script")
	}
	if v := h.Get("X-Frame-Options"); v != "DENY" {
		out = append(out, fmt.Sprintf("X-Frame-Options = %q, want DENY", v))
	}
	if v := h.Get("X-Content-Type-Options"); v != "nosniff" {
		out = append(out, fmt.Sprintf("X-Content-Type-Options = %q, want nosniff", v))
	}
	switch v := h.Get("Referrer-Policy"); v {
	case "no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin":
	default:
		out = append(out, fmt.Sprintf("Referrer-Policy = %q, want a private policy", v))
	}
	if v := h.Get("Permissions-Policy"); !strings.Contains(v, "camera=()") || !strings.Contains(v, "geolocation=()") {
		out = append(out, fmt.Sprintf("Permissions-Policy = %q, want powerful features turned off", v))
	}
	hsts := h.Get("Strict-Transport-Security")
	m := regexp.MustCompile(`max-age=(\d+)`).FindStringSubmatch(hsts)
	if age, _ := strconv.Atoi(valueAt(m, 1)); age < 15768000 {
		out = append(out, fmt.Sprintf("Strict-Transport-Security = %q, want max-age of at least six months", hsts))
	}
	return out
}

func valueAt(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return ""
}

// missingPath is a path that no site has; Netlify answers it with /404.html
// and its own default Cache-Control.
const missingPath = "/no/such/page/"

// withMissing adds missingPath to the site's paths.
func withMissing(paths map[string]string) map[string]string {
	out := map[string]string{missingPath: "404.html"}
	for k, v := range paths {
		out[k] = v
	}
	return out
}

// sortedFiles lists the files of a sitePaths map, sorted.
func sortedFiles(m map[string]string) []string {
	var out []string
	for _, v := range m {
		out = append(out, v)
	}
	sort.Strings(out)
	return out
}

func parseHTMLFile(t *testing.T, name string) *html.Node {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func walkElements(n *html.Node, fn func(*html.Node)) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			fn(c)
		}
		walkElements(c, fn)
	}
}

// sectionIDs lists the ids of the <section> elements of a page.
func sectionIDs(t *testing.T, name string) []string {
	var out []string
	walkElements(parseHTMLFile(t, name), func(n *html.Node) {
		if n.Data == "section" && attr(n, "id") != "" {
			out = append(out, attr(n, "id"))
		}
	})
	return out
}

// refreshTarget is the URL a <meta http-equiv=refresh> page sends to, or "".
func refreshTarget(t *testing.T, name string) string {
	var target string
	walkElements(parseHTMLFile(t, name), func(n *html.Node) {
		if n.Data == "meta" && strings.EqualFold(attr(n, "http-equiv"), "refresh") {
			c := attr(n, "content")
			if i := strings.Index(strings.ToLower(c), "url="); i >= 0 {
				target = strings.TrimSpace(c[i+4:])
			}
		}
	})
	return target
}

func unzip(t *testing.T, data []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	var prev string
	for _, f := range zr.File {
		if f.Name <= prev {
			t.Errorf("zip entries out of order: %q after %q", f.Name, prev)
		}
		prev = f.Name
		if !f.Modified.Equal(time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("zip entry %s has time %v, want the fixed one", f.Name, f.Modified)
		}
		if strings.Contains(f.Name, "..") || path.IsAbs(f.Name) {
			t.Fatalf("zip entry %q leaves the folder", f.Name)
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		_, err = buf.ReadFrom(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Join(out, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// brokenLinks checks every internal href and src (and refresh target) of
// every page under dir: it must be relative and name a file in the tree.
func brokenLinks(t *testing.T, dir string) []string {
	var out []string
	checked := 0
	for _, rel := range sortedFiles(sitePaths(t, dir)) {
		if !strings.HasSuffix(rel, ".html") {
			continue
		}
		walkElements(parseHTMLFile(t, filepath.Join(dir, rel)), func(n *html.Node) {
			var refs []string
			for _, key := range []string{"href", "src"} {
				if v := attr(n, key); v != "" && !(n.Data == "link" && attr(n, "rel") == "canonical") {
					refs = append(refs, v)
				}
			}
			if n.Data == "meta" && strings.EqualFold(attr(n, "http-equiv"), "refresh") {
				c := attr(n, "content")
				if i := strings.Index(strings.ToLower(c), "url="); i >= 0 {
					refs = append(refs, strings.TrimSpace(c[i+4:]))
				}
			}
			for _, ref := range refs {
				u, err := url.Parse(ref)
				if err != nil {
					out = append(out, fmt.Sprintf("%s: bad URL %q", rel, ref))
					continue
				}
				if u.Scheme != "" || strings.HasPrefix(ref, "#") {
					if strings.Contains(ref, "explainer.example.org") && n.Data != "a" {
						out = append(out, fmt.Sprintf("%s: <%s> loads %s from the published site", rel, n.Data, ref))
					}
					continue
				}
				if strings.HasPrefix(u.Path, "/") {
					out = append(out, fmt.Sprintf("%s: %q is root-relative, which file:// cannot follow", rel, ref))
					continue
				}
				target := filepath.Join(dir, filepath.Dir(rel), filepath.FromSlash(u.Path))
				fi, err := os.Stat(target)
				switch {
				case err != nil:
					out = append(out, fmt.Sprintf("%s: %q names no file", rel, ref))
				case fi.IsDir():
					out = append(out, fmt.Sprintf("%s: %q names a folder, which file:// shows as a listing", rel, ref))
				}
				checked++
			}
		})
	}
	if checked == 0 {
		out = append(out, "no internal links checked")
	}
	t.Logf("checked %d internal links", checked)
	return out
}
