package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBuildZip(t *testing.T) {
	dir := newProject(t)
	zip := filepath.Join(t.TempDir(), "site.zip")
	runOK(t, "build", "--source", dir, "--zip", zip)
	first, err := os.ReadFile(zip)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(first, []byte("PK\x03\x04")) {
		t.Fatalf("%s is not a zip", zip)
	}
	offline, _ := filepath.Glob(filepath.Join(dir, "public", "offline", "*.html"))
	if len(offline) != 1 {
		t.Errorf("offline files = %q, want one", offline)
	}

	// The same site again: the same bytes.
	runOK(t, "build", "--source", dir, "--zip", zip)
	if again, _ := os.ReadFile(zip); !bytes.Equal(again, first) {
		t.Error("a second build wrote a different zip")
	}

	// bundle on the built site makes the same zip.
	other := filepath.Join(t.TempDir(), "other.zip")
	runOK(t, "bundle", "--source", dir, "--zip", other)
	if b, _ := os.ReadFile(other); !bytes.Equal(b, first) {
		t.Error("explainer bundle --zip and explainer build --zip differ")
	}
}

func TestBuildZipFromConfig(t *testing.T) {
	dir := newProject(t)
	cfg := filepath.Join(dir, "hugo.toml")
	data, err := os.ReadFile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	// A zip inside the output folder is published with the site.
	data = append(data, "\n[params.bundle]\n  zip = \"public/site.zip\"\n"...)
	if err := os.WriteFile(cfg, data, 0o644); err != nil {
		t.Fatal(err)
	}
	runOK(t, "build", "--source", dir)
	if _, err := os.Stat(filepath.Join(dir, "public", "site.zip")); err != nil {
		t.Errorf("params.bundle.zip: %v", err)
	}
}

func TestBundleNeedsABuiltSite(t *testing.T) {
	dir := newProject(t)
	var stdout, stderr bytes.Buffer
	err := run(t.Context(), []string{"bundle", "--source", dir}, &stdout, &stderr)
	if err == nil || !strings.Contains(err.Error(), "run explainer build first") {
		t.Errorf("bundle before build = %v, want a hint to build first", err)
	}
}
