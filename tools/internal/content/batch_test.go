package content

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func writeSources(tb testing.TB, root string, n int) []string {
	tb.Helper()
	var dirs []string
	for i := range n {
		dir := filepath.Join(Dir(root), fmt.Sprintf("story-%04d", i))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			tb.Fatal(err)
		}
		src := fmt.Sprintf("Story %d\nTest Wire\nDate: 2024-10-23\n****\nOfficials met on Tuesday for the %dth time.\nThe treaty was signed earlier this year.\nA professor said it matters.\n", i, i)
		if err := os.WriteFile(filepath.Join(dir, SourceFile), []byte(src), 0o644); err != nil {
			tb.Fatal(err)
		}
		dirs = append(dirs, dir)
	}
	return dirs
}

func TestRefreshAll(t *testing.T) {
	root := t.TempDir()
	dirs := writeSources(t, root, 50)
	c := Config{Extractor: "test"}
	var calls int
	s := c.RefreshAll(context.Background(), dirs, 4, func(done int) {
		calls++
		if done != calls {
			t.Errorf("progress(%d) at call %d", done, calls)
		}
	})
	if s.Bundles != 50 || s.Extracted != 50 || s.Changed != 50 || len(s.Errors) != 0 || calls != 50 {
		t.Errorf("first RefreshAll = %+v after %d progress calls; want 50 extracted and changed", s, calls)
	}
	os.WriteFile(filepath.Join(dirs[7], SourceFile), []byte("Broken\n"), 0o644)
	src, _ := os.ReadFile(filepath.Join(dirs[3], SourceFile))
	os.WriteFile(filepath.Join(dirs[3], SourceFile), append(src, "More.\n"...), 0o644)
	s = c.RefreshAll(context.Background(), dirs, 4, nil)
	if s.Extracted != 2 || s.Changed != 1 || len(s.Errors) != 1 {
		t.Errorf("RefreshAll after two changes = %+v; want 2 extracted, 1 changed, 1 error", s)
	}

	// Hashes are the digests of the files as they now are, for every
	// bundle but the failed one, extracted or found in the cache alike.
	if len(s.Hashes) != 49 || s.Hashes[dirs[7]] != nil {
		t.Errorf("RefreshAll gave hashes of %d bundles (the failed one: %v), want 49", len(s.Hashes), s.Hashes[dirs[7]])
	}
	for _, i := range []int{0, 3} {
		for _, name := range []string{SourceFile, ExplainerFile} {
			data, err := os.ReadFile(filepath.Join(dirs[i], name))
			if err != nil {
				t.Fatal(err)
			}
			if got := s.Hashes[dirs[i]][name]; got != hash(data) {
				t.Errorf("Hashes of bundle %d, %s = %q, want %q", i, name, got, hash(data))
			}
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if s := (Config{}).RefreshAll(ctx, dirs, 4, nil); s.Bundles == len(dirs) {
		t.Errorf("RefreshAll with a cancelled context did all %d bundles", s.Bundles)
	}
}

// BenchmarkRefreshAll measures a batch of bundles extracted from their
// sources alone (cold) and found current in the cache (cached).
func BenchmarkRefreshAll(b *testing.B) {
	const n = 200
	for _, cached := range []bool{false, true} {
		name := "cold"
		if cached {
			name = "cached"
		}
		b.Run(name, func(b *testing.B) {
			root := b.TempDir()
			dirs := writeSources(b, root, n)
			c := Config{Extractor: "bench"}
			c.RefreshAll(context.Background(), dirs, runtime.GOMAXPROCS(0), nil)
			b.ResetTimer()
			for b.Loop() {
				if !cached {
					b.StopTimer()
					for _, d := range dirs {
						os.Remove(filepath.Join(d, ExplainerFile))
						os.Remove(filepath.Join(d, IndexFile))
						os.Remove(filepath.Join(d, stateFile))
					}
					b.StartTimer()
				}
				s := c.RefreshAll(context.Background(), dirs, runtime.GOMAXPROCS(0), nil)
				if len(s.Errors) > 0 || (s.Extracted == 0) == !cached {
					b.Fatalf("RefreshAll = %+v", s)
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "bundles/s")
		})
	}
}
