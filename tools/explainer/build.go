package main

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/explainer-dev/explainer/tools/internal/article"
	"github.com/explainer-dev/explainer/tools/internal/bundle"
	"github.com/explainer-dev/explainer/tools/internal/content"
	"github.com/explainer-dev/explainer/tools/internal/highlight"
	"github.com/explainer-dev/explainer/tools/internal/parallel"
	"github.com/explainer-dev/explainer/tools/internal/rebuild"
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
		fs.Bool("full", false, "render every page, even when the last build in --out could be reused")
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
		stats, err := buildSite(ctx, root, out, sum.Hashes, e, p)
		if err != nil {
			return err
		}
		rendered := "all rendered: " + stats.plan.Why
		if !stats.plan.Full {
			rendered = fmt.Sprintf("%d rendered, %d reused", len(stats.plan.Render), len(stats.plan.Keep))
		}
		size, _ := treeSize(out) // on an error, the size of the files before it
		p.summary("%d explainers (%d extracted in %.2fs), %d pages (Hugo %.2fs; %s), %s in %s, %.2fs",
			sum.Bundles, sum.Extracted, extracted.Sub(start).Seconds(), stats.Pages, time.Since(extracted).Seconds(),
			rendered, article.Size(int(size.bytes)), out, time.Since(start).Seconds())
		return nil
	},
}

// hugoMemoryLimit bounds Hugo's in-memory caches, in gigabytes, unless
// HUGO_MEMORYLIMIT is set. Hugo's own default, a quarter of the machine's
// memory, lets it keep every parsed explainer.json: over 2 GB at 10,000
// explainers, against 1.1 GB with this limit and no more CPU time (each
// page reads its explainer.json once per output format, all pages in one
// format before the next, so a cache smaller than the site saves nothing).
const hugoMemoryLimit = "0.5"

// prepare makes sure content/ holds at least the built-in explainer and
// that every explainer is extracted from its current source.txt.
func prepare(root string, e *env) error {
	_, err := extractAll(context.Background(), root, e, nil)
	return err
}

// extractAll is prepare on all cores, reporting progress to p (which may
// be nil); explainers the cache says are current are not extracted again.
func extractAll(ctx context.Context, root string, e *env, p *progress) (content.Summary, error) {
	defer extractionGC()()
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

// built describes a finished build.
type built struct {
	site.Stats
	plan rebuild.Plan
}

// buildSite builds the site for out. A full build goes into a fresh
// folder beside out that is swapped in only when the build succeeded, so
// that a failed or interrupted build leaves the previous site as it was.
// When out holds an earlier build of the same layouts, configuration and
// tool, only the explainers whose bundles changed are rendered (with every
// list page), again into a fresh folder, and their files then replace
// those in out one by one: a reader of out sees each file whole, and a
// build stopped midway leaves out without its manifest, so that the next
// build is a full one.
func buildSite(ctx context.Context, root, out string, hashes map[string]map[string]string, e *env, p *progress) (built, error) {
	parent := filepath.Dir(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return built{}, err
	}
	if err := content.RemoveStale(parent); err != nil {
		return built{}, err
	}
	old := rebuild.Read(out)
	digests, err := unitDigests(root, old, hashes)
	if err != nil {
		return built{}, err
	}
	inputs, err := siteInputs(root, slices.Collect(maps.Keys(digests)))
	if err != nil {
		return built{}, err
	}
	plan := old.Plan(inputs, digests)
	switch {
	case e.flags.Lookup("full").Value.String() == "true":
		plan = rebuild.Plan{Full: true, Why: "--full"}
	case !plan.Full && !old.Intact(out, plan.Keep):
		plan = rebuild.Plan{Full: true, Why: "files of the earlier build are gone"}
	}
	if plan.UpToDate() {
		// Nothing the pages are made from has changed: neither will they.
		return built{Stats: site.Stats{Pages: old.Pages}, plan: plan}, zipSite(out, e)
	}
	b, err := buildInto(ctx, root, out, old, plan, digests, e, p)
	if errors.Is(err, errNotIncremental) {
		b, err = buildInto(ctx, root, out, old, rebuild.Plan{Full: true, Why: err.Error()}, digests, e, p)
	}
	return b, err
}

// errNotIncremental says that a build of some pages found it cannot stand
// for a full one.
var errNotIncremental = errors.New("pages with aliases, or a path Hugo spells otherwise")

// buildInto renders what plan says into a fresh folder beside out, adds
// the data pages' markup and the offline files, and then either swaps the
// folder in (a full build) or moves its files into out.
func buildInto(ctx context.Context, root, out string, old *rebuild.Manifest, plan rebuild.Plan, digests map[string]string, e *env, p *progress) (built, error) {
	tmp, err := os.MkdirTemp(filepath.Dir(out), content.TempPattern(filepath.Base(out)))
	if err != nil {
		return built{}, err
	}
	defer os.RemoveAll(tmp)
	opt := site.Options{Source: root, Destination: tmp, Log: e.stderr, Written: new(atomic.Int64), Params: fillData}
	if !plan.Full {
		opt.Only = []string{}
		for _, src := range plan.Render {
			hugoPath, ok := rebuild.HugoPath(src)
			if u, seen := old.Units[src]; seen {
				hugoPath, ok = u.Path, true
			}
			if !ok {
				return built{}, errNotIncremental
			}
			opt.Only = append(opt.Only, hugoPath)
		}
	}
	stop := p.watch("rendering with Hugo, files written:", 0, opt.Written)
	stats, err := buildCancellable(ctx, opt)
	stop()
	if err != nil {
		return built{plan: plan}, err
	}
	b := built{Stats: stats, plan: plan}
	aliases := false
	for _, u := range stats.Units {
		aliases = aliases || u.Aliases
	}
	if !plan.Full && (aliases || !rendered(tmp, plan.Render, stats.Units)) {
		return b, errNotIncremental
	}
	pages, err := dataPages(root, tmp, stats.Units)
	if err != nil {
		return b, err
	}
	done := new(atomic.Int64)
	stop = p.watch("filling data pages", len(pages), done)
	err = fillDataPages(pages, done)
	stop()
	if err != nil {
		return b, err
	}
	done.Store(0)
	stop = p.watch("writing offline files", len(pages), done)
	_, err = bundle.Offline(tmp, true, warnings(e), done)
	stop()
	if err != nil {
		return b, err
	}
	if !plan.Full {
		if err := rebuild.Apply(tmp, out, old, plan.Keep); err != nil {
			return b, err
		}
		if err := writeManifest(root, out, stats, old, plan, digests); err != nil {
			return b, err
		}
		return b, zipSite(out, e)
	}
	if !aliases {
		if err := writeManifest(root, tmp, stats, old, plan, digests); err != nil {
			return b, err
		}
	}
	if err := zipSite(tmp, e); err != nil { // --zip: bundle.go
		return b, err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return b, err
	}
	return b, replaceDir(tmp, out)
}

// rendered reports whether every unit in render that Hugo still knows
// has its files in dir: whether Options.Only named its path rightly.
func rendered(dir string, render []string, units []site.Unit) bool {
	want := map[string]bool{}
	for _, src := range render {
		want[src] = true
	}
	for _, u := range units {
		if !want[u.Source] {
			continue
		}
		for _, f := range u.Outputs() {
			if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(f))); err != nil {
				return false
			}
		}
	}
	return true
}

