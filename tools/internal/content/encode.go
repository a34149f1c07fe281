package content

import (
	"encoding/binary"
	"math"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/explainer-dev/explainer/tools/internal/extract"
)

// Encode is the explainer.json of e: indented by two spaces, with a final
// newline, byte for byte what json.MarshalIndent writes. It writes the
// fields itself: json.Marshal reads each one by reflection and indenting
// its output is a second pass, and the two took a seventh of the time a
// build spends on an article.
func Encode(e *extract.Explainer) []byte { return AppendEncode(make([]byte, 0, 64<<10), e) }

// AppendEncode appends the explainer.json of e to b: Encode into a buffer
// the caller reuses (see Buffer).
func AppendEncode(b []byte, e *extract.Explainer) []byte {
	w := &writer{b: b}
	w.open('{')
	w.str("schema", e.Schema)
	w.str("slug", e.Slug)
	w.str("title", e.Title)
	w.key("source")
	w.open('{')
	w.str("outlet", e.Source.Outlet)
	w.str("url", e.Source.URL)
	w.str("published", e.Source.Published)
	if e.Source.Author != "" {
		w.str("author", e.Source.Author)
	}
	w.close('}')
	w.key("key_points")
	objects(w, e.KeyPoints, (*writer).item)
	w.key("paragraphs")
	objects(w, e.Paragraphs, func(w *writer, p *extract.Paragraph) {
		w.int("index", p.Index)
		w.str("text", p.Text)
		w.str("label", p.Label)
		w.float("confidence", p.Confidence)
		w.key("cues")
		w.strings(p.Cues)
		if len(p.Sentences) > 0 {
			w.key("sentences")
			objects(w, p.Sentences, func(w *writer, s *extract.SentenceLabel) {
				w.int("index", s.Index)
				w.int("start", s.Start)
				w.int("end", s.End)
				w.str("label", s.Label)
			})
		}
	})
	w.key("sections")
	objects(w, e.Sections, func(w *writer, s *extract.Section) {
		w.str("id", s.ID)
		w.str("kind", s.Kind)
		w.str("title", s.Title)
		w.key("items")
		objects(w, s.Items, (*writer).item)
	})
	w.key("people")
	objects(w, e.People, func(w *writer, p *extract.Person) {
		w.str("name", p.Name)
		w.str("role", p.Role)
		w.str("affiliation", p.Affiliation)
		w.bool("expert", p.Expert)
		w.key("mentions")
		objects(w, p.Mentions, (*writer).sourceMembers)
		if len(p.Aliases) > 0 {
			w.key("aliases")
			w.strings(p.Aliases)
		}
	})
	w.key("organizations")
	objects(w, e.Organizations, func(w *writer, o *extract.Organization) {
		w.str("name", o.Name)
		w.str("kind", o.Kind)
		w.key("aliases")
		w.strings(o.Aliases)
		w.key("mentions")
		objects(w, o.Mentions, (*writer).sourceMembers)
	})
	w.key("places")
	objects(w, e.Places, func(w *writer, p *extract.Place) {
		w.str("name", p.Name)
		if p.Kind != "" {
			w.str("kind", p.Kind)
		}
		if p.Country != "" {
			w.str("country", p.Country)
		}
		w.key("aliases")
		w.strings(p.Aliases)
		w.key("mentions")
		objects(w, p.Mentions, (*writer).sourceMembers)
	})
	w.key("numbers")
	objects(w, e.Numbers, func(w *writer, n *extract.Number) {
		w.str("text", n.Text)
		w.float("value", n.Value)
		w.str("counts", n.Counts)
		w.bool("approximate", n.Approximate)
		w.sourceField(&n.Source)
	})
	w.key("dates")
	objects(w, e.Dates, func(w *writer, d *extract.Date) {
		w.str("text", d.Text)
		w.str("resolved", d.Resolved)
		w.str("granularity", d.Granularity)
		w.sourceField(&d.Source)
		if d.Future {
			w.bool("future", true)
		}
	})
	w.key("timeline")
	objects(w, e.Timeline, func(w *writer, ev *extract.Event) {
		w.str("date", ev.Date)
		w.str("label", ev.Label)
		w.bool("future", ev.Future)
		w.sourceField(&ev.Source)
	})
	w.key("quotes")
	objects(w, e.Quotes, func(w *writer, q *extract.Quote) {
		w.str("text", q.Text)
		w.str("speaker", q.Speaker)
		w.sourceField(&q.Source)
	})
	w.key("claims")
	objects(w, e.Claims, func(w *writer, c *extract.Claim) {
		w.str("text", c.Text)
		w.str("attribution", c.Attribution)
		w.str("certainty", c.Certainty)
		w.sourceField(&c.Source)
	})
	w.close('}')
	return append(w.b, '\n')
}

// writer appends JSON laid out as json.MarshalIndent lays it out with an
// indent of two spaces: each member and element on a line of its own, and
// empty arrays as [].
type writer struct {
	b     []byte
	depth int
	empty bool // the innermost object or array has nothing in it yet
}

func (w *writer) open(c byte) {
	w.b = append(w.b, c)
	w.depth++
	w.empty = true
}

func (w *writer) close(c byte) {
	w.depth--
	if !w.empty {
		w.newline()
	}
	w.b = append(w.b, c)
	w.empty = false
}

// next starts a member or an element.
func (w *writer) next() {
	if !w.empty {
		w.b = append(w.b, ',')
	}
	w.empty = false
	w.newline()
}

