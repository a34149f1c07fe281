package article

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/pelletier/go-toml/v2"
	"go.yaml.in/yaml/v3"
)

// ParseMarkdown parses Markdown with optional YAML ("---") or TOML ("+++")
// front matter. Paragraphs are the blank-line separated blocks of the body
// with Markdown syntax removed; headings, images, rules and code are not
// article prose and are dropped (a leading "# heading" is the title when the
// front matter has none).
func ParseMarkdown(text string) (Article, error) {
	text = Normalize(text)
	var a Article
	body := text
	if fm, rest, delim, ok := cutFrontMatter(text); ok {
		meta := map[string]any{}
		var err error
		if delim == "+++" {
			err = toml.Unmarshal([]byte(fm), &meta)
		} else {
			err = yaml.Unmarshal([]byte(fm), &meta)
		}
		if err != nil {
			return Article{}, fmt.Errorf("front matter: %w", err)
		}
		if err := a.setMeta(meta); err != nil {
			return Article{}, err
		}
		body = rest
	}
	inFence := false
	var block []string
	flush := func() {
		if len(block) > 0 {
			if p := cleanText(strings.Join(block, " ")); p != "" {
				a.Paragraphs = append(a.Paragraphs, p)
			}
			block = block[:0]
		}
	}
	for line := range strings.SplitSeq(body, "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			inFence = !inFence
			flush()
			continue
		}
		if inFence {
			continue
		}
		switch {
		case t == "":
			flush()
			continue
		case strings.HasPrefix(t, "#"):
			flush()
			h := strings.TrimSpace(strings.TrimRight(strings.TrimLeft(t, "#"), "#"))
			if a.Title == "" && strings.HasPrefix(t, "# ") {
				a.Title = cleanText(stripInline(h))
			}
			continue
		case mdRule.MatchString(t):
			flush()
			continue
		case mdListItem.MatchString(t):
			// Each list item stands alone: lists in news copy are bullets of facts.
			flush()
			t = mdListItem.ReplaceAllString(t, "")
		}
		t = strings.TrimSpace(strings.TrimLeft(t, "> "))
		if s := stripInline(t); s != "" {
			block = append(block, s)
		}
	}
	flush()
	if len(a.Paragraphs) == 0 {
		return Article{}, errors.New("no paragraphs in the markdown body")
	}
	if a.Title == "" {
		return Article{}, errors.New("no title: add \"title:\" to the front matter or a \"# heading\"")
	}
	return a, nil
}

var (
	mdRule     = regexp.MustCompile(`^([-*_]\s*){3,}$`)
	mdListItem = regexp.MustCompile(`^([-*+]|\d{1,3}[.)])\s+`)
	mdImage    = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	mdLink     = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\[[^\]]*\]`)
	mdAutoLink = regexp.MustCompile(`<(https?://[^>]+)>`)
	mdHTMLTag  = regexp.MustCompile(`</?[a-zA-Z][^>]*>|<!--.*?-->`)
	mdStrong   = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	mdEmph     = regexp.MustCompile(`(^|[^\w*])[*_](\S(?:[^*_]*?\S)?)[*_]([^\w*]|$)`)
	mdCode     = regexp.MustCompile("`([^`]*)`")
	mdEscape   = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!])`)
)

// stripInline removes inline Markdown, keeping the words a reader sees.
func stripInline(s string) string {
	s = mdImage.ReplaceAllString(s, "")
	s = mdLink.ReplaceAllString(s, "$1$2")
	s = mdAutoLink.ReplaceAllString(s, "$1")
	s = mdHTMLTag.ReplaceAllString(s, "")
	s = mdCode.ReplaceAllString(s, "$1")
	s = mdStrong.ReplaceAllString(s, "$2")
	s = mdEmph.ReplaceAllString(s, "$1$2$3")
	s = mdEscape.ReplaceAllString(s, "$1")
	return strings.TrimSpace(s)
}

func cutFrontMatter(text string) (fm, rest, delim string, ok bool) {
	t := strings.TrimLeft(text, "\n")
	for _, d := range []string{"---", "+++"} {
		if !strings.HasPrefix(t, d+"\n") {
			continue
		}
		after := t[len(d)+1:]
		if strings.HasPrefix(after, d+"\n") || after == d {
			return "", strings.TrimPrefix(after, d), d, true
		}
		end := strings.Index(after, "\n"+d)
		if end < 0 {
			return "", "", "", false
		}
		rest := after[end+1+len(d):]
		if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
			rest = rest[nl+1:]
		} else {
			rest = ""
		}
		return after[:end], rest, d, true
	}
	return "", "", "", false
}

// setMeta copies the front matter fields an article uses; names follow Hugo's
// and common static-site generators' conventions.
func (a *Article) setMeta(meta map[string]any) error {
	get := func(keys ...string) string {
		for _, k := range keys {
			for mk, v := range meta {
				if strings.EqualFold(mk, k) {
					if s := metaString(v); s != "" {
						return s
					}
				}
			}
		}
		return ""
	}
	a.Title = cleanText(get("title", "headline"))
	a.Outlet = cleanText(get("outlet", "publisher", "site", "source", "site_name", "publication"))
	a.URL = get("url", "canonical", "canonicalurl", "link", "source_url")
	a.Author = cleanText(get("author", "authors", "byline"))
	a.Language = get("language", "lang")
	for mk, v := range meta {
		switch strings.ToLower(mk) {
		case "date", "published", "publishdate", "pubdate", "published_at":
			if t, ok := v.(time.Time); ok {
				a.Published = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
				continue
			}
			s := metaString(v)
			if s == "" {
				continue
			}
			t, err := ParseDate(s)
			if err != nil {
				return err
			}
			if a.Published.IsZero() || strings.EqualFold(mk, "date") {
				a.Published = t
			}
		}
	}
	return nil
}

func metaString(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case []any:
		var parts []string
		for _, x := range v {
			if s := metaString(x); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	case map[string]any:
		return metaString(v["name"])
	case time.Time:
		return v.Format(DateLayout)
	case nil:
		return ""
	}
	return fmt.Sprint(v)
}
