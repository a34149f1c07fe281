package main

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/explainer-dev/explainer/tools/internal/article"
	"github.com/explainer-dev/explainer/tools/internal/content"
	"github.com/explainer-dev/explainer/tools/internal/corpus"
	"github.com/explainer-dev/explainer/tools/internal/extract"
	"github.com/explainer-dev/explainer/tools/internal/parallel"
	"github.com/explainer-dev/explainer/tools/internal/site"
)

var cmdBench = &command{
	name:    "bench",
	args:    "[--articles N] [--dir DIR] [--source DIR]",
	summary: "measure extraction and site builds on N generated articles against a bare Hugo build of the same articles",
	flags: func(fs *flag.FlagSet) {
		fs.Int("articles", 1000, "generate `N` articles, variations of the built-in one")
		fs.String("dir", "", "work in `DIR` and keep the last run's folders there (default: a temporary folder, removed after)")
		fs.Int("runs", 3, "time each build `R` times, alternating, and report the medians")
		declareSource(fs)
		fs.String("hugo-only", "", "internal: build the Hugo site in `DIR` and nothing else (the baseline)")
	},
	run: func(ctx context.Context, e *env, args []string) error {
		if len(args) > 0 {
			return usagef("bench: unexpected argument %q", args[0])
		}
		if dir := e.flags.Lookup("hugo-only").Value.String(); dir != "" {
			stats, err := site.Build(ctx, site.Options{Source: dir, Destination: filepath.Join(dir, "public"), Log: e.stderr})
			fmt.Fprintf(e.stdout, "%d pages\n", stats.Pages)
			return err
		}
		n := e.flags.Lookup("articles").Value.(flag.Getter).Get().(int)
		if n < 1 {
			return usagef("bench: --articles must be at least 1")
		}
		root, err := projectRoot(e)
		if err != nil {
			return err
		}
		dir := e.flags.Lookup("dir").Value.String()
		if dir == "" {
			if dir, err = os.MkdirTemp("", "explainer-bench-"); err != nil {
				return err
			}
			defer os.RemoveAll(dir)
		}
		runs := max(1, e.flags.Lookup("runs").Value.(flag.Getter).Get().(int))
		return bench(ctx, e, root, dir, n, runs)
	},
}

// benchRun is one measured build in a process of its own.
type benchRun struct {
	seconds float64
	cpu     float64 // user and system seconds
	maxRSS  int64   // bytes
	stderr  string
}

