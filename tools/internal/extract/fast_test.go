package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/explainer-dev/explainer/tools/internal/article"
)

// The allocation-free helpers must agree with the standard library forms
// they replace.
func TestFastHelpers(t *testing.T) {
	texts := []string{
		"",
		"Korea's troops’ ISTANBUL  Ünal İstanbul ΣΑΣ Mr. O’Neill's  1,500\u00a0troops\tleft.",
		"  lead and trail  ",
		"bad \xff utf-8 \u2028 line separator",
		"Jones' DOG’s Cats’ s' ’s 's ’ ‘quoted’ O’NEILL’S",
		"al-Bashir el-sisi ash-Sharif bin-Salman abu-x Ó hAodha hÉireann hat bin ibn-Khaldun x-Ray Élise élan",
	}
	for _, p := range texts {
		lower := asciiLower(p)
		for _, tk := range tokenize(nil, p, lower, sentences(p)) {
			if got, want := tk.lower(), strings.ToLower(tk.text); got != want {
				t.Errorf("lower(%q) = %q, want %q", tk.text, got, want)
			}
			if got, want := tk.norm(), strings.ReplaceAll(tk.lower(), "’", "'"); got != want {
				t.Errorf("norm(%q) = %q, want %q", tk.text, got, want)
			}
			if got, want := tk.lowBase(), strings.ToLower(tk.base()); got != want {
				t.Errorf("lowBase(%q) = %q, want %q", tk.text, got, want)
			}
			if got, want := tk.isCap(), tk.kind == tWord && capitalised(tk.text); got != want {
				t.Errorf("isCap(%q) = %v, want %v", tk.text, got, want)
			}
		}
		if got, want := asciiLower(p), lowerByteByByte(p); got != want {
			t.Errorf("asciiLower(%q) = %q, want %q", p, got, want)
		}
		if got, want := countFields(p), len(strings.Fields(p)); got != want {
			t.Errorf("countFields(%q) = %d, want %d", p, got, want)
		}
	}
}

// TestDatePatternFind checks that a date pattern's find, which skips the
// sentences without one of its needs and the words well before its first
// trigger, finds what a search of the whole sentence finds, on every
// sentence of the labelled articles, so that a pattern edited to match more
// words fails here until its needs follow. Each pattern must also run on
// some sentence: a need that is never met would pass vacuously.
func TestDatePatternFind(t *testing.T) {
	pats := datePatterns()
	from := make([]int, len(pats))
	found := make([]int, len(pats))
	// Forms the labelled articles have few of.
	extra := "Rare dates\nTest\n****\nThe plant shut in summer 2023 and reopened in the spring of 2024.\n" +
		"It ran between 10 and 12 March, then from 4 to 6 October, and from Sept. 23 to Sept. 30.\n" +
		"Sales were good in the pre-Christmas rush, and black after the COVID-19 March lockdown.\n"
	articles := labelledDocs(t, extra, func(file string, d *doc) {
		for _, pa := range d.paras {
			for si, sp := range pa.sents {
				toks := pa.toks[pa.tokSent[si]:pa.tokSent[si+1]]
				any, hasMonth := markDateTriggers(toks, from)
				if !any {
					continue
				}
				for pi, dp := range pats {
					if from[pi] < 0 {
						continue
					}
					text := pa.text[sp.start:sp.end]
					if dp.lower {
						text = pa.lower[sp.start:sp.end]
					}
					want := dp.re.re.FindAllStringSubmatchIndex(text, -1)
					got := dp.find(text, toks, sp.start, from[pi], hasMonth)
					if !slices.EqualFunc(got, want, slices.Equal) {
						t.Errorf("%s: pattern %d (%s) on %q finds %v, want %v", file, pi, dp.re.re, text, got, want)
					}
					found[pi] += len(want)
				}
			}
		}
	})
	for pi, n := range found {
		if n == 0 && pats[pi].needs != nil {
			t.Errorf("pattern %d (%s) has needs and matches nothing in %d articles", pi, pats[pi].re.re, articles)
		}
	}
}

