// Package rebuild lets a build render only the pages whose sources changed
// since the site in the output folder was built, and update that site in
// place with them.
//
// A built site holds a manifest (ManifestFile, a dot file, which the zip
// and Netlify's deploys leave out) naming the inputs every page depends on
// (configuration, layouts, assets, the tool itself) by one digest, and
// each page bundle by a digest of its files, with the files it was
// published as. The next build compares: when the shared inputs are the
// same, only the bundles whose digests changed are rendered; list pages,
// feeds and the sitemap are always rendered, since any change can move
// them.
package rebuild

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync/atomic"

	"github.com/explainer-dev/explainer/tools/internal/content"
	"github.com/explainer-dev/explainer/tools/internal/parallel"
)

// ManifestFile is the manifest's name inside the output folder.
const ManifestFile = ".explainer-build.json"

// version changes whenever the manifest's meaning does: 2 digests a
// bundle from its files' own digests.
const version = 2

// Manifest describes a built site.
type Manifest struct {
	Version int             `json:"version"`
	Inputs  string          `json:"inputs"` // digest of everything but the units
	Pages   int             `json:"pages"`  // Hugo's pages, of every kind
	Units   map[string]Unit `json:"units"`  // by source, relative to content/
}

// Unit is one page bundle of a built site.
type Unit struct {
	Digest  string   `json:"digest"`  // of the bundle's files
	Path    string   `json:"path"`    // Hugo's path of its page
	Outputs []string `json:"outputs"` // the files it was published as, relative to the site
}

// Read returns the manifest of the site in dir, or nil when there is
// none or it cannot be used.
func Read(dir string) *Manifest {
	data, err := os.ReadFile(filepath.Join(dir, ManifestFile))
	if err != nil {
		return nil
	}
	var m Manifest
	if json.Unmarshal(data, &m) != nil || m.Version != version || m.Inputs == "" {
		return nil
	}
	return &m
}

// Write writes m into the site in dir.
func (m *Manifest) Write(dir string) error {
	m.Version = version
	data, err := json.Marshal(m) // map keys sorted: the same site gives the same bytes
	if err != nil {
		return err
	}
	return content.WriteFile(filepath.Join(dir, ManifestFile), append(data, '\n'))
}

// Plan is what a build must render.
type Plan struct {
	Full    bool     // render everything
	Why     string   // why, when Full
	Render  []string // otherwise: the sources of the units to render, sorted
	Keep    []string // those whose files are carried over, sorted
	Removed []string // and those that are gone, sorted
}

// UpToDate reports whether the site is what a full build would make now.
func (p Plan) UpToDate() bool {
	return !p.Full && len(p.Render) == 0 && len(p.Removed) == 0
}

// Plan compares the site m describes with the current inputs and unit
// digests (by source). A nil manifest, other inputs, or changes to more
// than half the units give a full build.
func (m *Manifest) Plan(inputs string, digests map[string]string) Plan {
	switch {
	case m == nil:
		return Plan{Full: true, Why: "no earlier build to reuse"}
	case inputs == "" || m.Inputs != inputs:
		return Plan{Full: true, Why: "layouts, assets, configuration or the tool changed"}
	}
	var p Plan
	for src, d := range digests {
		if u, ok := m.Units[src]; ok && u.Digest == d {
			p.Keep = append(p.Keep, src)
		} else {
			p.Render = append(p.Render, src)
		}
	}
	for src := range m.Units {
		if _, ok := digests[src]; !ok {
			p.Removed = append(p.Removed, src)
		}
	}
	if 2*(len(p.Render)+len(p.Removed)) > len(digests) {
		return Plan{Full: true, Why: "most explainers changed"}
	}
	sort.Strings(p.Render)
	sort.Strings(p.Keep)
	sort.Strings(p.Removed)
	return p
}

// HugoPath is the path Hugo gives the page of a bundle at source, for a
// source whose page was never built. ok is false for sources whose path
// Hugo may spell otherwise: anything but lower-case letters, digits, '-',
// '_', '.' and '/'.
func HugoPath(source string) (p string, ok bool) {
	for _, r := range source {
		if !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || strings.ContainsRune("-_./", r)) {
			return "", false
		}
	}
	return "/" + source, true
}