func bench(ctx context.Context, e *env, root, dir string, n, runs int) error {
	seed, err := article.Parse("builtin.txt", builtin)
	if err != nil {
		return err
	}
	// Only the sources are kept while extraction is timed: a build holds
	// no parsed articles but the ones it is extracting, and thousands more
	// on the heap would make each of the collector's passes longer.
	sources := make([][]byte, n)
	var size int
	for i := range sources {
		sources[i] = article.Format(corpus.Vary(seed, i))
		size += len(sources[i])
	}
	cores := runtime.GOMAXPROCS(0)
	fmt.Fprintf(e.stderr, "explainer: bench: %d articles, %s, %d cores, in %s\n", n, article.Size(size), cores, dir)

	// The lexicons are built once, on the first article a process
	// extracts: a cost of the start, which the full build reports, not of
	// the throughput.
	extractInMemory(sources[:1], 1)
	var ones, alls, oneCPUs, allCPUs []float64
	for range runs {
		c := selfCPU()
		ones = append(ones, extractInMemory(sources, 1))
		oneCPUs = append(oneCPUs, selfCPU()-c)
		c = selfCPU()
		alls = append(alls, extractInMemory(sources, cores))
		allCPUs = append(allCPUs, selfCPU()-c)
	}
	one, all, oneCPU, allCPU := median(ones), median(alls), median(oneCPUs), median(allCPUs)
	articles := make([]article.Article, n)
	for i := range articles {
		articles[i] = corpus.Vary(seed, i)
	}

	// Full and bare builds alternate, so that both meet the same load on a
	// shared machine. Each build starts in a folder of its own, from the
	// sources alone, as a first build does. The folders of earlier runs are
	// removed only after the rebuilds are timed: on ext4 without a journal,
	// creating files soon after many were deleted costs several times more,
	// as the kernel passes over the inodes of files deleted in the last
	// minutes.
	var builds, hugos []benchRun
	var phaseRuns []buildPhases
	var full, bare string
	var old []string
	for r := range runs {
		fmt.Fprintf(e.stderr, "explainer: bench: run %d of %d\n", r+1, runs)
		if full != "" {
			old = append(old, full, bare)
		}
		full, bare = filepath.Join(dir, fmt.Sprintf("full-%d", r+1)), filepath.Join(dir, fmt.Sprintf("bare-%d", r+1))
		if err := writeFullProject(root, full, sources); err != nil {
			return err
		}
		if err := writeBareProject(bare, articles); err != nil {
			return err
		}
		build, err := benchProcess(ctx, "build", "--source", full)
		if err != nil {
			return err
		}
		builds = append(builds, build)
		phaseRuns = append(phaseRuns, parseSummary(build.stderr))
		hugo, err := benchProcess(ctx, "bench", "--hugo-only", bare)
		if err != nil {
			return err
		}
		hugos = append(hugos, hugo)
	}
	build, hugo := medianRun(builds), medianRun(hugos)
	fullOut, err := treeSize(filepath.Join(full, "public"))
	if err != nil {
		return err
	}
	bareOut, err := treeSize(filepath.Join(bare, "public"))
	if err != nil {
		return err
	}
	phases := buildPhases{pages: phaseRuns[0].pages}
	{
		var ex, hu []float64
		for _, p := range phaseRuns {
			ex, hu = append(ex, p.extract), append(hu, p.hugo)
		}
		phases.extract, phases.hugo = median(ex), median(hu)
	}
	// One article changes: the rebuild must extract it alone.
	changed := filepath.Join(content.Dir(full), benchSlug(n/2), content.SourceFile)
	src, err := os.ReadFile(changed)
	if err != nil {
		return err
	}
	if err := os.WriteFile(changed, append(src, "A paragraph added after the first build.\n"...), 0o644); err != nil {
		return err
	}
	rebuild, err := benchProcess(ctx, "build", "--source", full)
	if err != nil {
		return err
	}
	re := parseSummary(rebuild.stderr)
	unchanged, err := benchProcess(ctx, "build", "--source", full)
	if err != nil {
		return err
	}
	un := parseSummary(unchanged.stderr)
	for _, d := range old {
		if err := os.RemoveAll(d); err != nil {
			return err
		}
	}

	mb := float64(size) / (1 << 20)
	w := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(w, "explainer bench: %d articles (%s), %d cores, median of %d runs\t\t\t\t\t\t\n", n, article.Size(size), cores, runs)
	fmt.Fprintf(w, "\tseconds\tCPU s\tarticles/s\tper CPU s\tMB/s\tpeak RSS\toutput\t\n")
	fmt.Fprintf(w, "extraction in memory, 1 core\t%.2f\t%.2f\t%.0f\t%.0f\t%.1f\t\t\t\n", one, oneCPU, float64(n)/one, perCPU(n, oneCPU), mb/one)
	fmt.Fprintf(w, "extraction in memory, %d cores\t%.2f\t%.2f\t%.0f\t%.0f\t%.1f\t\t\t\n", cores, all, allCPU, float64(n)/all, perCPU(n, allCPU), mb/all)
	fmt.Fprintf(w, "full build: extraction and bundles\t%.2f\t\t%.0f\t\t\t\t\t\n", phases.extract, float64(n)/phases.extract)
	fmt.Fprintf(w, "full build: Hugo\t%.2f\t\t\t\t\t\t\t\n", phases.hugo)
	fmt.Fprintf(w, "full build: total (%d pages)\t%.2f\t%.2f\t%.0f\t\t\t%s\t%s\t\n", phases.pages, build.seconds, build.cpu, float64(n)/build.seconds, article.Size(int(build.maxRSS)), fullOut)
	fmt.Fprintf(w, "bare Hugo build, one-line layout\t%.2f\t%.2f\t%.0f\t\t\t%s\t%s\t\n", hugo.seconds, hugo.cpu, float64(n)/hugo.seconds, article.Size(int(hugo.maxRSS)), bareOut)
	fmt.Fprintf(w, "ratio full / bare\t%.2fx\t%.2fx\t\t\t\t\t\t\n", build.seconds/hugo.seconds, build.cpu/hugo.cpu)
	fmt.Fprintf(w, "rebuild after 1 change: %d extracted, %s\t%.2f\t%.2f\t\t\t\t%s\t\t\n", re.extracted, re.rendered, rebuild.seconds, rebuild.cpu, article.Size(int(rebuild.maxRSS)))
	fmt.Fprintf(w, "rebuild with nothing changed: %d extracted, %s\t%.2f\t%.2f\t\t\t\t%s\t\t\n", un.extracted, un.rendered, unchanged.seconds, unchanged.cpu, article.Size(int(unchanged.maxRSS)))
	if err := w.Flush(); err != nil {
		return err
	}
	if re.extracted != 1 {
		return fmt.Errorf("bench: the rebuild after one change extracted %d articles, want 1", re.extracted)
	}
	if n > 2 && re.rendered != "1 rendered" {
		return fmt.Errorf("bench: the rebuild after one change rendered %q, want 1", re.rendered)
	}
	return nil
}

