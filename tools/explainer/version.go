package main

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
)

var cmdVersion = &command{
	name:    "version",
	args:    "",
	summary: "print the versions of explainer, Hugo and Go",
	run: func(ctx context.Context, e *env, args []string) error {
		version, hugo := "(devel)", "unknown"
		if bi, ok := debug.ReadBuildInfo(); ok {
			if bi.Main.Version != "" {
				version = bi.Main.Version
			}
			for _, d := range bi.Deps {
				if d.Path == "github.com/gohugoio/hugo" {
					hugo = d.Version
				}
			}
		}
		_, err := fmt.Fprintf(e.stdout, "explainer %s (hugo %s, %s)\n", version, hugo, runtime.Version())
		return err
	},
}