// Apply moves the files of a build of some pages, in dir, into the site in
// out, then deletes from out what that build replaces: the files of the
// units it rendered anew or that are gone, and the list pages (files with
// a page suffix that no unit owns) it did not write again. Resources that
// no unit owns (stylesheets, images) stay: the pages that publish them may
// not have been rendered this time, and they change only with the inputs.
//
// Each file is replaced in one step, so a reader sees a whole old or a
// whole new file. The manifest of out is removed first: a build stopped
// midway leaves no manifest, and the next build renders everything.
func Apply(dir, out string, m *Manifest, keep []string) error {
	if err := os.Remove(filepath.Join(out, ManifestFile)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	written := map[string]bool{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		dst := filepath.Join(out, rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		written[filepath.ToSlash(rel)] = true
		return os.Rename(p, dst)
	})
	if err != nil {
		return err
	}
	owner := map[string]bool{} // file: whether its unit is kept
	for _, u := range m.Units {
		for _, f := range u.Outputs {
			owner[f] = false
		}
	}
	for _, src := range keep {
		for _, f := range m.Units[src].Outputs {
			owner[f] = true
		}
	}
	var stale []string
	err = filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if strings.HasPrefix(d.Name(), ".") && p != out {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		rel, _ := filepath.Rel(out, p)
		rel = filepath.ToSlash(rel)
		if !d.Type().IsRegular() || written[rel] {
			return nil
		}
		if kept, owned := owner[rel]; owned && !kept || !owned && pageSuffix[path.Ext(rel)] {
			stale = append(stale, p)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, p := range stale {
		if err := os.Remove(p); err != nil {
			return err
		}
		// Folders left empty go too, up to the site's own.
		for d := filepath.Dir(p); d != out && os.Remove(d) == nil; d = filepath.Dir(d) {
		}
	}
	return nil
}

// Intact reports whether the site in out still holds every file of the
// kept units, as m lists them.
func (m *Manifest) Intact(out string, keep []string) bool {
	var files []string
	for _, src := range keep {
		files = append(files, m.Units[src].Outputs...)
	}
	var missing atomic.Bool
	parallel.For(len(files), func(i int) {
		if _, err := os.Lstat(filepath.Join(out, filepath.FromSlash(files[i]))); err != nil {
			missing.Store(true)
		}
	})
	return !missing.Load()
}

// pageSuffix marks the files that list pages are published as, which a
// build renders anew every time.
var pageSuffix = map[string]bool{".html": true, ".htm": true, ".xml": true, ".json": true, ".txt": true, ".zip": true}

// Outputs lists the files under the site in dir that belong to a page
// published as files: those files and everything else in the folder of its
// index.html, sorted, with slashes. The site's root folder is never
// claimed whole.
func Outputs(dir string, files []string) ([]string, error) {
	set := map[string]bool{}
	for _, f := range files {
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(f))); err == nil {
			set[f] = true
		}
		if path.Base(f) != "index.html" || path.Dir(f) == "." {
			continue
		}
		root := filepath.Join(dir, filepath.FromSlash(path.Dir(f)))
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel, err := filepath.Rel(dir, p)
			set[filepath.ToSlash(rel)] = true
			return err
		})
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	out := make([]string, 0, len(set))
	for f := range set {
		out = append(out, f)
	}
	slices.Sort(out)
	return out, nil
}

// Digest is the digest of a bundle: the names and contents of the files
// under content/source (a folder or a single file). known holds the
// SHA-256 digests (hex) of some of its files, by name relative to the
// bundle, as a caller that has just read or written them knows them
// (content.Summary.Hashes): those files are not read again. It may be nil.
func Digest(contentDir, source string, known map[string]string) (string, error) {
	h := sha256.New()
	root := filepath.Join(contentDir, filepath.FromSlash(source))
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !regular(p, d) {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		sum, ok := known[rel]
		if !ok {
			if sum, err = fileHash(p); err != nil {
				return err
			}
		}
		fmt.Fprintf(h, "%s\x00%s\x00", rel, sum)
		return nil
	})
	if err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)[:16]), nil
}

// fileHash is the SHA-256 digest (hex) of the file at p, read as a stream:
// a site's bundles add up to gigabytes.
func fileHash(p string) (string, error) {
	f, err := os.Open(p)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// regular reports whether the entry at p is a file, or a link to one,
// which Hugo reads as if it were there.
func regular(p string, d fs.DirEntry) bool {
	if d.Type()&fs.ModeSymlink != 0 {
		fi, err := os.Stat(p)
		return err == nil && fi.Mode().IsRegular()
	}
	return d.Type().IsRegular()
}

// hugoInputs are the files and folders of a Hugo project, beside content/,
// that pages are rendered from.
var hugoInputs = []string{
	"hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json",
	"config.toml", "config.yaml", "config.yml", "config.json", "config",
	"layouts", "assets", "static", "data", "i18n", "themes",
}

// Inputs is the digest of what every page depends on: the given strings
// (the tool's version, settings), the project's configuration, layouts,
// assets and other Hugo folders, and the files in content/ outside the
// units (section pages, which may cascade settings to pages).
func Inputs(root string, units []string, extra ...string) (string, error) {
	h := sha256.New()
	for _, s := range extra {
		fmt.Fprintf(h, "%d\x00%s", len(s), s)
	}
	inUnit := map[string]bool{}
	for _, u := range units {
		inUnit[u] = true
	}
	contentDir := filepath.Join(root, "content")
	for _, top := range append(slices.Clone(hugoInputs), "content") {
		err := filepath.WalkDir(filepath.Join(root, top), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if crel, err := filepath.Rel(contentDir, p); err == nil && inUnit[filepath.ToSlash(crel)] {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !regular(p, d) {
				return nil
			}
			rel, _ := filepath.Rel(root, p)
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			fmt.Fprintf(h, "%s\x00%d\x00", filepath.ToSlash(rel), len(data))
			h.Write(data)
			return nil
		})
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:16]), nil
}
