package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/explainer-dev/explainer/tools/internal/article"
)

// dateFlag is a --date value: a publication date that overrides the one in
// the article.
type dateFlag struct{ t time.Time }

func (d *dateFlag) String() string {
	if d.t.IsZero() {
		return ""
	}
	return d.t.Format(article.DateLayout)
}

func (d *dateFlag) Set(s string) error {
	t, err := article.ParseDate(s)
	if err != nil {
		return err
	}
	d.t = t
	return nil
}

func declareDate(fs *flag.FlagSet) {
	fs.Var(&dateFlag{}, "date", "publication `date` (YYYY-MM-DD), overriding the article's own")
}

func declareSource(fs *flag.FlagSet) {
	fs.String("source", ".", "the project `folder` holding hugo.toml and content/")
}

// readArticle parses the article in the file name, or standard input for
// "-", and applies --date. Errors name the file.
func readArticle(e *env, name string, stdin io.Reader) (article.Article, error) {
	var data []byte
	var err error
	if name == "-" {
		data, err = io.ReadAll(stdin)
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		return article.Article{}, fmt.Errorf("%s: %w", name, unwrapPath(err))
	}
	a, err := article.Parse(filepath.Base(name), data)
	if err != nil {
		return article.Article{}, fmt.Errorf("%s: %w", name, err)
	}
	if d := e.flags.Lookup("date"); d != nil {
		if t := d.Value.(*dateFlag).t; !t.IsZero() {
			a.Published = t
		}
	}
	return a, nil
}

// unwrapPath drops the operation and path from a *PathError: the caller
// names the file itself.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// projectRoot returns --source after checking that it holds hugo.toml.
func projectRoot(e *env) (string, error) {
	root := e.flags.Lookup("source").Value.String()
	if _, err := os.Stat(filepath.Join(root, "hugo.toml")); err != nil {
		return "", fmt.Errorf("%s: no hugo.toml here; run explainer in the project folder or pass --source", root)
	}
	return root, nil
}
