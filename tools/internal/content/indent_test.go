package content

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
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
	buf := Buffer()
	for _, a := range as {
		x := extract.Extract(a)
		mi, err := json.MarshalIndent(x, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		want := append(mi, '\n')
		if got := Encode(x); !bytes.Equal(got, want) {
			t.Fatalf("Encode of %q differs from json.MarshalIndent", a.Title)
		}
		// The same into a buffer given back and taken again, which may
		// hold the last article's longer or shorter JSON.
		got := AppendEncode(*buf, x)
		if !bytes.Equal(got, want) {
			t.Fatalf("AppendEncode of %q into a reused buffer differs from json.MarshalIndent", a.Title)
		}
		PutBuffer(buf, got)
		buf = Buffer()
	}
}

// FuzzEncode checks Encode against json.MarshalIndent on explainers made
// of arbitrary text and numbers, with nil, empty and full lists and the
// optional fields both set and empty.
func FuzzEncode(f *testing.F) {
	f.Add("a <b> & \"c\" \\ \u2028\u2029\x7f\x00\x1f\t\n", "\xff\xfe ok \u00e9", 0.5, 1e21, uint8(0))
	f.Add("", "", 1e-7, -0.0, uint8(255))
	f.Add("x", "y", 123456789.125, 1e-6, uint8(85))
	f.Fuzz(func(t *testing.T, s, u string, v, w float64, shape uint8) {
		if math.IsInf(v, 0) || math.IsNaN(v) || math.IsInf(w, 0) || math.IsNaN(w) {
			return
		}
		on := func(bit uint8) bool { return shape&(1<<bit) != 0 }
		strs := func(bit uint8) []string {
			if !on(bit) {
				return nil
			}
			if on(bit + 1) {
				return []string{}
			}
			return []string{s, u}
		}
		src := extract.Source{Paragraph: len(s), Sentence: -len(u), Start: 1 << 40, End: 0}
		x := &extract.Explainer{Schema: s, Slug: u, Title: s + u, Source: extract.Origin{Outlet: u, URL: s}}
		if on(0) {
			x.Source.Author = s
			x.KeyPoints = []extract.Item{{Text: s, Source: src}, {Text: u}}
			x.Paragraphs = []extract.Paragraph{{Index: 3, Text: s, Label: u, Confidence: v, Cues: strs(1)},
				{Confidence: w, Sentences: []extract.SentenceLabel{{Index: 1, Start: 2, End: 3, Label: s}}}}
			x.Sections = []extract.Section{{ID: s, Kind: u, Title: s}, {Items: []extract.Item{}}}
			x.People = []extract.Person{{Name: s, Role: u, Affiliation: s, Expert: on(3), Mentions: []extract.Source{src, src}, Aliases: strs(4)}}
			x.Organizations = []extract.Organization{{Name: u, Kind: s, Aliases: strs(5), Mentions: []extract.Source{}}}
			x.Places = []extract.Place{{Name: s}, {Name: u, Kind: s, Country: u, Aliases: strs(6), Mentions: []extract.Source{src}}}
			x.Numbers = []extract.Number{{Text: s, Value: v, Counts: u, Approximate: on(7), Source: src}, {Value: w}}
			x.Dates = []extract.Date{{Text: s, Resolved: u, Granularity: s, Source: src, Future: on(3)}, {Future: !on(3)}}
			x.Timeline = []extract.Event{{Date: s, Label: u, Future: on(4), Source: src}}
			x.Quotes = []extract.Quote{{Text: s, Speaker: u, Source: src}}
			x.Claims = []extract.Claim{{Text: u, Attribution: s, Certainty: u, Source: src}}
		} else if on(1) {
			x.KeyPoints, x.Paragraphs, x.Sections = []extract.Item{}, []extract.Paragraph{}, []extract.Section{}
			x.People, x.Organizations, x.Places = []extract.Person{}, []extract.Organization{}, []extract.Place{}
			x.Numbers, x.Dates, x.Timeline = []extract.Number{}, []extract.Date{}, []extract.Event{}
			x.Quotes, x.Claims = []extract.Quote{}, []extract.Claim{}
		}
		mi, err := json.MarshalIndent(x, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if got := Encode(x); !bytes.Equal(got, append(mi, '\n')) {
			t.Fatalf("Encode(%+v) =\n%s\nwant\n%s", x, got, mi)
		}
	})
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

// TestAppendString puts each byte that needs a look at each place of a
// string that spans several eight-byte words, against json.Marshal.
func TestAppendString(t *testing.T) {
	for _, special := range []string{"\"", "\\", "<", ">", "&", "\x00", "\x1f", "\x7f", "é", "\u2028", "\u2029", "\xff", "\xe2\x80"} {
		for at := range 20 {
			s := strings.Repeat("a", at) + special + strings.Repeat("b", 20-at)
			want, _ := json.Marshal(s)
			if got := appendString(nil, s); !bytes.Equal(got, want) {
				t.Errorf("appendString(%q) = %s, want %s", s, got, want)
			}
		}
	}
}
