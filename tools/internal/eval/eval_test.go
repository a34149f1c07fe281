package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// devDir is shared/eval/dev beside the repository root; the dev articles
// belong to their outlets and are read from there, never copied here.
var devDir = filepath.Join("..", "..", "..", "..", "shared", "eval", "dev")

func TestDev(t *testing.T) {
	if _, err := os.Stat(filepath.Join(devDir, "manifest.json")); err != nil {
		t.Skip("shared/eval/dev not present")
	}
	r, err := Run(devDir)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	r.WriteTo(&b)
	t.Logf("dev:\n%s", b.String())
	if os.Getenv("MISSES") != "" {
		var m strings.Builder
		r.WriteMisses(&m)
		t.Logf("misses:\n%s", m.String())
	}
}

func TestOwn(t *testing.T) {
	r, err := Run("testdata")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	r.WriteTo(&b)
	t.Logf("own:\n%s", b.String())
	if os.Getenv("MISSES") != "" {
		var m strings.Builder
		r.WriteMisses(&m)
		t.Logf("misses:\n%s", m.String())
	}
}
