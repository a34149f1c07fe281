package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word, a number or a punctuation mark of a paragraph.
type token struct {
	text       string
	low        string   // text lower-cased, computed once
	nrm        string   // low with typographic apostrophes made plain
	start, end int      // bytes into the paragraph
	flags      wordFlag // word lists low belongs to (wordflags.go)
	sent       int32    // sentence index
	name       bool     // part of a person's name: "Bill" in "Bill Clinton" is no bill
	kind       tokKind
	// suffix is the length of the possessive ending base() drops, and
	// capital whether the token is a capitalised word (isCap): both are
	// computed once, when the paragraph is tokenized, and read many times.
	// With flags, name and kind they fill one word, so tokens stay small
	// (one array holds all of an article's).
	suffix  uint8
	capital bool
}

type tokKind uint8

const (
	tWord tokKind = iota
	tNum
	tPunct
)

// isCap reports a capitalised word (capitalWord).
func (t token) isCap() bool { return t.capital }

// capitalWord reports whether a word opens with a capital, or with a
// lower-case prefix before one ("hAodha", "al-Bashir").
func capitalWord(text string) bool {
	// Most words start with an ASCII letter; only "h", "a", "e", "b" and
	// "i" may open a lower-case word that capitalised counts.
	if c := text[0]; c < utf8.RuneSelf {
		switch {
		case 'A' <= c && c <= 'Z':
			return true
		case c != 'h' && c != 'a' && c != 'e' && c != 'b' && c != 'i':
			return false
		}
	}
	return capitalised(text)
}

// capitalised reports a word that opens with a capital, or with a
// lower-case prefix before one.
func capitalised(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	if unicode.IsUpper(r) {
		return true
	}
	// An Irish surname's "h" before a capital vowel: "Ó hAodha".
	if len(text) >= 3 && text[0] == 'h' {
		switch r2, _ := utf8.DecodeRuneInString(text[1:]); r2 {
		case 'A', 'E', 'I', 'O', 'U', 'Á', 'É', 'Í', 'Ó', 'Ú':
			return true
		}
	}
	// Arabic and other name prefixes: "al-Bashir", "el-Sisi", "bin-Salman".
	if h := strings.IndexByte(text, '-'); h > 0 && h <= 3 && h+1 < len(text) {
		switch text[:h] {
		case "al", "el", "ad", "as", "ash", "bin", "ibn", "abu":
			r, _ = utf8.DecodeRuneInString(text[h+1:])
			return unicode.IsUpper(r)
		}
	}
	return false
}

func (t token) lower() string { return t.low }

// norm is the lower-cased text with typographic apostrophes made plain, for
// lexicon phrases ("i’m" -> "i'm").
func (t token) norm() string { return t.nrm }

// base drops a possessive ending: "Korea's" -> "Korea".
func (t token) base() string { return t.text[:len(t.text)-int(t.suffix)] }

// lowBase is strings.ToLower(t.base()) without allocating: the possessive
// endings base drops ("'s", "’s", the "'" of "s'") lower-case to the same
// bytes, so the lower-cased base is a prefix of low.
func (t token) lowBase() string { return t.low[:len(t.low)-int(t.suffix)] }

// possessiveEndings are tried in order by baseOf.
var possessiveEndings = [...]string{"'s", "’s", "s'", "s’"}

func baseOf(text string) string {
	// Most words have no possessive ending: skip the four suffix tests.
	if n := len(text); n < 2 || (text[n-1] != 's' && text[n-1] != '\'' && !strings.HasSuffix(text, "’")) {
		return text
	}
	for _, s := range possessiveEndings {
		if strings.HasSuffix(text, s) && len(text) > len(s) {
			if s[0] == 's' {
				return text[:len(text)-len(s)+1]
			}
			return text[:len(text)-len(s)]
		}
	}
	return text
}

func (t token) possessive() bool { return t.suffix != 0 }

