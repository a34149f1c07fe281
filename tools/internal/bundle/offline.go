package bundle

import (
	"bytes"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/tdewolff/minify/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/explainer-dev/explainer/tools/internal/content"
	"github.com/explainer-dev/explainer/tools/internal/extract"
	"github.com/explainer-dev/explainer/tools/internal/parallel"
)

// stylePlaceholder stands for the hashes of the offline file's inline
// styles in its CSP until the file is minified and they can be computed.
const stylePlaceholder = "'sha256-STYLE-HASHES'"

// offlineCSP is the policy the offline file carries in a <meta> element:
// wherever it is opened it may load nothing, and only its own stylesheet
// applies. frame-ancestors is left out because browsers ignore it in
// <meta>.
const offlineCSP = "default-src 'none'; style-src " + stylePlaceholder + "; img-src data:; base-uri 'none'; form-action 'none'"

// part is a page of an explainer that the offline file carries along.
type part struct {
	file  string // its file name beside the explainer's index.html
	id    string // the id of its container in the offline file, if it has none
	title string // the heading of the container built when the page is missing
}

// The data page is left out: its highlighted JSON is several times the size
// of everything else together, and the explainer already shows what it holds.
var parts = []part{
	{file: "article.html", id: "article", title: "The original article"},
}

// placed is where a page of the site ended up in the offline file.
type placed struct {
	anchor string            // the container's id; "" for the explainer itself
	ids    map[string]string // ids renamed to avoid a clash, old to new
}

// Offline writes OfflineDir/<slug>.html into the built site in dir for every
// explainer and returns their paths relative to dir. Defects that leave a
// file usable (a link with no target, a resource that had to be dropped)
// are reported on warn, one line each. done, when not nil, counts the
// files as they are made. unpublished says that nobody reads dir yet (a
// build's own folder): files are then written in place, not each through
// a temporary file that replaces it whole.
func Offline(dir string, unpublished bool, warn io.Writer, done *atomic.Int64) ([]string, error) {
	s, err := openSite(dir)
	if err != nil {
		return nil, err
	}
	slugs, err := s.explainers()
	if err != nil || len(slugs) == 0 {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Join(dir, OfflineDir), 0o755); err != nil {
		return nil, err
	}
	if err := removeStale(filepath.Join(dir, OfflineDir), slugs); err != nil {
		return nil, err
	}
	// The files are made on all cores; warnings and the first error are
	// reported in the order of the slugs, as one at a time would.
	type result struct {
		problems []string
		err      error
	}
	m := newMinifier()
	m.AddFunc("text/css", keep) // inlineCSS has minified the stylesheets
	results := make([]result, len(slugs))
	parallel.For(len(slugs), func(i int) {
		rel := OfflineDir + "/" + slugs[i] + ".html"
		page, problems, err := s.offline(slugs[i], m)
		if err != nil {
			err = fmt.Errorf("%s: %w", rel, err)
		} else {
			path := filepath.Join(dir, filepath.FromSlash(rel))
			if unpublished {
				err = os.WriteFile(path, page, 0o644)
			} else {
				err = content.WriteFile(path, page)
			}
		}
		results[i] = result{problems, err}
		if done != nil {
			done.Add(1)
		}
	})
	var written []string
	for i, r := range results {
		rel := OfflineDir + "/" + slugs[i] + ".html"
		for _, p := range r.problems {
			fmt.Fprintf(warn, "%s: %s\n", rel, p)
		}
		if r.err != nil {
			return written, r.err
		}
		written = append(written, rel)
	}
	return written, nil
}

