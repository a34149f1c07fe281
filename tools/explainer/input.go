package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/pelletier/go-toml/v2"

	"github.com/explainer-dev/explainer/tools/internal/article"
)

// dateFlag is a --date value: a publication date that overrides the one in
// the article.
type dateFlag struct{ t time.Time }

func (d *dateFlag) String() string {
	if d.t.IsZero() {
		return ""
	}
	return d.t.Format(article.DateLayout)
}

func (d *dateFlag) Set(s string) error {
	t, err := article.ParseDate(s)
	if err != nil {
		return err
	}
	d.t = t
	return nil
}

func declareDate(fs *flag.FlagSet) {
	fs.Var(&dateFlag{}, "date", "publication `date` (YYYY-MM-DD), overriding the article's own")
}

func declareSource(fs *flag.FlagSet) {
	fs.String("source", ".", "the project `folder` holding hugo.toml and content/")
}

func declareForce(fs *flag.FlagSet, what string) {
	fs.Bool("force", false, what)
}

// sizeFlag is a byte count written as 8MB, 512KB or 1048576.
type sizeFlag struct{ n int }

func (s *sizeFlag) String() string {
	if s.n == 0 {
		return ""
	}
	return strconv.Itoa(s.n)
}

func (s *sizeFlag) Set(v string) error {
	n, err := parseSize(v)
	s.n = n
	return err
}

func parseSize(v string) (int, error) {
	u := strings.ToUpper(strings.TrimSpace(v))
	mult := 1
	for _, s := range []struct {
		suffix string
		mult   int
	}{{"MB", 1 << 20}, {"KB", 1 << 10}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(u, s.suffix) {
			u, mult = strings.TrimSpace(strings.TrimSuffix(u, s.suffix)), s.mult
			break
		}
	}
	n, err := strconv.Atoi(u)
	if err != nil || n <= 0 || n > (1<<40)/mult {
		return 0, fmt.Errorf("size %q is not a positive number of bytes like 8MB", v)
	}
	return n * mult, nil
}

// limitFlags maps each article.Limits field to its flag and its key in
// hugo.toml's [params.explainer].
var limitFlags = map[string][2]string{
	"MaxBytes":          {"max-bytes", "maxBytes"},
	"MaxParagraphs":     {"max-paragraphs", "maxParagraphs"},
	"MaxParagraphBytes": {"max-paragraph-bytes", "maxParagraphBytes"},
}

func declareLimits(fs *flag.FlagSet) {
	fs.Var(&sizeFlag{}, "max-bytes", fmt.Sprintf("the largest article `size` accepted, e.g. 8MB (default: params.explainer.maxBytes in hugo.toml, else %s)", article.Size(article.DefaultMaxBytes)))
	fs.Int("max-paragraphs", 0, fmt.Sprintf("the most `paragraphs` an article may have (default: params.explainer.maxParagraphs, else %d)", article.DefaultMaxParagraphs))
	fs.Var(&sizeFlag{}, "max-paragraph-bytes", fmt.Sprintf("the longest paragraph or headline `size` accepted, e.g. 64KB (default: params.explainer.maxParagraphBytes, else %s)", article.Size(article.DefaultMaxParagraphBytes)))
}

// limits returns the input limits: flags first, then hugo.toml's
// [params.explainer] under root (when root is not ""), then the defaults.
func limits(e *env, root string) (article.Limits, error) {
	var lim article.Limits
	if root != "" {
		var cfg struct {
			Params struct {
				Explainer struct {
					MaxBytes          string `toml:"maxBytes"`
					MaxParagraphs     int    `toml:"maxParagraphs"`
					MaxParagraphBytes string `toml:"maxParagraphBytes"`
				} `toml:"explainer"`
			} `toml:"params"`
		}
		path := filepath.Join(root, "hugo.toml")
		data, err := os.ReadFile(path)
		if err != nil {
			return lim, fmt.Errorf("%s: %w", path, unwrapPath(err))
		}
		// Hugo reports syntax errors in hugo.toml itself, with more context.
		if toml.Unmarshal(data, &cfg) == nil {
			p := cfg.Params.Explainer
			lim.MaxParagraphs = p.MaxParagraphs
			for _, f := range []struct {
				v   string
				dst *int
				key string
			}{{p.MaxBytes, &lim.MaxBytes, "maxBytes"}, {p.MaxParagraphBytes, &lim.MaxParagraphBytes, "maxParagraphBytes"}} {
				if f.v == "" {
					continue
				}
				n, err := parseSize(f.v)
				if err != nil {
					return lim, fmt.Errorf("%s: params.explainer.%s: %w", path, f.key, err)
				}
				*f.dst = n
			}
		}
	}
	if f := e.flags.Lookup("max-bytes"); f != nil && f.Value.(*sizeFlag).n > 0 {
		lim.MaxBytes = f.Value.(*sizeFlag).n
	}
	if f := e.flags.Lookup("max-paragraphs"); f != nil {
		if n := f.Value.(flag.Getter).Get().(int); n > 0 {
			lim.MaxParagraphs = n
		}
	}
	if f := e.flags.Lookup("max-paragraph-bytes"); f != nil && f.Value.(*sizeFlag).n > 0 {
		lim.MaxParagraphBytes = f.Value.(*sizeFlag).n
	}
	return lim.WithDefaults(), nil
}

