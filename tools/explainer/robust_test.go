package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/explainer-dev/explainer/tools/internal/content"
	"github.com/explainer-dev/explainer/tools/internal/extract"
)

// badInputs is the catalogue of bad inputs and what add must do with each:
// either add the article (err == "") and pass check, or fail with exit
// status 1 and one line on stderr, "explainer: FILE: ...", containing err.
// Files too large to commit are generated.
var badInputs = []struct {
	name  string
	file  string        // in testdata/bad/
	gen   func() []byte // instead of file
	size  int64         // grows the generated file to this size with a hole
	args  []string      // flags for add
	err   string
	check func(t *testing.T, x *extract.Explainer, dir string)
}{
	{name: "empty file", file: "empty.txt", err: "the file is empty"},
	{name: "whitespace only", file: "whitespace.txt", err: "the file is empty"},
	{name: "no separator", file: "no-separator.txt", err: `"****"`},
	{name: "headline only", file: "headline-only.txt", err: `"****"`},
	{name: "no paragraphs", file: "no-paragraphs.txt", err: "no paragraphs"},
	{name: "PNG image", file: "image.png", err: "this is a PNG image, not a text article"},
	{name: "invalid UTF-8", file: "invalid-utf8.txt", err: "invalid UTF-8 (byte 0xe9) at line 1: save the file as UTF-8"},
	{name: "NUL bytes", file: "nul.txt", err: "NUL byte at line 4: this is a binary file"},
	{name: "UTF-16 without a BOM", file: "utf16-no-bom.txt", err: "UTF-16 text without a byte order mark"},
	{name: "javascript URL", file: "javascript-url.txt", err: `URL "javascript:alert(1)" is not an http or https address`},
	{name: "date that does not parse", file: "bad-date.txt", err: `date "next Tuesday" is not a date like 2024-10-23`},
	{name: "date in the future", file: "future-date.txt", err: "date 2099-01-01 is in the future: check it, or pass --force to keep it"},
	{
		name: "date in the future, forced", file: "future-date.txt", args: []string{"--force"},
		check: func(t *testing.T, x *extract.Explainer, dir string) {
			if x.Source.Published != "2099-01-01" {
				t.Errorf("published = %q, want 2099-01-01", x.Source.Published)
			}
		},
	},
	{
		name: "50 MB file",
		gen:  func() []byte { return []byte("Huge\nTest Wire\n****\nA line of text.\n") },
		size: 50 << 20,
		err:  "the file is 50.0 MB, over the limit of 8.0 MB (raise it with --max-bytes or params.explainer.maxBytes in hugo.toml)",
	},
	{
		name: "one 1 MB line",
		gen: func() []byte {
			return append([]byte("Long\nTest Wire\n****\n"), bytes.Repeat([]byte("word "), 1<<20/5+1)...)
		},
		err: "paragraph 1 is 1.0 MB, over the limit of 64 KB (raise it with --max-paragraph-bytes",
	},
	{
		name: "one 1 MB line, limit raised",
		gen: func() []byte {
			return append([]byte("Long\nTest Wire\n****\n"), bytes.Repeat([]byte("word "), 1<<20/5)...)
		},
		args: []string{"--max-paragraph-bytes", "2MB"},
		check: func(t *testing.T, x *extract.Explainer, dir string) {
			if len(x.Paragraphs) != 1 || len(x.Paragraphs[0].Text) < 1<<19 {
				t.Errorf("want the one long paragraph, got %d paragraphs", len(x.Paragraphs))
			}
		},
	},
	{
		name: "100,000 paragraphs",
		gen: func() []byte {
			var b bytes.Buffer
			b.WriteString("Many\nTest Wire\n****\n")
			for i := range 100000 {
				fmt.Fprintf(&b, "Paragraph %d.\n", i)
			}
			return b.Bytes()
		},
		err: "100000 paragraphs, over the limit of 5000 (raise it with --max-paragraphs",
	},
	{
		name: "UTF-16 with a BOM", file: "utf16-bom.txt",
		check: func(t *testing.T, x *extract.Explainer, dir string) {
			if x.Title != "Séoul weighs arms for Kyiv" || x.Paragraphs[0].Text != "Officials in Séoul met on Tuesday." {
				t.Errorf("title %q, paragraph %q: not decoded from UTF-16", x.Title, x.Paragraphs[0].Text)
			}
		},
	},
	{
		name: "CRLF", file: "crlf.txt",
		check: func(t *testing.T, x *extract.Explainer, dir string) {
			if len(x.Paragraphs) != 2 || strings.ContainsAny(x.Paragraphs[0].Text+x.Title, "\r\n") {
				t.Errorf("paragraphs = %+v, want two without line ends", x.Paragraphs)
			}
			if src, _ := os.ReadFile(filepath.Join(dir, content.SourceFile)); bytes.Contains(src, []byte("\r")) {
				t.Errorf("source.txt keeps CR: %q", src)
			}
		},
	},
	{
		name: "HTML and script", file: "html-script.txt",
		check: func(t *testing.T, x *extract.Explainer, dir string) {
			if !strings.Contains(x.Title, `<script>alert("headline")</script>`) {
				t.Errorf("title = %q, want the markup kept as text", x.Title)
			}
		},
	},
	{
		name: "Markdown, front matter and Hugo syntax", file: "hugo-syntax.txt",
		check: func(t *testing.T, x *extract.Explainer, dir string) {
			if !strings.Contains(x.Title, "{{< shortcode >}}") {
				t.Errorf("title = %q, want the shortcode kept as text", x.Title)
			}
			if index, _ := os.ReadFile(filepath.Join(dir, content.IndexFile)); bytes.Count(index, []byte("---\n")) != 2 {
				t.Errorf("index.md front matter is broken:\n%s", index)
			}
		},
	},
	{
		name: "path traversal in the headline", file: "traversal.txt",
		check: func(t *testing.T, x *extract.Explainer, dir string) {
			if filepath.Base(dir) != "etc-passwd" || x.Slug != "etc-passwd" {
				t.Errorf("bundle %q, slug %q; want etc-passwd inside content/explainers", dir, x.Slug)
			}
		},
	},
	{
		name: "Korean headline", file: "korean.txt",
		check: func(t *testing.T, x *extract.Explainer, dir string) {
			if x.Slug != "북한-러시아에-병력-파견" {
				t.Errorf("slug = %q, want 북한-러시아에-병력-파견", x.Slug)
			}
		},
	},
	{
		name: "Arabic headline", file: "arabic.txt",
		check: func(t *testing.T, x *extract.Explainer, dir string) {
			if x.Slug != "مجلس-الأمن-يجتمع-بشأن-أوكرانيا" {
				t.Errorf("slug = %q, want مجلس-الأمن-يجتمع-بشأن-أوكرانيا", x.Slug)
			}
		},
	},
}

