// Package bundle post-processes a built site for reading without the site:
// Offline writes one self-contained HTML file per explainer (stylesheet
// inline, the original article appended, links between
// them turned into in-page anchors, no external requests), and Zip packs
// the whole site so that it works when unzipped and opened from file://.
//
// Both read the site as Hugo wrote it and rely only on its URL conventions:
// an explainer at explainers/<slug>/index.html, its article at article.html
// with paragraph anchors p1, p2…, its data at data.html, and each page's
// <link rel=canonical> giving the published address.
package bundle

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/net/html"
)

// OfflineDir is the folder, under the site, holding the offline files.
const OfflineDir = "offline"

// site is a built site on disk and the address it is published at.
type site struct {
	dir  string
	base *url.URL // the home page's canonical URL; a placeholder when there is none
	// known reports whether base came from the site rather than the placeholder.
	known bool
	dirs  sync.Map // rel -> bool: isDir's answers
	// styles holds the stylesheets as the offline files inline them.
	styles sync.Map // rel and integrity -> *inlined
}

func openSite(dir string) (*site, error) {
	s := &site{dir: dir}
	home, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		return nil, fmt.Errorf("%s: not a built site: %w", dir, err)
	}
	doc, err := html.Parse(bytes.NewReader(home))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, "index.html"), err)
	}
	if l := find(doc, func(n *html.Node) bool { return isElem(n, "link") && hasToken(attr(n, "rel"), "canonical") }); l != nil {
		if u, err := url.Parse(attr(l, "href")); err == nil && u.IsAbs() {
			s.base, s.known = u, true
		}
	}
	if s.base == nil {
		s.base = &url.URL{Scheme: "https", Host: "site.invalid", Path: "/"}
	}
	if !strings.HasSuffix(s.base.Path, "/") {
		s.base.Path += "/"
	}
	return s, nil
}

// pageURL is the published URL of the file at rel, a slash-separated path
// under the site folder: folders' index.html files are published as the
// folder.
func (s *site) pageURL(rel string) *url.URL {
	p := s.base.Path + rel
	if path.Base(p) == "index.html" {
		p = strings.TrimSuffix(p, "index.html")
	}
	return &url.URL{Scheme: s.base.Scheme, Host: s.base.Host, Path: p}
}

// local resolves ref, found in the page at pageURL, and returns the
// slash-separated path of the site file it names ("" when it leaves the
// site) and its fragment. A folder stands for its index.html.
func (s *site) local(page *url.URL, ref string) (rel, frag string, ok bool) {
	u, err := page.Parse(strings.TrimSpace(ref))
	if err != nil || u.Host != s.base.Host || (u.Scheme != "http" && u.Scheme != "https") {
		return "", "", false
	}
	if !strings.HasPrefix(u.Path, s.base.Path) {
		return "", "", false
	}
	rel = strings.TrimPrefix(u.Path, s.base.Path)
	if rel == "" || strings.HasSuffix(rel, "/") {
		rel += "index.html"
	} else if s.isDir(rel) {
		rel += "/index.html"
	}
	return rel, u.Fragment, true
}

// isDir reports whether rel is a folder of the site. A page links to the
// same few files a hundred times over (article.html#p1, #p2…), so the
// answers are kept.
func (s *site) isDir(rel string) bool {
	if v, ok := s.dirs.Load(rel); ok {
		return v.(bool)
	}
	fi, err := os.Stat(filepath.Join(s.dir, filepath.FromSlash(rel)))
	dir := err == nil && fi.IsDir()
	s.dirs.Store(rel, dir)
	return dir
}

func (s *site) read(rel string) ([]byte, error) {
	return os.ReadFile(filepath.Join(s.dir, filepath.FromSlash(rel)))
}

// explainers lists the slugs of the explainer pages, sorted.
func (s *site) explainers() ([]string, error) {
	entries, err := os.ReadDir(filepath.Join(s.dir, "explainers"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var slugs []string
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		if _, err := os.Stat(filepath.Join(s.dir, "explainers", e.Name(), "index.html")); err == nil {
			slugs = append(slugs, e.Name())
		}
	}
	return slugs, nil
}