// tokenize splits a paragraph into tokens. Words keep inner apostrophes,
// hyphens, dots of acronyms ("U.S.") and ampersands; numbers keep thousands
// separators and decimals.
//
// lower is asciiLower(p): lower-case forms of ASCII tokens are sliced from
// it rather than allocated one by one.
//
// The tokens are appended to out, and the offsets of tokens are relative to
// p.
func tokenize(out []token, p, lower string, sents []span) []token {
	first := len(out)
	var si int32
	for i := 0; i < len(p); {
		c := p[i]
		if c == ' ' {
			i++ // the common case, before decoding
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(p[i:])
		}
		for int(si) < len(sents)-1 && i >= sents[si+1].start {
			si++
		}
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsDigit(r):
			j := i + size
			for j < len(p) {
				c, cs := utf8.DecodeRuneInString(p[j:])
				if unicode.IsDigit(c) {
					j += cs
					continue
				}
				if (c == ',' || c == '.') && j+cs < len(p) {
					d, _ := utf8.DecodeRuneInString(p[j+cs:])
					if unicode.IsDigit(d) {
						j += cs
						continue
					}
				}
				// "52-year-old", "1990s", "10th": letters glued to digits stay in the token.
				if c == '-' || unicode.IsLetter(c) {
					k := j + cs
					if c == '-' {
						if k >= len(p) {
							break
						}
						d, _ := utf8.DecodeRuneInString(p[k:])
						if !unicode.IsLetter(d) && !unicode.IsDigit(d) {
							break
						}
					}
					j = k
					continue
				}
				break
			}
			out = append(out, wordToken(p, lower, i, j, si, tNum))
			i = j
		case (currencyInitial[c] || i > 0 && p[i-1] == '$') && unicode.IsLetter(r) && digitSoon(p, i) && (currencyPrefix(p[i:]) > 0 || dollarCountry(p, i) > 0 || bareAmount(p, lower, i)):
			// "R54.5bn", "Sh500,000", "Rs4,000": a currency written in
			// letters, glued to its amount as "$" is; "$US16,500": whose
			// dollars, between the sign and the amount.
			n := max(currencyPrefix(p[i:]), dollarCountry(p, i), 1)
			out = append(out, token{text: p[i : i+n], low: lowerOf(p, lower, i, i+n), nrm: lower[i : i+n], start: i, end: i + n, sent: si, kind: tPunct})
			i += n
		case unicode.IsLetter(r):
			j := i + size
			ascii := size == 1 // whether the word is ASCII so far
			for j < len(p) {
				if isAlnumASCII(p[j]) {
					j++ // the common case, without decoding
					continue
				}
				c, cs := utf8.DecodeRuneInString(p[j:])
				if unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.IsMark(c) {
					j += cs
					ascii = ascii && cs == 1
					continue
				}
				if c == '\'' || c == '’' || c == '-' || c == '.' || c == '&' {
					if j+cs < len(p) {
						d, _ := utf8.DecodeRuneInString(p[j+cs:])
						if unicode.IsLetter(d) || (c == '-' && unicode.IsDigit(d)) {
							j += cs
							ascii = ascii && cs == 1
							continue
						}
					}
					// Keep the final dot of a dotted acronym: "U.S."
					if c == '.' && strings.Contains(p[i:j], ".") && isDottedAcronym(p[i:j]) {
						j += cs
					}
				}
				break
			}
			if ascii {
				out = append(out, asciiToken(lower, i, j, si, tWord, p[i:j]))
			} else {
				out = append(out, wordToken(p, lower, i, j, si, tWord))
			}
			i = j
		default:
			low := p[i : i+size] // ASCII punctuation has no case
			if c >= utf8.RuneSelf {
				low = strings.ToLower(low) // "Ⅻ", a numeral that is neither digit nor letter; a byte of bad UTF-8
			}
			nrm := low
			if r == '’' {
				nrm = "'" // normalised like the apostrophes of words
			}
			out = append(out, token{text: p[i : i+size], low: low, nrm: nrm, start: i, end: i + size, sent: si, kind: tPunct})
			i += size
		}
	}
	for i := first; i < len(out); i++ {
		x := &out[i]
		x.suffix = uint8(len(x.text) - len(baseOf(x.text)))
		x.capital = x.kind == tWord && capitalWord(x.text)
	}
	return out
}

