package extract

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// dateHit is a date expression found in a paragraph.
type dateHit struct {
	src         Source
	text        string
	resolved    string // YYYY, YYYY-MM, YYYY-MM-DD, decade "1990s", span "a/b", or ""
	granularity string
	future      bool
}

const (
	weekdayRE = `Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`
	monthRE   = `January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?`
	countRE   = `a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|\d+`
)

// datePattern is one family of date expressions and how to resolve it.
type datePattern struct {
	re      *regexp.Regexp
	resolve func(d *doc, m []string, future, past bool) (string, string)
}

var datePatterns = sync.OnceValue(func() []datePattern {
	c := func(s string) *regexp.Regexp { return regexp.MustCompile(s) }
	return []datePattern{
		{c(`\b(?:(?:late|early) )?(?:(on|last|this|next|since|by|until|from|of) )?(` + weekdayRE + `)(?:(?:'s|’s)|\s+(?:night|morning|afternoon|evening))?\b`), resolveWeekday},
		{c(`(?i)\b(yesterday|today|tonight|tomorrow)\b`), resolveDeictic},
		{c(`(?i)\b(?:(earlier|later) (?:this|in the) |(this|last|next|past|previous|coming) )(week|month|year|weekend)\b`), resolveRelUnit},
		{c(`(?i)\b(` + countRE + `) (day|week|month|year)s? ago\b`), resolveAgo},
		{c(`(?i)\b(?:in|over|during|within) the (?:past|last|previous) (?:(` + countRE + `) )?(day|week|month|year)s?\b`), resolvePast},
		{c(`(?i)\bin (` + countRE + `) (day|week|month|year)s?(?: time)?\b|\bin a (fortnight)\b`), resolveIn},
		{c(`(?i)\b(?:(?:by|before|until|at|towards?) )?the end of (?:the|this) (year|month)\b`), resolveEndOf},
		{c(`\b(?:(in|since|by|until|last|next|this|early|late|mid|mid-|from|of) )?(` + monthRE + `)(?: (\d{1,2})(?:st|nd|rd|th)?)?(?:,? (\d{4}))?\b`), resolveMonth},
		{c(`\b(\d{1,2}) (` + monthRE + `)(?:,? (\d{4}))?\b`), resolveDayMonth},
		{c(`\b(?:the )?(?:(early|mid|late)[- ])?((?:1[5-9]|20)\d0)s\b`), resolveDecade},
		{c(`\b(?:(?:in|since|by|until|from|before|after|during) )?((?:19|20)\d{2})\b`), resolveYear},
		{c(`(?i)\b(?:the )?(?:upcoming|forthcoming|coming|next) (?:[A-Z][\w.]*\.? )?(?:general |presidential |parliamentary |local )?(election|elections|vote|summit|referendum|poll)\b`), resolveEvent},
		{c(`(?i)\b(decades|years|centuries|months)-long\b|\bin the past\b`), resolveVague},
	}
})

// findDates finds and resolves date expressions against the publication
// date. Overlapping matches keep the longest.
func (d *doc) findDates() {
	pats := datePatterns()
	eras := d.eraPattern()
	for p := range d.paras {
		pa := &d.paras[p]
		var hits []dateHit
		for _, dp := range pats {
			for _, loc := range dp.re.FindAllStringSubmatchIndex(pa.text, -1) {
				m := make([]string, len(loc)/2)
				for k := range m {
					if loc[2*k] >= 0 {
						m[k] = pa.text[loc[2*k]:loc[2*k+1]]
					}
				}
				s := sentenceOf(pa.sents, loc[0])
				future, past := tense(pa.text[pa.sents[s].start:pa.sents[s].end])
				res, gran := dp.resolve(d, m, future, past)
				if gran == "" {
					continue
				}
				hits = append(hits, dateHit{
					src:  Source{Paragraph: p, Sentence: s, Start: loc[0], End: loc[1]},
					text: m[0], resolved: res, granularity: gran,
					future: gran == "event" || (future && res != "" && !d.pub.IsZero() && startOf(res) >= d.pub.Format("2006-01-02")[:len(startOf(res))]),
				})
			}
		}
		for _, loc := range eras.FindAllStringIndex(pa.text, -1) {
			s := sentenceOf(pa.sents, loc[0])
			hits = append(hits, dateHit{src: Source{Paragraph: p, Sentence: s, Start: loc[0], End: loc[1]}, text: pa.text[loc[0]:loc[1]], granularity: "era"})
		}
		sort.SliceStable(hits, func(a, b int) bool {
			if hits[a].src.Start != hits[b].src.Start {
				return hits[a].src.Start < hits[b].src.Start
			}
			return hits[a].src.End > hits[b].src.End
		})
		end := -1
		for _, h := range hits {
			if h.src.Start < end {
				continue
			}
			d.dates = append(d.dates, h)
			end = h.src.End
		}
	}
}

