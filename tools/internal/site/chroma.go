package site

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/formatters/html"
	"github.com/alecthomas/chroma/v2/styles"
)

// The styles of highlighted code: both are designed for WCAG AAA contrast,
// so the data page passes accessibility checks in light and dark mode.
const (
	chromaLight = "modus-operandi"
	chromaDark  = "modus-vivendi"
)

// ChromaCSSPath is where the project keeps the stylesheet for Hugo's
// highlighted code (markup.highlight.noClasses is false), relative to the
// project folder.
var ChromaCSSPath = filepath.Join("assets", "css", "chroma.css")

// ChromaCSS returns the stylesheet for chroma's classes: the light style,
// and the dark one for readers whose system prefers dark.
func ChromaCSS() ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "/* Written by explainer build from chroma's %s and %s styles: do not edit. */\n", chromaLight, chromaDark)
	f := html.New(html.WithClasses(true), html.WithCSSComments(false))
	if err := f.WriteCSS(&b, chromaStyle(chromaLight)); err != nil {
		return nil, err
	}
	b.WriteString("@media (prefers-color-scheme: dark) {\n")
	if err := f.WriteCSS(&b, chromaStyle(chromaDark)); err != nil {
		return nil, err
	}
	b.WriteString("}\n")
	return b.Bytes(), nil
}

func chromaStyle(name string) *chroma.Style {
	s, ok := styles.Registry[name]
	if !ok {
		panic("site: no chroma style " + name) // the names are constants
	}
	return s
}

// WriteChromaCSS writes ChromaCSS into the project in root, unless the file
// holds it already (so that a build does not touch an unchanged file).
func WriteChromaCSS(root string) error {
	css, err := ChromaCSS()
	if err != nil {
		return err
	}
	path := filepath.Join(root, ChromaCSSPath)
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, css) {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, css, 0o644)
}
