// Package site builds and serves the Hugo site, and writes the stylesheet
// of its highlighted code. It is the one package that knows Hugo is a
// library.
package site

import (
	"context"
	"fmt"
	"io"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync/atomic"

	"github.com/bep/logg"
	"github.com/gohugoio/hugo/common/loggers"
	"github.com/gohugoio/hugo/config"
	"github.com/gohugoio/hugo/config/allconfig"
	"github.com/gohugoio/hugo/deps"
	"github.com/gohugoio/hugo/hugofs"
	"github.com/gohugoio/hugo/hugolib"
	"github.com/spf13/afero"
)

// Options says where the site's sources are and where to write it.
type Options struct {
	Source      string    // the project folder holding hugo.toml
	Destination string    // the output folder
	Log         io.Writer // Hugo's warnings and errors; nil discards them

	// Only, when not nil, limits the regular pages rendered to those whose
	// Hugo path (as Page.Path gives it, "/explainers/slug") is listed;
	// every other kind of page (home, sections, feeds, sitemap, 404) is
	// rendered as usual.
	Only []string

	// Written, when not nil, counts the files written into Destination
	// as Hugo writes them, for reporting progress.
	Written *atomic.Int64

	// Params, when not nil, are merged into hugo.toml's [params], over
	// what it sets.
	Params map[string]any
}

// Stats describes a finished build.
type Stats struct {
	Pages int    // pages rendered across all output formats' page sets
	Units []Unit // the regular pages with a content file, rendered or not
}

// Unit is a regular page of the site and the files it is published as.
type Unit struct {
	Source  string            // its content file's folder (a bundle) or path, relative to content/, with slashes
	Path    string            // its Hugo path, as Options.Only takes it
	Formats map[string]string // its output file in each of its output formats, by the format's name, relative to the destination, with slashes
	Aliases bool              // whether it has aliases, published as files of their own
	Expires bool              // whether it has an expiry date, after which it is not published
}

// Outputs lists the unit's output files, sorted.
func (u Unit) Outputs() []string {
	files := slices.Collect(maps.Values(u.Formats))
	slices.Sort(files)
	return files
}

// Build renders the site from opt.Source into opt.Destination, minified as
// hugo.toml asks. Destination is written in place: callers wanting an atomic
// result build into a fresh folder and move it.
func Build(ctx context.Context, opt Options) (Stats, error) {
	if err := ctx.Err(); err != nil {
		return Stats{}, err
	}
	src, err := filepath.Abs(opt.Source)
	if err != nil {
		return Stats{}, err
	}
	dst, err := filepath.Abs(opt.Destination)
	if err != nil {
		return Stats{}, err
	}
	log := opt.Log
	if log == nil {
		log = io.Discard
	}
	logger := loggers.New(loggers.Options{StdOut: log, StdErr: log, Level: logg.LevelWarn, DistinctLevel: logg.LevelWarn})

	flags := config.New()
	flags.Set("workingDir", src)
	flags.Set("publishDir", dst)
	flags.Set("environment", "production")
	if opt.Params != nil {
		flags.Set("params", opt.Params)
	}
	if opt.Only != nil {
		// The path comes first: a negated glob that fails ends the search
		// ("the first match wins").
		var includes []any
		if len(opt.Only) > 0 {
			includes = append(includes, map[string]any{"path": pathGlobs(opt.Only)})
		}
		includes = append(includes, map[string]any{"kind": []string{"! page"}})
		flags.Set("segments", map[string]any{onlySegment: map[string]any{"includes": includes}})
		flags.Set("renderSegments", []string{onlySegment})
	}
	configs, err := allconfig.LoadConfig(allconfig.ConfigSourceDescriptor{
		Flags:       flags,
		Fs:          hugofs.Os,
		Environment: "production",
		Logger:      logger,
	})
	if err != nil {
		return Stats{}, err
	}
	flags.Set("publishDirStatic", configs.Base.PublishDir)
	flags.Set("publishDirDynamic", configs.Base.PublishDir)
	var dest afero.Fs = hugofs.Os
	if opt.Written != nil {
		dest = countingFs{dest, opt.Written}
	}
	fs := hugofs.NewFromSourceAndDestination(hugofs.Os, dest, flags)
	sites, err := hugolib.NewHugoSites(deps.DepsCfg{
		Configs:  configs,
		Fs:       fs,
		LogLevel: logger.Level(),
		StdOut:   log,
		StdErr:   log,
	})
	if err != nil {
		return Stats{}, err
	}
	defer sites.Close()
	if err := sites.Build(hugolib.BuildCfg{}); err != nil {
		return Stats{}, err
	}
	if n := logger.LoggCount(logg.LevelError); n > 0 {
		return Stats{}, fmt.Errorf("hugo logged %d errors", n)
	}
	return Stats{Pages: len(sites.Pages()), Units: units(sites)}, nil
}

// countingFs counts the files created through it.
type countingFs struct {
	afero.Fs
	n *atomic.Int64
}

func (c countingFs) Create(name string) (afero.File, error) {
	f, err := c.Fs.Create(name)
	if err == nil {
		c.n.Add(1)
	}
	return f, err
}

func (c countingFs) OpenFile(name string, flag int, perm os.FileMode) (afero.File, error) {
	f, err := c.Fs.OpenFile(name, flag, perm)
	if err == nil && flag&os.O_CREATE != 0 {
		c.n.Add(1)
	}
	return f, err
}

// UnwrapFilesystem lets Hugo see the file system underneath.
func (c countingFs) UnwrapFilesystem() afero.Fs { return c.Fs }

// onlySegment names the segment that Options.Only builds.
const onlySegment = "explainer-only"

// pathGlobs makes each path a glob that matches just that path; a list
// that is empty matches nothing.
func pathGlobs(paths []string) []string {
	if len(paths) == 0 {
		return []string{"/\\x00"} // no page path holds a NUL
	}
	globs := make([]string, len(paths))
	for i, p := range paths {
		globs[i] = globEscape.Replace(p)
	}
	return globs
}

var globEscape = strings.NewReplacer(`\`, `\\`, `*`, `\*`, `?`, `\?`, `[`, `\[`, `]`, `\]`, `{`, `\{`, `}`, `\}`, `!`, `\!`)

// units lists the regular pages that have a content file, sorted by
// source, with the files each is published as.
func units(sites *hugolib.HugoSites) []Unit {
	base := "/"
	if home := sites.Sites[0].Home(); home != nil {
		base = home.RelPermalink()
	}
	var us []Unit
	for _, p := range sites.Pages() {
		if p.Kind() != "page" || p.File() == nil {
			continue
		}
		u := Unit{Source: filepath.ToSlash(p.File().Path()), Path: p.Path(), Aliases: len(p.Aliases()) > 0, Expires: !p.ExpiryDate().IsZero()}
		if p.File().TranslationBaseName() == "index" {
			u.Source = filepath.ToSlash(strings.TrimSuffix(p.File().Dir(), string(filepath.Separator)))
		}
		for _, o := range p.OutputFormats() {
			rel, err := url.PathUnescape(strings.TrimPrefix(o.RelPermalink(), base))
			if err != nil || strings.HasPrefix(o.RelPermalink(), "http") {
				continue
			}
			if rel == "" || strings.HasSuffix(rel, "/") {
				rel += "index.html"
			}
			if u.Formats == nil {
				u.Formats = map[string]string{}
			}
			u.Formats[o.Name()] = rel
		}
		us = append(us, u)
	}
	sort.Slice(us, func(i, j int) bool { return us[i].Source < us[j].Source })
	return us
}