func (d *doc) eraPattern() *regexp.Regexp {
	return eraRE(d.lx)
}

var eraOnce sync.Once
var eraCompiled *regexp.Regexp

func eraRE(l *lexicon) *regexp.Regexp {
	eraOnce.Do(func() {
		var alts []string
		for _, e := range l.eras {
			alts = append(alts, regexp.QuoteMeta(e))
		}
		eraCompiled = regexp.MustCompile(`\b(?:` + strings.Join(alts, "|") + `)(?:-era|\s+era)?\b`)
	})
	return eraCompiled
}

var (
	futureRE = regexp.MustCompile(`(?i)\b(will|won't|shall|is due to|are due to|is set to|are set to|is expected to|are expected to|is scheduled|are scheduled|plans? to|hopes? to|aims? to|intends? to|upcoming|going to)\b`)
	pastRE   = regexp.MustCompile(`(?i)\b(was|were|had|did|ago|last|said|told|went|came|took|made|gave|met|held|left|won|lost|began|sent|spoke|wrote|saw|found|brought|fell|rose|[a-z]{2,}ed)\b`)
)

// tense reports whether a sentence speaks of the future, and whether it
// speaks of the past.
func tense(s string) (future, past bool) {
	future = futureRE.MatchString(s)
	for _, m := range pastRE.FindAllString(s, -1) {
		lm := strings.ToLower(m)
		// Under "will", a participle is passive, not past: "will be debated".
		if future && strings.HasSuffix(lm, "ed") {
			continue
		}
		if !strings.HasSuffix(lm, "eed") && lm != "need" && lm != "red" && lm != "based" && lm != "united" && lm != "used" && lm != "alleged" && lm != "proposed" && lm != "expected" && lm != "concerned" {
			past = true
			break
		}
	}
	return future, past
}

func startOf(res string) string {
	s, _, _ := strings.Cut(res, "/")
	return strings.TrimSuffix(s, "s")
}

func day(t time.Time) string   { return t.Format("2006-01-02") }
func month(t time.Time) string { return t.Format("2006-01") }
func year(t time.Time) string  { return strconv.Itoa(t.Year()) }

var weekdays = map[string]time.Weekday{"Sunday": 0, "Monday": 1, "Tuesday": 2, "Wednesday": 3, "Thursday": 4, "Friday": 5, "Saturday": 6}

// resolveWeekday: a weekday is the most recent such day on or before
// publication, the next one after it when the sentence looks ahead.
func resolveWeekday(d *doc, m []string, future, past bool) (string, string) {
	if d.pub.IsZero() {
		return "", "day"
	}
	wd := weekdays[m[2]]
	mod := strings.ToLower(m[1])
	back := (int(d.pub.Weekday()) - int(wd) + 7) % 7
	switch {
	case mod == "next" || (future && !past && mod != "last" && mod != "since"):
		fwd := (int(wd) - int(d.pub.Weekday()) + 7) % 7
		if fwd == 0 {
			fwd = 7
		}
		return day(d.pub.AddDate(0, 0, fwd)), "day"
	case mod == "last" && back == 0:
		back = 7
	}
	return day(d.pub.AddDate(0, 0, -back)), "day"
}

func resolveDeictic(d *doc, m []string, future, past bool) (string, string) {
	if d.pub.IsZero() {
		return "", "day"
	}
	switch strings.ToLower(m[1]) {
	case "yesterday":
		return day(d.pub.AddDate(0, 0, -1)), "day"
	case "tomorrow":
		return day(d.pub.AddDate(0, 0, 1)), "day"
	}
	return day(d.pub), "day"
}