// offline builds the offline file of one explainer.
func (s *site) offline(slug string, m *minify.M) ([]byte, []string, error) {
	dirRel := "explainers/" + slug + "/"
	pageRel := dirRel + "index.html"
	src, err := s.read(pageRel)
	if err != nil {
		return nil, nil, err
	}
	doc, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		return nil, nil, err
	}
	head := find(doc, func(n *html.Node) bool { return isElem(n, "head") })
	body := find(doc, func(n *html.Node) bool { return isElem(n, "body") })
	if head == nil || body == nil {
		return nil, nil, fmt.Errorf("%s has no head or body", pageRel)
	}
	main := find(body, func(n *html.Node) bool { return isElem(n, "main") })
	if main == nil {
		main = body
	}
	b := &builder{site: s, page: s.pageURL(pageRel), slug: slug, placed: map[string]placed{pageRel: {}}}
	taken := ids(doc)

	var nav []*html.Node
	for _, p := range parts {
		rel := dirRel + p.file
		c, err := b.part(rel, p)
		if err != nil {
			return nil, nil, err
		}
		if c == nil {
			continue
		}
		if attr(c, "id") == "" {
			setAttr(c, "id", p.id)
		}
		renames := map[string]string{}
		each(c, func(n *html.Node) {
			if id := attr(n, "id"); id != "" && taken[id] {
				renames[id] = uniqueID(p.id+"-"+id, taken)
				setAttr(n, "id", renames[id])
			}
		})
		if id := attr(c, "id"); taken[id] {
			renames[id] = uniqueID(p.id+"-"+id, taken)
			setAttr(c, "id", renames[id])
		}
		for id := range ids(c) {
			taken[id] = true
		}
		b.placed[rel] = placed{anchor: attr(c, "id"), ids: renames}
		main.AppendChild(c)
		nav = append(nav, withText(elem("a", "href", "#"+attr(c, "id")), p.title))
	}
	if len(nav) > 0 {
		n := elem("nav", "class", "offline-parts", "aria-label", "Parts of this explainer")
		n.AppendChild(withText(elem("a", "href", "#"), "Explainer"))
		for _, a := range nav {
			n.AppendChild(text(" · "))
			n.AppendChild(a)
		}
		main.InsertBefore(n, main.FirstChild)
	}

	if err := b.rewrite(doc); err != nil {
		return nil, nil, err
	}
	csp := elem("meta", "http-equiv", "Content-Security-Policy", "content", offlineCSP)
	if cs := find(head, func(n *html.Node) bool { return isElem(n, "meta") && hasAttr(n, "charset") }); cs != nil && cs.NextSibling != nil {
		head.InsertBefore(csp, cs.NextSibling)
	} else {
		head.InsertBefore(csp, head.FirstChild)
	}
	b.checkAnchors(doc)

	// Sized up front: the file is about twice its page, and minifying
	// shrinks it, so neither buffer grows by doubling.
	var raw bytes.Buffer
	raw.Grow(2 * len(src))
	if err := html.Render(&raw, doc); err != nil {
		return nil, nil, err
	}
	var out bytes.Buffer
	out.Grow(raw.Len())
	if err := m.Minify("text/html", &out, &raw); err != nil {
		return nil, nil, err
	}
	return setStyleHashes(out.Bytes()), b.problems, nil
}

// removeStale deletes the offline files of explainers that are gone.
func removeStale(dir string, slugs []string) error {
	keep := map[string]bool{}
	for _, s := range slugs {
		keep[s+".html"] = true
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".html") && !keep[e.Name()] {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
				return err
			}
		}
	}
	return nil
}

func uniqueID(id string, taken map[string]bool) string {
	for i, c := 2, id; ; i++ {
		if !taken[c] {
			taken[c] = true
			return c
		}
		c = fmt.Sprintf("%s-%d", id, i)
	}
}

// builder assembles one offline file.
type builder struct {
	site     *site
	page     *url.URL // the explainer's published URL
	slug     string
	placed   map[string]placed // site files present in the offline file
	problems []string
	resolved map[string]resolved // by reference, as written in the page
}

// resolved is what site.local answered for a reference in the page.
type resolved struct {
	rel, frag string
	ok        bool
}

// local is site.local for a reference in the page, each answered once: a
// page repeats the same few (article.html#p1, #p2…) a hundred times.
func (b *builder) local(ref string) (rel, frag string, ok bool) {
	if r, hit := b.resolved[ref]; hit {
		return r.rel, r.frag, r.ok
	}
	rel, frag, ok = b.site.local(b.page, ref)
	if b.resolved == nil {
		b.resolved = map[string]resolved{}
	}
	b.resolved[ref] = resolved{rel, frag, ok}
	return rel, frag, ok
}

func (b *builder) warnf(format string, args ...any) {
	b.problems = append(b.problems, fmt.Sprintf(format, args...))
}

