package article

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/explainer-dev/explainer/tools/internal/swar"
)

// Limits bound the articles the tool accepts, so that one bad or hostile
// input cannot exhaust memory or time. A zero field takes its default.
type Limits struct {
	MaxBytes          int // the file as given
	MaxParagraphs     int
	MaxParagraphBytes int // the longest paragraph, headline or header value
}

// Default limits: far above any news article (a long read has a few hundred
// paragraphs of a few hundred bytes), and HTML pages with their markup fit.
const (
	DefaultMaxBytes          = 8 << 20
	DefaultMaxParagraphs     = 5000
	DefaultMaxParagraphBytes = 64 << 10
)

// WithDefaults returns l with its zero fields set to the defaults.
func (l Limits) WithDefaults() Limits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultMaxBytes
	}
	if l.MaxParagraphs <= 0 {
		l.MaxParagraphs = DefaultMaxParagraphs
	}
	if l.MaxParagraphBytes <= 0 {
		l.MaxParagraphBytes = DefaultMaxParagraphBytes
	}
	return l
}

// LimitError reports an input past one of the Limits.
type LimitError struct {
	What  string // "article", "paragraph 3", "headline"
	Limit string // the Limits field: "MaxBytes", "MaxParagraphs", "MaxParagraphBytes"
	Got   int
	Max   int
}

func (e *LimitError) Error() string {
	if e.Limit == "MaxParagraphs" {
		return fmt.Sprintf("%d paragraphs, over the limit of %d", e.Got, e.Max)
	}
	return fmt.Sprintf("%s is %s, over the limit of %s", e.What, Size(e.Got), Size(e.Max))
}

