package main

import (
	"context"
	"flag"

	"github.com/explainer-dev/explainer/tools/internal/eval"
)

var cmdEval = &command{
	name:    "eval",
	args:    "[--misses] DIR...",
	summary: "score extraction against the labels in DIR/manifest.json (several DIRs are totalled together)",
	flags: func(fs *flag.FlagSet) {
		fs.Bool("misses", false, "also list each label the extractor missed")
	},
	run: func(ctx context.Context, e *env, args []string) error {
		if len(args) == 0 {
			return usagef("eval: want a DIR with a manifest.json")
		}
		r, err := eval.Run(args...)
		if err != nil {
			return err
		}
		if _, err := r.WriteTo(e.stdout); err != nil {
			return err
		}
		if e.flags.Lookup("misses").Value.String() == "true" {
			r.WriteMisses(e.stdout)
		}
		return nil
	},
}
