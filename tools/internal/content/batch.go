package content

import (
	"context"
	"sync"
)

// Summary counts what RefreshAll did.
type Summary struct {
	Bundles   int     // bundles looked at
	Extracted int     // bundles the extractor ran on: not in the cache
	Changed   int     // bundles whose explainer.json or index.md was rewritten
	Errors    []error // one per failed bundle, in the order of dirs
}

// RefreshAll refreshes the bundles in dirs on workers goroutines. It calls
// progress, from one goroutine at a time, after each bundle with the number
// done so far. It stops early, leaving the rest alone, when ctx ends.
func (c Config) RefreshAll(ctx context.Context, dirs []string, workers int, progress func(done int)) Summary {
	workers = max(1, min(workers, len(dirs)))
	type result struct {
		i   int
		r   refreshed
		err error
	}
	jobs := make(chan int)
	results := make(chan result)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				r, err := c.refresh(dirs[i])
				results <- result{i, r, err}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range dirs {
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()

	errs := make([]error, len(dirs))
	s := Summary{}
	for res := range results {
		s.Bundles++
		errs[res.i] = res.err
		if res.r.extracted {
			s.Extracted++
		}
		if res.r.changed {
			s.Changed++
		}
		if progress != nil {
			progress(s.Bundles)
		}
	}
	for _, err := range errs {
		if err != nil {
			s.Errors = append(s.Errors, err)
		}
	}
	return s
}