// explainLimit adds to an error past a limit how to raise it.
func explainLimit(err error) error {
	var le *article.LimitError
	if errors.As(err, &le) {
		if f, ok := limitFlags[le.Limit]; ok {
			return fmt.Errorf("%w (raise it with --%s or params.explainer.%s in hugo.toml)", err, f[0], f[1])
		}
	}
	return err
}

// future is how far past today a publication date may be before it is
// taken for a mistake: time zones put some articles a day ahead.
const future = 36 * time.Hour

// readArticle reads, checks and parses the article in the file name, or
// standard input for "-", and applies --date. It applies e.limits, and
// refuses a date in the future unless the command has --force set. Errors
// name the file.
func readArticle(e *env, name string, stdin io.Reader) (article.Article, error) {
	a, err := readArticleErr(e, name, stdin, e.limits)
	if err != nil {
		return a, fmt.Errorf("%s: %w", name, explainLimit(err))
	}
	return a, nil
}

func readArticleErr(e *env, name string, stdin io.Reader, lim article.Limits) (article.Article, error) {
	lim = lim.WithDefaults()
	data, err := readLimited(name, stdin, lim.MaxBytes)
	if err != nil {
		return article.Article{}, err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return article.Article{}, errors.New("the file is empty")
	}
	text, err := article.Decode(data, lim)
	if err != nil {
		return article.Article{}, err
	}
	a, err := article.Parse(filepath.Base(name), text)
	if err != nil {
		return article.Article{}, err
	}
	if d := e.flags.Lookup("date"); d != nil {
		if t := d.Value.(*dateFlag).t; !t.IsZero() {
			a.Published = t
		}
	}
	if err := article.Check(a, lim); err != nil {
		return article.Article{}, err
	}
	if f := e.flags.Lookup("force"); f != nil && f.Value.String() != "true" && a.Published.After(time.Now().Add(future)) {
		return article.Article{}, fmt.Errorf("date %s is in the future: check it, or pass --force to keep it", a.Published.Format(article.DateLayout))
	}
	return a, nil
}

// readLimited reads the file name, or stdin for "-", failing without
// reading it all when it is larger than max bytes.
func readLimited(name string, stdin io.Reader, max int) ([]byte, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, unwrapPath(err)
		}
		defer f.Close()
		fi, err := f.Stat()
		if err != nil {
			return nil, unwrapPath(err)
		}
		if fi.IsDir() {
			return nil, errors.New("is a folder")
		}
		if fi.Size() > int64(max) {
			return nil, &article.LimitError{What: "the file", Limit: "MaxBytes", Got: int(min(fi.Size(), 1<<50)), Max: max}
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err != nil {
		return nil, unwrapPath(err)
	}
	if len(data) > max {
		return nil, &article.LimitError{What: "the input", Limit: "MaxBytes", Got: len(data), Max: max}
	}
	return data, nil
}

// unwrapPath drops the operation and path from a *PathError: the caller
// names the file itself.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// projectRoot returns --source after checking that it holds hugo.toml.
func projectRoot(e *env) (string, error) {
	root := e.flags.Lookup("source").Value.String()
	if _, err := os.Stat(filepath.Join(root, "hugo.toml")); err != nil {
		return "", fmt.Errorf("%s: no hugo.toml here; run explainer in the project folder or pass --source", root)
	}
	return root, nil
}
