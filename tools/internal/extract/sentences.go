package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a byte range [start, end) of a paragraph.
type span struct{ start, end int }

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "sen": true, "rep": true,
	"gov": true, "lt": true, "col": true, "capt": true, "sgt": true, "st": true, "rev": true, "hon": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "no": true, "nos": true, "vs": true, "etc": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "jr": true, "sr": true, "approx": true, "est": true,
	"fig": true, "vol": true, "pp": true, "e.g": true, "i.e": true, "cf": true, "adm": true, "maj": true,
	"cmdr": true, "supt": true, "insp": true, "det": true, "brig": true, "cllr": true, "clr": true, "coun": true, "asst": true, "assoc": true,
}

// stateAbbreviations are AP's abbreviations of US states, which run on
// when capitalised: "FRESNO, Calif. (AP) —" ("fell ill." still ends).
var stateAbbreviations = map[string]bool{
	"Ala": true, "Ariz": true, "Ark": true, "Calif": true, "Colo": true, "Conn": true, "Del": true, "Fla": true,
	"Ga": true, "Ill": true, "Ind": true, "Kan": true, "Ky": true, "La": true, "Md": true, "Mass": true,
	"Mich": true, "Minn": true, "Miss": true, "Mo": true, "Mont": true, "Neb": true, "Nev": true, "Okla": true,
	"Ore": true, "Pa": true, "Tenn": true, "Vt": true, "Va": true, "Wash": true, "Wis": true, "Wyo": true,
}

// sentenceStarters are words that, after a dotted acronym ("U.S."), show the
// acronym ended its sentence.
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true, "We": true,
	"I": true, "But": true, "And": true, "This": true, "That": true, "These": true, "Those": true,
	"In": true, "On": true, "At": true, "However": true, "Meanwhile": true, "His": true, "Her": true,
	"Their": true, "Its": true, "There": true, "Officials": true, "Experts": true,
}

// sentences splits a paragraph into sentence spans.
//
// Hand-written rather than jdkato/prose/v3's Punkt segmenter: measured on the
// built-in article, prose took 123 µs and 462 allocations against 40 µs and
// 31 here, split quotations ("“We will win." | "We always do,” she said.")
// that attribution needs whole, and returns no byte offsets.
// A stop, question or
// exclamation mark ends a sentence when white space and a capital, digit or
// opening quote follow, unless it ends an abbreviation, an initial or a
// dotted acronym that runs on; nothing inside quotation marks or brackets
// splits, so a quoted passage stays with its attribution.
func sentences(p string) []span { return appendSentences(nil, p, quoteSpans(p)) }