// letterCurrencies are the currencies written in letters before an amount.
var letterCurrencies = []string{"KSh", "Ksh", "Rs", "Shs", "Sh", "TSh", "Tsh", "USh", "Rp", "RM", "Dhs", "Dh", "AED", "SAR", "SR", "Tk", "JD", "KD", "BD", "QR", "OMR", "RO", "R", "N", "K", "P"}

// dollarCountry is the length of a country's letters between "$" and an
// amount at p[i:], as Australian papers write US dollars ("$US16,500"),
// or 0.
func dollarCountry(p string, i int) int {
	if i == 0 || p[i-1] != '$' {
		return 0
	}
	for _, c := range [...]string{"US", "AU", "NZ", "HK", "CA", "SG", "A", "C", "S"} {
		if rest, ok := strings.CutPrefix(p[i:], c); ok && rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			return len(c)
		}
	}
	return 0
}

// currencyPrefix is the length of the currency that opens s and is glued to
// a digit ("R54.5bn"), or 0.
func currencyPrefix(s string) int {
	if len(s) < 2 || !currencyInitial[s[0]] {
		return 0 // most words
	}
	if s[0] == 'V' {
		// Vietnamese dong, its D crossed or not: "VNĐ23,800", "VND1,200".
		for _, c := range [...]string{"VNĐ", "VND"} {
			if rest, ok := strings.CutPrefix(s, c); ok && rest != "" && rest[0] >= '0' && rest[0] <= '9' {
				return len(c)
			}
		}
		return 0
	}
	// Each currency is one to three letters, then a digit.
	k := 1
	for k < len(s) && k < 4 && 'a' <= s[k]|0x20 && s[k]|0x20 <= 'z' {
		k++
	}
	if k == len(s) || s[k] < '0' || s[k] > '9' {
		return 0
	}
	for _, c := range letterCurrencies {
		if len(s) > len(c) && strings.HasPrefix(s, c) && s[len(c)] >= '0' && s[len(c)] <= '9' {
			if len(c) == 1 && !randAmount(s[1:]) {
				// "R21" is a vaccine's name, "N95" a mask's and "K9" a
				// dog unit; "R400m", "N48,000", "K1,500" and "P1,200"
				// are amounts of rand, naira, kwacha and pesos.
				return 0
			}
			return len(c)
		}
	}
	return 0
}

// randAmount reports digits that read as money after a bare "R", "N", "K"
// or "P": with a thousands comma or a scale ("R400m", "R15.9bn", "R1,200").
func randAmount(s string) bool {
	k := 0
	for k < len(s) && (s[k] >= '0' && s[k] <= '9' || (s[k] == '.' || s[k] == ',') && k+1 < len(s) && s[k+1] >= '0' && s[k+1] <= '9') {
		k++ // ("R21," ends at the comma)
	}
	rest := s[k:]
	if dot := strings.IndexByte(s[:k], '.'); dot >= 0 && k-dot > 2 {
		return true // "P0.4621", "R15.50": cents, but not "R0.9"
	}
	for _, scale := range []string{" million", " billion", " trillion", "-million", "-billion", "-trillion"} {
		if strings.HasPrefix(rest, scale) {
			return true // and "R1.3-billion", as South African papers write it
		}
	}
	return strings.Contains(s[:k], ",") || strings.HasPrefix(rest, "bn") || strings.HasPrefix(rest, "m") && (len(rest) == 1 || !unicode.IsLetter(rune(rest[1])))
}

