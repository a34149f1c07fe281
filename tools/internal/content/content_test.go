package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/explainer-dev/explainer/tools/internal/article"
)

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"South Korea Considers Arming Ukraine", "south-korea-considers-arming-ukraine"},
		{"  Côte d’Ivoire: what's next?  ", "cote-d-ivoire-what-s-next"},
		{"../../etc/passwd", "etc-passwd"},
		{"북한, 러시아에 병력 파견", "북한-러시아에-병력-파견"},
		{"مجلس الأمن يجتمع", "مجلس-الأمن-يجتمع"},
		{"!!!", "explainer"},
		{strings.Repeat("word ", 40), strings.TrimSuffix(strings.Repeat("word-", 16), "-")},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func testArticle(title string) article.Article {
	return article.Article{
		Title:      title,
		Outlet:     "Test Wire",
		Published:  time.Date(2024, 10, 23, 0, 0, 0, 0, time.UTC),
		Paragraphs: []string{"Officials met on Tuesday.", "The treaty was signed earlier this year."},
	}
}

func TestAddCollisionAndRefresh(t *testing.T) {
	root := t.TempDir()
	a := testArticle("Talks resume")
	dir, err := Add(root, a)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(dir) != "talks-resume" {
		t.Errorf("Add dir = %q, want talks-resume", dir)
	}
	for _, f := range []string{SourceFile, ExplainerFile, IndexFile} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Error(err)
		}
	}

	again, err := Add(root, a)
	if err != nil || again != dir {
		t.Errorf("Add(same article) = %q, %v; want %q", again, err, dir)
	}

	b := a
	b.Outlet = "Other Wire"
	b.Paragraphs = []string{"A different story."}
	other, err := Add(root, b)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(other) != "talks-resume-2" {
		t.Errorf("Add(colliding headline) = %q, want talks-resume-2", other)
	}
	leftovers, _ := filepath.Glob(filepath.Join(Dir(root), ".*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left behind: %q", leftovers)
	}
}

func TestRefreshKeepsEditedIndex(t *testing.T) {
	root := t.TempDir()
	dir, err := Add(root, testArticle("Talks resume"))
	if err != nil {
		t.Fatal(err)
	}
	index := filepath.Join(dir, IndexFile)
	source := filepath.Join(dir, SourceFile)

	// An untouched index.md follows the article.
	src, _ := os.ReadFile(source)
	os.WriteFile(source, []byte(strings.Replace(string(src), "Talks resume", "Talks resume at last", 1)), 0o644)
	if changed, err := Refresh(dir); err != nil || !changed {
		t.Fatalf("Refresh = %v, %v; want true, nil", changed, err)
	}
	if data, _ := os.ReadFile(index); !strings.Contains(string(data), `"Talks resume at last"`) {
		t.Errorf("untouched index.md not regenerated:\n%s", data)
	}

	// An edited one is the editor's.
	edited := "---\ntitle: \"An editor's headline\"\n---\n"
	os.WriteFile(index, []byte(edited), 0o644)
	src, _ = os.ReadFile(source)
	os.WriteFile(source, append(src, "A new paragraph.\n"...), 0o644)
	if changed, err := Refresh(dir); err != nil || !changed {
		t.Fatalf("Refresh = %v, %v; want true, nil", changed, err)
	}
	if data, _ := os.ReadFile(index); string(data) != edited {
		t.Errorf("edited index.md = %q, want %q", data, edited)
	}
	if changed, err := Refresh(dir); err != nil || changed {
		t.Errorf("Refresh of an unchanged source = %v, %v; want false, nil", changed, err)
	}
}

