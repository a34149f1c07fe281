package article

import (
	"errors"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/explainer-dev/explainer/tools/internal/swar"
)

// Parse reads an article in one of the supported formats. The format comes
// from the name's extension when it is telling (.html, .htm, .md, .markdown,
// .txt) and from the content otherwise, so "-" (stdin) works for all of them.
// Errors never name the file: the caller knows it and prefixes it.
func Parse(name string, data []byte) (Article, error) {
	if !utf8.Valid(data) {
		return Article{}, errors.New("text is not UTF-8")
	}
	text := Normalize(string(data))
	if strings.TrimSpace(text) == "" {
		return Article{}, errors.New("file is empty")
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return ParseHTML(text)
	case ".md", ".markdown", ".mdown":
		return ParseMarkdown(text)
	case ".txt", ".text":
		return ParsePlain(text)
	}
	return parseSniffed(text)
}

// parseSniffed picks the format from the first bytes of the text.
func parseSniffed(text string) (Article, error) {
	head := strings.TrimLeft(text, " \t\n")
	lower := strings.ToLower(head[:min(len(head), 512)])
	switch {
	case strings.HasPrefix(lower, "<!doctype html"), strings.HasPrefix(lower, "<html"),
		strings.HasPrefix(lower, "<head"), strings.HasPrefix(lower, "<body"),
		strings.HasPrefix(lower, "<article"), strings.HasPrefix(lower, "<?xml") && strings.Contains(lower, "<html"):
		return ParseHTML(text)
	case strings.HasPrefix(head, "---\n"), strings.HasPrefix(head, "+++\n"):
		return ParseMarkdown(text)
	}
	if hasSeparatorLine(text) {
		return ParsePlain(text)
	}
	if strings.HasPrefix(head, "# ") {
		return ParseMarkdown(text)
	}
	return ParsePlain(text)
}

func hasSeparatorLine(text string) bool {
	for line := range strings.SplitSeq(text, "\n") {
		if strings.TrimSpace(line) == separator {
			return true
		}
	}
	return false
}

// cleanText applies the typographic clean-up every format shares: runs of
// white space (any Unicode space, form feeds and line separators included)
// become one space, zero-width characters and soft hyphens go, and nothing
// is left at either end. Text that is clean already, as most paragraphs
// are, comes back as it is, with nothing copied.
func cleanText(s string) string {
	if isClean(s) {
		return s
	}
	return rebuildText(s)
}

// rebuildText is cleanText's copy of s: the work that isClean saves.
func rebuildText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case invisible(r):
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// invisible reports whether r is a zero-width character or a soft hyphen,
// which cleanText drops.
func invisible(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return true
	}
	return false
}

// isClean reports whether cleanText would leave s as it is: valid UTF-8,
// single spaces between words and none at either end, no other white
// space and nothing invisible.
func isClean(s string) bool {
	space := true // at the start, a space would be one too many
	for i := 0; i < len(s); {
		// Eight bytes at a time while they are printable ASCII: only two
		// spaces in a row, within them or across the previous eight, can
		// make them unclean.
		for ; i+8 <= len(s); i += 8 {
			x := swar.Load64(s[i:])
			if (x|(x-0x20*swar.Ones))&swar.Tops != 0 {
				break // a byte of UTF-8 or one below a space: read it alone
			}
			sp := swar.ZeroBytes(x ^ (' ' * swar.Ones))
			if sp&(sp>>8) != 0 || space && sp&0x80 != 0 {
				return false
			}
			space = sp>>63 != 0
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				if space {
					return false
				}
				space = true
			case c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
				return false
			default:
				space = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unicode.IsSpace(r) || invisible(r) {
			return false
		}
		space = false
		i += size
	}
	return !space || s == ""
}