func TestBadInputs(t *testing.T) {
	proj := newProject(t)
	gendir := t.TempDir()
	for i, tt := range badInputs {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join("testdata", "bad", tt.file)
			if tt.gen != nil {
				path = filepath.Join(gendir, fmt.Sprintf("generated-%d.txt", i))
				if err := os.WriteFile(path, tt.gen(), 0o644); err != nil {
					t.Fatal(err)
				}
				if tt.size > 0 {
					if err := os.Truncate(path, tt.size); err != nil {
						t.Fatal(err)
					}
				}
				defer os.Remove(path)
			}
			args := append(append([]string{"add", "--source", proj}, tt.args...), path)
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), args, &stdout, &stderr)
			var report bytes.Buffer
			code := exitCode(err, &report)
			line := stderr.String() + report.String()
			if tt.err != "" {
				want := "explainer: " + path + ": "
				if code != 1 || !strings.HasPrefix(line, want) || !strings.Contains(line, tt.err) || strings.Count(line, "\n") != 1 {
					t.Errorf("add %s: exit %d, stderr %q; want exit 1 and one line %q...%q", tt.file, code, line, want, tt.err)
				}
				if stdout.Len() > 0 {
					t.Errorf("add %s printed %q on a failure", tt.file, stdout.String())
				}
				return
			}
			if code != 0 {
				t.Fatalf("add %s: exit %d, stderr %q; want success", tt.file, code, line)
			}
			dir := strings.TrimSpace(stdout.String())
			if rel, err := filepath.Rel(content.Dir(proj), dir); err != nil || !filepath.IsLocal(rel) || strings.Contains(rel, string(filepath.Separator)) {
				t.Fatalf("bundle %q is not a folder of %s", dir, content.Dir(proj))
			}
			data, err := os.ReadFile(filepath.Join(dir, content.ExplainerFile))
			if err != nil {
				t.Fatal(err)
			}
			var x extract.Explainer
			if err := json.Unmarshal(data, &x); err != nil {
				t.Fatal(err)
			}
			tt.check(t, &x, dir)
			os.RemoveAll(dir) // the next case may reuse the slug
		})
	}
	if entries, _ := filepath.Glob(filepath.Join(content.Dir(proj), ".*")); len(entries) > 0 {
		t.Errorf("temporary files left in content/: %q", entries)
	}
}