// unitDigests lists the bundles (by source, relative to content/) of the
// explainers and of the other pages the last build published from a
// content file, with the digest of each. hashes are the digests of files
// that extraction has just read or written, by bundle folder and file name
// (content.Summary.Hashes): they are not read again.
func unitDigests(root string, old *rebuild.Manifest, hashes map[string]map[string]string) (map[string]string, error) {
	dirs, err := content.Bundles(root)
	if err != nil {
		return nil, err
	}
	contentDir := filepath.Join(root, "content")
	set := map[string]bool{}
	known := map[string]map[string]string{}
	for _, d := range dirs {
		rel, err := filepath.Rel(contentDir, d)
		if err != nil {
			return nil, err
		}
		set[filepath.ToSlash(rel)] = true
		known[filepath.ToSlash(rel)] = hashes[d]
	}
	if old != nil {
		for src := range old.Units {
			if _, err := os.Stat(filepath.Join(contentDir, filepath.FromSlash(src))); err == nil {
				set[src] = true
			}
		}
	}
	units := slices.Sorted(maps.Keys(set))
	sums := make([]string, len(units))
	errs := make([]error, len(units))
	parallel.For(len(units), func(i int) { sums[i], errs[i] = rebuild.Digest(contentDir, units[i], known[units[i]]) })
	digests := make(map[string]string, len(units))
	for i, u := range units {
		if errs[i] != nil {
			return nil, errs[i]
		}
		digests[u] = sums[i]
	}
	return digests, nil
}

// siteInputs is the digest of what every page of the site depends on
// besides its own bundle: the project's Hugo files, this executable, and
// Hugo's settings from the environment, with TZ, which places dates
// written without a zone.
func siteInputs(root string, units []string) (string, error) {
	version := extractorVersion()
	if version == "" {
		return "", nil // unknown: no reuse
	}
	extra := []string{version}
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "HUGO_") || strings.HasPrefix(kv, "TZ=") {
			extra = append(extra, kv)
		}
	}
	slices.Sort(extra[1:])
	return rebuild.Inputs(root, units, extra...)
}

