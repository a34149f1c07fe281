package highlight

import (
	"bytes"
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"

	"github.com/explainer-dev/explainer/tools/internal/article"
	"github.com/explainer-dev/explainer/tools/internal/extract"
)

// sample is the data of the built-in article's explainer, as a build
// writes it.
func sample(t testing.TB) []byte {
	t.Helper()
	src, err := os.ReadFile("../../explainer/builtin/south-korea-ukraine.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Parse("builtin.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	a.Published = time.Date(2024, 10, 23, 0, 0, 0, 0, time.UTC)
	data, err := json.MarshalIndent(extract.Extract(a), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

var spanRE = regexp.MustCompile(`<span class=([a-z0-9]+)>([^<]*)</span>`)

// TestSameClassesAsChroma: every token chroma's JSON lexer gives a class
// that a style colours gets the same class here, in the same order.
func TestSameClassesAsChroma(t *testing.T) {
	for name, src := range map[string][]byte{
		"explainer": sample(t),
		"literals":  []byte(`{"a": [1, -2.5e3, 0.25, true, false, null, "x\"y", {"b\\": "<&>"}], "c": -7}`),
	} {
		var want []string
		it, err := lexers.Get("json").Tokenise(nil, string(src))
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range it.Tokens() {
			class := chroma.StandardTypes[tok.Type]
			switch tok.Type.Category() {
			case chroma.Punctuation, chroma.Text:
				continue
			}
			want = append(want, class+" "+tok.Value)
		}
		var b bytes.Buffer
		if err := JSON(&b, src); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range spanRE.FindAllStringSubmatch(b.String(), -1) {
			got = append(got, m[1]+" "+html.UnescapeString(m[2]))
		}
		if len(got) != len(want) {
			t.Fatalf("%s: %d tokens marked, chroma marks %d", name, len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("%s: token %d is %q, chroma says %q", name, i, got[i], want[i])
			}
		}
	}
}

// text is the text of marked-up JSON: the tags removed and the references
// resolved.
func text(s string) string {
	s = regexp.MustCompile(`</?span[^>]*>`).ReplaceAllString(s, "")
	return html.UnescapeString(s)
}

func TestTextIsTheInput(t *testing.T) {
	src := sample(t)
	var b bytes.Buffer
	if err := JSON(&b, src); err != nil {
		t.Fatal(err)
	}
	if got := text(b.String()); got != string(src) {
		t.Error("the text of the highlighted block differs from the JSON")
	}
	// chroma's formatter writes five times the JSON (a span per line and
	// per comma); this package marks up only what a style colours.
	if n, m := b.Len(), len(src); n > 2*m {
		t.Errorf("marked up, %d bytes of JSON take %d bytes, want at most twice as many", m, n)
	}
}

func TestInvalidJSON(t *testing.T) {
	for _, src := range []string{"", "{", `{"a": }`, `"unterminated`, "[1,]", "nul"} {
		b := bytes.NewBufferString("kept")
		if err := JSON(b, []byte(src)); err == nil {
			t.Errorf("%q: no error", src)
		}
		if b.String() != "kept" {
			t.Errorf("%q: the buffer was changed to %q", src, b.String())
		}
	}
}

// TestFill fills a data page's empty block with its JSON, marked up, once.
func TestFill(t *testing.T) {
	dir := t.TempDir()
	const head, tail = `<!doctype html><main><p>Data</p><div class=highlight><pre tabindex=0 class=chroma><code class=language-json data-lang=json>`, "</code></pre></div></main>\n"
	write := func(name, s string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	data := []byte(`{"title": "A <b> & \"c\"", "n": 2}`)
	page := write("data.html", head+tail)
	if ok, err := Fill(page, data); !ok || err != nil {
		t.Fatalf("Fill = %v, %v; want true, nil", ok, err)
	}
	got, _ := os.ReadFile(page)
	want := head + `{<span class=nt>"title"</span>: <span class=s2>"A &lt;b&gt; &amp; \"c\""</span>, <span class=nt>"n"</span>: <span class=mi>2</span>}` + tail
	if string(got) != want {
		t.Errorf("page is\n%s\nwant\n%s", got, want)
	}
	if ok, err := Fill(page, data); ok || err != nil {
		t.Errorf("second Fill = %v, %v; want false, nil", ok, err)
	}
	if again, _ := os.ReadFile(page); string(again) != want {
		t.Error("the second Fill changed the page")
	}
	quoted := write("quoted.html", `<code class="language-json" data-lang="json"></code>`)
	if ok, err := Fill(quoted, data); !ok || err != nil {
		t.Errorf("Fill of a page not minified = %v, %v; want true, nil", ok, err)
	}
	plain := write("plain.html", "<!doctype html><p>No data here.</p>\n")
	if ok, err := Fill(plain, data); ok || err != nil {
		t.Errorf("Fill of a page without a block = %v, %v; want false, nil", ok, err)
	}
	empty := write("empty.html", head+tail)
	if _, err := Fill(empty, []byte(`{"a": `)); err == nil {
		t.Error("Fill with bad JSON: no error")
	}
	if _, err := Fill(filepath.Join(dir, "missing.html"), data); err == nil {
		t.Error("Fill of a page that does not exist: no error")
	}
	if b, _ := os.ReadFile(empty); string(b) != head+tail {
		t.Error("a page was changed though its JSON is not JSON")
	}
}

func FuzzJSON(f *testing.F) {
	f.Add([]byte(`{"a": [1, -2.5e3, true, null, "x\"<y>&"]}`))
	f.Add([]byte(`"\u003c\\"`))
	f.Fuzz(func(t *testing.T, src []byte) {
		var b bytes.Buffer
		err := JSON(&b, src)
		if valid := json.Valid(src); valid != (err == nil) {
			t.Fatalf("valid %v, error %v", valid, err)
		}
		if err != nil {
			return
		}
		if got := text(b.String()); got != string(src) {
			t.Fatalf("text %q, want %q", got, src)
		}
		if open, closed := strings.Count(b.String(), "<span"), strings.Count(b.String(), "</span>"); open != closed {
			t.Fatalf("%d spans opened, %d closed", open, closed)
		}
	})
}

func BenchmarkJSON(b *testing.B) {
	src := sample(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		JSON(&buf, src)
	}
}

// BenchmarkTokens is BenchmarkJSON without the check that src is JSON: the
// markup alone, as FillValid writes it.
func BenchmarkTokens(b *testing.B) {
	src := sample(b)
	b.SetBytes(int64(len(src)))
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		tokens(&buf, src)
	}
}
