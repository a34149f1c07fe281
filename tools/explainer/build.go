package main

import (
	"context"
	_ "embed"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/explainer-dev/explainer/tools/internal/article"
	"github.com/explainer-dev/explainer/tools/internal/content"
	"github.com/explainer-dev/explainer/tools/internal/site"
)

// builtin is the article the site is built from when content/ has none:
// the seed article, with the publication date that coverage of the same
// day gives it.
//
//go:embed builtin/south-korea-ukraine.txt
var builtin []byte

var cmdBuild = &command{
	name:    "build",
	args:    "[--source DIR] [--out DIR] [--zip FILE]",
	summary: "extract every explainer in content/ and build the site (the built-in article when there is none)",
	flags: func(fs *flag.FlagSet) {
		declareSource(fs)
		fs.String("out", "public", "the output `folder`, relative to the project folder unless absolute")
		declareZip(fs)
	},
	run: func(ctx context.Context, e *env, args []string) error {
		if len(args) > 0 {
			return usagef("build: unexpected argument %q", args[0])
		}
		start := time.Now()
		root, err := projectRoot(e)
		if err != nil {
			return err
		}
		if err := prepare(root, e); err != nil {
			return err
		}
		if err := site.WriteChromaCSS(root); err != nil {
			return err
		}
		out := e.flags.Lookup("out").Value.String()
		if !filepath.IsAbs(out) {
			out = filepath.Join(root, out)
		}
		stats, err := buildAtomic(ctx, root, out, e)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "explainer: built %d pages into %s in %.1fs\n", stats.Pages, out, time.Since(start).Seconds())
		return nil
	},
}

// prepare makes sure content/ holds at least the built-in explainer and
// that every explainer is extracted from its current source.txt.
func prepare(root string, e *env) error {
	dirs, err := content.Bundles(root)
	if err != nil {
		return err
	}
	if len(dirs) == 0 {
		a, err := article.Parse("builtin.txt", builtin)
		if err != nil {
			return fmt.Errorf("built-in article: %w", err)
		}
		dir, err := content.Add(root, a)
		if err != nil {
			return err
		}
		dirs = []string{dir}
	}
	for _, dir := range dirs {
		if _, err := content.Refresh(dir); err != nil {
			return err
		}
	}
	return nil
}

// buildAtomic builds the site into a fresh folder beside out and swaps it
// in only when the build succeeded, so a failed or interrupted build leaves
// the previous site as it was.
func buildAtomic(ctx context.Context, root, out string, e *env) (site.Stats, error) {
	parent := filepath.Dir(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return site.Stats{}, err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(out)+"-")
	if err != nil {
		return site.Stats{}, err
	}
	defer os.RemoveAll(tmp)
	stats, err := site.Build(ctx, site.Options{Source: root, Destination: tmp, Log: e.stderr})
	if err != nil {
		return stats, err
	}
	if err := bundleSite(tmp, e); err != nil { // offline files and --zip: bundle.go
		return stats, err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return stats, err
	}
	return stats, replaceDir(tmp, out)
}