// labelledDocs calls fn with the doc of each labelled article of the eval
// package, at least 400, and of extra, an article of forms they have few
// of, and returns how many it read.
func labelledDocs(t *testing.T, extra string, fn func(file string, d *doc)) int {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "eval", "testdata", "*.txt"))
	if err != nil || len(files) < 400 {
		t.Fatalf("%d labelled articles (%v), want at least 400", len(files), err)
	}
	files = append(files, "extra")
	for _, f := range files {
		src := []byte(extra)
		if f != "extra" {
			if src, err = os.ReadFile(f); err != nil {
				t.Fatal(err)
			}
		}
		a, err := article.Parse(f, src)
		if err != nil {
			t.Fatal(err)
		}
		fn(filepath.Base(f), newDoc(a))
	}
	return len(files)
}

// FuzzSearch checks that a search tried only where a match can start finds
// what an unanchored search finds, for a date pattern, or an expression
// that opens otherwise, on any text of a sentence's length: which picks
// the expression, so that each run tries one.
func FuzzSearch(f *testing.F) {
	f.Add("In March 2024, ministers met on Monday; by mid-2028 the 2024-25 budget ends.", uint8(25))
	f.Add("blast night, last night, Good Friday's vote\xff between 2014 and 2017 Ünal", uint8(2))
	f.Add("from 4 to 6 October and Sept. 23 to Sept. 30 in the June quarter", uint8(43))
	f.Add("Kelvin k\u212a Ünal cc dd", uint8(255))
	searches := []*search{
		newSearch(regexp.MustCompile(`(?i)k\w+|\bÜ\w+`)),
		newSearch(regexp.MustCompile(`x*`)),
		newSearch(regexp.MustCompile(`(?:a|b)?c\b|\Bd`)),
	}
	for _, dp := range datePatterns() {
		searches = append(searches, dp.re)
	}
	f.Fuzz(func(t *testing.T, text string, which uint8) {
		if len(text) > 400 {
			return // longer than the sentences it reads
		}
		s := searches[int(which)%len(searches)]
		want := s.re.FindAllStringSubmatchIndex(text, -1)
		if got := s.findAll(text, 0); !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("search %s on %q finds %v, want %v", s.re, text, got, want)
		}
	})
}

// FuzzCountFields checks countFields, which reads eight ASCII bytes at a
// time, against strings.Fields on any text.
func FuzzCountFields(f *testing.F) {
	f.Add("Two  words\tand\r\na\vfew\fmore, at eight bytes a time ")
	f.Add(" Caf\u00e9\u00a0au lait\u2028 and \x01\x7f bytes")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := countFields(s), len(strings.Fields(s)); got != want {
			t.Fatalf("countFields(%q) = %d, want %d", s, got, want)
		}
	})
}

// FuzzIndexMarks checks the eight-bytes-at-a-time searches of quotes.go
// against reading one byte at a time, from every offset.
func FuzzIndexMarks(f *testing.F) {
	f.Add(`He said "yes" and ‘no’, it’s 'fine' at last, in café`)
	f.Add("no marks at all in this one, only plain words")
	f.Fuzz(func(t *testing.T, p string) {
		for i := 0; i <= len(p); i++ {
			want := len(p)
			for k := i; k < len(p); k++ {
				if p[k] >= 0x80 || p[k] == '"' {
					want = k
					break
				}
			}
			if got := indexQuoteByte(p, i); got != want {
				t.Fatalf("indexQuoteByte(%q, %d) = %d, want %d", p, i, got, want)
			}
			want = len(p)
			for k := i; k < len(p); k++ {
				if p[k] == '\'' || p[k] == "‘"[0] {
					want = k
					break
				}
			}
			if got := indexSingleMark(p, i); got != want {
				t.Fatalf("indexSingleMark(%q, %d) = %d, want %d", p, i, got, want)
			}
		}
	})
}

// FuzzASCIILower checks asciiLower, which reads eight bytes at a time,
// against lower-casing 'A' to 'Z' a byte at a time.
func FuzzASCIILower(f *testing.F) {
	f.Add("Korea's ISTANBUL Ünal İstanbul, SEOUL and Kyiv: [AZ@] `az{`")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := asciiLower(s), lowerByteByByte(s); got != want {
			t.Fatalf("asciiLower(%q) = %q, want %q", s, got, want)
		}
	})
}

// lowerByteByByte is what asciiLower stands for: 'A' to 'Z' lower-cased,
// every other byte as it is.
func lowerByteByByte(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
