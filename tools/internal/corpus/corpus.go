// Package corpus makes benchmark articles: variations of a real article
// with its names, numbers and dates permuted, so that a corpus of any size
// reads like news and costs the extractor what news costs it.
package corpus

import (
	_ "embed"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/explainer-dev/explainer/tools/internal/article"
)

//go:embed names.txt
var namesFile string

// pool is the list of names from names.txt.
func pool() []string {
	var out []string
	for _, l := range strings.Split(namesFile, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

var (
	// properName is a run of two or three capitalised words: a person,
	// organisation or place.
	properName = regexp.MustCompile(`\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}\b`)
	number     = regexp.MustCompile(`\d+`)
	weekday    = regexp.MustCompile(`\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)
	month      = regexp.MustCompile(`\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b`)
)

// Vary returns the i-th variation of a: the same for the same a and i. Its
// proper names are shuffled among themselves and with names from a pool,
// its digits are redrawn, its weekdays and months permuted and its date
// moved back by up to five years. The title carries i, so that every
// variation has its own.
func Vary(a article.Article, i int) article.Article {
	r := rand.New(rand.NewPCG(uint64(i), 0x9e3779b97f4a7c15))
	names := map[string]string{}
	var seen []string
	for _, text := range append([]string{a.Title}, a.Paragraphs...) {
		for _, n := range properName.FindAllString(text, -1) {
			if _, ok := names[n]; !ok {
				names[n] = n
				seen = append(seen, n)
			}
		}
	}
	perm := r.Perm(len(seen))
	others := pool()
	for k, n := range seen {
		if r.IntN(3) == 0 {
			names[n] = others[r.IntN(len(others))]
		} else {
			names[n] = seen[perm[k]]
		}
	}
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	dayPerm, monthPerm := r.Perm(7), r.Perm(12)
	index := func(list []string, s string) int {
		for k, v := range list {
			if v == s {
				return k
			}
		}
		return 0
	}
	shift := r.IntN(5 * 365)
	vary := func(s string) string {
		s = properName.ReplaceAllStringFunc(s, func(n string) string { return names[n] })
		s = weekday.ReplaceAllStringFunc(s, func(d string) string { return days[dayPerm[index(days, d)]] })
		s = month.ReplaceAllStringFunc(s, func(m string) string { return months[monthPerm[index(months, m)]] })
		return number.ReplaceAllStringFunc(s, func(d string) string {
			if n, err := strconv.Atoi(d); err == nil && len(d) == 4 && n >= 1900 && n <= 2100 {
				return strconv.Itoa(n - shift/365) // a year moves with the date
			}
			b := []byte(d)
			for k := range b {
				b[k] = byte('0' + r.IntN(10))
			}
			if len(b) > 1 && b[0] == '0' {
				b[0] = byte('1' + r.IntN(9))
			}
			return string(b)
		})
	}
	out := a
	out.Title = vary(a.Title) + " (" + strconv.Itoa(i) + ")"
	out.Paragraphs = make([]string, len(a.Paragraphs))
	for k, p := range a.Paragraphs {
		out.Paragraphs[k] = vary(p)
	}
	if !a.Published.IsZero() {
		out.Published = a.Published.Add(-time.Duration(shift) * 24 * time.Hour)
	}
	return out
}