// appendSentences appends the sentence spans of p to out; quotes are p's
// quotations, as quoteSpans finds them.
func appendSentences(out []span, p string, quotes []span) []span {
	start := skipSpace(p, 0)
	depthParen := 0
	inQuote := false
	// Quotations in single marks, in a paragraph with no double ones: "'They
	// broke down the door. They were looking for him,' Mr Rojas said."
	var single []span
	// (ContainsAny with a mark outside ASCII walks p rune by rune.)
	if strings.IndexByte(p, '"') < 0 && !strings.Contains(p, "“") {
		single = quotes
	}
	inSingle := func(i int) bool {
		for _, q := range single {
			if i >= q.start && i < q.end {
				return true
			}
		}
		return false
	}
	closesSingle := func(i int) bool {
		for _, q := range single {
			if i == q.end {
				return true
			}
		}
		return false
	}
	plain := &plainSentenceBytes
	if single != nil {
		plain = &plainSingleQuoted
	}
	for i := 0; i < len(p); {
		if plain[p[i]] {
			i++ // an ASCII byte that neither nests, quotes nor stops
			continue
		}
		r, size := utf8.DecodeRuneInString(p[i:])
		switch r {
		case '(', '[':
			depthParen++
		case ')', ']':
			if depthParen > 0 {
				depthParen--
			}
		case '“':
			inQuote = strings.Contains(p[i+size:], "”")
		case '”':
			inQuote = false
		case '"':
			inQuote = !inQuote && strings.Contains(p[i+size:], "\"")
		}
		// A bracket or quotation closing on a full stop may end the sentence:
		// "(He lost.) In Gujarat", "“Done.” Next".
		if (r == ')' || r == ']' || r == '”' || (r == '"' && !inQuote) || single != nil && closesSingle(i)) && depthParen == 0 && !inQuote && i > 0 && strings.ContainsRune(".?!", rune(p[i-1])) {
			end := i + size
			next := skipSpace(p, end)
			if next > end && next < len(p) && startsSentence(p[next:]) {
				if s := trimSpan(p, start, end); s.end > s.start {
					out = append(out, s)
				}
				start = next
				i = next
				continue
			}
		}
		if (r == '.' || r == '?' || r == '!') && depthParen == 0 && !inQuote && (single == nil || !inSingle(i)) {
			end := i + size
			// Closing quotes and brackets belong to the sentence they end.
			for end < len(p) {
				c, cs := utf8.DecodeRuneInString(p[end:])
				if c == '"' || c == '”' || c == '’' || c == ')' || c == '\'' || c == '.' {
					end += cs
					continue
				}
				break
			}
			if end >= len(p) {
				break
			}
			next := skipSpace(p, end)
			if next > end && next < len(p) && startsSentence(p[next:]) && !(r == '.' && noBreakAfter(p[:i], p[next:])) {
				if s := trimSpan(p, start, end); s.end > s.start {
					out = append(out, s)
				}
				start = next
				i = next
				depthParen = 0
				continue
			}
		}
		i += size
	}
	if s := trimSpan(p, start, len(p)); s.end > s.start {
		out = append(out, s)
	}
	return out
}

// sentenceByte reports the ASCII bytes the sentence scan acts on.
// plainSentenceBytes marks the ASCII bytes that are not sentenceBytes, and
// plainSingleQuoted those that are not the straight single mark either:
// the bytes appendSentences passes over.
var plainSentenceBytes, plainSingleQuoted = func() (t, q [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !sentenceByte(byte(c))
		q[c] = t[c] && c != '\''
	}
	return t, q
}()

func sentenceByte(c byte) bool {
	switch c {
	case '(', ')', '[', ']', '"', '.', '?', '!':
		return true
	}
	return false
}

func skipSpace(p string, i int) int {
	for i < len(p) {
		r, size := utf8.DecodeRuneInString(p[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

func trimSpan(p string, s, e int) span {
	for s < e && (p[s] == ' ' || p[s] == '\t') {
		s++
	}
	for e > s && (p[e-1] == ' ' || p[e-1] == '\t') {
		e--
	}
	return span{s, e}
}

func startsSentence(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '‘' || r == '\'' || r == '(' || r == '['
}

// noBreakAfter reports whether the full stop that ends before holds the
// sentence together with what follows.
func noBreakAfter(before, after string) bool {
	j := len(before)
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(before[:j])
		if unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' {
			break
		}
		j -= size
	}
	word := before[j:]
	if word == "" {
		return false
	}
	lower := strings.ToLower(word)
	if abbreviations[lower] || stateAbbreviations[word] {
		return true
	}
	// A single capital is an initial: "J. Smith"; so is a given name
	// shortened with a dot: "Ma. Teresa".
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]) || nameAbbrevs[word] {
		return true
	}
	// Dotted acronyms ("U.S", "U.N") run on unless a typical sentence opener follows.
	if strings.Contains(word, ".") && isDottedAcronym(word) {
		next := after
		if k := strings.IndexFunc(next, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
			next = next[:k]
		}
		return !sentenceStarters[next]
	}
	return false
}

func isDottedAcronym(w string) bool {
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) > 2 {
			return false
		}
	}
	return true
}