func TestAddNewVersionKeepsEdits(t *testing.T) {
	root := t.TempDir()
	a := testArticle("Talks resume")
	a.URL = "https://example.org/talks"
	dir, err := Add(root, a)
	if err != nil {
		t.Fatal(err)
	}
	index := filepath.Join(dir, IndexFile)
	source := filepath.Join(dir, SourceFile)
	edited := "---\ntitle: \"An editor's headline\"\n---\n"
	writeTestFile(t, index, edited)

	// A new version of the article (same address) updates the bundle in
	// place and keeps the edited index.md.
	v2 := a
	v2.Paragraphs = append(v2.Paragraphs, "A correction was appended.")
	got, err := Add(root, v2)
	if err != nil || got != dir {
		t.Fatalf("Add(new version) = %q, %v; want %q, nil", got, err, dir)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, ExplainerFile)); !strings.Contains(string(data), "A correction was appended.") {
		t.Error("explainer.json does not hold the new version")
	}
	if data, _ := os.ReadFile(index); string(data) != edited {
		t.Errorf("edited index.md = %q, want %q", data, edited)
	}

	// A source.txt changed by hand is not replaced without Force.
	src, _ := os.ReadFile(source)
	handEdited := strings.Replace(string(src), "Officials met", "Officials (by hand) met", 1)
	writeTestFile(t, source, handEdited)
	v3 := v2
	v3.Paragraphs = append(v3.Paragraphs, "A third version.")
	if _, err := Add(root, v3); err == nil || !strings.Contains(err.Error(), "changed by hand") {
		t.Errorf("Add(over a hand-edited source.txt) error = %v, want one saying it was changed by hand", err)
	}
	if data, _ := os.ReadFile(source); string(data) != handEdited {
		t.Errorf("source.txt = %q, want the hand-edited %q", data, handEdited)
	}
	if _, err := (Config{Force: true}).Add(root, v3); err != nil {
		t.Fatalf("Add with Force: %v", err)
	}
	if data, _ := os.ReadFile(source); !strings.Contains(string(data), "A third version.") {
		t.Errorf("source.txt after Add with Force = %q, want the third version", data)
	}
	if data, _ := os.ReadFile(index); string(data) != edited {
		t.Errorf("edited index.md after Force = %q, want %q", data, edited)
	}
	if entries, _ := filepath.Glob(filepath.Join(Dir(root), "*")); len(entries) != 1 {
		t.Errorf("bundles = %q, want one", entries)
	}
}

func TestRefreshCache(t *testing.T) {
	root := t.TempDir()
	c := Config{Extractor: "v1"}
	dir, err := c.Add(root, testArticle("Talks resume"))
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name      string
		edit      func()
		c         Config
		extracted bool
	}{
		{"unchanged", func() {}, c, false},
		{"without a cache key", func() {}, Config{}, true},
		{"new extractor", func() {}, Config{Extractor: "v2"}, true},
		{"same extractor again", func() {}, Config{Extractor: "v2"}, false},
		{"source edited", func() {
			src, _ := os.ReadFile(filepath.Join(dir, SourceFile))
			writeTestFile(t, filepath.Join(dir, SourceFile), string(src)+"More.\n")
		}, Config{Extractor: "v2"}, true},
		{"explainer.json damaged", func() { writeTestFile(t, filepath.Join(dir, ExplainerFile), "{") }, Config{Extractor: "v2"}, true},
		{"index.md deleted", func() { os.Remove(filepath.Join(dir, IndexFile)) }, Config{Extractor: "v2"}, true},
		{"state deleted", func() { os.Remove(filepath.Join(dir, stateFile)) }, Config{Extractor: "v2"}, true},
		{"settled", func() {}, Config{Extractor: "v2"}, false},
	}
	for _, s := range steps {
		s.edit()
		r, err := s.c.refresh(dir)
		if err != nil {
			t.Fatalf("%s: refresh: %v", s.name, err)
		}
		if r.extracted != s.extracted {
			t.Errorf("%s: extracted = %v, want %v", s.name, r.extracted, s.extracted)
		}
	}
	if data, _ := os.ReadFile(filepath.Join(dir, ExplainerFile)); !strings.Contains(string(data), "More.") {
		t.Error("explainer.json was not rebuilt from the edited source")
	}
	if _, err := os.Stat(filepath.Join(dir, IndexFile)); err != nil {
		t.Error("index.md was not written again")
	}
}

func TestRemoveStale(t *testing.T) {
	dir := t.TempDir()
	dead := filepath.Join(dir, ".public.tmp-999999999-123")
	mine, err := os.MkdirTemp(dir, TempPattern("public"))
	if err != nil {
		t.Fatal(err)
	}
	keep := filepath.Join(dir, ".cache-2024-10")
	for _, d := range []string{dead, keep} {
		if err := os.MkdirAll(filepath.Join(d, "sub"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := RemoveStale(dir); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]bool{dead: false, mine: true, keep: true} {
		if _, err := os.Stat(path); (err == nil) != want {
			t.Errorf("after RemoveStale, %s exists = %v, want %v", filepath.Base(path), err == nil, want)
		}
	}
}

func writeTestFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
