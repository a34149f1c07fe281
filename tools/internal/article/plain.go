package article

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// separator ends the header block of a plain-format article.
const separator = "****"

// ParsePlain parses the plain format: headline on line 1, outlet on line 2,
// optional "Key: value" header lines, a "****" line, then one paragraph per
// non-empty line.
func ParsePlain(text string) (Article, error) {
	text = Normalize(text)
	lines := strings.Split(text, "\n")
	sep := -1
	for i, l := range lines {
		if strings.TrimSpace(l) == separator {
			sep = i
			break
		}
	}
	if sep < 0 {
		return Article{}, errors.New(`no "****" line between the header and the body`)
	}
	var head []string
	for _, l := range lines[:sep] {
		if l = cleanText(l); l != "" {
			head = append(head, l)
		}
	}
	if len(head) == 0 {
		return Article{}, errors.New("no headline before the \"****\" line")
	}
	a := Article{Title: head[0]}
	for i, l := range head[1:] {
		key, val, ok := strings.Cut(l, ":")
		if ok && isHeaderKey(key) {
			if err := a.setHeader(key, strings.TrimSpace(val)); err != nil {
				return Article{}, err
			}
			continue
		}
		if i == 0 {
			a.Outlet = l
			continue
		}
		return Article{}, fmt.Errorf("header line %q is not \"Key: value\"", l)
	}
	for _, l := range lines[sep+1:] {
		if l = cleanText(l); l != "" {
			a.Paragraphs = append(a.Paragraphs, l)
		}
	}
	if len(a.Paragraphs) == 0 {
		return Article{}, errors.New("no paragraphs after the \"****\" line")
	}
	return a, nil
}

func isHeaderKey(k string) bool {
	switch strings.ToLower(strings.TrimSpace(k)) {
	case "date", "published", "url", "author", "language", "outlet", "source":
		return true
	}
	return false
}

func (a *Article) setHeader(key, val string) error {
	switch strings.ToLower(strings.TrimSpace(key)) {
	case "date", "published":
		t, err := ParseDate(val)
		if err != nil {
			return err
		}
		a.Published = t
	case "url", "source":
		a.URL = val
	case "author":
		a.Author = val
	case "language":
		a.Language = val
	case "outlet":
		a.Outlet = val
	}
	return nil
}

// ParseDate reads a publication date in the forms editors commonly write.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	// A timestamp's calendar day is the day its writer meant, whatever the zone.
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		if t, err := time.Parse(DateLayout, s[:10]); err == nil {
			return t, nil
		}
	}
	for _, layout := range []string{DateLayout, time.RFC3339, time.RFC1123Z, time.RFC1123, "2006/01/02", "2 January 2006", "January 2, 2006", "Jan 2, 2006", "2 Jan 2006", "Monday, January 2, 2006", "Mon, 2 Jan 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
		}
	}
	return time.Time{}, fmt.Errorf("date %q is not a date like 2024-10-23", s)
}

// Normalize turns CRLF and CR line ends into LF, drops a byte order mark and
// turns non-breaking spaces into spaces.
func Normalize(s string) string {
	s = strings.TrimPrefix(s, "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.ReplaceAll(s, "\u00a0", " ")
	return s
}
