package content

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/explainer-dev/explainer/tools/internal/article"
	"github.com/explainer-dev/explainer/tools/internal/corpus"
	"github.com/explainer-dev/explainer/tools/internal/extract"
)

// want is what json.Indent makes of src.
func want(t testing.TB, src []byte) []byte {
	var b bytes.Buffer
	if err := json.Indent(&b, src, "", "  "); err != nil {
		t.Fatalf("json.Indent(%q): %v", src, err)
	}
	return b.Bytes()
}

func TestIndent(t *testing.T) {
	for _, src := range []string{
		`{}`, `[]`, `""`, `0`, `-1.5e3`, `true`, `null`,
		`{"a":{},"b":[],"c":[{}],"d":[[]]}`,
		`{"s":"{[,:]}","t":"a \"quoted\" \\ {x}","u":"\u003c\u0026"}`,
		`[1,[2,[3,{"k":[true,false,null]}]]]`,
		" { \"a\" : [ 1 , 2 ] ,\n\t\"b\" : { } } ",
	} {
		if got, want := indent([]byte(src)), want(t, []byte(src)); !bytes.Equal(got, want) {
			t.Errorf("indent(%q) =\n%s\nwant\n%s", src, got, want)
		}
	}
}

// TestEncode checks Encode against json.MarshalIndent on explainers of
// many articles: variations of the built-in one and the articles in
// testdata.
func TestEncode(t *testing.T) {
	seed, err := article.Parse("builtin.txt", builtinArticle(t))
	if err != nil {
		t.Fatal(err)
	}
	var as []article.Article
	for i := range 50 {
		as = append(as, corpus.Vary(seed, i))
	}
	files, _ := filepath.Glob(filepath.Join("..", "eval", "testdata", "*.txt"))
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Parse(f, src)
		if err != nil {
			t.Fatal(err)
		}
		as = append(as, a)
	}
	if len(as) < 55 {
		t.Fatalf("%d articles, want at least 55", len(as))
	}
	for _, a := range as {
		x := extract.Extract(a)
		mi, err := json.MarshalIndent(x, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if got := Encode(x); !bytes.Equal(got, append(mi, '\n')) {
			t.Fatalf("Encode of %q differs from json.MarshalIndent", a.Title)
		}
	}
}

func FuzzIndent(f *testing.F) {
	f.Add([]byte(`{"a":[1,{"b":"c\"}"}],"d":{}}`))
	f.Add([]byte(" [ ] "))
	f.Fuzz(func(t *testing.T, src []byte) {
		if !json.Valid(src) {
			return
		}
		if got, want := indent(src), want(t, src); !bytes.Equal(got, want) {
			t.Fatalf("indent(%q) = %q, want %q", src, got, want)
		}
	})
}

func BenchmarkEncode(b *testing.B) {
	x := builtinExplainer(b)
	b.ReportAllocs()
	for b.Loop() {
		Encode(x)
	}
}

func BenchmarkMarshal(b *testing.B) {
	x := builtinExplainer(b)
	b.ReportAllocs()
	for b.Loop() {
		json.Marshal(x)
	}
}

func BenchmarkMarshalIndent(b *testing.B) {
	x := builtinExplainer(b)
	b.ReportAllocs()
	for b.Loop() {
		json.MarshalIndent(x, "", "  ")
	}
}

// builtinArticle is the text of the built-in article.
func builtinArticle(t testing.TB) []byte {
	src, err := os.ReadFile(filepath.Join("..", "..", "explainer", "builtin", "south-korea-ukraine.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return src
}

func BenchmarkIndent(b *testing.B) {
	src, _ := json.Marshal(builtinExplainer(b))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		indent(src)
	}
}

// builtinExplainer is the explainer of the built-in article.
func builtinExplainer(t testing.TB) *extract.Explainer {
	seed, err := article.Parse("builtin.txt", builtinArticle(t))
	if err != nil {
		t.Fatal(err)
	}
	return extract.Extract(seed)
}
