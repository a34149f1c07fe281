package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestReplaceDir(t *testing.T) {
	parent := t.TempDir()
	dst, next := filepath.Join(parent, "public"), filepath.Join(parent, ".public.tmp-1-1")
	for _, f := range []string{"index.html", "a/index.html", "a/b/index.html", "c/d/e/index.html"} {
		writeFileAll(t, filepath.Join(dst, f), "old "+f)
	}
	writeFileAll(t, filepath.Join(next, "index.html"), "new")
	for _, replace := range []func(dir, dst string) error{replaceDir, replaceDirInTwoSteps} {
		if err := replace(next, dst); err != nil {
			t.Fatal(err)
		}
		if data, _ := os.ReadFile(filepath.Join(dst, "index.html")); string(data) != "new" {
			t.Errorf("public/index.html = %q, want new", data)
		}
		if entries, _ := os.ReadDir(parent); len(entries) != 1 {
			t.Errorf("left beside public/: %v", entries)
		}
		writeFileAll(t, filepath.Join(next, "index.html"), "new")
		writeFileAll(t, filepath.Join(dst, "x/y/index.html"), "old")
	}
}
