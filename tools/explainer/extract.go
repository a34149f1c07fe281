package main

import (
	"context"
	"flag"
	"os"

	"github.com/explainer-dev/explainer/tools/internal/content"
	"github.com/explainer-dev/explainer/tools/internal/extract"
)

var cmdExtract = &command{
	name:    "extract",
	args:    "[--date D] FILE|-",
	summary: "print the explainer JSON of an article (- reads standard input)",
	flags:   func(fs *flag.FlagSet) { declareDate(fs) },
	run: func(ctx context.Context, e *env, args []string) error {
		if len(args) != 1 {
			return usagef("extract: want one FILE or -, got %d arguments", len(args))
		}
		a, err := readArticle(e, args[0], os.Stdin)
		if err != nil {
			return err
		}
		x := extract.Extract(a)
		x.Slug = content.Slug(a.Title)
		_, err = e.stdout.Write(content.Encode(x))
		return err
	},
}