// Size writes a byte count for people: 512 B, 64 KB, 8.0 MB.
func Size(n int) string {
	switch {
	case n < 1<<10:
		return fmt.Sprintf("%d B", n)
	case n < 1<<20:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}

// signatures are the first bytes of binary formats people are likely to
// pass by mistake; naming the format makes the error clear.
var signatures = []struct{ magic, name string }{
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"GIF87a", "a GIF image"},
	{"GIF89a", "a GIF image"},
	{"%PDF-", "a PDF document"},
	{"PK\x03\x04", "a ZIP archive (or a Word or OpenDocument file)"},
	{"\x1f\x8b", "a gzip file"},
	{"\x7fELF", "a program"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word or Excel file"},
}

// Decode checks that data is a text file within the limits and returns it
// as UTF-8: a UTF-8 byte order mark is dropped, UTF-16 with a byte order
// mark is converted, and control characters other than tab, line feed and
// carriage return become spaces. Binary files, invalid UTF-8 and NUL bytes
// are errors that say what is wrong and where.
func Decode(data []byte, lim Limits) ([]byte, error) {
	lim = lim.WithDefaults()
	if len(data) > lim.MaxBytes {
		return nil, &LimitError{What: "the file", Limit: "MaxBytes", Got: len(data), Max: lim.MaxBytes}
	}
	for _, s := range signatures {
		if bytes.HasPrefix(data, []byte(s.magic)) {
			return nil, fmt.Errorf("this is %s, not a text article", s.name)
		}
	}
	switch {
	case bytes.HasPrefix(data, []byte("\xff\xfe\x00\x00")), bytes.HasPrefix(data, []byte("\x00\x00\xfe\xff")):
		return nil, errors.New("UTF-32 text is not supported: save the file as UTF-8")
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		return decodeUTF16(data[2:], binary.LittleEndian, lim)
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		return decodeUTF16(data[2:], binary.BigEndian, lim)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if i := bytes.IndexByte(data, 0); i >= 0 {
		if looksUTF16(data) {
			return nil, errors.New("this looks like UTF-16 text without a byte order mark: save the file as UTF-8")
		}
		return nil, fmt.Errorf("NUL byte at line %d: this is a binary file, not a text article", line(data, i))
	}
	if !utf8.Valid(data) {
		i := invalidUTF8(data)
		return nil, fmt.Errorf("invalid UTF-8 (byte 0x%02x) at line %d: save the file as UTF-8", data[i], line(data, i))
	}
	return cleanControls(data), nil
}

func decodeUTF16(data []byte, order binary.ByteOrder, lim Limits) ([]byte, error) {
	if len(data)%2 != 0 {
		return nil, errors.New("UTF-16 text with an odd number of bytes: the file is cut short")
	}
	units := make([]uint16, len(data)/2)
	for i := range units {
		units[i] = order.Uint16(data[2*i:])
	}
	var b bytes.Buffer
	b.Grow(len(data))
	for _, r := range utf16.Decode(units) {
		if r == 0 {
			return nil, fmt.Errorf("NUL character at line %d: this is a binary file, not a text article", line(b.Bytes(), b.Len()))
		}
		b.WriteRune(r)
	}
	if b.Len() > lim.MaxBytes {
		return nil, &LimitError{What: "the file", Limit: "MaxBytes", Got: b.Len(), Max: lim.MaxBytes}
	}
	return cleanControls(b.Bytes()), nil
}

// looksUTF16 reports whether NUL bytes fall mostly on one parity, as they
// do in mostly-ASCII UTF-16 text.
func looksUTF16(data []byte) bool {
	n := min(len(data), 4096)
	var even, odd int
	for i := range n {
		if data[i] == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	return n >= 4 && (even > n/4 && odd == 0 || odd > n/4 && even == 0)
}

func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return 0
}

// line is the 1-based line number of byte offset i.
func line(data []byte, i int) int { return bytes.Count(data[:i], []byte("\n")) + 1 }

// cleanControls turns C0 control characters other than tab, LF and CR, DEL
// and C1 controls into spaces: they have no business in an article and some
// (escape sequences) would reach a terminal or a page.
func cleanControls(data []byte) []byte {
	control := func(r rune) bool {
		return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r >= 0x7f && r < 0xa0
	}
	if !hasControl(data) {
		return data
	}
	return bytes.Map(func(r rune) rune {
		if control(r) {
			return ' '
		}
		return r
	}, data)
}

// hasControl reports whether data holds a character cleanControls
// replaces, reading bytes: the C1 controls are 0xC2 then 0x80 to 0x9F in
// UTF-8, and no other byte of data decodes to a control.
func hasControl(data []byte) bool {
	for i := 0; i < len(data); i++ {
		// Eight bytes at a time while none is below a space, DEL or 0xC2.
		for ; i+8 <= len(data); i += 8 {
			x := binary.LittleEndian.Uint64(data[i:])
			if (x-0x20*swar.Ones)&^x&swar.Tops|swar.ZeroBytes(x^(0x7f*swar.Ones))|swar.ZeroBytes(x^(0xc2*swar.Ones)) != 0 {
				break
			}
		}
		if i == len(data) {
			break
		}
		switch c := data[i]; {
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r', c == 0x7f:
			return true
		case c == 0xc2 && i+1 < len(data) && data[i+1] >= 0x80 && data[i+1] < 0xa0:
			return true
		}
	}
	return false
}

// Check reports the first way a parsed article is past the limits or
// unsafe to publish: too many paragraphs, a paragraph, headline or header
// value that is too long, or an address that is not http or https.
func Check(a Article, lim Limits) error {
	lim = lim.WithDefaults()
	if len(a.Paragraphs) > lim.MaxParagraphs {
		return &LimitError{What: "the article", Limit: "MaxParagraphs", Got: len(a.Paragraphs), Max: lim.MaxParagraphs}
	}
	for _, f := range []struct{ what, s string }{{"the headline", a.Title}, {"the outlet", a.Outlet}, {"the URL", a.URL}, {"the author", a.Author}, {"the language", a.Language}} {
		if len(f.s) > lim.MaxParagraphBytes {
			return &LimitError{What: f.what, Limit: "MaxParagraphBytes", Got: len(f.s), Max: lim.MaxParagraphBytes}
		}
	}
	for i, p := range a.Paragraphs {
		if len(p) > lim.MaxParagraphBytes {
			return &LimitError{What: fmt.Sprintf("paragraph %d", i+1), Limit: "MaxParagraphBytes", Got: len(p), Max: lim.MaxParagraphBytes}
		}
	}
	if strings.TrimSpace(a.Title) == "" {
		return errors.New("no headline")
	}
	if a.URL != "" {
		u, err := url.Parse(a.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("URL %q is not an http or https address", a.URL)
		}
	}
	return nil
}
