package extract

import (
	"strings"
	"testing"
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
	}
	for _, p := range texts {
		lower := asciiLower(p)
		for _, tk := range tokenize(nil, p, lower, sentences(p)) {
			if got, want := tk.lower(), strings.ToLower(tk.text); got != want && tk.kind != tPunct {
				t.Errorf("lower(%q) = %q, want %q", tk.text, got, want)
			}
			if got, want := tk.norm(), strings.ReplaceAll(tk.lower(), "’", "'"); got != want {
				t.Errorf("norm(%q) = %q, want %q", tk.text, got, want)
			}
			if got, want := tk.lowBase(), strings.ToLower(tk.base()); got != want {
				t.Errorf("lowBase(%q) = %q, want %q", tk.text, got, want)
			}
		}
		ref := []byte(p)
		for i, c := range ref {
			if c >= 'A' && c <= 'Z' {
				ref[i] = c + 'a' - 'A'
			}
		}
		if got := asciiLower(p); got != string(ref) {
			t.Errorf("asciiLower(%q) = %q, want %q", p, got, ref)
		}
		if got, want := countFields(p), len(strings.Fields(p)); got != want {
			t.Errorf("countFields(%q) = %d, want %d", p, got, want)
		}
	}
}
