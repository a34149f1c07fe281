// Package content writes explainers as Hugo page bundles:
// content/explainers/<slug>/ holding source.txt (the article, the source of
// truth), explainer.json (generated) and index.md (front matter, owned by
// the editor once written).
package content

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/explainer-dev/explainer/tools/internal/article"
	"github.com/explainer-dev/explainer/tools/internal/extract"
)

// Names of the files in a page bundle.
const (
	SourceFile    = "source.txt"
	ExplainerFile = "explainer.json"
	IndexFile     = "index.md"
)

// Dir is the folder of explainer bundles under a project root.
func Dir(root string) string { return filepath.Join(root, "content", "explainers") }

// Bundles lists the bundle folders under root, sorted by name. A folder is
// a bundle when it holds a source.txt.
func Bundles(root string) ([]string, error) {
	entries, err := os.ReadDir(Dir(root))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		dir := filepath.Join(Dir(root), e.Name())
		if _, err := os.Stat(filepath.Join(dir, SourceFile)); err == nil {
			out = append(out, dir)
		}
	}
	sort.Strings(out)
	return out, nil
}

// Config says how Add and Refresh write bundles. The zero Config applies
// the default limits, extracts on every Refresh and never replaces a
// source.txt that an editor changed.
type Config struct {
	Limits article.Limits
	// Extractor identifies the extractor build. When set, Refresh skips a
	// bundle whose explainer.json that extractor made from the same
	// source.txt: the content-hash cache.
	Extractor string
	// Force lets Add replace a source.txt changed by hand since it was added.
	Force bool
}

// Add writes a new bundle for a under root with the zero Config.
func Add(root string, a article.Article) (string, error) { return Config{}.Add(root, a) }

// Refresh re-extracts the bundle in dir with the zero Config.
func Refresh(dir string) (bool, error) { return Config{}.Refresh(dir) }