// TestAddFolder adds a folder holding good and bad articles: each bad one
// is reported with its file, the good ones are added, and the exit status
// is 1.
func TestAddFolder(t *testing.T) {
	proj := newProject(t)
	src := t.TempDir()
	for name, text := range map[string]string{
		"a.txt":             "First story\nTest Wire\n****\nOne.\n",
		"sub/b.txt":         "Second story\nTest Wire\n****\nTwo.\n",
		"sub/deeper/c.text": "Third story\nTest Wire\n****\nThree.\n",
		"sub/broken.txt":    "No separator here\n",
		"sub/notes.pdf":     "%PDF-1.7 skipped: not an article extension",
		".hidden/d.txt":     "Hidden story\nTest Wire\n****\nSkipped.\n",
		"sub/image.txt":     "\x89PNG\r\n\x1a\nnot text",
		"sub/deeper/zz.htm": "",
	} {
		path := filepath.Join(src, name)
		os.MkdirAll(filepath.Dir(path), 0o755)
		writeFile(t, path, text)
	}
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"add", "--source", proj, src}, &stdout, &stderr)
	if code := exitCode(err, &stderr); code != 1 {
		t.Errorf("exit status = %d, want 1", code)
	}
	added := strings.Fields(stdout.String())
	if len(added) != 3 {
		t.Errorf("added %q, want the three good articles", added)
	}
	lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
	want := []string{
		"explainer: " + filepath.Join(src, "sub/broken.txt") + ": ",
		"explainer: " + filepath.Join(src, "sub/deeper/zz.htm") + ": the file is empty",
		"explainer: " + filepath.Join(src, "sub/image.txt") + ": this is a PNG image",
		"explainer: 3 of 6 articles failed",
	}
	if len(lines) != len(want) {
		t.Fatalf("stderr lines:\n%s\nwant %d", stderr.String(), len(want))
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("stderr line %d = %q, want it to start with %q", i, lines[i], w)
		}
	}
}

// TestAddCollidingSlug adds a second article whose headline makes the
// same slug: it gets its own bundle and the first is untouched.
func TestAddCollidingSlug(t *testing.T) {
	proj := newProject(t)
	dir := t.TempDir()
	first := filepath.Join(dir, "first.txt")
	second := filepath.Join(dir, "second.txt")
	writeFile(t, first, "Talks resume!\nTest Wire\nURL: https://example.org/1\n****\nOfficials met on Tuesday.\n")
	writeFile(t, second, "Talks resume?\nOther Wire\nURL: https://example.org/2\n****\nA different story.\n")
	a := strings.TrimSpace(runOK(t, "add", "--source", proj, first))
	before := treeHash(t, a)
	b := strings.TrimSpace(runOK(t, "add", "--source", proj, second))
	if filepath.Base(a) != "talks-resume" || filepath.Base(b) != "talks-resume-2" {
		t.Errorf("bundles %q and %q, want talks-resume and talks-resume-2", a, b)
	}
	if treeHash(t, a) != before {
		t.Error("adding a colliding article changed the first bundle")
	}
}