// part returns the content of the site page at rel to append to the
// offline file: its <article>, or its <main> as a <section>. Without the
// page, the original article is rebuilt from the explainer's JSON.
func (b *builder) part(rel string, p part) (*html.Node, error) {
	src, err := b.site.read(rel)
	if os.IsNotExist(err) {
		if p.file == "article.html" {
			return b.articleFromJSON(p)
		}
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	doc, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", rel, err)
	}
	main := find(doc, func(n *html.Node) bool { return isElem(n, "main") })
	if main == nil {
		main = find(doc, func(n *html.Node) bool { return isElem(n, "body") })
	}
	if main == nil {
		return nil, fmt.Errorf("%s has no <main>", rel)
	}
	c := find(main, func(n *html.Node) bool { return isElem(n, "article") })
	if c != nil {
		c.Parent.RemoveChild(c)
	} else {
		c = elem("section", "class", strings.TrimSuffix(p.file, ".html"))
		for n := main.FirstChild; n != nil; {
			next := n.NextSibling
			main.RemoveChild(n)
			c.AppendChild(n)
			n = next
		}
	}
	// Its links are relative to its own address: make them absolute now,
	// before they are read as the explainer's. Its headings go one level
	// down, below the explainer's own <h1>.
	from := b.site.pageURL(rel)
	each(c, func(n *html.Node) {
		if len(n.Data) == 2 && n.Data[0] == 'h' && n.Data[1] >= '1' && n.Data[1] <= '5' {
			n.Data = "h" + string(n.Data[1]+1)
			n.DataAtom = atom.Lookup([]byte(n.Data))
		}
		for _, key := range urlAttrs[n.Data] {
			if v := attr(n, key); v != "" && !strings.HasPrefix(v, "data:") {
				if u, err := from.Parse(strings.TrimSpace(v)); err == nil {
					setAttr(n, key, u.String())
				}
			}
		}
	})
	return c, nil
}

// articleFromJSON rebuilds the original article, with its paragraph
// anchors, from the explainer JSON published beside the page.
func (b *builder) articleFromJSON(p part) (*html.Node, error) {
	var x extract.Explainer
	for _, name := range []string{"index.json", "explainer.json"} {
		src, err := b.site.read("explainers/" + b.slug + "/" + name)
		if err != nil {
			continue
		}
		if json.Unmarshal(src, &x) == nil && len(x.Paragraphs) > 0 {
			break
		}
	}
	if len(x.Paragraphs) == 0 {
		b.warnf("no article.html and no explainer JSON: the original article is missing")
		return nil, nil
	}
	c := elem("article", "id", p.id, "class", "original")
	c.AppendChild(withText(elem("h2"), p.title))
	byline := elem("p", "class", "byline")
	var bits []string
	for _, v := range []string{x.Source.Outlet, x.Source.Published} {
		if v != "" {
			bits = append(bits, v)
		}
	}
	byline.AppendChild(text(strings.Join(bits, " · ")))
	if u, err := url.Parse(x.Source.URL); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		if len(bits) > 0 {
			byline.AppendChild(text(" · "))
		}
		byline.AppendChild(withText(elem("a", "href", u.String()), u.Host))
	}
	if byline.FirstChild != nil {
		c.AppendChild(byline)
	}
	for i, para := range x.Paragraphs {
		c.AppendChild(withText(elem("p", "id", fmt.Sprintf("p%d", i+1)), para.Text))
	}
	return c, nil
}

// rewrite makes the document stand alone: stylesheets and images inline,
// links to the pages it carries turned into in-page anchors, links to the
// rest of the site made absolute, and anything that would be fetched from
// elsewhere dropped.
func (b *builder) rewrite(doc *html.Node) error {
	var err error
	each(doc, func(n *html.Node) {
		if err != nil || n.Parent == nil {
			return
		}
		switch n.Data {
		case "base":
			n.Parent.RemoveChild(n)
			return
		case "meta":
			if strings.EqualFold(attr(n, "http-equiv"), "content-security-policy") {
				n.Parent.RemoveChild(n)
			}
			return
		case "script":
			if t := strings.ToLower(attr(n, "type")); t != "application/ld+json" {
				b.warnf("dropped a script (type %q): the offline file runs none", t)
				n.Parent.RemoveChild(n)
			}
			return
		case "link":
			err = b.link(n)
			return
		}
		if hasAttr(n, "style") {
			b.warnf("<%s> has a style attribute, which the offline file's CSP blocks", n.Data)
		}
		delAttr(n, "srcset")
		for _, key := range urlAttrs[n.Data] {
			if !hasAttr(n, key) || n.Parent == nil {
				continue
			}
			if err = b.ref(n, key); err != nil {
				return
			}
		}
	})
	return err
}

