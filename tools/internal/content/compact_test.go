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

func compacted(t testing.TB, src []byte) []byte {
	var b bytes.Buffer
	if err := json.Compact(&b, src); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestAppendCompact checks AppendCompact against json.Compact on the
// explainer.json of varied built-in articles and on JSON whose strings end
// in escaped quotes and backslashes.
func TestAppendCompact(t *testing.T) {
	seed, err := article.Parse("builtin.txt", builtinArticle(t))
	if err != nil {
		t.Fatal(err)
	}
	var docs [][]byte
	for i := range 20 {
		docs = append(docs, Encode(extract.Extract(corpus.Vary(seed, i))))
	}
	docs = append(docs,
		[]byte(` { "a\\" : [ "\"" , "\\\\\"\\" , "x\\\\" ] ,"b":-1.5e+3,	"c" : null
		, "d": [true,false ,{}] , "e\u2028 \t": " spaced \\n out " } `),
		[]byte(`"\\"`), []byte(` 12 `), []byte(`[""," ",  "\""]`))
	for _, d := range docs {
		if got, want := AppendCompact([]byte("prefix"), d), append([]byte("prefix"), compacted(t, d)...); !bytes.Equal(got, want) {
			t.Fatalf("AppendCompact(%.200q) =\n%.300s\nwant\n%.300s", d, got, want)
		}
	}
}

func FuzzAppendCompact(f *testing.F) {
	f.Add([]byte(`{"a":[1,{"b":"c\"}"}], "d" : { } }`))
	f.Add([]byte(` [ "\\" , "\\\"" ] `))
	f.Fuzz(func(t *testing.T, src []byte) {
		if !json.Valid(src) {
			return
		}
		if got, want := AppendCompact(nil, src), compacted(t, src); !bytes.Equal(got, want) {
			t.Fatalf("AppendCompact(%q) = %q, want %q", src, got, want)
		}
	})
}

// TestWritten checks that a bundle's explainer.json counts as the tool's
// own until it is edited.
func TestWritten(t *testing.T) {
	root := t.TempDir()
	dir, err := Add(root, testArticle("A written explainer"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, ExplainerFile)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !Written(dir, data) {
		t.Fatalf("Written(%s) = false for the file Add wrote", path)
	}
	edited := bytes.Replace(data, []byte(`"title": "`), []byte(`"title": "Edited: `), 1)
	if bytes.Equal(edited, data) {
		t.Fatal("found no title to edit")
	}
	if Written(dir, edited) {
		t.Fatal("Written = true for an edited explainer.json")
	}
	if Written(t.TempDir(), data) {
		t.Fatal("Written = true in a folder without the tool's state")
	}
}

func BenchmarkAppendCompact(b *testing.B) {
	src := Encode(builtinExplainer(b))
	b.SetBytes(int64(len(src)))
	dst := make([]byte, 0, len(src))
	for b.Loop() {
		dst = AppendCompact(dst[:0], src)
	}
}

func BenchmarkCompact(b *testing.B) {
	src := Encode(builtinExplainer(b))
	b.SetBytes(int64(len(src)))
	var dst bytes.Buffer
	for b.Loop() {
		dst.Reset()
		json.Compact(&dst, src)
	}
}
