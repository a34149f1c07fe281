package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/explainer-dev/explainer/tools/internal/content"
	"github.com/explainer-dev/explainer/tools/internal/site"
)

var cmdServe = &command{
	name:    "serve",
	args:    "[--source DIR] [--port N]",
	summary: "preview the site on localhost with live reload; editing a source.txt re-extracts it",
	flags: func(fs *flag.FlagSet) {
		declareSource(fs)
		fs.Int("port", 1313, "the `port` to listen on at 127.0.0.1")
	},
	run: func(ctx context.Context, e *env, args []string) error {
		if len(args) > 0 {
			return usagef("serve: unexpected argument %q", args[0])
		}
		root, err := projectRoot(e)
		if err != nil {
			return err
		}
		if err := prepare(root, e); err != nil {
			return err
		}
		go watchSources(ctx, root, e)
		port := e.flags.Lookup("port").Value.(flag.Getter).Get().(int)
		return site.Serve(root, port)
	},
}

// watchSources re-extracts a bundle when its source.txt changes; Hugo's own
// watcher then sees the new explainer.json and reloads the browser. Polling
// keeps this simple and portable, and twice a second is quick enough for a
// person editing a file.
func watchSources(ctx context.Context, root string, e *env) {
	seen := map[string]time.Time{}
	tick := time.NewTicker(500 * time.Millisecond)
	defer tick.Stop()
	for {
		dirs, _ := content.Bundles(root)
		for _, dir := range dirs {
			fi, err := os.Stat(filepath.Join(dir, content.SourceFile))
			if err != nil {
				continue
			}
			last, known := seen[dir]
			seen[dir] = fi.ModTime()
			if !known || !fi.ModTime().After(last) {
				continue
			}
			if changed, err := content.Refresh(dir); err != nil {
				fmt.Fprintf(e.stderr, "explainer: %v\n", err)
			} else if changed {
				fmt.Fprintf(e.stderr, "explainer: re-extracted %s\n", filepath.Base(dir))
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}
