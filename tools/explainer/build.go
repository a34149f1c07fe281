package main

import (
	"context"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/explainer-dev/explainer/tools/internal/article"
	"github.com/explainer-dev/explainer/tools/internal/content"
	"github.com/explainer-dev/explainer/tools/internal/highlight"
	"github.com/explainer-dev/explainer/tools/internal/parallel"
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
	args:    "[--source DIR] [--out DIR] [--zip FILE] [--jobs N] [--quiet]",
	summary: "extract every explainer in content/ and build the site (the built-in article when there is none)",
	flags: func(fs *flag.FlagSet) {
		declareSource(fs)
		fs.String("out", "public", "the output `folder`, relative to the project folder unless absolute")
		declareZip(fs)
		fs.Int("jobs", runtime.GOMAXPROCS(0), "extract `N` articles at a time")
		fs.Bool("quiet", false, "print only errors: no progress and no summary")
		declareLimits(fs)
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
		if err := site.WriteChromaCSS(root); err != nil {
			return err
		}
		out := e.flags.Lookup("out").Value.String()
		if !filepath.IsAbs(out) {
			out = filepath.Join(root, out)
		}
		p := newProgress(e)
		sum, err := extractAll(ctx, root, e, p)
		if err != nil {
			return err
		}
		extracted := time.Now()
		if os.Getenv("HUGO_MEMORYLIMIT") == "" {
			os.Setenv("HUGO_MEMORYLIMIT", hugoMemoryLimit)
		}
		p.status("building the site of %d explainers with Hugo", sum.Bundles)
		stats, err := buildAtomic(ctx, root, out, e)
		p.done()
		if err != nil {
			return err
		}
		p.summary("%d explainers (%d extracted in %.2fs), %d pages (Hugo %.2fs), %s in %s, %.2fs",
			sum.Bundles, sum.Extracted, extracted.Sub(start).Seconds(), stats.Pages, time.Since(extracted).Seconds(),
			article.Size(int(dirSize(out))), out, time.Since(start).Seconds())
		return nil
	},
}

// hugoMemoryLimit bounds Hugo's in-memory caches, in gigabytes, unless
// HUGO_MEMORYLIMIT is set. Hugo's own default, a quarter of the machine's
// memory, lets it keep every parsed explainer.json: over 2 GB at 10,000
// explainers, against 1.7 GB with this limit and no slower.
const hugoMemoryLimit = "1"

// prepare makes sure content/ holds at least the built-in explainer and
// that every explainer is extracted from its current source.txt.
func prepare(root string, e *env) error {
	_, err := extractAll(context.Background(), root, e, nil)
	return err
}

// extractAll is prepare on all cores, reporting progress to p (which may
// be nil); explainers the cache says are current are not extracted again.
func extractAll(ctx context.Context, root string, e *env, p *progress) (content.Summary, error) {
	lim, err := limits(e, root)
	if err != nil {
		return content.Summary{}, err
	}
	cfg := content.Config{Limits: lim, Extractor: extractorVersion()}
	if err := content.RemoveStale(content.Dir(root)); err != nil {
		return content.Summary{}, err
	}
	dirs, err := content.Bundles(root)
	if err != nil {
		return content.Summary{}, err
	}
	added := 0
	if len(dirs) == 0 {
		a, err := article.Parse("builtin.txt", builtin)
		if err != nil {
			return content.Summary{}, fmt.Errorf("built-in article: %w", err)
		}
		dir, err := cfg.Add(root, a)
		if err != nil {
			return content.Summary{}, err
		}
		dirs = []string{dir}
		added = 1 // extracted by Add
	}
	jobs := 1
	if f := e.flags.Lookup("jobs"); f != nil {
		jobs = f.Value.(flag.Getter).Get().(int)
	}
	sum := cfg.RefreshAll(ctx, dirs, jobs, func(done int) { p.step("extracting", done, len(dirs)) })
	sum.Extracted += added
	p.done()
	if err := ctx.Err(); err != nil {
		return sum, interrupted(err)
	}
	for _, err := range sum.Errors {
		fmt.Fprintf(e.stderr, "explainer: %v\n", explainLimit(err))
	}
	if n := len(sum.Errors); n > 0 {
		return sum, fmt.Errorf("%d of %d explainers failed; the site was not built", n, len(dirs))
	}
	return sum, nil
}

// buildAtomic builds the site into a fresh folder beside out and swaps it
// in only when the build succeeded, so a failed or interrupted build leaves
// the previous site as it was.
func buildAtomic(ctx context.Context, root, out string, e *env) (site.Stats, error) {
	parent := filepath.Dir(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return site.Stats{}, err
	}
	if err := content.RemoveStale(parent); err != nil {
		return site.Stats{}, err
	}
	tmp, err := os.MkdirTemp(parent, content.TempPattern(filepath.Base(out)))
	if err != nil {
		return site.Stats{}, err
	}
	defer os.RemoveAll(tmp)
	stats, err := buildCancellable(ctx, site.Options{Source: root, Destination: tmp, Log: e.stderr})
	if err != nil {
		return stats, err
	}
	if err := highlightData(tmp); err != nil {
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

// highlightData marks up the JSON on the data page of every explainer in
// the site in dir (layouts/page.data.html leaves that to the tool), on
// all cores.
func highlightData(dir string) error {
	pages, err := filepath.Glob(filepath.Join(dir, "explainers", "*", "data.html"))
	if err != nil {
		return err
	}
	errs := make([]error, len(pages))
	parallel.For(len(pages), func(i int) { _, errs[i] = highlight.Page(pages[i]) })
	for _, err := range errs {
		if err != nil {
			return err // the first, as one line
		}
	}
	return nil
}

// buildCancellable runs site.Build, returning soon after ctx ends. Hugo
// cannot be stopped midway: an interrupted build gets a moment to finish,
// so that the caller can remove its output, and is otherwise abandoned to
// the process exit; the next build removes what it left.
func buildCancellable(ctx context.Context, opt site.Options) (site.Stats, error) {
	type result struct {
		stats site.Stats
		err   error
	}
	done := make(chan result, 1)
	go func() {
		stats, err := site.Build(ctx, opt)
		done <- result{stats, err}
	}()
	select {
	case r := <-done:
		if err := ctx.Err(); err != nil {
			return r.stats, interrupted(err)
		}
		return r.stats, r.err
	case <-ctx.Done():
		select {
		case <-done:
		case <-time.After(interruptGrace):
		}
		return site.Stats{}, interrupted(ctx.Err())
	}
}

// interruptGrace is how long an interrupted build waits for Hugo to stop.
const interruptGrace = 3 * time.Second

func interrupted(err error) error {
	if errors.Is(err, context.Canceled) {
		return errors.New("interrupted: the site was left as it was")
	}
	return err
}

// dirSize is the total size of the files under dir.
func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}
