package content

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// maxSlug bounds slug length in bytes, so that folder names stay well under
// file system limits in any script.
const maxSlug = 80

// Slug makes a folder and URL name from a headline: lower-case letters and
// digits of any script joined by hyphens, accents dropped from Latin
// letters. It never contains a path separator or a dot, and is never empty.
func Slug(title string) string {
	var b strings.Builder
	hyphen, latin := false, false
	for _, r := range norm.NFKD.String(title) {
		switch {
		case unicode.Is(unicode.Mn, r):
			if !latin {
				b.WriteRune(r) // part of the letter in scripts such as Arabic
			}
			continue // an accent on a Latin letter
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen, latin = false, unicode.Is(unicode.Latin, r)
			b.WriteRune(unicode.ToLower(r))
		default:
			hyphen = true
		}
	}
	s := b.String()
	if len(s) > maxSlug {
		s = s[:maxSlug]
		if i := strings.LastIndexByte(s, '-'); i > maxSlug/2 {
			s = s[:i]
		}
		for !utf8ValidEnd(s) {
			s = s[:len(s)-1]
		}
	}
	s = strings.Trim(s, "-")
	if s == "" {
		return "explainer"
	}
	return norm.NFC.String(s)
}

func utf8ValidEnd(s string) bool {
	return strings.ToValidUTF8(s, "\x00") == s
}
