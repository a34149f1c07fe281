package rebuild

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
)

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestPlan(t *testing.T) {
	m := &Manifest{Inputs: "in", Units: map[string]Unit{
		"explainers/a": {Digest: "1"}, "explainers/b": {Digest: "2"},
		"explainers/c": {Digest: "3"}, "explainers/d": {Digest: "4"},
	}}
	same := map[string]string{"explainers/a": "1", "explainers/b": "2", "explainers/c": "3", "explainers/d": "4"}
	with := func(changes map[string]string) map[string]string {
		d := map[string]string{}
		for k, v := range same {
			d[k] = v
		}
		for k, v := range changes {
			if v == "" {
				delete(d, k)
			} else {
				d[k] = v
			}
		}
		return d
	}
	tests := []struct {
		name                  string
		m                     *Manifest
		inputs                string
		digests               map[string]string
		full                  bool
		render, keep, removed []string
		upToDate              bool
	}{
		{"no manifest", nil, "in", same, true, nil, nil, nil, false},
		{"other inputs", m, "other", same, true, nil, nil, nil, false},
		{"unknown inputs", m, "", same, true, nil, nil, nil, false},
		{"nothing changed", m, "in", same, false, nil, []string{"explainers/a", "explainers/b", "explainers/c", "explainers/d"}, nil, true},
		{"one changed", m, "in", with(map[string]string{"explainers/b": "9"}), false, []string{"explainers/b"}, []string{"explainers/a", "explainers/c", "explainers/d"}, nil, false},
		{"one added", m, "in", with(map[string]string{"explainers/e": "5"}), false, []string{"explainers/e"}, []string{"explainers/a", "explainers/b", "explainers/c", "explainers/d"}, nil, false},
		{"one removed", m, "in", with(map[string]string{"explainers/a": ""}), false, nil, []string{"explainers/b", "explainers/c", "explainers/d"}, []string{"explainers/a"}, false},
		{"most changed", m, "in", with(map[string]string{"explainers/a": "", "explainers/b": "9"}), true, nil, nil, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.m.Plan(tt.inputs, tt.digests)
			if p.Full != tt.full || !slices.Equal(p.Render, tt.render) || !slices.Equal(p.Keep, tt.keep) || !slices.Equal(p.Removed, tt.removed) {
				t.Errorf("Plan = %+v, want full %v, render %q, keep %q, removed %q", p, tt.full, tt.render, tt.keep, tt.removed)
			}
			if p.Full && p.Why == "" {
				t.Error("a full plan does not say why")
			}
			if p.UpToDate() != tt.upToDate {
				t.Errorf("UpToDate() = %v, want %v", p.UpToDate(), tt.upToDate)
			}
		})
	}
}

func TestManifestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	if Read(dir) != nil {
		t.Fatal("Read of a folder without a manifest is not nil")
	}
	m := &Manifest{Inputs: "in", Units: map[string]Unit{"explainers/a": {Digest: "1", Path: "/explainers/a", Outputs: []string{"explainers/a/index.html"}}}}
	if err := m.Write(dir); err != nil {
		t.Fatal(err)
	}
	if got := Read(dir); !reflect.DeepEqual(got, m) {
		t.Errorf("Read = %+v, want %+v", got, m)
	}
	write(t, filepath.Join(dir, ManifestFile), `{"version": 999, "inputs": "in"}`)
	if Read(dir) != nil {
		t.Error("Read accepted a manifest of another version")
	}
}

func TestHugoPath(t *testing.T) {
	for src, want := range map[string]string{
		"explainers/talks-resume-2024": "/explainers/talks-resume-2024",
		"explainers/Talks":             "",
		"explainers/북한":                "",
		"explainers/a b":               "",
		"explainers/a*":                "",
	} {
		got, ok := HugoPath(src)
		if got != want || ok != (want != "") {
			t.Errorf("HugoPath(%q) = %q, %v, want %q", src, got, ok, want)
		}
	}
}

