package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/explainer-dev/explainer/tools/internal/content"
)

var cmdAdd = &command{
	name:    "add",
	args:    "[--date D] [--source DIR] FILE...",
	summary: "copy articles into content/explainers/<slug>/ and extract them",
	flags:   func(fs *flag.FlagSet) { declareDate(fs); declareSource(fs) },
	run: func(ctx context.Context, e *env, args []string) error {
		if len(args) == 0 {
			return usagef("add: no FILE given")
		}
		root, err := projectRoot(e)
		if err != nil {
			return err
		}
		for _, name := range args {
			a, err := readArticle(e, name, os.Stdin)
			if err != nil {
				return err
			}
			dir, err := content.Add(root, a)
			if err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			fmt.Fprintln(e.stdout, dir)
		}
		return nil
	},
}
