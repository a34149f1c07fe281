package article

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestParsePlain(t *testing.T) {
	date := time.Date(2024, 10, 23, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, in string
		want     Article
	}{
		{
			name: "minimal",
			in:   "Headline\nOutlet\n****\nFirst.\nSecond.\n",
			want: Article{Title: "Headline", Outlet: "Outlet", Paragraphs: []string{"First.", "Second."}},
		},
		{
			name: "headers and blank lines",
			in:   "Headline\nOutlet\nDate: 2024-10-23\nURL: https://example.org/a\nAuthor: A. Writer\n****\n\nFirst.\n\n\nSecond.",
			want: Article{Title: "Headline", Outlet: "Outlet", Published: date, URL: "https://example.org/a", Author: "A. Writer", Paragraphs: []string{"First.", "Second."}},
		},
		{
			name: "CRLF, BOM and non-breaking spaces",
			in:   "\ufeffHeadline\r\nOutlet\r\n****\r\nNorth\u00a0Korea.\r\n",
			want: Article{Title: "Headline", Outlet: "Outlet", Paragraphs: []string{"North Korea."}},
		},
		{
			name: "no outlet",
			in:   "Headline\nDate: 23 October 2024\n****\nBody.",
			want: Article{Title: "Headline", Published: date, Paragraphs: []string{"Body."}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParsePlain(tt.in)
			if err != nil {
				t.Fatalf("ParsePlain(%q) error: %v", tt.in, err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ParsePlain(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

func TestParsePlainErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", `no "****" line`},
		{"no separator", "Headline\nOutlet\nBody.", `no "****" line`},
		{"no headline", "****\nBody.", "no headline"},
		{"no paragraphs", "Headline\nOutlet\n****\n\n", "no paragraphs"},
		{"bad date", "Headline\nDate: soon\n****\nBody.", `date "soon"`},
		{"stray header", "Headline\nOutlet\nSomething else\n****\nBody.", "is not \"Key: value\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParsePlain(tt.in)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ParsePlain(%q) error = %v, want one containing %q", tt.in, err, tt.want)
			}
		})
	}
}

func TestFormatRoundTrip(t *testing.T) {
	a := Article{
		Title:      "Headline: with a colon",
		Outlet:     "Outlet",
		Published:  time.Date(2024, 10, 23, 0, 0, 0, 0, time.UTC),
		URL:        "https://example.org/a",
		Paragraphs: []string{"First.", "Second, with\na line break."},
	}
	got, err := ParsePlain(string(Format(a)))
	if err != nil {
		t.Fatal(err)
	}
	a.Paragraphs[1] = "Second, with a line break."
	if !reflect.DeepEqual(got, a) {
		t.Errorf("ParsePlain(Format(a)) = %+v, want %+v", got, a)
	}
}