// writeManifest records the site built in dir for the next build: the
// units rendered now with the files they were published as, and the kept
// ones as the earlier manifest had them. A unit with an expiry date is
// left out, so that every build renders it: Hugo may drop it as time
// passes, with no change to its files.
func writeManifest(root, dir string, stats site.Stats, old *rebuild.Manifest, plan rebuild.Plan, digests map[string]string) error {
	m := &rebuild.Manifest{Pages: stats.Pages, Units: map[string]rebuild.Unit{}}
	kept := map[string]bool{}
	for _, src := range plan.Keep {
		kept[src] = true
		m.Units[src] = old.Units[src]
	}
	var sources []string
	for _, u := range stats.Units {
		sources = append(sources, u.Source)
		if kept[u.Source] || u.Expires {
			continue
		}
		d, ok := digests[u.Source]
		if !ok {
			var err error
			if d, err = rebuild.Digest(filepath.Join(root, "content"), u.Source, nil); err != nil {
				return err
			}
		}
		// Each page's offline file joins its outputs; the range reads files
		// as it was before the appends.
		files := u.Outputs()
		for _, f := range files {
			if path.Base(f) == "index.html" && path.Dir(f) != "." {
				files = append(files, bundle.OfflineDir+"/"+path.Base(path.Dir(f))+".html")
			}
		}
		outputs, err := rebuild.Outputs(dir, files)
		if err != nil {
			return err
		}
		m.Units[u.Source] = rebuild.Unit{Digest: d, Path: u.Path, Outputs: outputs}
	}
	inputs, err := siteInputs(root, sources)
	if err != nil || inputs == "" {
		return err
	}
	m.Inputs = inputs
	return m.Write(dir)
}

// fillData tells layouts/page.data.html to leave the data block empty, and
// layouts/page.json to write an empty object, for fillDataPages to fill.
var fillData = map[string]any{"explainer": map[string]any{"fillData": true}}

// dataPage is what Hugo wrote of an explainer's data, and the
// explainer.json to fill it from: the data page (output format "data" in
// hugo.toml) and the JSON (format "json"), each "" when not rendered.
type dataPage struct{ page, json, data string }

// dataPages lists the data outputs that Hugo wrote into out.
func dataPages(root, out string, units []site.Unit) ([]dataPage, error) {
	var pages []dataPage
	for _, u := range units {
		page, err := renderedFile(out, u, "data")
		if err != nil {
			return nil, err
		}
		compact, err := renderedFile(out, u, "json")
		if err != nil {
			return nil, err
		}
		if page == "" && compact == "" {
			continue
		}
		data := filepath.Join(root, "content", filepath.FromSlash(u.Source), content.ExplainerFile)
		pages = append(pages, dataPage{page, compact, data})
	}
	return pages, nil
}

// renderedFile is the file of u's output format that Hugo wrote into out, or
// "" when it wrote none.
func renderedFile(out string, u site.Unit, format string) (string, error) {
	f, ok := u.Formats[format]
	if !ok {
		return "", nil
	}
	file := filepath.Join(out, filepath.FromSlash(f))
	if _, err := os.Stat(file); errors.Is(err, fs.ErrNotExist) {
		return "", nil // not rendered this time
	} else if err != nil {
		return "", err
	}
	return file, nil
}

// fillDataPages fills the data pages, on all cores, counting them in done.
func fillDataPages(pages []dataPage, done *atomic.Int64) error {
	errs := make([]error, len(pages))
	parallel.For(len(pages), func(i int) {
		errs[i] = pages[i].fill()
		done.Add(1)
	})
	for _, err := range errs {
		if err != nil {
			return err // the first, as one line
		}
	}
	return nil
}

// fill writes explainer.json into the data page's empty block, marked up,
// and over the JSON output's empty object, compact, reading it once for
// both. Outputs that a layout wrote otherwise, and those of a page with no
// explainer.json, keep what Hugo wrote.
func (p dataPage) fill() error {
	src, err := os.ReadFile(p.data)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	} else if err != nil {
		return err
	}
	// The explainer.json that the tool wrote is known to be valid; one
	// that an editor changed is checked, by compacting it when the JSON
	// output needs that anyway, so that it is scanned once more, to mark
	// it up, not twice.
	valid := content.Written(filepath.Dir(p.data), src)
	var compact *bytes.Buffer
	if p.json != "" {
		left, err := os.ReadFile(p.json)
		if err != nil {
			return err
		}
		if string(bytes.TrimSpace(left)) == "{}" { // else a layout of the site's own wrote it: kept
			compact = compactBuffers.Get().(*bytes.Buffer)
			defer compactBuffers.Put(compact)
			compact.Reset()
			compact.Grow(len(src))
			if valid {
				compact.Write(content.AppendCompact(compact.AvailableBuffer(), src))
			} else if err := json.Compact(compact, src); err != nil {
				return fmt.Errorf("%s: %w", p.data, err)
			}
		}
	}
	if compact == nil && !valid && !json.Valid(src) {
		return fmt.Errorf("%s: not valid JSON", p.data)
	}
	if p.page != "" {
		if _, err := highlight.FillValid(p.page, src); err != nil {
			return fmt.Errorf("%s: %w", p.data, err)
		}
	}
	if compact == nil {
		return nil
	}
	return content.Overwrite(p.json, compact.Bytes())
}

// compactBuffers hold the compact JSON of the explainers as fill writes it.
var compactBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

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

// output is what a build wrote: its files and their size.
type output struct {
	files int
	bytes int64
}

func (o output) String() string {
	return fmt.Sprintf("%d files, %s", o.files, article.Size(int(o.bytes)))
}

// treeSize counts the files under dir and their bytes.
func treeSize(dir string) (output, error) {
	var o output
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		o.files++
		o.bytes += info.Size()
		return nil
	})
	return o, err
}
