package article

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func date(s string) time.Time {
	t, _ := time.Parse(DateLayout, s)
	return t
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             Article
	}{
		{
			name: "plain with headers, CRLF, BOM and NBSP",
			file: "a.txt",
			data: "\ufeffHeadline here\r\nThe Outlet\r\nDate: 2024-10-23\r\nURL: https://example.org/a\r\n****\r\nFirst\u00a0paragraph “quoted”.\r\n\r\nSecond paragraph.\r\n",
			want: Article{Title: "Headline here", Outlet: "The Outlet", Published: date("2024-10-23"), URL: "https://example.org/a",
				Paragraphs: []string{"First paragraph “quoted”.", "Second paragraph."}},
		},
		{
			name: "plain sniffed from stdin",
			file: "-",
			data: "H\nO\n****\nOne.\n",
			want: Article{Title: "H", Outlet: "O", Paragraphs: []string{"One."}},
		},
		{
			name: "markdown with YAML front matter",
			file: "story.md",
			data: "---\ntitle: \"Rain hits harvest\"\ndate: 2024-08-01\npublisher: Farm Weekly\nurl: https://example.org/rain\n---\n\n# Rain hits harvest\n\nHeavy **rain** fell on [Monday](http://x) across\nthe region.\n\n## Subhead\n\n- First *item*\n- Second item\n\n```\ncode\n```\n\n> A quoted line.\n",
			want: Article{Title: "Rain hits harvest", Outlet: "Farm Weekly", Published: date("2024-08-01"), URL: "https://example.org/rain",
				Paragraphs: []string{"Heavy rain fell on Monday across the region.", "First item", "Second item", "A quoted line."}},
		},
		{
			name: "markdown with TOML front matter",
			file: "story.markdown",
			data: "+++\ntitle = \"Vote delayed\"\noutlet = \"Daily\"\ndate = 2023-05-02\n+++\nParliament delayed the vote.\n",
			want: Article{Title: "Vote delayed", Outlet: "Daily", Published: date("2023-05-02"), Paragraphs: []string{"Parliament delayed the vote."}},
		},
		{
			name: "html with JSON-LD and meta tags",
			file: "page.html",
			data: `<!DOCTYPE html><html lang="en"><head><title>Page | Site</title>
<meta property="og:site_name" content="The Daily Test"><link rel="canonical" href="https://example.org/news/1">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ministers agree budget","datePublished":"2024-05-02T10:00:00+01:00"}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Ministers agree budget</h1>
<p>Ministers agreed a budget on Tuesday after weeks of talks, officials said. The deal raises spending on schools and hospitals by about 4% over the next two years.</p>
<p>The finance minister, Jane Doe, said the plan was &ldquo;fair and prudent&rdquo; and would be put to parliament next week, where the coalition holds a majority.</p>
<p>Opposition parties said the budget did too little for families facing higher energy bills, and promised to vote against it in the house.</p>
</article><footer>Copyright</footer></body></html>`,
			want: Article{Title: "Ministers agree budget", Outlet: "The Daily Test", Published: date("2024-05-02"), URL: "https://example.org/news/1", Language: "en",
				Paragraphs: []string{
					"Ministers agreed a budget on Tuesday after weeks of talks, officials said. The deal raises spending on schools and hospitals by about 4% over the next two years.",
					"The finance minister, Jane Doe, said the plan was “fair and prudent” and would be put to parliament next week, where the coalition holds a majority.",
					"Opposition parties said the budget did too little for families facing higher energy bills, and promised to vote against it in the house.",
				}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.file, []byte(tt.data))
			if err != nil {
				t.Fatalf("Parse(%q) error: %v", tt.file, err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Parse(%q) =\n%#v\nwant\n%#v", tt.file, got, tt.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ file, data, want string }{
		{"a.txt", "", "empty"},
		{"a.txt", "Headline\nOutlet\nno separator\n", `no "****" line`},
		{"a.txt", "Headline\nOutlet\n****\n\n", "no paragraphs"},
		{"a.txt", "H\nO\nDate: someday\n****\nx\n", "is not a date"},
		{"a.md", "---\ntitle: [unclosed\n---\nBody.\n", "front matter"},
		{"a.md", "Just text with no title.\n", "no title"},
		{"a.html", "<html><body></body></html>", "no article text"},
		{"a.txt", "\xff\xfe bad", "not UTF-8"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.file, []byte(tt.data))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q, %q) error = %v, want it to mention %q", tt.file, tt.data, err, tt.want)
			continue
		}
		if strings.Contains(err.Error(), tt.file) || err.Error() != strings.ToLower(err.Error()[:1])+err.Error()[1:] {
			t.Errorf("Parse(%q) error %q should be lower-case and not name the file", tt.file, err)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add("a.txt", "H\nO\n****\nOne.\n")
	f.Add("a.md", "---\ntitle: T\n---\n# T\n\nBody *x* [l](u).\n")
	f.Add("a.html", "<html><head><title>T</title></head><body><p>Para one is long enough to count.</p></body></html>")
	f.Add("-", "\ufeff+++\ntitle = \"x\"\n+++\nb\r\n")
	f.Add("0", "# T\n\n\u200b\f\u200b\n")
	f.Add("a.txt", "H\nO\n****\n\u200b\n\tTwo\u2028 lines.\n")
	f.Fuzz(func(t *testing.T, name, data string) {
		a, err := Parse(name, []byte(data))
		if err != nil {
			return
		}
		if a.Title == "" || a.Title != cleanText(a.Title) || len(a.Paragraphs) == 0 {
			t.Errorf("Parse(%q) = %+v without error but no clean title or no paragraphs", name, a)
		}
		for _, p := range a.Paragraphs {
			if strings.TrimSpace(p) == "" || p != cleanText(p) {
				t.Errorf("Parse(%q) paragraph %q is blank or not clean text", name, p)
			}
		}
	})
}

// FuzzIsClean checks isClean, which reads eight bytes at a time where it
// can, against rebuilding the text: it is clean when the copy is the same.
func FuzzIsClean(f *testing.F) {
	f.Add("Already clean text, long enough for eight bytes at a time.")
	f.Add("Seven b  two spaces across eight bytes, and  within them.")
	f.Add("ends with a space after eight bytes ")
	f.Add(" opens with one, then eight bytes")
	f.Add("Caf\u00e9 \u201cquoted\u201d \u2014 fine, then \t a tab and \x7f")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isClean(s), rebuildText(s) == s; got != want {
			t.Fatalf("isClean(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestCleanText checks the clean-up on texts that need it and on texts
// that are clean already, which come back unchanged.
func TestCleanText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"Already clean text.", "Already clean text."},
		{"Caf\u00e9 \u201cquoted\u201d \u2014 fine", "Caf\u00e9 \u201cquoted\u201d \u2014 fine"},
		{" leading", "leading"},
		{"trailing ", "trailing"},
		{"two  spaces", "two spaces"},
		{"tab\there", "tab here"},
		{"line\nbreak\r\nand\fform feed", "line break and form feed"},
		{"non\u00a0breaking and\u2028line separator", "non breaking and line separator"},
		{"next\u0085line", "next line"},
		{"zero\u200bwidth, soft\u00adhyphen, \ufeffmark", "zerowidth, softhyphen, mark"},
		{"\u200b", ""},
		{"bad \xff byte", "bad \ufffd byte"},
		{" \t\n ", ""},
	} {
		if got := cleanText(c.in); got != c.want {
			t.Errorf("cleanText(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := isClean(c.in); got != (c.in == c.want) {
			t.Errorf("isClean(%q) = %v, want %v", c.in, got, c.in == c.want)
		}
	}
}