// ref rewrites the URL in attribute key of n.
func (b *builder) ref(n *html.Node, key string) error {
	v := strings.TrimSpace(attr(n, key))
	if strings.HasPrefix(v, "#") || strings.HasPrefix(v, "data:") {
		return nil
	}
	followed := n.Data == "a" || n.Data == "area"
	rel, frag, ok := b.local(v)
	if !ok {
		if u, err := b.page.Parse(v); err == nil && followed {
			setAttr(n, key, u.String())
			return nil
		}
		b.warnf("dropped <%s> loading %s from outside the file", n.Data, v)
		detach(n)
		return nil
	}
	if !followed {
		uri, err := b.dataURI(rel)
		if err != nil {
			b.warnf("dropped <%s>: %v", n.Data, err)
			detach(n)
			return nil
		}
		setAttr(n, key, uri)
		return nil
	}
	if p, in := b.placed[rel]; in {
		switch {
		case frag == "" && p.anchor == "":
			setAttr(n, key, "#")
		case frag == "":
			setAttr(n, key, "#"+p.anchor)
		case p.ids[frag] != "":
			setAttr(n, key, "#"+p.ids[frag])
		default:
			setAttr(n, key, "#"+frag)
		}
		return nil
	}
	if rel == OfflineDir+"/"+b.slug+".html" {
		detach(n) // "save for offline reading", in the saved file
		return nil
	}
	if !b.site.known {
		unwrap(n)
		return nil
	}
	u, _ := b.page.Parse(v)
	setAttr(n, key, u.String())
	return nil
}

// link handles a <link>: a stylesheet is inlined, an icon becomes a data
// URI, a canonical or alternate link becomes absolute, and hints that would
// fetch something (preload, manifest…) go.
func (b *builder) link(n *html.Node) error {
	rel := strings.ToLower(attr(n, "rel"))
	href := attr(n, "href")
	switch {
	case hasToken(rel, "stylesheet"):
		style, err := b.stylesheet(href, attr(n, "integrity"), attr(n, "media"))
		if err != nil {
			return err
		}
		n.Parent.InsertBefore(style, n)
		n.Parent.RemoveChild(n)
	case hasToken(rel, "canonical"), hasToken(rel, "alternate"):
		if u, err := b.page.Parse(href); err == nil && b.site.known {
			setAttr(n, "href", u.String())
		} else {
			n.Parent.RemoveChild(n)
		}
	case hasToken(rel, "icon"), hasToken(rel, "apple-touch-icon"), hasToken(rel, "mask-icon"):
		if strings.HasPrefix(href, "data:") {
			return nil
		}
		if f, _, ok := b.local(href); ok {
			if uri, err := b.dataURI(f); err == nil {
				setAttr(n, "href", uri)
				return nil
			}
		}
		n.Parent.RemoveChild(n)
	default:
		n.Parent.RemoveChild(n)
	}
	return nil
}

// stylesheet returns a <style> holding the site stylesheet at href, after
// checking it against the page's integrity attribute.
func (b *builder) stylesheet(href, integrity, media string) (*html.Node, error) {
	rel, _, ok := b.local(href)
	if !ok {
		return nil, fmt.Errorf("stylesheet %s is not part of the site", href)
	}
	css, problems, err := b.site.inlineCSS(rel, integrity)
	if err != nil {
		return nil, fmt.Errorf("stylesheet %s: %w", href, err)
	}
	b.problems = append(b.problems, problems...)
	style := elem("style")
	if media != "" && media != "all" {
		setAttr(style, "media", media)
	}
	style.AppendChild(text(string(css)))
	return style, nil
}

