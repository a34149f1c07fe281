package article

import (
	"strings"
)

// Format writes a in the plain format, which ParsePlain reads back to the
// same Article. Header lines are written only for fields that are set.
func Format(a Article) []byte {
	var b strings.Builder
	line := func(s string) {
		b.WriteString(oneLine(s))
		b.WriteByte('\n')
	}
	line(a.Title)
	if a.Outlet != "" && !strings.Contains(a.Outlet, ":") {
		line(a.Outlet)
	} else if a.Outlet != "" {
		line("Outlet: " + a.Outlet)
	}
	if !a.Published.IsZero() {
		line("Date: " + a.Published.Format(DateLayout))
	}
	for _, h := range [][2]string{{"URL", a.URL}, {"Author", a.Author}, {"Language", a.Language}} {
		if h[1] != "" {
			line(h[0] + ": " + h[1])
		}
	}
	line(separator)
	for _, p := range a.Paragraphs {
		line(p)
	}
	return []byte(b.String())
}

// oneLine joins the lines of s with spaces, so that a field cannot break
// the line structure of the format.
func oneLine(s string) string {
	return strings.TrimSpace(strings.ReplaceAll(s, "\n", " "))
}
