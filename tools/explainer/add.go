package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/explainer-dev/explainer/tools/internal/content"
)

var cmdAdd = &command{
	name:    "add",
	args:    "[--date D] [--force] [--source DIR] FILE|DIR...",
	summary: "copy articles into content/explainers/<slug>/ and extract them; a DIR adds the articles in it and its subfolders",
	flags: func(fs *flag.FlagSet) {
		declareDate(fs)
		declareSource(fs)
		declareForce(fs, "replace a source.txt changed by hand since it was added, and accept dates in the future")
		declareLimits(fs)
	},
	run: func(ctx context.Context, e *env, args []string) error {
		if len(args) == 0 {
			return usagef("add: no FILE given")
		}
		root, err := projectRoot(e)
		if err != nil {
			return err
		}
		if e.limits, err = limits(e, root); err != nil {
			return err
		}
		cfg := content.Config{Limits: e.limits, Extractor: extractorVersion(), Force: e.flags.Lookup("force").Value.String() == "true"}
		defer extractionGC()()
		names, errs := articleFiles(args)
		total := len(names) + len(errs)
		for _, name := range names {
			if err := ctx.Err(); err != nil {
				return interrupted(err)
			}
			a, err := readArticle(e, name, os.Stdin)
			if err == nil {
				var dir string
				if dir, err = cfg.Add(root, a); err == nil {
					fmt.Fprintln(e.stdout, dir)
					continue
				}
				err = fmt.Errorf("%s: %w", name, explainLimit(err))
			}
			errs = append(errs, err)
		}
		switch {
		case len(errs) == 1 && total == 1:
			return errs[0]
		case len(errs) > 0:
			for _, err := range errs {
				fmt.Fprintf(e.stderr, "explainer: %v\n", err)
			}
			return fmt.Errorf("%d of %d articles failed", len(errs), total)
		}
		return nil
	},
}

// articleExts are the extensions add looks for inside a folder.
var articleExts = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true, ".html": true, ".htm": true}

// articleFiles expands folders among args into the article files under
// them, in lexical order, skipping hidden files and folders. A folder
// that cannot be read, or holds no articles, is an error.
func articleFiles(args []string) (names []string, errs []error) {
	for _, arg := range args {
		fi, err := os.Stat(arg)
		if arg == "-" || err != nil || !fi.IsDir() {
			names = append(names, arg) // readArticle reports what is wrong
			continue
		}
		n := len(names)
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", path, unwrapPath(err)))
				return nil
			}
			if path != arg && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() && articleExts[strings.ToLower(filepath.Ext(path))] {
				names = append(names, path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", arg, err))
		} else if len(names) == n {
			errs = append(errs, fmt.Errorf("%s: %w", arg, errors.New("no articles (.txt, .md or .html files) in this folder")))
		}
	}
	return names, errs
}
