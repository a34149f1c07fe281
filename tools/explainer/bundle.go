package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/pelletier/go-toml/v2"

	"github.com/explainer-dev/explainer/tools/internal/bundle"
)

var cmdBundle = &command{
	name:    "bundle",
	args:    "[--source DIR] [--site DIR] [--zip FILE]",
	summary: "write the offline file of every explainer into a built site, and with --zip the whole site as a zip that works from file://",
	flags: func(fs *flag.FlagSet) {
		declareSource(fs)
		fs.String("site", "public", "the built site `folder`, relative to the project folder unless absolute")
		declareZip(fs)
	},
	run: func(ctx context.Context, e *env, args []string) error {
		if len(args) > 0 {
			return usagef("bundle: unexpected argument %q", args[0])
		}
		root, err := projectRoot(e)
		if err != nil {
			return err
		}
		dir := inRoot(root, e.flags.Lookup("site").Value.String())
		if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
			return fmt.Errorf("%s: no built site here; run explainer build first", dir)
		}
		zip, err := zipFile(root, e)
		if err != nil {
			return err
		}
		n, err := bundleInto(dir, zip, dir, e)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "explainer: wrote %d offline files into %s\n", n, filepath.Join(dir, bundle.OfflineDir))
		if zip != "" {
			fmt.Fprintf(e.stderr, "explainer: wrote %s\n", zip)
		}
		return nil
	},
}

func declareZip(fs *flag.FlagSet) {
	fs.String("zip", "", "also write the whole site as a zip `file` that works from file:// (default: params.bundle.zip in hugo.toml, if set)")
}

// zipSite writes the zip of the freshly built site in tmp if --zip or
// hugo.toml asks for one. It runs before tmp replaces the output folder,
// so a zip placed inside that folder is written into tmp and published
// with the site.
func zipSite(tmp string, e *env) error {
	root, err := projectRoot(e)
	if err != nil {
		return err
	}
	zip, err := zipFile(root, e)
	if err != nil || zip == "" {
		return err
	}
	return writeZip(tmp, zip, inRoot(root, e.flags.Lookup("out").Value.String()))
}

// bundleInto writes the offline files into the site in dir, then the zip
// (if zip is not "") of the whole site. It returns the number of offline
// files.
func bundleInto(dir, zip, out string, e *env) (int, error) {
	files, err := bundle.Offline(dir, false, warnings(e), nil)
	if err != nil || zip == "" {
		return len(files), err
	}
	return len(files), writeZip(dir, zip, out)
}

// writeZip writes the zip of the site in dir. A zip inside the folder the
// site is published as, out, goes to the same place inside dir.
func writeZip(dir, zip, out string) error {
	if rel, err := filepath.Rel(out, zip); err == nil && rel != "." && !strings.HasPrefix(rel, "..") {
		zip = filepath.Join(dir, rel)
	}
	if err := bundle.WriteZip(zip, dir); err != nil {
		return fmt.Errorf("%s: %w", zip, err)
	}
	return nil
}

// zipFile is the zip to write: --zip, else params.bundle.zip in hugo.toml
// (relative to the project folder), else "".
func zipFile(root string, e *env) (string, error) {
	if z := e.flags.Lookup("zip").Value.String(); z != "" {
		return filepath.Abs(z)
	}
	data, err := os.ReadFile(filepath.Join(root, "hugo.toml"))
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	var cfg struct {
		Params struct {
			Bundle struct {
				Zip string `toml:"zip"`
			} `toml:"bundle"`
		} `toml:"params"`
	}
	if err := toml.Unmarshal(data, &cfg); err != nil {
		return "", fmt.Errorf("%s: %w", filepath.Join(root, "hugo.toml"), err)
	}
	if cfg.Params.Bundle.Zip == "" {
		return "", nil
	}
	return inRoot(root, cfg.Params.Bundle.Zip), nil
}

// inRoot resolves a path given relative to the project folder.
func inRoot(root, p string) string {
	if !filepath.IsAbs(p) {
		p = filepath.Join(root, p)
	}
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return p
}

// warnings is where the bundler reports defects that do not stop a build.
func warnings(e *env) *prefixWriter {
	return &prefixWriter{w: e.stderr, prefix: "explainer: warning: "}
}

// prefixWriter starts every line written to it, one per Write, with prefix.
type prefixWriter struct {
	w      io.Writer
	prefix string
}

func (p *prefixWriter) Write(b []byte) (int, error) {
	if _, err := fmt.Fprintf(p.w, "%s%s", p.prefix, b); err != nil {
		return 0, err
	}
	return len(b), nil
}
