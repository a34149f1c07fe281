package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/explainer-dev/explainer/tools/internal/content"
	"github.com/explainer-dev/explainer/tools/internal/rebuild"
)

// buildLog runs a build and returns its summary line.
func buildLog(t *testing.T, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	args = append([]string{"build"}, args...)
	if err := run(context.Background(), args, &stdout, &stderr); err != nil {
		t.Fatalf("run(%q) = %v; stderr:\n%s", args, err, stderr.String())
	}
	return strings.TrimSpace(stderr.String())
}

func writeStory(t *testing.T, dir string, i int, extra string) {
	t.Helper()
	writeFileAll(t, filepath.Join(content.Dir(dir), fmt.Sprintf("story-%04d", i), content.SourceFile),
		fmt.Sprintf("Story %d\nTest Wire\nDate: 2024-10-23\n****\nOfficials met on Tuesday, for the %dth time.\nThe treaty was signed earlier this year.\n%s", i, i, extra))
}

// sameSite fails unless a full build of the project into a fresh folder
// gives exactly the files in public/.
func sameSite(t *testing.T, dir string) {
	t.Helper()
	full := filepath.Join(t.TempDir(), "full")
	buildLog(t, "--source", dir, "--full", "--out", full)
	if a, b := treeHash(t, filepath.Join(dir, "public")), treeHash(t, full); a != b {
		t.Error("public/ differs from a full build of the same project")
	}
}

func TestIncrementalBuild(t *testing.T) {
	dir := newProject(t)
	for i := range 8 {
		writeStory(t, dir, i, "")
	}
	if log := buildLog(t, "--source", dir); !strings.Contains(log, "all rendered") {
		t.Fatalf("first build: %s", log)
	}
	kept := filepath.Join(dir, "public", "explainers", "story-0000", "index.html")
	before, err := os.Stat(kept)
	if err != nil {
		t.Fatal(err)
	}

	writeStory(t, dir, 1, "A new paragraph says the talks will resume on Friday.\n")
	if err := os.RemoveAll(filepath.Join(content.Dir(dir), "story-0002")); err != nil {
		t.Fatal(err)
	}
	writeStory(t, dir, 8, "")
	if log := buildLog(t, "--source", dir); !strings.Contains(log, "2 rendered, 6 reused") {
		t.Errorf("after one change, one removal and one addition: %s", log)
	}
	if after, err := os.Stat(kept); err != nil || !os.SameFile(before, after) {
		t.Errorf("an unchanged explainer's page was written again (%v)", err)
	}
	page, _ := os.ReadFile(filepath.Join(dir, "public", "explainers", "story-0001", "article.html"))
	if !bytes.Contains(page, []byte("resume on Friday")) {
		t.Error("the changed explainer was not rendered")
	}
	if _, err := os.Stat(filepath.Join(dir, "public", "offline", "story-0002.html")); err == nil {
		t.Error("the removed explainer's offline file is still published")
	}
	sameSite(t, dir)

	home := filepath.Join(dir, "public", "index.html")
	before, _ = os.Stat(home)
	if log := buildLog(t, "--source", dir); !strings.Contains(log, "0 rendered, 8 reused") {
		t.Errorf("with nothing changed: %s", log)
	}
	if after, err := os.Stat(home); err != nil || !os.SameFile(before, after) {
		t.Errorf("with nothing changed, the site was written again (%v)", err)
	}

	// A page that expires is rendered by every build: Hugo drops it when
	// the day comes, with no change to its files.
	index := filepath.Join(content.Dir(dir), "story-0006", content.IndexFile)
	md, err := os.ReadFile(index)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, index, strings.Replace(string(md), "---\n", "---\nexpiryDate: 2999-01-01\n", 1))
	for range 2 {
		if log := buildLog(t, "--source", dir); !strings.Contains(log, "1 rendered, 7 reused") {
			t.Errorf("with a page that expires: %s", log)
		}
	}
	writeFile(t, index, string(md))
	buildLog(t, "--source", dir)

	// A file of the earlier build gone: everything is rendered again.
	os.Remove(filepath.Join(dir, "public", "explainers", "story-0003", "data.html"))
	writeStory(t, dir, 4, "Another paragraph.\n")
	if log := buildLog(t, "--source", dir); !strings.Contains(log, "all rendered") {
		t.Errorf("with a file of the earlier build gone: %s", log)
	}
	sameSite(t, dir)

	// Pages with aliases publish files elsewhere: every build is full.
	index = filepath.Join(content.Dir(dir), "story-0005", content.IndexFile)
	md, err = os.ReadFile(index)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, index, strings.Replace(string(md), "---\n", "---\naliases: [/old-story/]\n", 1))
	if log := buildLog(t, "--source", dir); !strings.Contains(log, "all rendered") {
		t.Errorf("with an alias: %s", log)
	}
	if _, err := os.Stat(filepath.Join(dir, "public", "old-story", "index.html")); err != nil {
		t.Errorf("the alias was not published: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "public", rebuild.ManifestFile)); err == nil {
		t.Error("a site with aliases has a manifest for the next build")
	}
	sameSite(t, dir)
	writeFile(t, index, string(md))
	buildLog(t, "--source", dir)

	// A changed layout renders everything.
	footer := filepath.Join(dir, "layouts", "_partials", "footer.html")
	data, err := os.ReadFile(footer)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, footer, string(data)+"<p>A changed footer.</p>\n")
	if log := buildLog(t, "--source", dir); !strings.Contains(log, "all rendered") {
		t.Errorf("after a layout changed: %s", log)
	}
	page, _ = os.ReadFile(kept)
	if !bytes.Contains(page, []byte("A changed footer.")) {
		t.Error("an unchanged explainer's page lacks the changed footer")
	}

	// So do Hugo's settings from the environment.
	t.Setenv("HUGO_PARAMS_DESCRIPTION", "Set from the environment.")
	if log := buildLog(t, "--source", dir); !strings.Contains(log, "all rendered") {
		t.Errorf("after a HUGO_ variable was set: %s", log)
	}
}
