// Package highlight marks up JSON with chroma's classes, the ones
// assets/css/chroma.css styles, in time linear in its length, and fills
// the data pages of a built site with it.
//
// chroma's own JSON lexer is a set of regular expressions: on an
// explainer's data (30-50 KB) it takes about 20 ms and writes 240 KB of
// markup, a span per line and per comma, which makes a build of 10,000
// explainers spend minutes in it. This package scans the JSON once and
// marks up only what a style colours: keys, strings, numbers and
// constants. The text between the tags is the input, byte for byte,
// HTML-escaped.
package highlight

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"sync"

	"github.com/alecthomas/chroma/v2"

	"github.com/explainer-dev/explainer/tools/internal/content"
)

// The token types this package marks, and chroma's class for each.
var (
	classKey      = chroma.StandardTypes[chroma.NameTag]
	classString   = chroma.StandardTypes[chroma.LiteralStringDouble]
	classInteger  = chroma.StandardTypes[chroma.LiteralNumberInteger]
	classFloat    = chroma.StandardTypes[chroma.LiteralNumberFloat]
	classConstant = chroma.StandardTypes[chroma.KeywordConstant]
)

// JSON appends src, which must be valid JSON, to dst marked up: each
// token a style colours in a <span class=…> (written as a minifier
// would, the class unquoted), the rest as it is.
func JSON(dst *bytes.Buffer, src []byte) error {
	if !json.Valid(src) {
		return errors.New("highlight: not valid JSON")
	}
	dst.Grow(len(src) + len(src)/2)
	tokens(dst, src)
	return nil
}

// blocks are the empty element a data page leaves for its JSON, as
// layouts/page.data.html writes it when params.explainer.fillData is
// set, minified or not.
var blocks = [][]byte{
	[]byte(`<code class=language-json data-lang=json></code>`),
	[]byte(`<code class="language-json" data-lang="json"></code>`),
}

// Fill writes src, JSON, marked up, into the empty block of the HTML page
// at page: its <code class="language-json" data-lang="json"></code>
// element. It reports whether the page had such a block; a page without
// one, or whose src is not JSON, is left as it is.
func Fill(page string, src []byte) (bool, error) {
	if !json.Valid(src) {
		return false, errors.New("highlight: not valid JSON")
	}
	return FillValid(page, src)
}

// buffers hold the pages FillValid assembles: a build fills thousands, of
// about 100 KB each, and a buffer used again spares the allocation and
// the zeroing of a new one.
var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// FillValid is Fill for src already known to be valid JSON, as a caller
// that has parsed or compacted it knows.
func FillValid(page string, src []byte) (bool, error) {
	html, err := os.ReadFile(page)
	if err != nil {
		return false, err
	}
	at, block := -1, []byte(nil)
	for _, b := range blocks {
		if at = bytes.Index(html, b); at >= 0 {
			block = b
			break
		}
	}
	if at < 0 {
		return false, nil
	}
	open := at + len(block) - len("</code>")
	b := buffers.Get().(*bytes.Buffer)
	defer buffers.Put(b)
	b.Reset()
	b.Grow(len(html) + 2*len(src))
	b.Write(html[:open])
	tokens(b, src)
	b.Write(html[open:])
	return true, content.Overwrite(page, b.Bytes())
}

// tokens writes the marked-up tokens of src to dst.
func tokens(dst *bytes.Buffer, src []byte) {
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '"':
			end := content.StringEnd(src, i)
			class := classString
			if isKey(src, end) {
				class = classKey
			}
			span(dst, class, src[i:end])
			i = end
		case c == '-' || c >= '0' && c <= '9':
			end := i + 1
			float := false
			for end < len(src) && bytes.IndexByte([]byte("0123456789+-.eE"), src[end]) >= 0 {
				float = float || src[end] == '.' || src[end] == 'e' || src[end] == 'E'
				end++
			}
			class := classInteger
			if float {
				class = classFloat
			}
			span(dst, class, src[i:end])
			i = end
		case c == 't' || c == 'f' || c == 'n':
			end := i + 1
			for end < len(src) && src[end] >= 'a' && src[end] <= 'z' {
				end++
			}
			span(dst, classConstant, src[i:end])
			i = end
		default: // white space and punctuation, which no style colours
			end := i + 1
			for end < len(src) && !tokenStart[src[end]] {
				end++
			}
			dst.Write(src[i:end])
			i = end
		}
	}
}

// tokenStart marks the bytes that open a token tokens marks up: a string,
// a number or a constant.
var tokenStart = func() (m [256]bool) {
	for _, c := range []byte(`"-0123456789tfn`) {
		m[c] = true
	}
	return m
}()

// isKey reports whether the string ending before src[end] is an object
// key: the next byte that is not white space is a colon.
func isKey(src []byte, end int) bool {
	for ; end < len(src); end++ {
		switch src[end] {
		case ' ', '\t', '\n', '\r':
		case ':':
			return true
		default:
			return false
		}
	}
	return false
}

func span(dst *bytes.Buffer, class string, text []byte) {
	dst.WriteString(`<span class=`)
	dst.WriteString(class)
	dst.WriteByte('>')
	escape(dst, text)
	dst.WriteString("</span>")
}

// escape writes text with the characters that start markup in HTML text
// replaced by references.
func escape(dst *bytes.Buffer, text []byte) {
	// Most text holds none of them: three scans a word at a time cost
	// less than a look at each byte.
	if bytes.IndexByte(text, '<') < 0 && bytes.IndexByte(text, '>') < 0 && bytes.IndexByte(text, '&') < 0 {
		dst.Write(text)
		return
	}
	last := 0
	for i, c := range text {
		var ref string
		switch c {
		case '<':
			ref = "&lt;"
		case '>':
			ref = "&gt;"
		case '&':
			ref = "&amp;"
		default:
			continue
		}
		dst.Write(text[last:i])
		dst.WriteString(ref)
		last = i + 1
	}
	dst.Write(text[last:])
}