// TestAddKeepsEditorChanges re-adds a changed article onto a bundle whose
// index.md and source.txt an editor changed.
func TestAddKeepsEditorChanges(t *testing.T) {
	proj := newProject(t)
	file := filepath.Join(t.TempDir(), "talks.txt")
	writeFile(t, file, "Talks resume\nTest Wire\nURL: https://example.org/talks\n****\nOfficials met on Tuesday.\n")
	dir := strings.TrimSpace(runOK(t, "add", "--source", proj, file))
	index := filepath.Join(dir, content.IndexFile)
	edited := "---\ntitle: \"Talks resume, at last\"\n---\n"
	writeFile(t, index, edited)

	writeFile(t, file, "Talks resume\nTest Wire\nURL: https://example.org/talks\n****\nOfficials met on Tuesday.\nThey agreed to meet again.\n")
	if got := strings.TrimSpace(runOK(t, "add", "--source", proj, file)); got != dir {
		t.Errorf("add of a new version went to %q, want %q", got, dir)
	}
	if data, _ := os.ReadFile(index); string(data) != edited {
		t.Errorf("index.md = %q, want the editor's %q", data, edited)
	}

	source := filepath.Join(dir, content.SourceFile)
	src, _ := os.ReadFile(source)
	handEdited := string(src) + "An editor's note.\n"
	writeFile(t, source, handEdited)
	writeFile(t, file, "Talks resume\nTest Wire\nURL: https://example.org/talks\n****\nA third version.\n")
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"add", "--source", proj, file}, &stdout, &stderr)
	if code := exitCode(err, &stderr); code != 1 || !strings.Contains(stderr.String(), "was changed by hand since it was added; pass --force") {
		t.Errorf("add over a hand-edited source.txt: exit %d, stderr %q", code, stderr.String())
	}
	if data, _ := os.ReadFile(source); string(data) != handEdited {
		t.Error("the hand-edited source.txt was replaced without --force")
	}
	runOK(t, "add", "--force", "--source", proj, file)
	if data, _ := os.ReadFile(source); !strings.Contains(string(data), "A third version.") {
		t.Error("add --force did not replace source.txt")
	}
	if data, _ := os.ReadFile(index); string(data) != edited {
		t.Errorf("index.md after --force = %q, want the editor's %q", data, edited)
	}
}

// countingReader is an endless reader that counts what was read from it.
type countingReader struct{ n int }

func (r *countingReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	r.n += len(p)
	return len(p), nil
}

// TestReadLimitedStdin checks that a huge standard input is refused after
// reading just past the limit, not read whole.
func TestReadLimitedStdin(t *testing.T) {
	r := &countingReader{}
	_, err := readLimited("-", r, 1<<20)
	if err == nil || !strings.Contains(err.Error(), "over the limit of 1.0 MB") {
		t.Errorf("readLimited(endless stdin) error = %v, want one over the limit", err)
	}
	if r.n > 2<<20 {
		t.Errorf("read %d bytes of stdin, want at most about 1 MB", r.n)
	}
}

// TestLimitsFromConfig sets limits in hugo.toml, which flags override,
// and checks that build refuses a source.txt past them.
func TestLimitsFromConfig(t *testing.T) {
	proj := newProject(t)
	cfg := filepath.Join(proj, "hugo.toml")
	data, _ := os.ReadFile(cfg)
	writeFile(t, cfg, string(data)+"\n[params.explainer]\n  maxParagraphs = 2\n  maxParagraphBytes = \"1KB\"\n")
	file := filepath.Join(t.TempDir(), "three.txt")
	writeFile(t, file, "Three paragraphs\nTest Wire\n****\nOne.\nTwo.\nThree.\n")

	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"add", "--source", proj, file}, &stdout, &stderr)
	if code := exitCode(err, &stderr); code != 1 || !strings.Contains(stderr.String(), "3 paragraphs, over the limit of 2 (raise it with --max-paragraphs or params.explainer.maxParagraphs in hugo.toml)") {
		t.Errorf("add past the hugo.toml limit: exit %d, stderr %q", code, stderr.String())
	}
	dir := strings.TrimSpace(runOK(t, "add", "--max-paragraphs", "3", "--source", proj, file))

	// A build applies the limits to every source.txt, and fails without
	// touching public/ when one is past them.
	writeFile(t, cfg, string(data)+"\n[params.explainer]\n  maxParagraphs = 2\n")
	stderr.Reset()
	err = run(context.Background(), []string{"build", "--source", proj}, &stdout, &stderr)
	if code := exitCode(err, &stderr); code != 1 || !strings.Contains(stderr.String(), filepath.Join(dir, "source.txt")+": 3 paragraphs, over the limit of 2") {
		t.Errorf("build past the limit: exit %d, stderr %q", code, stderr.String())
	}
	if _, err := os.Stat(filepath.Join(proj, "public")); err == nil {
		t.Error("a failed build wrote public/")
	}
	runOK(t, "build", "--max-paragraphs", "3", "--source", proj)
}
