package bundle

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
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

var styleElem = regexp.MustCompile(`(?s)<style[^>]*>(.*?)</style>`)

// styleHashes returns the CSP source expressions ('sha256-…') of the
// <style> elements in the minified page, in document order: the hash is of
// the exact bytes the browser will see.
func styleHashes(page []byte) [][]byte {
	var out [][]byte
	for _, m := range styleElem.FindAllSubmatch(page, -1) {
		sum := sha256.Sum256(m[1])
		out = append(out, []byte("'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'"))
	}
	return out
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
