package content

import (
	"context"
	"sync"

	"github.com/explainer-dev/explainer/tools/internal/parallel"
)

// Summary counts what RefreshAll did.
type Summary struct {
	Bundles   int     // bundles looked at
	Extracted int     // bundles the extractor ran on: not in the cache
	Changed   int     // bundles whose explainer.json or index.md was rewritten
	Errors    []error // one per failed bundle, in the order of dirs
	// Hashes holds, by bundle folder, the SHA-256 digests (hex) of the
	// files RefreshAll read or wrote whole in it (source.txt and
	// explainer.json), by file name, as it found or left them: a later
	// step that digests the bundle need not read them again.
	Hashes map[string]map[string]string
}

// RefreshAll refreshes the bundles in dirs on workers goroutines. It calls
// progress, from one goroutine at a time, after each bundle with the number
// done so far. It stops early, leaving the rest alone, when ctx ends.
func (c Config) RefreshAll(ctx context.Context, dirs []string, workers int, progress func(done int)) Summary {
	results := make([]refreshed, len(dirs))
	errs := make([]error, len(dirs))
	looked := make([]bool, len(dirs))
	var mu sync.Mutex
	done := 0
	parallel.On(workers, len(dirs), func(i int) {
		if ctx.Err() != nil {
			return
		}
		results[i], errs[i] = c.refresh(dirs[i])
		looked[i] = true
		if progress != nil {
			mu.Lock()
			done++
			progress(done)
			mu.Unlock()
		}
	})
	s := Summary{Hashes: map[string]map[string]string{}}
	for i, r := range results {
		if !looked[i] {
			continue
		}
		s.Bundles++
		if r.hashes != nil && errs[i] == nil {
			s.Hashes[dirs[i]] = r.hashes
		}
		if r.extracted {
			s.Extracted++
		}
		if r.changed {
			s.Changed++
		}
		if errs[i] != nil {
			s.Errors = append(s.Errors, errs[i])
		}
	}
	return s
}
