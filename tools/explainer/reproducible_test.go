package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestReproducibleBuild builds the same articles in two project folders,
// whose files have different modification times, and wants byte-identical
// sites that name neither folder.
func TestReproducibleBuild(t *testing.T) {
	in := t.TempDir()
	writeFileAll(t, filepath.Join(in, "a.txt"), "Talks resume after a year\nTest Wire\nDate: 2024-03-01\n****\nOfficials met on Tuesday.\nThe treaty was signed earlier this year.\n")
	writeFileAll(t, filepath.Join(in, "b.txt"), "A story without a date\nOther Wire\n****\nSomething happened.\nA professor said it matters.\n")
	writeFileAll(t, filepath.Join(in, "c.txt"), "북한, 러시아에 병력 파견\n연합뉴스\nDate: 2024-10-23\n****\n국가정보원은 화요일 밝혔다.\n")

	var publics []string
	for i, mtime := range []time.Time{time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC), time.Now()} {
		dir := newProject(t)
		runOK(t, "add", "--source", dir, in)
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			return os.Chtimes(path, mtime, mtime)
		})
		if err != nil {
			t.Fatal(err)
		}
		if i == 1 {
			time.Sleep(1100 * time.Millisecond) // another second on the clock
		}
		runOK(t, "build", "--quiet", "--source", dir)
		publics = append(publics, filepath.Join(dir, "public"))
	}
	// Slugs in any script make valid, readable page paths.
	for _, slug := range []string{"talks-resume-after-a-year", "a-story-without-a-date", "북한-러시아에-병력-파견"} {
		if _, err := os.Stat(filepath.Join(publics[0], "explainers", slug, "index.html")); err != nil {
			t.Errorf("no page for slug %s: %v", slug, err)
		}
	}
	if a, b := treeHash(t, publics[0]), treeHash(t, publics[1]); a != b {
		t.Errorf("two builds of the same project differ: %s and %s", a, b)
	}
	for _, public := range publics {
		project := filepath.Dir(public)
		filepath.WalkDir(public, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, _ := os.ReadFile(path)
			for _, s := range []string{project, os.TempDir()} {
				if bytes.Contains(data, []byte(s)) {
					t.Errorf("%s holds the local path %s", path, s)
				}
			}
			return nil
		})
	}
}
