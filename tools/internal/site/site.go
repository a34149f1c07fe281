// Package site builds and serves the Hugo site, and writes the stylesheet
// of its highlighted code. It is the one package that knows Hugo is a
// library.
package site

import (
	"context"
	"fmt"
	"io"
	"path/filepath"

	"github.com/bep/logg"
	"github.com/gohugoio/hugo/common/loggers"
	"github.com/gohugoio/hugo/config"
	"github.com/gohugoio/hugo/config/allconfig"
	"github.com/gohugoio/hugo/deps"
	"github.com/gohugoio/hugo/hugofs"
	"github.com/gohugoio/hugo/hugolib"
)

// Options says where the site's sources are and where to write it.
type Options struct {
	Source      string    // the project folder holding hugo.toml
	Destination string    // the output folder
	Log         io.Writer // Hugo's warnings and errors; nil discards them
}

// Stats describes a finished build.
type Stats struct {
	Pages int // pages rendered across all output formats' page sets
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
	fs := hugofs.NewFromSourceAndDestination(hugofs.Os, hugofs.Os, flags)
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
	return Stats{Pages: len(sites.Pages())}, nil
}
