// Package article parses news articles into a common form: headline, outlet,
// publication date, address and body paragraphs.
package article

import "time"

// Article is a parsed news article.
type Article struct {
	Title     string
	Outlet    string
	Published time.Time // zero when unknown
	URL       string
	Author    string
	Language  string
	// Paragraphs holds the body, one entry per paragraph, in order. Paragraph i
	// is the i-th non-empty body line of a plain-format article.
	Paragraphs []string
}

// DateLayout is the layout of publication dates in headers and flags.
const DateLayout = "2006-01-02"