// Add writes a bundle for a under root and returns its folder. The slug
// comes from the headline. Adding the same article again refreshes its
// bundle; a new version of it (same URL, or same headline, outlet and date)
// replaces its source.txt, keeping an edited index.md, unless the
// source.txt was changed by hand since it was added and c.Force is not set.
// Another article with the same slug gets a numbered suffix.
func (c Config) Add(root string, a article.Article) (string, error) {
	if err := article.Check(a, c.Limits); err != nil {
		return "", err
	}
	src := article.Format(a)
	base := Slug(a.Title)
	for n := 1; ; n++ {
		slug := base
		if n > 1 {
			slug = fmt.Sprintf("%s-%d", base, n)
		}
		if !filepath.IsLocal(slug) || strings.ContainsAny(slug, `/\`) {
			return "", fmt.Errorf("slug %q is not a folder name", slug)
		}
		dir := filepath.Join(Dir(root), slug)
		old, err := os.ReadFile(filepath.Join(dir, SourceFile))
		switch {
		case errors.Is(err, fs.ErrNotExist):
			if _, err := os.Stat(dir); err == nil {
				continue // a folder that is not ours
			}
			return dir, c.create(dir, slug, src, a)
		case err != nil:
			return "", err
		case bytes.Equal(old, src):
			_, err := c.Refresh(dir)
			return dir, err
		case sameArticle(old, a):
			return dir, c.update(dir, old, src)
		}
	}
}

// sameArticle reports whether src, a bundle's source.txt, is a version of
// the article a: the same address, or without one the same headline,
// outlet and date.
func sameArticle(src []byte, a article.Article) bool {
	text, err := article.Decode(src, article.Limits{MaxBytes: len(src) + 1})
	if err != nil {
		return false
	}
	b, err := article.Parse(SourceFile, text)
	if err != nil {
		return false
	}
	if a.URL != "" && b.URL != "" {
		return a.URL == b.URL
	}
	return a.Title == b.Title && a.Outlet == b.Outlet && a.Published.Equal(b.Published)
}

// update replaces the source.txt of the bundle in dir with src, a new
// version of its article, and re-extracts it.
func (c Config) update(dir string, old, src []byte) error {
	st := readState(dir)
	if hash(old) != st.Added && !c.Force {
		return fmt.Errorf("%s was changed by hand since it was added; pass --force to replace it with this version", filepath.Join(dir, SourceFile))
	}
	if err := WriteFile(filepath.Join(dir, SourceFile), src); err != nil {
		return err
	}
	st.Added = hash(src)
	if err := writeState(dir, st); err != nil {
		return err
	}
	_, err := c.Refresh(dir)
	return err
}

// create writes a whole bundle into a temporary folder beside dir and moves
// it into place, so that dir either holds a complete bundle or nothing.
func (c Config) create(dir, slug string, src []byte, a article.Article) error {
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, TempPattern("new"))
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	e := explain(slug, a)
	buf := Buffer()
	data, index := AppendEncode(*buf, e), frontMatter(e)
	defer PutBuffer(buf, data)
	files := map[string][]byte{
		SourceFile:    src,
		ExplainerFile: data,
		IndexFile:     index,
		stateFile:     encodeState(state{Source: hash(src), Added: hash(src), Extractor: c.cacheKey(), Explainer: hash(data), Index: hash(index)}),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(tmp, name), data, 0o644); err != nil {
			return err
		}
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	return os.Rename(tmp, dir)
}

// Refresh extracts the bundle in dir again from its source.txt. It rewrites
// explainer.json when the result differs, and index.md only while it is
// still exactly what the tool wrote: an edited index.md belongs to the
// editor and is kept. It reports whether explainer.json or index.md
// changed. With c.Extractor set, a bundle already extracted by that
// extractor from the same source.txt is not extracted again.
func (c Config) Refresh(dir string) (bool, error) {
	r, err := c.refresh(dir)
	return r.changed, err
}

// cacheKey is what, besides source.txt, decides a bundle's explainer: the
// extractor and the limits it was checked against. "" turns the cache off.
func (c Config) cacheKey() string {
	if c.Extractor == "" {
		return ""
	}
	l := c.Limits.WithDefaults()
	return fmt.Sprintf("%s limits=%d,%d,%d", c.Extractor, l.MaxBytes, l.MaxParagraphs, l.MaxParagraphBytes)
}

// refreshed says what refresh did to a bundle.
type refreshed struct {
	extracted bool // the extractor ran: no cached explainer
	changed   bool // explainer.json or index.md was rewritten
	// hashes are the digests of source.txt and explainer.json as refresh
	// left them (see Summary.Hashes).
	hashes map[string]string
}

func (c Config) refresh(dir string) (refreshed, error) {
	var r refreshed
	srcPath := filepath.Join(dir, SourceFile)
	src, err := os.ReadFile(srcPath)
	if err != nil {
		return r, err
	}
	st := readState(dir)
	prev := st
	jsonPath := filepath.Join(dir, ExplainerFile)
	indexPath := filepath.Join(dir, IndexFile)
	old, err := os.ReadFile(jsonPath)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return r, err
	}
	srcHash := hash(src)
	if key := c.cacheKey(); key != "" && st.Extractor == key && st.Source == srcHash && st.Explainer == hash(old) {
		if _, err := os.Stat(indexPath); err == nil {
			r.hashes = map[string]string{SourceFile: srcHash, ExplainerFile: st.Explainer}
			return r, nil
		}
	}
	r.extracted = true
	text, err := article.Decode(src, c.Limits)
	if err != nil {
		return r, fmt.Errorf("%s: %w", srcPath, err)
	}
	a, err := article.Parse(SourceFile, text)
	if err == nil {
		err = article.Check(a, c.Limits)
	}
	if err != nil {
		return r, fmt.Errorf("%s: %w", srcPath, err)
	}
	e := explain(filepath.Base(dir), a)
	buf := Buffer()
	data := AppendEncode(*buf, e)
	defer PutBuffer(buf, data)
	index, err := os.ReadFile(indexPath)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		index = nil
	case err != nil:
		return r, err
	}
	edited := index != nil && (st.Index != "" && hash(index) != st.Index || st.Index == "" && !generatedFrom(old, index))
	if !edited {
		fm := frontMatter(e)
		st.Index = hash(fm)
		if !bytes.Equal(index, fm) {
			if err := WriteFile(indexPath, fm); err != nil {
				return r, err
			}
			r.changed = true
		}
	}
	if !bytes.Equal(old, data) {
		if err := WriteFile(jsonPath, data); err != nil {
			return r, err
		}
		r.changed = true
	}
	next := st
	next.Source, next.Extractor, next.Explainer = srcHash, c.cacheKey(), hash(data)
	if next != prev || r.changed {
		if err := writeState(dir, next); err != nil {
			return r, err
		}
	}
	r.hashes = map[string]string{SourceFile: next.Source, ExplainerFile: next.Explainer}
	return r, nil
}

// generatedFrom reports whether index is what the tool writes for the
// explainer encoded in data.
func generatedFrom(data, index []byte) bool {
	var prev extract.Explainer
	if json.Unmarshal(data, &prev) != nil {
		return false
	}
	return bytes.Equal(frontMatter(&prev), index)
}

func explain(slug string, a article.Article) *extract.Explainer {
	e := extract.Extract(a)
	e.Slug = slug
	return e
}

// frontMatter is the index.md the tool writes for e. Values are quoted as
// JSON strings, which YAML reads as double-quoted scalars, so no headline
// can break out of its field.
func frontMatter(e *extract.Explainer) []byte {
	var b bytes.Buffer
	q := func(s string) string { v, _ := json.Marshal(s); return string(v) }
	b.WriteString("---\n")
	fmt.Fprintf(&b, "title: %s\n", q(e.Title))
	if e.Source.Published != "" {
		fmt.Fprintf(&b, "date: %s\n", e.Source.Published)
	}
	// Lists show the outlet from here rather than read every explainer.json.
	fmt.Fprintf(&b, "outlet: %s\n", q(e.Source.Outlet))
	if len(e.KeyPoints) > 0 {
		fmt.Fprintf(&b, "description: %s\n", q(e.KeyPoints[0].Text))
	} else if len(e.Paragraphs) > 0 {
		fmt.Fprintf(&b, "description: %s\n", q(firstSentence(e.Paragraphs[0].Text)))
	}
	b.WriteString("---\n")
	return b.Bytes()
}

func firstSentence(s string) string {
	if i := strings.Index(s, ". "); i > 0 {
		return s[:i+1]
	}
	return s
}

// WriteFile replaces path atomically: a reader sees the old or the new
// file, never a part of one.
func WriteFile(path string, data []byte) error {
	return Write(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// Overwrite writes data over the file at path in place, for a file that
// nobody reads yet, as a build fills the pages it has just written. The
// file is not cut to nothing first: ext4 flushes a file that was truncated
// and written again to the disk when it is closed (its safeguard for
// programs that replace files that way), which made refilling 5,000 data
// pages take three times as long.
func Overwrite(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		var fi os.FileInfo
		if fi, err = f.Stat(); err == nil && fi.Size() > int64(len(data)) {
			err = f.Truncate(int64(len(data)))
		}
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// Write is WriteFile for data that write streams. The temporary file is
// named by TempPattern, so RemoveStale clears it if the process is killed.
func Write(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), TempPattern(filepath.Base(path)))
	if err != nil {
		return err
	}
	err = write(f)
	if err == nil {
		err = f.Chmod(0o644)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}
