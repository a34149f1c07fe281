package bundle

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func isElem(n *html.Node, tag string) bool {
	return n.Type == html.ElementNode && n.Data == tag
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return true
		}
	}
	return false
}

func setAttr(n *html.Node, key, val string) {
	for i, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			n.Attr[i].Val = val
			return
		}
	}
	n.Attr = append(n.Attr, html.Attribute{Key: key, Val: val})
}

func delAttr(n *html.Node, key string) {
	out := n.Attr[:0]
	for _, a := range n.Attr {
		if a.Namespace != "" || a.Key != key {
			out = append(out, a)
		}
	}
	n.Attr = out
}

// hasToken reports whether the space-separated list s holds tok, ignoring case.
func hasToken(s, tok string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// find returns the first node under n, in document order, that match accepts.
func find(n *html.Node, match func(*html.Node) bool) *html.Node {
	if match(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, match); f != nil {
			return f
		}
	}
	return nil
}

// each calls fn on every element under n in document order. fn may remove
// or replace the node it is given.
func each(n *html.Node, fn func(*html.Node)) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			each(c, fn)
			fn(c)
		}
		c = next
	}
}

func elem(tag string, attrs ...string) *html.Node {
	n := &html.Node{Type: html.ElementNode, Data: tag, DataAtom: atom.Lookup([]byte(tag))}
	for i := 0; i+1 < len(attrs); i += 2 {
		n.Attr = append(n.Attr, html.Attribute{Key: attrs[i], Val: attrs[i+1]})
	}
	return n
}

func text(s string) *html.Node { return &html.Node{Type: html.TextNode, Data: s} }

func withText(n *html.Node, s string) *html.Node {
	n.AppendChild(text(s))
	return n
}

// unwrap replaces n by its children.
func unwrap(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		n.RemoveChild(c)
		n.Parent.InsertBefore(c, n)
		c = next
	}
	n.Parent.RemoveChild(n)
}

// blank reports whether n holds no element and only white space.
func blank(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.ElementNode:
			return false
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return false
			}
		}
	}
	return true
}

// detach removes n from the tree, and then its parent too when that is left
// blank (a paragraph that held only a link goes with it).
func detach(n *html.Node) {
	p := n.Parent
	p.RemoveChild(n)
	if p.Parent != nil && p.Data != "body" && p.Data != "main" && p.Data != "head" && blank(p) {
		p.Parent.RemoveChild(p)
	}
}

// urlAttrs names, per element, the attributes holding a URL that a reader
// follows or the browser fetches.
var urlAttrs = map[string][]string{
	"a": {"href"}, "area": {"href"}, "link": {"href"}, "img": {"src"},
	"script": {"src"}, "source": {"src"}, "video": {"src", "poster"},
	"audio": {"src"}, "track": {"src"}, "iframe": {"src"}, "embed": {"src"},
	"object": {"data"}, "input": {"src"}, "use": {"href", "xlink:href"},
	"image": {"href", "xlink:href"},
}

// ids returns the set of id attribute values under n.
func ids(n *html.Node) map[string]bool {
	out := map[string]bool{}
	each(n, func(e *html.Node) {
		if id := attr(e, "id"); id != "" {
			out[id] = true
		}
	})
	return out
}