// inlined is a site stylesheet made ready to inline: checked, its files
// turned into data URIs, minified.
type inlined struct {
	once     sync.Once
	css      []byte
	problems []string
	err      error
}

// inlineCSS returns the stylesheet at rel as the offline files inline it,
// with the problems found on the way. Every explainer links the same
// stylesheets, so each is made once per site.
func (s *site) inlineCSS(rel, integrity string) ([]byte, []string, error) {
	v, _ := s.styles.LoadOrStore(rel+"\x00"+integrity, &inlined{})
	in := v.(*inlined)
	in.once.Do(func() {
		css, err := s.read(rel)
		if err != nil {
			in.err = err
			return
		}
		if integrity != "" && !integrityMatches(integrity, css) {
			in.err = errors.New("does not match its integrity attribute")
			return
		}
		b := &builder{site: s}
		css = b.cssURLs(s.pageURL(rel), css)
		var out bytes.Buffer
		if in.err = newMinifier().Minify("text/css", &out, bytes.NewReader(css)); in.err == nil {
			in.css, in.problems = out.Bytes(), b.problems
		}
	})
	return in.css, in.problems, in.err
}

var cssURL = regexp.MustCompile(`url\(\s*(['"]?)([^'")]*)(['"]?)\s*\)`)

// cssURLs inlines the site files a stylesheet refers to as data URIs.
func (b *builder) cssURLs(from *url.URL, css []byte) []byte {
	return cssURL.ReplaceAllFunc(css, func(m []byte) []byte {
		ref := string(cssURL.FindSubmatch(m)[2])
		if strings.HasPrefix(ref, "data:") || strings.HasPrefix(ref, "#") {
			return m
		}
		rel, _, ok := b.site.local(from, ref)
		if !ok {
			b.warnf("the stylesheet loads %s from outside the file", ref)
			return m
		}
		uri, err := b.dataURI(rel)
		if err != nil {
			b.warnf("the stylesheet: %v", err)
			return m
		}
		return []byte(`url("` + uri + `")`)
	})
}

// mediaTypes are the types of the files a page may embed. A table of our
// own, rather than the system's, keeps the output the same on every machine.
var mediaTypes = map[string]string{
	".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
	".gif": "image/gif", ".webp": "image/webp", ".avif": "image/avif", ".ico": "image/x-icon",
	".woff2": "font/woff2", ".woff": "font/woff",
}

func (b *builder) dataURI(rel string) (string, error) {
	data, err := b.site.read(rel)
	if err != nil {
		return "", fmt.Errorf("%s is not in the site", rel)
	}
	typ, ok := mediaTypes[strings.ToLower(path.Ext(rel))]
	if !ok {
		typ = "application/octet-stream"
	}
	return "data:" + typ + ";base64," + base64.StdEncoding.EncodeToString(data), nil
}

// checkAnchors reports in-page links whose target is not in the document.
func (b *builder) checkAnchors(doc *html.Node) {
	have := ids(doc)
	missing := map[string]bool{}
	each(doc, func(n *html.Node) {
		if v := attr(n, "href"); (n.Data == "a" || n.Data == "area") && len(v) > 1 && v[0] == '#' {
			if id, err := url.PathUnescape(v[1:]); err == nil && !have[id] {
				missing[v] = true
			}
		}
	})
	var list []string
	for v := range missing {
		list = append(list, v)
	}
	sort.Strings(list)
	for _, v := range list {
		b.warnf("link %s has no target", v)
	}
}

// integrityMatches reports whether data matches one of the hashes in an
// integrity attribute (sha256, sha384 or sha512, base64).
func integrityMatches(integrity string, data []byte) bool {
	for _, f := range strings.Fields(integrity) {
		alg, want, ok := strings.Cut(f, "-")
		if !ok {
			continue
		}
		if i := strings.IndexByte(want, '?'); i >= 0 {
			want = want[:i]
		}
		var h hash.Hash
		switch alg {
		case "sha256":
			h = sha256.New()
		case "sha384":
			h = sha512.New384()
		case "sha512":
			h = sha512.New()
		default:
			continue
		}
		h.Write(data)
		if base64.StdEncoding.EncodeToString(h.Sum(nil)) == want {
			return true
		}
	}
	return false
}
