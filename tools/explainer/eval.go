package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/explainer-dev/explainer/tools/internal/eval"
)

var cmdEval = &command{
	name:    "eval",
	args:    "[--misses] DIR",
	summary: "score extraction against the labels in DIR/manifest.json",
	flags: func(fs *flag.FlagSet) {
		fs.Bool("misses", false, "also list each label the extractor missed")
	},
	run: func(ctx context.Context, e *env, args []string) error {
		if len(args) != 1 {
			return usagef("eval: want one DIR, got %d arguments", len(args))
		}
		r, err := eval.Run(args[0])
		if err != nil {
			return fmt.Errorf("%s: %w", args[0], err)
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