// bareAmount reports a bare "R", "N", "P" or "K" glued to a small whole
// number that a word of price or range comes before: "costs R32, up from
// R30", "between N500 and N700", "P600 to P700 a kilo", "fares rose from
// K200 to K300". Without that word, "the R21 vaccine", "an N95 mask" and
// "the K9 unit" are names.
func bareAmount(p, lower string, i int) bool {
	if p[i] != 'R' && p[i] != 'N' && p[i] != 'P' && p[i] != 'K' || i+1 >= len(p) || p[i+1] < '1' || p[i+1] > '9' {
		return false
	}
	k := i + 1
	for k < len(p) && p[k] >= '0' && p[k] <= '9' {
		k++
	}
	if k-i > 5 || k < len(p) && (isAlnumASCII(p[k]) || p[k] == '-') {
		return false
	}
	j := i
	for j > 0 && p[j-1] == ' ' {
		j--
	}
	w := j
	for w > 0 && 'a' <= lower[w-1] && lower[w-1] <= 'z' {
		w--
	}
	switch word := lower[w:j]; {
	case j == i:
		return false
	case word == "and" || word == "or" || word == "to":
		// "between R30 and R32", "R25 to R30": after another amount.
		return w >= 2 && p[w-1] == ' ' && p[w-2] >= '0' && p[w-2] <= '9'
	default:
		return priceWords[word]
	}
}

// priceWords come before an amount of money: "costs", "from", "between";
// "and", "or" and "to" do after another amount.
var priceWords = set("cost", "costs", "costing", "pay", "pays", "paid", "paying", "charge", "charges", "charged", "from", "at", "about",
	"around", "roughly", "nearly", "almost", "than", "between", "of", "just", "only", "for", "by", "fare", "fee", "price",
	"spend", "spends", "spent", "earn", "earns", "earned", "additional", "extra", "was", "been", "then")

// wordToken is the word or number token p[i:j] of sentence si, with its
// lower-case and normalised forms.
func wordToken(p, lower string, i, j int, si int32, kind tokKind) token {
	if isASCII(p[i:j]) {
		return asciiToken(lower, i, j, si, kind, p[i:j])
	}
	t := token{text: p[i:j], start: i, end: j, sent: si, kind: kind}
	t.low = strings.ToLower(t.text)
	t.nrm = t.low
	if strings.Contains(t.low, "’") {
		t.nrm = strings.ReplaceAll(t.low, "’", "'")
	}
	return t
}

// asciiToken is wordToken for ASCII text: no typographic apostrophe, so
// the normalised form is the lower-case one, sliced from lower.
func asciiToken(lower string, i, j int, si int32, kind tokKind, text string) token {
	return token{text: text, low: lower[i:j], nrm: lower[i:j], start: i, end: j, sent: si, kind: kind}
}

func isAlnumASCII(c byte) bool { return alnumASCII[c] }

var alnumASCII = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// currencyInitial marks the capitals a currency written in letters opens
// with: those of letterCurrencies, and the V of the dong. One of them, or a
// "$" before the word (dollarCountry), comes first in each.
var currencyInitial = func() (t [256]bool) {
	for _, c := range letterCurrencies {
		t[c[0]] = true
	}
	t['V'] = true // "VNĐ", "VND"
	return t
}()

// digitSoon reports an ASCII digit among the four bytes after p[i]: a
// currency in letters glued to its amount has one there ("R54", "KSh500",
// "VNĐ23,800", "$US16"), and most words have none.
func digitSoon(p string, i int) bool {
	for k := i + 1; k < len(p) && k <= i+4; k++ {
		if '0' <= p[k] && p[k] <= '9' {
			return true
		}
	}
	return false
}

// lowerOf is strings.ToLower(p[i:j]). lower is asciiLower(p), which has the
// same bytes at the same offsets; for ASCII text the two lower-casings agree,
// so the result is sliced from it without allocating.
func lowerOf(p, lower string, i, j int) string {
	if !isASCII(p[i:j]) {
		return strings.ToLower(p[i:j])
	}
	return lower[i:j]
}