func TestDigestAndInputs(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, "hugo.toml"), "title = 'x'\n")
	write(t, filepath.Join(root, "layouts", "page.html"), "{{ .Title }}")
	write(t, filepath.Join(root, "content", "explainers", "_index.md"), "---\ntitle: All\n---\n")
	write(t, filepath.Join(root, "content", "explainers", "a", "index.md"), "---\ntitle: A\n---\n")
	write(t, filepath.Join(root, "content", "explainers", "a", "explainer.json"), "{}")
	write(t, filepath.Join(root, "tools", "main.go"), "package main")
	contentDir := filepath.Join(root, "content")
	units := []string{"explainers/a"}

	digest := func() string {
		d, err := Digest(contentDir, "explainers/a", nil)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	inputs := func(extra ...string) string {
		in, err := Inputs(root, units, extra...)
		if err != nil {
			t.Fatal(err)
		}
		return in
	}
	d0, in0 := digest(), inputs("v1")
	if d, in := digest(), inputs("v1"); d != d0 || in != in0 {
		t.Fatal("the same files give other digests")
	}
	if inputs("v2") == in0 {
		t.Error("Inputs ignores the tool's version")
	}
	// A file's known digest stands for its content, which is not read.
	sum := sha256.Sum256([]byte("{}"))
	if d, err := Digest(contentDir, "explainers/a", map[string]string{"explainer.json": hex.EncodeToString(sum[:])}); err != nil || d != d0 {
		t.Errorf("Digest with explainer.json's digest known = %s, %v, want %s as when it is read", d, err, d0)
	}
	if d, err := Digest(contentDir, "explainers/a", map[string]string{"explainer.json": "another"}); err != nil || d == d0 {
		t.Errorf("Digest with another digest known for explainer.json = %s, %v: the same as when it is read", d, err)
	}

	// A bundle's own files change its digest, not the inputs.
	write(t, filepath.Join(contentDir, "explainers", "a", "explainer.json"), `{"x":1}`)
	if digest() == d0 {
		t.Error("Digest ignores a changed explainer.json")
	}
	if inputs("v1") != in0 {
		t.Error("Inputs changed with a unit's file")
	}
	// A file linked into a bundle counts as its own.
	outside := filepath.Join(root, "elsewhere.txt")
	write(t, outside, "linked")
	if err := os.Symlink(outside, filepath.Join(contentDir, "explainers", "a", "source.txt")); err != nil {
		t.Fatal(err)
	}
	linked := digest()
	write(t, outside, "linked, then changed")
	if digest() == linked {
		t.Error("Digest ignores a change to a linked file")
	}
	// Files outside Hugo's folders change neither.
	write(t, filepath.Join(root, "tools", "main.go"), "package main // changed")
	if inputs("v1") != in0 {
		t.Error("Inputs changed with a file Hugo does not read")
	}
	// Layouts, configuration and section pages change the inputs.
	for _, f := range []string{"layouts/page.html", "hugo.toml", "content/explainers/_index.md", "assets/css/new.css"} {
		before := inputs("v1")
		write(t, filepath.Join(root, filepath.FromSlash(f)), "changed")
		if inputs("v1") == before {
			t.Errorf("Inputs ignores a change to %s", f)
		}
	}
}

func TestOutputsAndApply(t *testing.T) {
	out := t.TempDir()
	for _, f := range []string{
		"index.html", "page/2/index.html", "index.xml", "css/site.123.css", "site.zip",
		"explainers/a/index.html", "explainers/a/data.html", "explainers/a/photo.jpg", "offline/a.html",
		"explainers/b/index.html", "explainers/b/old.html", "offline/b.html",
		"explainers/c/index.html", "offline/c.html",
		ManifestFile,
	} {
		write(t, filepath.Join(out, filepath.FromSlash(f)), "old "+f)
	}
	a, err := Outputs(out, []string{"explainers/a/index.html", "explainers/a/data.html", "offline/a.html", "offline/missing.html"})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"explainers/a/data.html", "explainers/a/index.html", "explainers/a/photo.jpg", "offline/a.html"}; !slices.Equal(a, want) {
		t.Errorf("Outputs = %q, want %q", a, want)
	}
	m := &Manifest{Units: map[string]Unit{
		"explainers/a": {Outputs: a},
		"explainers/b": {Outputs: []string{"explainers/b/index.html", "explainers/b/old.html", "offline/b.html"}},
		"explainers/c": {Outputs: []string{"explainers/c/index.html", "offline/c.html"}},
	}}
	if !m.Intact(out, []string{"explainers/a", "explainers/b"}) {
		t.Error("Intact = false for a whole site")
	}

	// b is rendered anew, c is gone, a is kept.
	dir := t.TempDir()
	for _, f := range []string{"index.html", "explainers/b/index.html", "offline/b.html"} {
		write(t, filepath.Join(dir, filepath.FromSlash(f)), "new "+f)
	}
	if err := Apply(dir, out, m, []string{"explainers/a"}); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"index.html":              "new index.html",
		"explainers/b/index.html": "new explainers/b/index.html",
		"offline/b.html":          "new offline/b.html",
		"explainers/a/index.html": "old explainers/a/index.html",
		"explainers/a/photo.jpg":  "old explainers/a/photo.jpg",
		"offline/a.html":          "old offline/a.html",
		"css/site.123.css":        "old css/site.123.css", // resources stay
		"page/2/index.html":       "",                     // list pages not written again go
		"index.xml":               "",
		"site.zip":                "",
		"explainers/b/old.html":   "", // b's files not written again go
		"explainers/c/index.html": "", // c's files go
		"offline/c.html":          "",
		ManifestFile:              "",
	}
	for f, w := range want {
		data, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(f)))
		if got := string(data); got != w || (w == "") != errors.Is(err, fs.ErrNotExist) {
			t.Errorf("after Apply %s = %q (%v), want %q", f, got, err, w)
		}
	}
	for _, d := range []string{"explainers/c", "page"} {
		if _, err := os.Stat(filepath.Join(out, d)); err == nil {
			t.Errorf("after Apply the emptied folder %s is still there", d)
		}
	}

	os.Remove(filepath.Join(out, "explainers", "a", "photo.jpg"))
	if m.Intact(out, []string{"explainers/a"}) {
		t.Error("Intact = true with a file of a kept unit gone")
	}
}