func monday(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

func resolveRelUnit(d *doc, m []string, future, past bool) (string, string) {
	rel := strings.ToLower(m[1] + m[2])
	unit := strings.ToLower(m[3])
	if d.pub.IsZero() {
		return "", unit
	}
	p := d.pub
	switch unit {
	case "year":
		switch rel {
		case "last", "previous", "past":
			if rel == "past" {
				return day(p.AddDate(-1, 0, 0)) + "/" + day(p), "span"
			}
			return year(p.AddDate(-1, 0, 0)), "year"
		case "next", "coming":
			return year(p.AddDate(1, 0, 0)), "year"
		}
		return year(p), "year"
	case "month":
		first := time.Date(p.Year(), p.Month(), 1, 0, 0, 0, 0, time.UTC)
		switch rel {
		case "last", "previous":
			return month(first.AddDate(0, -1, 0)), "month"
		case "past":
			return day(p.AddDate(0, -1, 0)) + "/" + day(p), "span"
		case "next", "coming":
			return month(first.AddDate(0, 1, 0)), "month"
		}
		return month(p), "month"
	case "weekend":
		sat := monday(p).AddDate(0, 0, 5)
		switch {
		case rel == "last" || (rel == "this" && past && !future && p.Before(sat)):
			sat = sat.AddDate(0, 0, -7)
		case rel == "next":
			sat = sat.AddDate(0, 0, 7)
		}
		return day(sat) + "/" + day(sat.AddDate(0, 0, 1)), "span"
	}
	mon := monday(p)
	switch rel {
	case "last", "previous":
		return day(mon.AddDate(0, 0, -7)) + "/" + day(mon.AddDate(0, 0, -1)), "span"
	case "past":
		return day(p.AddDate(0, 0, -7)) + "/" + day(p.AddDate(0, 0, -1)), "span"
	case "next", "coming":
		return day(mon.AddDate(0, 0, 7)) + "/" + day(mon.AddDate(0, 0, 13)), "span"
	}
	// "this week": the working week. Looking ahead from a weekend it is the
	// coming one; looking back it runs up to the day before publication.
	wd := p.Weekday()
	if future && !past {
		if wd == time.Saturday || wd == time.Sunday {
			next := mon.AddDate(0, 0, 7)
			return day(next) + "/" + day(next.AddDate(0, 0, 4)), "span"
		}
		return day(p) + "/" + day(mon.AddDate(0, 0, 4)), "span"
	}
	end := p.AddDate(0, 0, -1)
	if fri := mon.AddDate(0, 0, 4); end.After(fri) {
		end = fri
	}
	if end.Before(mon) {
		end = p
	}
	return day(mon) + "/" + day(end), "span"
}

var smallNumbers = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "few": 4, "several": 5}

func count(s string) int {
	if n, ok := smallNumbers[strings.ToLower(s)]; ok {
		return n
	}
	n, _ := strconv.Atoi(s)
	return n
}

func resolveAgo(d *doc, m []string, future, past bool) (string, string) {
	n, unit := count(m[1]), strings.ToLower(m[2])
	if d.pub.IsZero() || n == 0 {
		return "", unit
	}
	switch unit {
	case "day":
		return day(d.pub.AddDate(0, 0, -n)), "day"
	case "week":
		return day(d.pub.AddDate(0, 0, -7*n)), "day"
	case "month":
		return month(d.pub.AddDate(0, -n, 0)), "month"
	}
	return year(d.pub.AddDate(-n, 0, 0)), "year"
}

// resolvePast: "in the past few days", "in the last two years" are spans
// that end with publication ("few" counts as four).
func resolvePast(d *doc, m []string, future, past bool) (string, string) {
	n, unit := 1, strings.ToLower(m[2])
	if m[1] != "" {
		n = count(m[1])
	}
	if d.pub.IsZero() || n == 0 {
		return "", "span"
	}
	p := d.pub
	switch unit {
	case "day":
		return day(p.AddDate(0, 0, -n)) + "/" + day(p.AddDate(0, 0, -1)), "span"
	case "week":
		return day(p.AddDate(0, 0, -7*n)) + "/" + day(p.AddDate(0, 0, -1)), "span"
	case "month":
		return month(p.AddDate(0, -n, 0)) + "/" + month(p), "span"
	}
	return year(p.AddDate(-n, 0, 0)) + "/" + year(p), "span"
}

