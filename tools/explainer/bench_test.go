package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/explainer-dev/explainer/tools/internal/article"
	"github.com/explainer-dev/explainer/tools/internal/corpus"
)

func TestBenchCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds three sites in processes of their own")
	}
	t.Setenv("EXPLAINER_TEST_MAIN", "1") // the children are this test binary
	repo, _ := filepath.Abs(filepath.Join("..", ".."))
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"bench", "--articles", "20", "--runs", "1", "--source", repo, "--dir", t.TempDir()}, &stdout, &stderr)
	if err != nil {
		t.Fatalf("bench: %v\n%s", err, stderr.String())
	}
	for _, want := range []string{
		"explainer bench: 20 articles",
		"extraction in memory, 1 core",
		"full build: total (22 pages)",
		"bare Hugo build, one-line layout",
		"ratio full / bare",
		"rebuild after 1 change: 1 extracted, 1 rendered",
		"rebuild with nothing changed: 0 extracted, 0 rendered",
	} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("bench output lacks %q:\n%s", want, stdout.String())
		}
	}
	// Both builds say what they wrote; the full build writes more files.
	sizes := regexp.MustCompile(`(\d+) files, `).FindAllStringSubmatch(stdout.String(), -1)
	if len(sizes) != 2 {
		t.Fatalf("bench output has %d output sizes, want 2 (full and bare):\n%s", len(sizes), stdout.String())
	}
	if full, bare := atoi(t, sizes[0][1]), atoi(t, sizes[1][1]); full <= bare || bare < 20 {
		t.Errorf("full build wrote %d files, bare %d: want more than 20 and more in the full build", full, bare)
	}
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestParseSummary(t *testing.T) {
	line := "explainer: 10 explainers (3 extracted in 0.25s), 12 pages (Hugo 1.50s; 2 rendered, 8 reused), 40 KB in public, 1.80s\n"
	got := parseSummary("noise\n" + line)
	want := buildPhases{extracted: 3, pages: 12, extract: 0.25, hugo: 1.5, rendered: "2 rendered"}
	if got != want {
		t.Errorf("parseSummary(%q) = %+v, want %+v", line, got, want)
	}
}

func TestProgress(t *testing.T) {
	var buf bytes.Buffer
	p := &progress{w: &buf, terminal: true}
	p.step("extracting", 1, 4)
	p.done()
	if got := buf.String(); !strings.HasPrefix(got, "\rextracting [=======                       ] 1/4") || !strings.HasSuffix(got, "\r\033[K") {
		t.Errorf("terminal progress = %q", got)
	}

	buf.Reset()
	p = &progress{w: &buf}
	for i := 1; i <= 4; i++ {
		p.step("extracting", i, 4)
	}
	p.summary("done")
	if got := buf.String(); got != "explainer: extracting 1 of 4\nexplainer: done\n" {
		t.Errorf("plain progress = %q, want one line, then the summary", got)
	}

	buf.Reset()
	p = &progress{w: &buf, quiet: true}
	p.step("extracting", 1, 4)
	p.summary("done")
	var none *progress
	none.step("extracting", 1, 4)
	none.summary("done")
	if buf.Len() > 0 {
		t.Errorf("quiet progress wrote %q", buf.String())
	}
}

func TestExtractorVersion(t *testing.T) {
	v := extractorVersion()
	if !strings.HasPrefix(v, "explainer/v1 ") || len(v) != len("explainer/v1 ")+16 {
		t.Errorf("extractorVersion() = %q, want the schema and 16 hex digits", v)
	}
}

func TestProgressWatch(t *testing.T) {
	var buf bytes.Buffer
	p := &progress{w: &buf, terminal: true}
	var n atomic.Int64
	stop := p.watch("writing", 0, &n)
	n.Store(1234)
	time.Sleep(250 * time.Millisecond)
	stop()
	if got := buf.String(); !strings.Contains(got, "\r\033[Kwriting 1234") || !strings.HasSuffix(got, "\r\033[K") {
		t.Errorf("terminal count = %q", got)
	}

	buf.Reset()
	p = &progress{w: &buf} // not a terminal: the count on a line of its own
	n.Store(3)
	stop = p.watch("marking up", 4, &n)
	time.Sleep(250 * time.Millisecond)
	stop()
	if got := buf.String(); got != "explainer: marking up 3 of 4\n" {
		t.Errorf("plain watch = %q, want one line", got)
	}
}

// BenchmarkExtractInMemory is the bench command's extraction on one core:
// 200 varied seed articles decoded, parsed, checked, extracted and encoded
// by one goroutine. It reports articles per CPU second, which counts the
// garbage collector's work on the other cores too.
func BenchmarkExtractInMemory(b *testing.B) {
	seed, err := article.Parse("builtin.txt", builtin)
	if err != nil {
		b.Fatal(err)
	}
	var sources [][]byte
	for i := range 200 {
		sources = append(sources, article.Format(corpus.Vary(seed, i)))
	}
	extractInMemory(sources[:1], 1) // build the lexicons outside the loop
	b.ReportAllocs()
	cpu, n := selfCPU(), 0
	for b.Loop() {
		extractInMemory(sources, 1)
		n += len(sources)
	}
	if c := selfCPU() - cpu; c > 0 {
		b.ReportMetric(float64(n)/c, "articles/CPU-s")
	}
}

// TestExtractionGC checks that extraction raises the collector's target
// and sets it back, and that a GOGC the user set is left alone.
func TestExtractionGC(t *testing.T) {
	t.Setenv("GOGC", "")
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	restore := extractionGC()
	if got := debug.SetGCPercent(extractionGCPercent); got != extractionGCPercent {
		t.Errorf("during extraction the GC percent is %d, want %d", got, extractionGCPercent)
	}
	restore()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("after extraction the GC percent is %d, want 100 again", got)
	}
	t.Setenv("GOGC", "50")
	restore = extractionGC()
	got := debug.SetGCPercent(100)
	restore()
	if got != 100 {
		t.Errorf("with GOGC set, extraction changed the GC percent to %d", got)
	}
}

// TestWatchPeak checks that the bench reports a child's own peak memory,
// not at least its own: this test holds 256 MB while sleep runs.
func TestWatchPeak(t *testing.T) {
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skip("no /proc here")
	}
	sleep, err := exec.LookPath("sleep")
	if err != nil {
		t.Skip("no sleep command")
	}
	ballast := make([]byte, 256<<20)
	for i := 0; i < len(ballast); i += 4096 {
		ballast[i] = 1 // a page counts once it is touched
	}
	cmd := exec.Command(sleep, "0.3")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	peak := watchPeak(cmd.Process.Pid)
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	got := peak()
	runtime.KeepAlive(ballast)
	if got <= 0 || got > 64<<20 {
		t.Errorf("sleep's peak memory is %d bytes; want its own few megabytes", got)
	}
}