// extractInMemory runs what a build does for each source (decode, parse,
// check, extract, encode) on workers goroutines, with the collector set as
// a build sets it, and returns the seconds.
func extractInMemory(sources [][]byte, workers int) float64 {
	defer extractionGC()()
	start := time.Now()
	parallel.On(workers, len(sources), func(i int) {
		text, err := article.Decode(sources[i], article.Limits{})
		if err != nil {
			return
		}
		a, err := article.Parse(content.SourceFile, text)
		if err != nil || article.Check(a, article.Limits{}) != nil {
			return
		}
		buf := content.Buffer()
		data := content.AppendEncode(*buf, extract.Extract(a))
		io.Discard.Write(data)
		content.PutBuffer(buf, data)
	})
	return time.Since(start).Seconds()
}

// perCPU is articles per CPU second: the throughput of one core, even on
// a machine that other work shares.
func perCPU(n int, cpu float64) float64 {
	if cpu <= 0 {
		return 0
	}
	return float64(n) / cpu
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// medianRun is the run of median time, with the highest peak memory of all.
func medianRun(runs []benchRun) benchRun {
	s := slices.Clone(runs)
	slices.SortFunc(s, func(a, b benchRun) int { return cmp.Compare(a.seconds, b.seconds) })
	m := s[len(s)/2]
	for _, r := range runs {
		m.maxRSS = max(m.maxRSS, r.maxRSS)
	}
	return m
}

func benchSlug(i int) string { return fmt.Sprintf("bench-%05d", i) }

// writeFullProject copies the site of the project in root (no explainers)
// to dir and drops the sources into bundles, as an editor would.
func writeFullProject(root, dir string, sources [][]byte) error {
	for _, name := range []string{"hugo.toml", "layouts", "assets", "content/_index.md", "content/explainers/_index.md"} {
		if err := copyPath(filepath.Join(root, name), filepath.Join(dir, name)); err != nil {
			return err
		}
	}
	for i, src := range sources {
		bundle := filepath.Join(content.Dir(dir), benchSlug(i))
		if err := os.MkdirAll(bundle, 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(bundle, content.SourceFile), src, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// copyPath copies the file or folder src to dst; a missing src is no error.
func copyPath(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if errors.Is(err, fs.ErrNotExist) && path == src {
			return nil
		}
		if err != nil {
			return err
		}
		target := filepath.Join(dst, strings.TrimPrefix(path, src))
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

// writeBareProject writes the baseline: the same articles as plain
// Markdown pages, one layout of one line, the same minification and
// pagination.
func writeBareProject(dir string, articles []article.Article) error {
	files := map[string]string{
		"hugo.toml":               "baseURL = \"https://bare.example.org/\"\ndisableKinds = [\"taxonomy\", \"term\"]\n[minify]\n  minifyOutput = true\n[pagination]\n  pagerSize = 20\n",
		"layouts/all.html":        `<!doctype html><title>{{ .Title }}</title><h1>{{ .Title }}</h1>{{ .Content }}{{ if .IsNode }}{{ range (.Paginate .Pages).Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ end }}` + "\n",
		"content/_index.md":       "---\ntitle: Bare\n---\n",
		"content/posts/_index.md": "---\ntitle: Posts\n---\n",
	}
	for i, a := range articles {
		var b strings.Builder
		fmt.Fprintf(&b, "---\ntitle: %s\ndate: %s\n---\n", strconv.Quote(a.Title), a.Published.Format(article.DateLayout))
		for _, p := range a.Paragraphs {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
		files[fmt.Sprintf("content/posts/%s.md", benchSlug(i))] = b.String()
	}
	for name, data := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// benchProcess runs this program with args as a process of its own, so
// that its peak memory is its own, once the files written before it are on
// the disk.
func benchProcess(ctx context.Context, args ...string) (benchRun, error) {
	exe, err := os.Executable()
	if err != nil {
		return benchRun{}, err
	}
	settleDisk()
	cmd := exec.CommandContext(ctx, exe, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return benchRun{}, fmt.Errorf("bench: explainer %s: %v", strings.Join(args, " "), err)
	}
	peak := watchPeak(cmd.Process.Pid)
	err = cmd.Wait()
	hwm := peak()
	r := benchRun{seconds: time.Since(start).Seconds(), stderr: stderr.String()}
	if err != nil {
		return r, fmt.Errorf("bench: explainer %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	r.maxRSS, r.cpu = procUsage(cmd.ProcessState)
	if hwm > 0 {
		r.maxRSS = hwm
	}
	return r, nil
}

// watchPeak samples the peak resident memory of the running process pid
// (VmHWM in /proc/pid/status) until the returned function is called, which
// gives the last sample in bytes: 0 where there is no /proc. The peak
// memory that wait reports for a child on Linux is no use here: it is at
// least this process's own, which exec hands down to the child, and the
// bench holds its whole corpus in memory.
func watchPeak(pid int) (stop func() int64) {
	status := fmt.Sprintf("/proc/%d/status", pid)
	var peak int64 // the sampler's alone until it has finished
	sample := func() {
		data, err := os.ReadFile(status)
		if err != nil {
			return
		}
		_, rest, ok := bytes.Cut(data, []byte("\nVmHWM:"))
		line, _, _ := bytes.Cut(rest, []byte("\n"))
		kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(string(line), "kB")), 10, 64)
		if ok && err == nil {
			peak = kb << 10
		}
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			sample()
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() int64 {
		close(done)
		<-finished
		return peak
	}
}

type buildPhases struct {
	extracted, pages int
	extract, hugo    float64
	rendered         string // "all rendered", or "N rendered"
}

var summaryLine = regexp.MustCompile(`explainer: \d+ explainers \((\d+) extracted in ([\d.]+)s\), (\d+) pages \(Hugo ([\d.]+)s; (all rendered|\d+ rendered)`)

// parseSummary reads the phases from build's summary line.
func parseSummary(stderr string) buildPhases {
	m := summaryLine.FindStringSubmatch(stderr)
	if m == nil {
		return buildPhases{extracted: -1}
	}
	var p buildPhases
	p.extracted, _ = strconv.Atoi(m[1])
	p.extract, _ = strconv.ParseFloat(m[2], 64)
	p.pages, _ = strconv.Atoi(m[3])
	p.hugo, _ = strconv.ParseFloat(m[4], 64)
	p.rendered = m[5]
	return p
}
