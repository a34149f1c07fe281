package main

import (
	"crypto/sha256"
	"debug/elf"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/explainer-dev/explainer/tools/internal/extract"
)

// progress reports a long run on stderr: a bar redrawn in place on a
// terminal, a plain line every few seconds otherwise, nothing with --quiet.
// A nil *progress reports nothing.
type progress struct {
	w        io.Writer
	terminal bool
	quiet    bool
	last     time.Time
	drawn    bool
}

func newProgress(e *env) *progress {
	p := &progress{w: e.stderr, last: time.Now()} // short runs show no progress
	if f := e.flags.Lookup("quiet"); f != nil && f.Value.String() == "true" {
		p.quiet = true
	}
	if f, ok := e.stderr.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.terminal = true
		}
	}
	return p
}

// step reports that done of total items of the named phase are finished.
func (p *progress) step(phase string, done, total int) {
	if p == nil || p.quiet {
		return
	}
	if done == total && !p.terminal {
		return // the summary says it
	}
	if done < total && !p.due() {
		return
	}
	if !p.terminal {
		fmt.Fprintf(p.w, "explainer: %s %d of %d\n", phase, done, total)
		return
	}
	const width = 30
	n := width * done / max(total, 1)
	fmt.Fprintf(p.w, "\r%s [%s%s] %d/%d", phase, strings.Repeat("=", n), strings.Repeat(" ", width-n), done, total)
	p.drawn = true
}

// due reports whether the next report is due, and if so starts the wait
// for the one after: a bar is redrawn every 100 ms, a plain line written
// every 5 s.
func (p *progress) due() bool {
	every := 5 * time.Second
	if p.terminal {
		every = 100 * time.Millisecond
	}
	now := time.Now()
	if now.Sub(p.last) < every {
		return false
	}
	p.last = now
	return true
}

// count reports that n items of a phase of unknown size are finished.
func (p *progress) count(phase string, n int) {
	if p == nil || p.quiet {
		return
	}
	if !p.due() {
		return
	}
	if !p.terminal {
		fmt.Fprintf(p.w, "explainer: %s %d\n", phase, n)
		return
	}
	fmt.Fprintf(p.w, "\r\033[K%s %d", phase, n)
	p.drawn = true
}

// watch reports n, which other goroutines advance, as the progress of a
// phase (against total, or as a count when total is 0) until the returned
// function is called. Nothing else may report to p meanwhile.
func (p *progress) watch(phase string, total int, n *atomic.Int64) (stop func()) {
	if p == nil || p.quiet {
		return func() {}
	}
	quit := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-quit:
				return
			case <-tick.C:
				if total > 0 {
					p.step(phase, min(int(n.Load()), total), total)
				} else {
					p.count(phase, int(n.Load()))
				}
			}
		}
	})
	return func() {
		close(quit)
		wg.Wait()
		p.done()
	}
}

// status shows what a phase without steps is doing, on a terminal only;
// the next bar, done or summary replaces it.
func (p *progress) status(format string, args ...any) {
	if p == nil || p.quiet || !p.terminal {
		return
	}
	fmt.Fprintf(p.w, "\r\033[K"+format, args...)
	p.drawn = true
}

// done ends a phase: the bar's line is cleared.
func (p *progress) done() {
	if p != nil && p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
		p.drawn = false
	}
}

// summary prints the one line that ends a run.
func (p *progress) summary(format string, args ...any) {
	if p == nil || p.quiet {
		return
	}
	p.done()
	fmt.Fprintf(p.w, "explainer: "+format+"\n", args...)
}

// extractorVersion identifies the extractor in this executable, for the
// content cache: the schema and the executable's Go build ID, which changes
// whenever any of its code does, or else a digest of the whole executable.
var extractorVersion = sync.OnceValue(func() string {
	path, err := os.Executable()
	if err != nil {
		return "" // unknown: no cache
	}
	if f, err := elf.Open(path); err == nil {
		defer f.Close()
		if s := f.Section(".note.go.buildid"); s != nil {
			if data, err := s.Data(); err == nil && len(data) > 16 {
				sum := sha256.Sum256(data)
				return extract.Schema + " " + hex.EncodeToString(sum[:8])
			}
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	sum := sha256.New()
	if _, err := io.Copy(sum, f); err != nil {
		return ""
	}
	return extract.Schema + " " + hex.EncodeToString(sum.Sum(nil)[:8])
})
