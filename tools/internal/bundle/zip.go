package bundle

import (
	"archive/zip"
	"bytes"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/tdewolff/minify/v2"
	"golang.org/x/net/html"

	"github.com/explainer-dev/explainer/tools/internal/content"
)

// zipTime is every entry's modification time, so that the same site always
// makes the same archive: the earliest time a zip can record.
var zipTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// Zip writes the built site in dir to w as a zip archive that works when
// unzipped and opened from file://: links are relative and name files
// (folder/index.html, not folder/), and integrity attributes, which
// browsers cannot check on file:// URLs, are dropped. Entries are sorted
// and carry a fixed time, so the same site gives the same bytes.
func Zip(w io.Writer, dir string) error {
	s, err := openSite(dir)
	if err != nil {
		return err
	}
	var files []string
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if strings.HasPrefix(d.Name(), ".") && p != dir {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			rel, err := filepath.Rel(dir, p)
			if err != nil {
				return err
			}
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		return err
	}
	// WalkDir visits names in lexical order within each folder; zip readers
	// list entries as stored, so sort by the full path.
	sort.Strings(files)

	m := newMinifier()
	zw := zip.NewWriter(w)
	for _, rel := range files {
		data, err := s.read(rel)
		if err != nil {
			return err
		}
		switch path.Ext(rel) {
		case ".html":
			if data, err = s.relativeHTML(rel, data, m); err != nil {
				return err
			}
		case ".css":
			data = s.relativeCSS(rel, data)
		}
		h := &zip.FileHeader{Name: rel, Method: zip.Deflate, Modified: zipTime}
		h.SetMode(0o644)
		f, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		if _, err := f.Write(data); err != nil {
			return err
		}
	}
	return zw.Close()
}

// WriteZip writes the zip of the site in dir to the file name, replacing
// it only once the archive is complete.
func WriteZip(name, dir string) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return content.Write(name, func(w io.Writer) error { return Zip(w, dir) })
}

// relative returns ref, found in the page published at page whose file is
// rel, as a path relative to that file, or "" to leave ref as it is.
func (s *site) relative(page *url.URL, rel, ref string) string {
	if ref == "" || strings.HasPrefix(ref, "#") {
		return ""
	}
	target, frag, ok := s.local(page, ref)
	if !ok {
		return ""
	}
	out := relPath(path.Dir(rel), target)
	if frag != "" {
		out += "#" + frag
	}
	return out
}

// relPath is the path of the file target relative to the folder from,
// both slash-separated paths under the site.
func relPath(from, target string) string {
	if from == "." {
		return target
	}
	fp := strings.Split(from, "/")
	tp := strings.Split(target, "/")
	i := 0
	for i < len(fp) && i < len(tp)-1 && fp[i] == tp[i] {
		i++
	}
	return strings.Repeat("../", len(fp)-i) + strings.Join(tp[i:], "/")
}

func (s *site) relativeHTML(rel string, data []byte, m *minify.M) ([]byte, error) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	page := s.pageURL(rel)
	each(doc, func(n *html.Node) {
		if n.Data == "link" && hasToken(attr(n, "rel"), "canonical") {
			return // the address it was published at, not a file
		}
		delAttr(n, "integrity")
		delAttr(n, "crossorigin")
		if n.Data == "meta" && strings.EqualFold(attr(n, "http-equiv"), "refresh") {
			c := attr(n, "content")
			if i := strings.Index(strings.ToLower(c), "url="); i >= 0 {
				if r := s.relative(page, rel, strings.TrimSpace(c[i+4:])); r != "" {
					setAttr(n, "content", c[:i+4]+r)
				}
			}
			return
		}
		for _, key := range urlAttrs[n.Data] {
			if r := s.relative(page, rel, attr(n, key)); r != "" {
				setAttr(n, key, r)
			}
		}
	})
	var raw, out bytes.Buffer
	if err := html.Render(&raw, doc); err != nil {
		return nil, err
	}
	if err := m.Minify("text/html", &out, &raw); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

func (s *site) relativeCSS(rel string, css []byte) []byte {
	from := s.pageURL(rel)
	return cssURL.ReplaceAllFunc(css, func(m []byte) []byte {
		if r := s.relative(from, rel, string(cssURL.FindSubmatch(m)[2])); r != "" {
			return []byte(`url("` + r + `")`)
		}
		return m
	})
}
