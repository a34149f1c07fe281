package main

import (
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/explainer-dev/explainer/tools/internal/site"
)

// TestSourceLinks checks that every ¶n link on an explainer page lands on
// the paragraph of the original article page that holds the linked text:
// for the built-in article as the extractor sees it, and for a hand-written
// explainer with every kind of item.
func TestSourceLinks(t *testing.T) {
	t.Run("builtin", func(t *testing.T) {
		dir := newProject(t)
		runOK(t, "build", "--source", dir)
		pages, _ := filepath.Glob(filepath.Join(dir, "public", "explainers", "*", "index.html"))
		if len(pages) != 1 {
			t.Fatalf("explainer pages = %q, want one", pages)
		}
		checkSourceLinks(t, filepath.Dir(pages[0]))
	})
	t.Run("rich", func(t *testing.T) {
		dir := newProject(t)
		copyTree(t, filepath.Join("..", "internal", "site", "testdata", "rich"), filepath.Join(dir, "content", "explainers", "rich"))
		out := filepath.Join(dir, "public")
		if _, err := site.Build(context.Background(), site.Options{Source: dir, Destination: out}); err != nil {
			t.Fatal(err)
		}
		n := checkSourceLinks(t, filepath.Join(out, "explainers", "rich"))
		if n < 40 {
			t.Errorf("the rich explainer has %d ¶ links, want every item linked (40 or more)", n)
		}
	})
}

var paraHref = regexp.MustCompile(`^article\.html#(p[1-9][0-9]*)$`)

// checkSourceLinks checks the ¶ links of the explainer page in dir against
// its article page and returns how many there are. The linked item is the
// element holding the link: its text, less the link, must be part of the
// target paragraph.
func checkSourceLinks(t *testing.T, dir string) int {
	t.Helper()
	paragraphs := map[string]string{}
	for _, n := range findAll(parseHTMLFile(t, filepath.Join(dir, "article.html")), "p") {
		if id := attr(n, "id"); id != "" {
			paragraphs[id] = squash(textOf(n))
		}
	}
	if len(paragraphs) == 0 {
		t.Fatal("article.html has no paragraphs with an id")
	}
	count := 0
	for _, a := range findAll(parseHTMLFile(t, filepath.Join(dir, "index.html")), "a") {
		if !strings.HasPrefix(textOf(a), "¶") {
			continue
		}
		count++
		m := paraHref.FindStringSubmatch(attr(a, "href"))
		if m == nil {
			t.Errorf("¶ link %q goes to %q, want article.html#pN", textOf(a), attr(a, "href"))
			continue
		}
		if label := "¶" + strings.TrimPrefix(m[1], "p"); textOf(a) != label {
			t.Errorf("link to #%s reads %q, want %q", m[1], textOf(a), label)
		}
		item := squash(strings.Replace(textOf(a.Parent), textOf(a), "", 1))
		target, ok := paragraphs[m[1]]
		switch {
		case !ok:
			t.Errorf("¶ link to #%s: article.html has no such paragraph", m[1])
		case item == "":
			t.Errorf("¶ link to #%s links no text", m[1])
		case !strings.Contains(target, item):
			t.Errorf("¶ link to #%s: paragraph does not hold %q", m[1], item)
		}
	}
	if count == 0 {
		t.Error("the explainer page has no ¶ links")
	}
	return count
}

func findAll(n *html.Node, tag string) []*html.Node {
	var out []*html.Node
	if n.Type == html.ElementNode && n.Data == tag {
		out = append(out, n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		out = append(out, findAll(c, tag)...)
	}
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func squash(s string) string { return strings.Join(strings.Fields(s), " ") }
