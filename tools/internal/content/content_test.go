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