func resolveIn(d *doc, m []string, future, past bool) (string, string) {
	if d.pub.IsZero() {
		return "", "day"
	}
	if m[3] != "" {
		return day(d.pub.AddDate(0, 0, 14)), "day"
	}
	n, unit := count(m[1]), strings.ToLower(m[2])
	if n == 0 || (past && !future) {
		return "", "" // "in two years of talks" is a duration, not a date
	}
	switch unit {
	case "day":
		return day(d.pub.AddDate(0, 0, n)), "day"
	case "week":
		return day(d.pub.AddDate(0, 0, 7*n)), "day"
	case "month":
		return month(d.pub.AddDate(0, n, 0)), "month"
	}
	return year(d.pub.AddDate(n, 0, 0)), "year"
}

func resolveEndOf(d *doc, m []string, future, past bool) (string, string) {
	if d.pub.IsZero() {
		return "", strings.ToLower(m[1])
	}
	if strings.ToLower(m[1]) == "month" {
		return month(d.pub), "month"
	}
	return year(d.pub), "year"
}

var monthNum = map[string]time.Month{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

func parseMonth(s string) time.Month {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) < 3 {
		return 0
	}
	return monthNum[s[:3]]
}

// monthYear picks the year of a month named without one: the latest such
// month not after publication, unless the sentence looks ahead.
func (d *doc) monthYear(mo time.Month, mod string, future, past bool) int {
	y := d.pub.Year()
	switch {
	case mod == "last":
		if mo >= d.pub.Month() {
			y--
		}
	case mod == "next":
		if mo <= d.pub.Month() {
			y++
		}
	case mo > d.pub.Month() && past && !future:
		y--
	case mo < d.pub.Month() && future && !past:
		y++
	}
	return y
}

func resolveMonth(d *doc, m []string, future, past bool) (string, string) {
	mo := parseMonth(m[2])
	if mo == 0 {
		return "", ""
	}
	mod := strings.ToLower(m[1])
	// "May" is also a verb: only a month with a day, a year or a preposition.
	if m[2] == "May" && m[3] == "" && m[4] == "" && mod == "" {
		return "", ""
	}
	if strings.HasSuffix(m[2], ".") == false && len(m[2]) <= 4 && m[3] == "" && m[4] == "" && mod == "" {
		return "", "" // a bare abbreviation is too ambiguous ("Mar", "Dec")
	}
	y := 0
	if m[4] != "" {
		y, _ = strconv.Atoi(m[4])
	} else if !d.pub.IsZero() {
		y = d.monthYear(mo, mod, future, past)
	} else {
		return "", "month"
	}
	if m[3] != "" {
		dd, _ := strconv.Atoi(m[3])
		if dd >= 1 && dd <= 31 {
			return fmt.Sprintf("%04d-%02d-%02d", y, mo, dd), "day"
		}
	}
	return fmt.Sprintf("%04d-%02d", y, mo), "month"
}

func resolveDayMonth(d *doc, m []string, future, past bool) (string, string) {
	mo := parseMonth(m[2])
	dd, _ := strconv.Atoi(m[1])
	if mo == 0 || dd < 1 || dd > 31 {
		return "", ""
	}
	y := 0
	if m[3] != "" {
		y, _ = strconv.Atoi(m[3])
	} else if !d.pub.IsZero() {
		y = d.monthYear(mo, "", future, past)
	} else {
		return "", "day"
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, mo, dd), "day"
}

func resolveDecade(d *doc, m []string, future, past bool) (string, string) {
	return m[2] + "s", "decade"
}

func resolveYear(d *doc, m []string, future, past bool) (string, string) {
	return m[1], "year"
}

func resolveEvent(d *doc, m []string, future, past bool) (string, string) {
	return "", "event"
}

func resolveVague(d *doc, m []string, future, past bool) (string, string) {
	return "", "unspecified"
}

func (d *doc) datesOut() []Date {
	out := make([]Date, 0, len(d.dates))
	for _, h := range d.dates {
		out = append(out, Date{Text: h.text, Resolved: h.resolved, Granularity: h.granularity, Source: h.src, Future: h.future})
	}
	return out
}
