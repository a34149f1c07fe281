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

// Add writes a new bundle for a under root and returns its folder. The slug
// comes from the headline; an existing bundle with the same slug but another
// article keeps its slug and the new one gets a numbered suffix. Adding the
// same article again refreshes its bundle.
func Add(root string, a article.Article) (string, error) {
	src := article.Format(a)
	base := Slug(a.Title)
	for n := 1; ; n++ {
		slug := base
		if n > 1 {
			slug = fmt.Sprintf("%s-%d", base, n)
		}
		dir := filepath.Join(Dir(root), slug)
		old, err := os.ReadFile(filepath.Join(dir, SourceFile))
		switch {
		case errors.Is(err, fs.ErrNotExist):
			if _, err := os.Stat(dir); err == nil {
				continue // a folder that is not ours
			}
			return dir, create(dir, slug, src, a)
		case err != nil:
			return "", err
		case bytes.Equal(old, src):
			_, err := Refresh(dir)
			return dir, err
		}
	}
}

// create writes a whole bundle into a temporary folder beside dir and moves
// it into place, so that dir either holds a complete bundle or nothing.
func create(dir, slug string, src []byte, a article.Article) error {
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, ".new-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	e := explain(slug, a)
	files := map[string][]byte{
		SourceFile:    src,
		ExplainerFile: encode(e),
		IndexFile:     frontMatter(e),
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
// still exactly what the tool wrote for the previous explainer: an edited
// index.md belongs to the editor and is kept. It reports whether any file
// changed.
func Refresh(dir string) (bool, error) {
	src, err := os.ReadFile(filepath.Join(dir, SourceFile))
	if err != nil {
		return false, err
	}
	a, err := article.Parse(SourceFile, src)
	if err != nil {
		return false, fmt.Errorf("%s: %w", filepath.Join(dir, SourceFile), err)
	}
	e := explain(filepath.Base(dir), a)
	data := encode(e)
	jsonPath := filepath.Join(dir, ExplainerFile)
	old, err := os.ReadFile(jsonPath)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return false, err
	}
	if bytes.Equal(old, data) {
		return false, nil
	}
	indexPath := filepath.Join(dir, IndexFile)
	index, err := os.ReadFile(indexPath)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		index = nil
	case err != nil:
		return false, err
	}
	if index == nil || generatedFrom(old, index) {
		if err := writeFile(indexPath, frontMatter(e)); err != nil {
			return false, err
		}
	}
	return true, writeFile(jsonPath, data)
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

func encode(e *extract.Explainer) []byte {
	data, err := json.MarshalIndent(e, "", "  ")
	if err != nil {
		panic(err) // the type has no values json cannot encode
	}
	return append(data, '\n')
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

// writeFile replaces path atomically: a reader sees the old or the new
// file, never a part of one.
func writeFile(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