func (w *writer) newline() {
	n := 1 + 2*w.depth
	if l := len(w.b); n <= 16 && cap(w.b)-l >= 16 {
		// A new line and up to 15 spaces as two words stored whole,
		// the bytes past n left for what follows to overwrite: a copy
		// of a few bytes (memmove) costs more, and this is done for
		// each of some 2,000 members and elements.
		b := w.b[l : l+16]
		binary.LittleEndian.PutUint64(b, 0x2020202020202000|'\n')
		binary.LittleEndian.PutUint64(b[8:], 0x2020202020202020)
		w.b = w.b[:l+n]
		return
	}
	const spaces = "\n                    "
	if n <= len(spaces) {
		w.b = append(w.b, spaces[:n]...)
		return
	}
	w.b = append(w.b, '\n')
	for range w.depth {
		w.b = append(w.b, ' ', ' ')
	}
}

func (w *writer) key(k string) {
	w.next()
	w.b = append(w.b, '"')
	w.b = append(w.b, k...)
	w.b = append(w.b, '"', ':', ' ')
}

func (w *writer) str(k, v string) {
	w.key(k)
	w.b = appendString(w.b, v)
}

func (w *writer) int(k string, v int) {
	w.key(k)
	switch {
	case 0 <= v && v < 10:
		w.b = append(w.b, byte('0'+v))
	case 10 <= v && v < 100: // most offsets and indices: two digits, without strconv
		w.b = append(w.b, byte('0'+v/10), byte('0'+v%10))
	default:
		w.b = strconv.AppendInt(w.b, int64(v), 10)
	}
}

func (w *writer) bool(k string, v bool) {
	w.key(k)
	w.b = strconv.AppendBool(w.b, v)
}

// float writes v as encoding/json does: the shortest form that reads back
// as v, with an exponent only for very small or very large magnitudes.
func (w *writer) float(k string, v float64) {
	w.key(k)
	if math.IsInf(v, 0) || math.IsNaN(v) {
		panic("content: explainer holds a number JSON cannot write: " + strconv.FormatFloat(v, 'g', -1, 64))
	}
	format := byte('f')
	if abs := math.Abs(v); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	w.b = strconv.AppendFloat(w.b, v, format, -1, 64)
	if n := len(w.b); format == 'e' && n >= 4 && w.b[n-4] == 'e' && w.b[n-3] == '-' && w.b[n-2] == '0' {
		w.b[n-2] = w.b[n-1] // e-07 is written e-7
		w.b = w.b[:n-1]
	}
}

func (w *writer) strings(ss []string) {
	if ss == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.open('[')
	for _, s := range ss {
		w.next()
		w.b = appendString(w.b, s)
	}
	w.close(']')
}

// sourceField writes the member "source" of an item.
func (w *writer) sourceField(s *extract.Source) {
	w.key("source")
	w.source(s)
}

func (w *writer) source(s *extract.Source) {
	w.open('{')
	w.sourceMembers(s)
	w.close('}')
}

func (w *writer) sourceMembers(s *extract.Source) {
	w.int("paragraph", s.Paragraph)
	w.int("sentence", s.Sentence)
	w.int("start", s.Start)
	w.int("end", s.End)
}

func (w *writer) item(it *extract.Item) {
	w.str("text", it.Text)
	w.sourceField(&it.Source)
}

// objects writes xs as an array of objects, the members of each written
// by members, and a nil slice as null.
func objects[T any](w *writer, xs []T, members func(*writer, *T)) {
	if xs == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.open('[')
	for i := range xs {
		w.next()
		w.open('{')
		members(w, &xs[i])
		w.close('}')
	}
	w.close(']')
}

// plain marks the ASCII bytes a JSON string holds as they are, and
// plainByte, 1 or 0, the same bytes among all 256.
var plain = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

var plainByte = func() (t [256]uint8) {
	for c, ok := range plain {
		if ok {
			t[c] = 1
		}
	}
	return t
}()

// appendString appends s quoted as encoding/json quotes it: with <, > and
// & escaped for HTML, control characters and U+2028 and U+2029 escaped,
// and each byte of invalid UTF-8 as U+FFFD.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		// Eight bytes at a time while none of them needs a look: each
		// is plain (ASCII from 0x20, none of " \\ < > &), read from a
		// table of all 256 bytes.
		for ; i+8 <= len(s); i += 8 {
			b := s[i : i+8]
			if plainByte[b[0]]&plainByte[b[1]]&plainByte[b[2]]&plainByte[b[3]]&
				plainByte[b[4]]&plainByte[b[5]]&plainByte[b[6]]&plainByte[b[7]] == 0 {
				break
			}
		}
		if i == len(s) {
			break
		}
		if c := s[i]; c < utf8.RuneSelf {
			if plain[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// buffers hold explainer.json as it is encoded, reused from one article to
// the next: a build writes each file and drops it, and a new 64 KB buffer
// an article was a quarter of what extraction allocates.
var buffers = sync.Pool{New: func() any { b := make([]byte, 0, 64<<10); return &b }}

// Buffer is a buffer for AppendEncode; give it back with PutBuffer once
// nothing reads what was encoded into it.
func Buffer() *[]byte { return buffers.Get().(*[]byte) }

// PutBuffer gives back b, keeping what it has grown to.
func PutBuffer(b *[]byte, grown []byte) {
	*b = grown[:0]
	buffers.Put(b)
}
