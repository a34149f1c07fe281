package bundle

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"io"
	"regexp"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
)

// newMinifier minifies HTML with its inline CSS, SVG and JSON-LD, keeping
// the document tags and end tags as Hugo's own minifier does, so that the
// bundled pages parse the same way in every browser.
func newMinifier() *minify.M {
	m := minify.New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: false})
	m.AddFunc("text/css", css.Minify)
	m.AddFunc("image/svg+xml", svg.Minify)
	m.AddFuncRegexp(regexp.MustCompile(`^(application|text)/(x-)?(ld\+)?json$`), json.Minify)
	return m
}

// keep is a minifier that leaves its input as it is.
func keep(_ *minify.M, w io.Writer, r io.Reader, _ map[string]string) error {
	_, err := io.Copy(w, r)
	return err
}

// styleHashes returns the CSP source expressions ('sha256-…') of the
// <style> elements in the minified page, in document order: the hash is of
// the exact bytes the browser will see.
func styleHashes(page []byte) [][]byte {
	var out [][]byte
	for {
		i := bytes.Index(page, []byte("<style"))
		if i < 0 {
			return out
		}
		page = page[i+len("<style"):]
		if len(page) == 0 || page[0] != '>' && page[0] != ' ' && page[0] != '\t' && page[0] != '\n' {
			continue // <styles…>, another element
		}
		open := bytes.IndexByte(page, '>')
		end := bytes.Index(page, []byte("</style>"))
		if open < 0 || end < open {
			return out
		}
		sum := sha256.Sum256(page[open+1 : end])
		out = append(out, []byte("'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'"))
		page = page[end:]
	}
}

// setStyleHashes replaces the placeholder in the page's CSP with the hashes
// of its <style> elements, or 'none' when it has none.
func setStyleHashes(page []byte) []byte {
	hashes := bytes.Join(styleHashes(page), []byte(" "))
	if len(hashes) == 0 {
		hashes = []byte("'none'")
	}
	return bytes.Replace(page, []byte(stylePlaceholder), hashes, 1)
}
