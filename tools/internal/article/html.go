package article

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ParseHTML parses a web page. Readability finds the article body; the
// headline, site name, date and canonical address come from JSON-LD and meta
// tags first, because those are what publishers maintain for search engines.
func ParseHTML(text string) (Article, error) {
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return Article{}, fmt.Errorf("html: %w", err)
	}
	m := readMeta(doc)
	ra, err := readability.FromDocument(doc, nil)
	if err != nil {
		return Article{}, fmt.Errorf("finding the article body: %w", err)
	}
	a := Article{
		Title:    firstNonEmpty(m.ldHeadline, m.props["og:title"], m.names["twitter:title"], ra.Title(), m.title),
		Outlet:   firstNonEmpty(m.props["og:site_name"], m.ldPublisher, ra.SiteName(), m.names["application-name"]),
		URL:      firstNonEmpty(m.canonical, m.props["og:url"], m.ldURL),
		Author:   firstNonEmpty(m.ldAuthor, m.names["author"], ra.Byline()),
		Language: firstNonEmpty(m.lang, ra.Language()),
	}
	a.Title, a.Outlet, a.Author = cleanText(a.Title), cleanText(a.Outlet), cleanText(a.Author)
	for _, d := range []string{m.ldPublished, m.props["article:published_time"], m.names["date"], m.names["pubdate"], m.itemDate, m.timeTag} {
		if t, err := ParseDate(d); err == nil {
			a.Published = t
			break
		}
	}
	if a.Published.IsZero() {
		if t, err := ra.PublishedTime(); err == nil {
			a.Published = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		}
	}
	if ra.Node != nil {
		a.Paragraphs = blocks(ra.Node)
	}
	if len(a.Paragraphs) == 0 {
		return Article{}, errors.New("no article text found in the html page")
	}
	if a.Title == "" {
		return Article{}, errors.New("no title in the html page")
	}
	return a, nil
}

type pageMeta struct {
	title, canonical, lang                         string
	props, names                                   map[string]string
	ldHeadline, ldPublisher, ldPublished, ldAuthor string
	ldURL, itemDate, timeTag                       string
}

func readMeta(doc *html.Node) pageMeta {
	m := pageMeta{props: map[string]string{}, names: map[string]string{}}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				m.lang = attr(n, "lang")
			case atom.Title:
				if m.title == "" {
					m.title = textOf(n)
				}
			case atom.Meta:
				content := strings.TrimSpace(attr(n, "content"))
				if p := strings.ToLower(attr(n, "property")); p != "" && m.props[p] == "" {
					m.props[p] = content
				}
				if nm := strings.ToLower(attr(n, "name")); nm != "" && m.names[nm] == "" {
					m.names[nm] = content
				}
				if attr(n, "itemprop") == "datePublished" && m.itemDate == "" {
					m.itemDate = content
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = attr(n, "href")
				}
			case atom.Time:
				if m.timeTag == "" {
					m.timeTag = attr(n, "datetime")
				}
			case atom.Script:
				if strings.Contains(attr(n, "type"), "ld+json") && n.FirstChild != nil {
					m.readLD(n.FirstChild.Data)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return m
}

// readLD takes the first news or article object of a JSON-LD block.
func (m *pageMeta) readLD(data string) {
	var v any
	if json.Unmarshal([]byte(data), &v) != nil {
		return
	}
	var visit func(v any)
	visit = func(v any) {
		switch v := v.(type) {
		case []any:
			for _, x := range v {
				visit(x)
			}
		case map[string]any:
			if g, ok := v["@graph"]; ok {
				visit(g)
			}
			if !strings.Contains(metaString(v["@type"]), "Article") && metaString(v["@type"]) != "Report" {
				return
			}
			if m.ldHeadline == "" {
				m.ldHeadline = metaString(v["headline"])
			}
			if m.ldPublisher == "" {
				m.ldPublisher = metaString(v["publisher"])
			}
			if m.ldPublished == "" {
				m.ldPublished = metaString(v["datePublished"])
			}
			if m.ldAuthor == "" {
				m.ldAuthor = metaString(v["author"])
			}
			if m.ldURL == "" {
				m.ldURL = metaString(v["url"])
			}
		}
	}
	visit(v)
}

// blocks returns the text of the paragraph-like elements under n, one string
// each, in document order. Headings, figures and code are not article prose.
func blocks(n *html.Node) []string {
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Figure, atom.Figcaption, atom.Pre, atom.Code, atom.Script, atom.Style, atom.Nav, atom.Aside,
				atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Table:
				return
			case atom.P, atom.Li, atom.Blockquote, atom.Dd:
				if !hasBlockChild(n) {
					if t := cleanText(textOf(n)); t != "" {
						out = append(out, t)
					}
					return
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	if len(out) == 0 {
		for p := range strings.SplitSeq(textOf(n), "\n\n") {
			if t := cleanText(p); t != "" {
				out = append(out, t)
			}
		}
	}
	return out
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.P, atom.Li, atom.Blockquote, atom.Ul, atom.Ol, atom.Div:
				return true
			}
		}
	}
	return false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			b.WriteByte('\n')
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.P || n.DataAtom == atom.Div) {
			b.WriteString("\n\n")
		}
	}
	walk(n)
	return b.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
