package article

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"plain", "Headline\n****\nBody.\n", "Headline\n****\nBody.\n"},
		{"UTF-8 BOM", "\xef\xbb\xbfHeadline", "Headline"},
		{"UTF-16 LE BOM", "\xff\xfeH\x00\xe9\x00\n\x00", "H\u00e9\n"},
		{"UTF-16 BE BOM", "\xfe\xff\x00H\xd5\x5c", "H\ud55c"},
		{"UTF-16 surrogate pair", "\xff\xfe\x3d\xd8\x00\xde", "\U0001f600"},
		{"CRLF kept for the parser", "a\r\nb", "a\r\nb"},
		{"controls become spaces", "a\x1b[31mb\x07c\x7fd\u0085e", "a [31mb c d e"},
		{"tabs kept", "a\tb", "a\tb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode([]byte(tt.in), Limits{})
			if err != nil {
				t.Fatalf("Decode(%q) error: %v", tt.in, err)
			}
			if string(got) != tt.want {
				t.Errorf("Decode(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		lim  Limits
		want string
	}{
		{"PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), Limits{}, "this is a PNG image, not a text article"},
		{"PDF", []byte("%PDF-1.7\n"), Limits{}, "a PDF document"},
		{"NUL byte", []byte("Headline\n****\nBo\x00dy"), Limits{}, "NUL byte at line 3: this is a binary file"},
		{"UTF-16 without BOM", []byte("H\x00e\x00a\x00d\x00\n\x00"), Limits{}, "UTF-16 text without a byte order mark"},
		{"invalid UTF-8", []byte("Headline\nOutlet\n****\nCaf\xe9 society"), Limits{}, "invalid UTF-8 (byte 0xe9) at line 4"},
		{"odd UTF-16", []byte("\xff\xfeH\x00e"), Limits{}, "odd number of bytes"},
		{"UTF-16 NUL", []byte("\xff\xfeH\x00\x00\x00"), Limits{}, "NUL character at line 1"},
		{"UTF-32", []byte("\xff\xfe\x00\x00H\x00\x00\x00"), Limits{}, "UTF-32"},
		{"too big", bytes.Repeat([]byte("a"), 101), Limits{MaxBytes: 100}, "the file is 101 B, over the limit of 100 B"},
		{"too big after UTF-16", append([]byte("\xff\xfe"), bytes.Repeat([]byte("\x5c\xd5"), 40)...), Limits{MaxBytes: 100}, "the file is 120 B"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(tt.in, tt.lim)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Decode(%q) error = %v, want one containing %q", tt.in, err, tt.want)
			}
		})
	}
}

func TestCheck(t *testing.T) {
	ok := Article{Title: "Headline", URL: "https://example.org/a", Paragraphs: []string{"One.", "Two."}}
	tests := []struct {
		name string
		edit func(*Article)
		lim  Limits
		want string // "" for no error
	}{
		{"fine", func(*Article) {}, Limits{}, ""},
		{"too many paragraphs", func(a *Article) { a.Paragraphs = make([]string, 3) }, Limits{MaxParagraphs: 2}, "3 paragraphs, over the limit of 2"},
		{"long paragraph", func(a *Article) { a.Paragraphs[1] = strings.Repeat("x", 2048) }, Limits{MaxParagraphBytes: 1024}, "paragraph 2 is 2 KB, over the limit of 1 KB"},
		{"long headline", func(a *Article) { a.Title = strings.Repeat("x", 2048) }, Limits{MaxParagraphBytes: 1024}, "the headline is 2 KB"},
		{"javascript URL", func(a *Article) { a.URL = "javascript:alert(1)" }, Limits{}, `URL "javascript:alert(1)" is not an http or https address`},
		{"relative URL", func(a *Article) { a.URL = "/story" }, Limits{}, "not an http or https address"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := ok
			a.Paragraphs = append([]string(nil), ok.Paragraphs...)
			tt.edit(&a)
			err := Check(a, tt.lim)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("Check = %v, want nil", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("Check error = %v, want one containing %q", err, tt.want)
			}
			var le *LimitError
			if strings.Contains(tt.want, "limit") && !errors.As(err, &le) {
				t.Errorf("Check error %v is not a *LimitError", err)
			}
		})
	}
}

// FuzzDecode checks that Decode never panics and that what it accepts is
// clean UTF-8 within the limit, which Parse and Check then take without
// panicking either.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		"Headline\nOutlet\nDate: 2024-10-23\n****\nBody.\n",
		"\xef\xbb\xbfHeadline\r\n****\r\nBody",
		"\xff\xfeH\x00\n\x00*\x00*\x00*\x00*\x00\n\x00B\x00",
		"\xfe\xff\x00H\xd8\x3d",
		"\x89PNG\r\n\x1a\n",
		"a\x00b",
		"Caf\xe9",
		"a\x1b[0m\u0085",
	} {
		f.Add([]byte(s))
	}
	lim := Limits{MaxBytes: 1 << 16, MaxParagraphs: 50, MaxParagraphBytes: 1 << 10}
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := Decode(data, lim)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("Decode(%q) error has a line break: %q", data, err)
			}
			return
		}
		if !utf8.Valid(out) {
			t.Errorf("Decode(%q) = %q, not UTF-8", data, out)
		}
		if len(out) > lim.MaxBytes {
			t.Errorf("Decode(%q) is %d bytes, over the limit", data, len(out))
		}
		for _, r := range string(out) {
			if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r >= 0x7f && r < 0xa0 {
				t.Fatalf("Decode(%q) = %q keeps control character %U", data, out, r)
			}
		}
		if !bytes.HasPrefix(out, []byte("\xef\xbb\xbf")) && !bytes.HasPrefix(data, []byte("\xff\xfe")) && !bytes.HasPrefix(data, []byte("\xfe\xff")) {
			again, err := Decode(out, lim)
			if err != nil || !bytes.Equal(again, out) {
				t.Errorf("Decode(Decode(%q)) = %q, %v; want %q", data, again, err, out)
			}
		}
		if a, err := Parse("fuzz", out); err == nil {
			_ = Check(a, lim)
		}
	})
}

// FuzzHasControl checks hasControl against the rune-by-rune test it
// stands for, on any bytes, valid UTF-8 or not.
func FuzzHasControl(f *testing.F) {
	f.Add([]byte("plain text\twith tab\r\n"))
	f.Add([]byte("esc \x1b[31m del \x7f c1 \u0085 nbsp \u00a0 \xc2 \xe2\xc2\x80"))
	f.Fuzz(func(t *testing.T, data []byte) {
		want := bytes.IndexFunc(data, func(r rune) bool {
			return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r >= 0x7f && r < 0xa0
		}) >= 0
		if got := hasControl(data); got != want {
			t.Fatalf("hasControl(%q) = %v, want %v", data, got, want)
		}
	})
}
