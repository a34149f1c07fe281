package extract

import (
	"fmt"
	"math"
	"math/bits"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/explainer-dev/explainer/tools/internal/swar"
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
	// holidayRE: the holidays resolveHoliday knows, longest first.
	holidayRE = `Christmas Day|Christmas Eve|Christmas|New Year's Day|New Year’s Day|New Year's Eve|New Year’s Eve|Boxing Day|Halloween|Valentine's Day|Valentine’s Day|` +
		`Easter Sunday|Easter Monday|Easter Saturday|Easter|Good Friday|Maundy Thursday|Holy Saturday|Palm Sunday|Ash Wednesday|` +
		`Thanksgiving Day|Thanksgiving|Black Friday|Cyber Monday|Labor Day|Memorial Day|` +
		`(?:[Ee]arly )?May (?:Day )?[Bb]ank [Hh]oliday|[Ss]pring [Bb]ank [Hh]oliday|(?:August|[Ss]ummer) [Bb]ank [Hh]oliday`
	monthRE = `January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?`
	countRE = `a couple of|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|few|several|\d+`
	// yearRE is a year written after a month: "January, 3150 people" is
	// no year.
	yearRE = `(?:1[5-9]|20)\d{2}`
)

// datePattern is one family of date expressions and how to resolve it.
type datePattern struct {
	re      *search
	resolve func(d *doc, m []string, future, past bool) (string, string)
	// triggers: the pattern runs only on sentences with one of these words
	// (lower-cased; "#year" and "#decade" stand for such numbers), because
	// regular expressions are the costly part of extraction.
	triggers []string
	// lower: the pattern is written for lower-cased text.
	lower bool
	// modal: a sentence that only expects or supposes ("would", "likely")
	// counts as looking ahead, for month names that carry no year.
	modal bool
	// needs: words of which every match holds one besides its trigger
	// (lower-cased; "#month" stands for a month's name, "#digit" for a word
	// with a figure, "#dash" for a word with a hyphen or a dash, "#capital"
	// for a trigger with a capital, alone or after a hyphen); the pattern
	// runs only on sentences with one.
	needs []string
}

// dateTriggers maps a trigger word to the patterns it starts.
var dateTriggers = sync.OnceValue(func() map[string][]int {
	m := map[string][]int{}
	for i, dp := range datePatterns() {
		for _, tr := range dp.triggers {
			m[tr] = append(m[tr], i)
		}
	}
	return m
})

var datePatterns = sync.OnceValue(func() []datePattern {
	c := func(s string) *search { return newSearch(regexp.MustCompile(s)) }
	return []datePattern{
		{c(`\b(?:(?:late|early) )?(?:(on|last|this|next|since|by|until|till|through|from|of|for|starting|beginning|had (?:until|till)|(?:until|till) (?:at least|(?:\d{1,2}(?:[:.]\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)|\d{2}:\d{2})(?: [A-Z]{3})? on)) )?(` + weekdayRE + `)(?:(?:'s|’s)|\s+(?:night|morning|afternoon|evening))?(?: (last|next) week)?\b`), resolveWeekday, []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "monday's", "tuesday's", "wednesday's", "thursday's", "friday's", "saturday's", "sunday's"}, false, false, nil},
		{c(`\b(yesterday|today|tonight|tomorrow)\b`), resolveDeictic, []string{"yesterday", "today", "tonight", "tomorrow"}, true, false, nil},
		// Literal patterns, found by their text before any matching.
		{c(`(last night)`), resolveDeictic, []string{"night"}, true, false, nil},
		{c(`\b(this (?:morning|afternoon|evening))\b`), resolveDeictic, []string{"morning", "afternoon", "evening"}, true, false, nil},
		{c(`\b((?:in|into|until|till|by|over) the new year)\b`), resolveDeictic, []string{"new"}, true, false, []string{"year"}},
		{c(`\b(?:(earlier|later) (?:this|in the) |(this|last|next|past|previous|coming) )(week|month|year)\b`), resolveRelUnit, []string{"week", "month", "year", "week's", "month's", "year's", "week’s", "month’s", "year’s"}, true, false, []string{"earlier", "later", "this", "last", "next", "past", "previous", "coming"}},
		// A weekend is the one ahead when the sentence only expects it
		// ("would resign this weekend").
		{c(`\b(?:(earlier|later) (?:this|in the) |(this|last|next|past|previous|coming) )(weekend)\b`), resolveRelUnit, []string{"weekend", "weekend's", "weekend’s"}, true, true, []string{"earlier", "later", "this", "last", "next", "past", "previous", "coming"}},
		{c(`\b(over|at|on|during|until|by|before|since|through|throughout|across|for) the weekend\b`), resolveTheWeekend, []string{"weekend"}, true, true, nil},
		{c(`\b(?:(?:in|during|over|since|by|until|from|for) )?the (spring|summer|autumn|fall|winter) of (\d{4})\b`), resolveSeasonOf, []string{"spring", "summer", "autumn", "fall", "winter"}, true, false, []string{"#digit"}},
		{c(`\b(?:(?:in|during|over|since|by|until|from|for) )?(?:the )?(spring|summer|autumn|fall|winter) ((?:19|20)\d{2})\b`), resolveSeasonOf, []string{"spring", "summer", "autumn", "fall", "winter"}, true, false, []string{"#digit"}},
		{c(`\b(?:by|before|until|at|towards?) the end of (?:the |this )?(spring|summer|autumn|fall|winter)\b`), resolveSeasonEnd, []string{"spring", "summer", "autumn", "fall", "winter"}, true, false, []string{"end"}},
		{c(`\b(this|last|next|past|previous|coming|in the middle of(?: the)?|in the|over the|during the|throughout the|through the|into the|(?:for )?most of the|all|over|during|through to|through|going into(?: the)?|into|before the|before|ahead of(?: the)?|by the|by|until at least(?: the)?|until the|until|for the|from the|from|since the|since|in) (spring|summer|autumn|fall|winter)\b`), resolveSeason, []string{"spring", "summer", "autumn", "fall", "winter", "spring's", "summer's", "autumn's", "fall's", "winter's"}, true, false, nil},
		{c(`\b(` + countRE + `) (day|week|month|year|decade)s? ago\b`), resolveAgo, []string{"ago"}, true, false, nil},
		// "by mid-2027": the middle of the year.
		{c(`\b(?:(?:[Bb]y|[Ii]n|[Uu]ntil|[Ff]rom|[Ss]ince|[Bb]efore|[Aa]fter) )?[Mm]id-((?:19|20)\d{2})\b`), resolveMidYear, []string{"#midyear"}, false, false, nil},
		// "by end-2026", "in early-2025": the year.
		{c(`\b(?:(?:[Bb]y|[Ii]n|[Uu]ntil|[Ff]rom|[Ss]ince|[Bb]efore|[Aa]fter) )?(?:[Ee]nd|[Ss]tart|[Ee]arly)-((?:19|20)\d{2})\b`), resolveLateYear, []string{"#edgeyear"}, false, false, nil},
		{c(`\b(?:in|over|during|within) the (?:past|last|previous) (?:(` + countRE + `) )?(day|week|month|year|decade)s?\b`), resolvePast, []string{"past", "last", "previous"}, true, false, []string{"in", "over", "during", "within"}},
		{c(`\b(?:in|over|during|within) the (?:next|coming) (?:(` + countRE + `) )?(day|week|month|year|decade)s?\b`), resolveNext, []string{"next", "coming"}, true, false, []string{"in", "over", "during", "within"}},
		{c(`\b(?:(?:earlier|later) )?this decade\b`), resolveThisDecade, []string{"decade"}, true, false, nil},
		{c(`\b(?:in|within) (` + countRE + `) (day|week|month|year)s?(?: time)?\b|\bin a (fortnight)\b`), resolveIn, []string{"days", "weeks", "months", "years", "day", "week", "month", "year", "fortnight"}, true, false, []string{"in", "within"}},
		// Dates counted from another: "two days later", "earlier in the
		// day", "the following year", "a week after the vote".
		{c(`\b(?:(earlier|later) (?:in|on) the (day)|(earlier|later) that (day|night|morning|week|month|year)|the (next|following|previous) (day|morning|week|month|year))\b`), resolveAnchoredRel, []string{"#anchorrel"}, true, false, nil},
		{c(`\b(` + countRE + `|the) (day|week|month|year)s? (later|earlier|after|before)\b`), resolveAnchoredCount, []string{"#anchorcount"}, true, false, nil},
		// "that year", "the same year": the year of the date before.
		{c(`\b(?:in )?(?:that|the same) year\b`), resolveThatYear, []string{"year"}, true, false, []string{"that", "same"}},
		// "up from 7.6 million in the same month last year".
		{c(`\bthe same (month|day) (?:last year|a year (?:earlier|ago|before))\b`), resolveSameLastYear, []string{"same"}, true, false, nil},
		{c(`\b(?:has|have) (` + countRE + `) (day|week|month|year)s? (?:left )?to\b`), resolveDeadline, []string{"days", "weeks", "months", "years", "day", "week", "month", "year"}, true, false, []string{"has", "have"}},
		{c(`\b(?:(?:by|before|until|at|towards?|since) )?the (end|start|beginning) of (the|this|last|next|that) (year|month|decade|century)\b`), resolveEndOf, []string{"end", "start", "beginning"}, true, false, []string{"year", "month", "decade", "century"}},
		{c(`\b(?:([Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id|[Ff]rom|[Oo]f|[Dd]uring|[Tt]hroughout) )?(?:(early|mid|late)-)?(` + monthRE + `)(?: (\d{1,2})(?:st|nd|rd|th)?)?(?:,? (` + yearRE + `))?(?: (?:of )?(next|last|this) year)?\b`), resolveMonth, []string{"#month"}, false, true, nil},
		// "on Sunday, June 9", "Tuesday 5 March": the weekday tells the year.
		{c(`\b(?:([Oo]n|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Ss]ince) )?(` + weekdayRE + `),? (?:the )?(?:(\d{1,2})(?:st|nd|rd|th)? (?:of )?(` + monthRE + `)|(` + monthRE + `) (\d{1,2})(?:st|nd|rd|th)?)(?:,? (` + yearRE + `))?\b`), resolveWeekdayDate, []string{"#month"}, false, false, []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}},
		{c(`\b(?:([Uu]ntil|[Bb]y|[Ss]ince) )?(\d{1,2}) (` + monthRE + `)(?:,? (` + yearRE + `))?(?: (next|last|this) year)?\b`), resolveDayMonth, []string{"#month"}, false, true, []string{"#digit"}},
		// "in the October-December quarter", "in January-May": the months
		// it names, one to the other.
		{c(`\b(?:[Ii]n |[Ff]or |[Dd]uring |[Oo]ver |[Ff]rom )?(?:the )?(` + monthRE + `)[-–](` + monthRE + `)(?: (?:quarter|period))?\b`), resolveMonthTo, []string{"#month"}, false, false, []string{"#dash"}},
		// "in the June quarter": the three months that end with June.
		{c(`\b(?:[Ii]n |[Ff]or |[Dd]uring |[Oo]ver )?the (March|June|September|December) quarter\b`), resolveQuarterOf, []string{"#month"}, false, false, []string{"quarter"}},
		// "in the year to March": the twelve months that ended then.
		{c(`\b(?:[Ii]n |[Ff]or |[Oo]ver )?the (year|quarter|(?:` + countRE + `) months) (?:to|ending|ended) (?:the end of )?(` + monthRE + `)(?:,? (` + yearRE + `))?\b`), resolveYearTo, []string{"#month"}, false, false, []string{"to", "ending", "ended"}},
		// "a strike for Dec. 4": the day something is set for. The groups
		// are resolveMonth's: the word before, an empty modifier, the
		// month, its day, its year, "next year".
		// "since the July election", "in the May budget": a month named
		// for what happens in it ("May" only so, with "the" before).
		{c(`\b(?:([Ii]n|[Ss]ince|[Bb]efore|[Aa]fter|[Uu]ntil|[Ff]rom|[Aa]t|[Ff]or|[Oo]f) )?[Tt]he (` + monthRE + `) (budgets?|elections?|polls?|votes?|referendum|meetings?|summit|deadline|session|sitting|conference|congress|talks|census|count|ballot|primary|primaries|by-election|floods?|fires?|storms?|attacks?|protests?|riots?|strikes?|uprising|coup|ceasefire|truce|announcement|review|report|figures|data|results?|survey|auction|festival|rally|march)\b`), resolveMonthEvent, []string{"#month"}, false, true, []string{"the"}},
		{c(`\b([Ff]or) ()(` + monthRE + `) (\d{1,2})(?:st|nd|rd|th)?(?:,? (` + yearRE + `))?(?: (next|last|this) year)?\b`), resolveMonth, []string{"#formonth"}, false, true, nil},
		{c(`\b[Bb]etween (` + monthRE + `)(?:,? (` + yearRE + `))? and (` + monthRE + `)(?:,? (` + yearRE + `)| (this|last) year)?\b`), resolveMonthSpan, []string{"#betweenmonth"}, false, true, nil},
		// Holidays: "before Christmas", "on New Year's Day last year", "the
		// Christmas holidays", "over the Easter long weekend", "Labor Day
		// weekend in 2020". A holiday that names an agreement or an attack
		// ("the Good Friday Agreement") is no date.
		{c(`\b(?:((?:` + weekdayRE + `|days?|weeks?|[Ss]undays?) (?:after|before) ))?(?:([Oo]n|[Bb]y|[Bb]efore|[Aa]fter|[Uu]ntil|[Tt]ill|[Ss]ince|[Oo]ver|[Aa]t|[Ff]or|[Ii]nto) (?:the )?)?(?:(` + yearRE + `) )?(` + holidayRE + `)(?: (holidays?|recess|break|period|season|shopping (?:period|season)|(?:long |holiday )?weekend)| (Agreement|[Aa]ccord|[Bb]ombings?|[Aa]ttacks?|[Mm]assacre|[Uu]prising|[Rr]ising|[Tt]sunami|[Ee]arthquake))?(?: (last|next|this) year|,? (?:in )?(` + yearRE + `))?\b`), resolveHoliday, []string{"christmas", "year's", "year’s", "boxing", "halloween", "valentine's", "valentine’s", "easter", "good", "maundy", "palm", "ash", "thanksgiving", "black", "cyber", "labor", "memorial", "bank"}, false, false, []string{"#capital", "bank"}},
		// Parts of a month or a year: "the last week of April", "by the
		// end of February", "the second half of 2024", "the third quarter".
		{c(`\b(?:(?:[Ii]n|[Ff]rom|[Dd]uring|[Bb]y|[Uu]ntil|[Bb]efore|[Ss]ince) )?the (first|second|third|last|final) (week|fortnight|ten days|10 days) of (` + monthRE + `)(?:,? (` + yearRE + `))?\b`), resolveMonthPart, []string{"week", "fortnight", "days"}, false, true, []string{"#month"}},
		{c(`\b(?:([Bb]y|[Bb]efore|[Uu]ntil|[Aa]t|[Tt]owards?|[Ss]ince|[Ff]rom|[Ii]n) )?the (end|start|beginning|middle) of (` + monthRE + `)(?:,? (` + yearRE + `))?(?: (next|last|this) year)?\b`), resolveMonthEdge, []string{"end", "start", "beginning", "middle"}, false, true, []string{"#month"}},
		{c(`\b(?:(?:in|during|by|for|from|over) )?the (first|second|third|fourth|final|last) (half|quarter) of (?:(this|last|next|the) year|((?:19|20)\d{2}))\b`), resolveYearPart, []string{"half", "quarter"}, true, false, []string{"of"}},
		{c(`\b(?:(?:in|during|for|over) )?the (first|second|third|fourth) (quarter)\b`), resolveYearPart, []string{"quarter"}, true, false, nil},
		// "in the first 10 months", "the first two months of this year".
		{c(`\b(?:(?:in|during|over|for) )?the first (two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) months(?: of (?:(this|last|next) year|((?:19|20)\d{2})))?\b`), resolveFirstMonths, []string{"months"}, true, false, []string{"first"}},
		// Days: "between April 10 and April 12", "between April 10 and 12",
		// "between 1 October and 31 December".
		{c(`\b[Bb]etween (` + monthRE + `) (\d{1,2}) and (?:(` + monthRE + `) )?(\d{1,2})\b`), resolveDaySpan, []string{"#betweenmonth"}, false, true, nil},
		{c(`\b[Bb]etween (\d{1,2}) (` + monthRE + `) and (\d{1,2}) (` + monthRE + `)\b`), resolveDaySpanDM, []string{"#betweenmonth"}, false, true, nil},
		// "on 10 and 11 December", "from 4 to 6 October": two days of one
		// month, the day first.
		{c(`\b(?:[Oo]n |[Ff]rom )?(\d{1,2})(?:st|nd|rd|th)? (?:to|until|and) (\d{1,2})(?:st|nd|rd|th)? (` + monthRE + `)\b`), resolveDaysMonthDM, []string{"#month"}, false, true, []string{"to", "until", "and"}},
		// "from October 4 to 6", "from Sept. 23 to Sept. 30", "on October
		// 8 and 9": two days of one month, one span.
		{c(`\b(?:[Ff]rom )?(` + monthRE + `) (\d{1,2}) (?:to|until|through|and) (?:(` + monthRE + `) )?(\d{1,2})\b`), resolveDaysOfMonth, []string{"#month"}, false, true, []string{"to", "until", "through", "and"}},
		// Months: "from January to March", "January to March".
		{c(`\b(?:[Ff]rom )?(` + monthRE + `) (?:to|until|through) (` + monthRE + `)\b`), resolveMonthTo, []string{"#month2"}, false, true, []string{"to", "until", "through"}},
		// "in late 2022": the year, as "the early 1990s" is the decade.
		{c(`\b(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom) )?[Ll]ate[- ]((?:19|20)\d{2})\b`), resolveLateYear, []string{"late", "#lateyear"}, false, false, nil},
		// Financial and other split years: "in 2024-25", "the 2023/24
		// season", "last financial year", "in the last two fiscal years".
		{c(`\b(?:(?:[Ii]n|[Ff]or|[Bb]y|[Dd]uring|[Ff]rom|[Ss]ince|[Uu]ntil|[Tt]hrough|[Oo]f) )?(?:the )?((?:19|20)\d{2})[-/–]((?:19|20)?\d{2})\b(?: (financial|fiscal|budget|tax|school|academic|marketing|crop) year| (season))?`), resolveSplitYear, []string{"#splityear"}, false, false, nil},
		{c(`\b(?:(?:in|for|during|over|by|from|since|until|of) )?(?:the )?(this|current|last|previous|past|next|coming|new) (?:financial|fiscal|budget) year\b`), resolveFinancialYear, []string{"#fiscalyear"}, true, false, nil},
		{c(`\b(?:in|over|during) the (?:last|past|previous) (two|three|four|five|\d) (?:financial|fiscal) years\b`), resolveFinancialYears, []string{"#fiscalyear"}, true, false, nil},
		// "the biggest gain in 33 years", "for the first time in a
		// decade": a comparison that reaches back, not a date ahead.
		{c(`\b(?:biggest|largest|highest|lowest|smallest|fastest|slowest|strongest|weakest|steepest|sharpest|deepest|worst|best|first|most|least|record)\b(?: [a-z-]+){0,4}? in (?:(?:more than|nearly|almost|over|at least|about) )?(` + countRE + `) (year|month|decade)s?\b`), resolveSuperlative, []string{"#superlative"}, true, false, nil},
		// Years: "between 2019 and 2022", "from 2009 to 2012", "in 2016
		// and 2017".
		{c(`\b(?:[Bb]etween|[Ff]rom|[Ii]n|[Ff]or|[Dd]uring|[Oo]ver|[Cc]overing|[Ss]panning|[Tt]hroughout) ((?:19|20)\d{2}) (?:and|to|until|through) ((?:19|20)\d{2})\b`), resolveYearSpan, []string{"#year2"}, false, false, nil},
		{c(`\b(?:the )?(?:(early|mid|late)[- ])?((?:1[5-9]|20)\d0)s\b`), resolveDecade, []string{"#decade"}, false, false, nil},
		// "the Seventies", "the late eighties": a decade of the last century
		// spelt out ("in her seventies" is an age).
		{c(`\bthe (?:(early|mid|late)[- ])?(fifties|sixties|seventies|eighties|nineties)\b`), resolveDecadeWord, []string{"fifties", "sixties", "seventies", "eighties", "nineties"}, true, false, nil},
		{c(`\b(?:(?:in|since|by|until|from|before|after|during) )?((?:19|20)\d{2})\b`), resolveYear, []string{"#year"}, false, false, nil},
		// "founded in 1877": an earlier year, after a word that makes the
		// number one.
		// And a year past this century: "until 2150", "by 2100" (a round
		// one, after "by", which also takes counts); "since at least 1562";
		// "an 1881 painting", which only a year reads as.
		{c(`\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Ff]rom|[Bb]efore|[Aa]fter|[Dd]uring)(?: at least)? (1[0-8]\d{2}|2[1-4]\d{2})\b|\b[Bb]y (2[1-4][05]0)\b|\b[Aa]n (18\d{2})\b|\b\p{Lu}\p{L}* of (1[0-8]\d{2})\b`), resolveOldYear, []string{"#oldyear"}, false, false, nil},
		{c(`\b(?:the )?(?:upcoming|forthcoming|coming|next) (?:[a-z][\w.]*\.? )?(?:general |presidential |parliamentary |local )?(election|elections|vote|summit|referendum|poll)\b`), resolveEvent, []string{"election", "elections", "vote", "summit", "referendum", "poll"}, true, false, []string{"upcoming", "forthcoming", "coming", "next"}},
		{c(`\b(decades|years|centuries|months)-long\b|\bin the past\b`), resolveVague, []string{"decades-long", "years-long", "centuries-long", "months-long", "past"}, true, false, nil},
	}
})

// dateLead is how many tokens before the word that triggers a date
// pattern a match of it may start: "until 10:30 a.m. EST on Monday".
const dateLead = 16

// reWordByte reports a byte that \b counts as part of a word.
func reWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// hasNeed reports whether the tokens of a sentence hold one of needs (see
// datePattern); hasMonth tells whether they name a month.
func hasNeed(needs []string, toks []token, hasMonth bool) bool {
	for _, n := range needs {
		if n == "#month" {
			if hasMonth {
				return true
			}
			continue
		}
		for _, t := range toks {
			if holdsNeed(t, n) {
				return true
			}
		}
	}
	return false
}

// holdsNeed reports whether token t is need n of a date pattern, other
// than "#month".
func holdsNeed(t token, n string) bool {
	switch n {
	case "#digit":
		return strings.ContainsAny(t.text, "0123456789") // "12", or "COVID-19" before "March"
	case "#dash":
		return strings.ContainsAny(t.text, "-–")
	case "#capital":
		if t.is(wDateTrigger) && t.isCap() {
			return true
		}
		// A trigger after a hyphen: "pre-Christmas".
		h := strings.LastIndexByte(t.text, '-')
		return h >= 0 && h+1 < len(t.text) && t.text[h+1] >= 'A' && t.text[h+1] <= 'Z' &&
			wordFlags().get(strings.ToLower(t.text[h+1:]))&wDateTrigger != 0
	}
	// The word may stand in a longer token, as \b reads it: "year" in
	// "year's" or "year-end".
	l := t.lower()
	return l == n || len(l) > len(n) && hasWordIn(l, n)
}

// hasWordIn reports whether w stands in s between word boundaries.
func hasWordIn(s, w string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		k += i
		if (k == 0 || !reWordByte(s[k-1])) && (k+len(w) == len(s) || !reWordByte(s[k+len(w)])) {
			return true
		}
		i = k + 1
	}
}

// markDateTriggers sets from[k] to the first token of a sentence's tokens
// that triggers date pattern k, or -1, and reports whether any pattern is
// triggered and whether the sentence names a month.
func markDateTriggers(sentToks []token, from []int) (any, hasMonth bool) {
	triggers := dateTriggers()
	for k := range from {
		from[k] = -1
	}
	trigger := func(k, ti int) {
		if from[k] < 0 || ti < from[k] {
			from[k] = ti
		}
	}
	months, years := 0, 0
	// Anchored dates need their words in a row: a unit then a
	// direction ("days later"), or a direction word then a unit or
	// "that"/"in"/"on" ("the following year", "later that day").
	var anchorCount, anchorRel, between, superlative, fiscal bool
	var anchorCountAt, anchorRelAt, betweenAt, monthAt, superlativeAt, fiscalAt int // where each was first seen
	recordAt := -9                                                                  // the last record word ("biggest", "first")
	for ti := range sentToks {
		t := &sentToks[ti]
		// Most tokens are punctuation or words that no case below reads:
		// not flagged, no possessive (of a month), no hyphen, not "between".
		switch t.kind {
		case tPunct:
			continue
		case tWord:
			if !t.is(wDateTrigger|wMonth) && t.suffix == 0 && t.low != "between" && !(len(t.text) > 4 && strings.IndexByte(t.text[1:], '-') >= 0) {
				continue
			}
		}
		if t.kind == tWord && t.is(wDateTrigger) {
			w := anchorWords[t.lowBase()]
			if ti+1 < len(sentToks) && w != 0 {
				next := 0
				if sentToks[ti+1].is(wDateTrigger) {
					next = anchorWords[sentToks[ti+1].lowBase()]
				}
				if w == 1 && (next == 2 || next == 4) && !anchorCount {
					anchorCount, anchorCountAt = true, ti
				}
				if w >= 3 {
					n1 := sentToks[ti+1].lower()
					if !anchorRel && (next == 1 || n1 == "that" || n1 == "in" || n1 == "on" ||
						ti+2 < len(sentToks) && sentToks[ti+2].is(wDateTrigger) && anchorWords[sentToks[ti+2].lowBase()] == 1) {
						anchorRel, anchorRelAt = true, ti
					}
				}
			}
		}
		if t.kind == tWord && t.text[0]|0x20 == 'b' && t.lower() == "between" && !between {
			between, betweenAt = true, ti
		}
		if t.kind == tWord && t.is(wDateTrigger) {
			switch lw := t.lower(); {
			case recordWords[lw] || lw == "first":
				recordAt = ti
			case ti-recordAt <= 8 && (lw == "years" || lw == "months" || lw == "decade" || lw == "decades" || lw == "year" || lw == "month"):
				if !superlative {
					superlative, superlativeAt = true, recordAt // "the biggest gain in 33 years"
				}
				fallthrough
			case lw == "year" || lw == "years":
				if ti > 0 && (sentToks[ti-1].lower() == "financial" || sentToks[ti-1].lower() == "fiscal" || sentToks[ti-1].lower() == "budget") {
					if !fiscal {
						fiscal, fiscalAt = true, ti-1 // "last financial year"
					}
				}
			}
		}
		key := ""
		// Words with a hyphen after their first letters: "mid-February",
		// "the mid-1990s", "late-2022"; most words have none.
		hy := t.kind == tWord && len(t.text) > 4 && strings.IndexByte(t.text[1:], '-') >= 0
		switch {
		case t.kind == tWord && t.is(wMonth) && t.isCap():
			key = "#month" // "May" and "march" are months only with a capital
		case t.kind == tWord && t.possessive() && t.isCap() && monthTokens[t.lowBase()]:
			key = "#month" // "October's election"
		case hy && hyphenMonth(*t):
			key = "#month" // "mid-February"
		case hy && hyphenDecade(*t):
			key = "#decade" // "the mid-1990s"
		case hy && strings.HasPrefix(t.lower(), "late-"):
			key = "#lateyear" // "in late-2022"
		case hy && len(t.text) == 8 && strings.HasPrefix(t.lower(), "mid-") && unicode.IsDigit(rune(t.text[4])):
			key = "#midyear" // "by mid-2027"
		case hy && edgeYear(t.lower()):
			key = "#edgeyear" // "by end-2026"
		case t.kind == tWord && t.is(wDateTrigger):
			key = t.lower()
		case t.kind == tWord:
			// no pattern starts with this word
		case t.kind == tNum && len(t.text) >= 7 && t.text[4] == '-' && isYearTok(token{kind: tNum, text: t.text[:4]}),
			isYearTok(*t) && ti+2 < len(sentToks) && sentToks[ti+1].text == "/" && sentToks[ti+2].kind == tNum:
			key = "#splityear" // "2024-25", "2023/24"
		case isYearTok(*t):
			key = "#year"
		case t.kind == tNum && len(t.text) == 4 && ti > 0 && (oldYearAfter(t.text, sentToks[ti-1].lower()) || medievalYear(sentToks, ti)):
			key = "#oldyear" // "in 1877", "by 2100"
		case t.kind == tNum && strings.HasSuffix(t.text, "0s"):
			key = "#decade"
		}
		if key == "" {
			continue
		}
		// Patterns that need two months or two years, or "for" and a
		// month: "from January to March", "between 2019 and 2022",
		// "a strike for Dec. 4".
		switch key {
		case "#month":
			if !hasMonth {
				hasMonth, monthAt = true, ti
			}
			if months++; months == 2 {
				key = "#month2"
			}
			if ti > 0 && sentToks[ti-1].lower() == "for" {
				for _, k := range triggers["#formonth"] {
					trigger(k, ti-1)
				}
			}
		case "#year":
			if years++; years == 2 {
				key = "#year2"
			}
		}
		for _, k := range triggers[key] {
			trigger(k, ti)
			any = true
		}
		if key == "#month2" || key == "#year2" {
			for _, k := range triggers[strings.TrimSuffix(key, "2")] {
				trigger(k, ti)
			}
		}
	}
	// Patterns that need words together in the sentence.
	for _, w := range [...]struct {
		on  bool
		at  int
		key string
	}{{anchorCount, anchorCountAt, "#anchorcount"}, {anchorRel, anchorRelAt, "#anchorrel"}, {between && hasMonth, min(betweenAt, monthAt), "#betweenmonth"}, {fiscal, fiscalAt, "#fiscalyear"}, {superlative, superlativeAt, "#superlative"}} {
		if w.on {
			for _, k := range triggers[w.key] {
				trigger(k, w.at)
				any = true
			}
		}
	}
	return any, hasMonth
}

// find returns the matches of dp in text, a sentence that starts at byte
// start of its paragraph, whose tokens are toks and whose token first
// triggers dp; hasMonth tells whether it names a month. It returns what
// FindAllStringSubmatchIndex returns, without running the regular
// expression where no match can be: on a sentence without one of dp.needs,
// or on the words well before the first trigger.
func (dp *datePattern) find(text string, toks []token, start, first int, hasMonth bool) [][]int {
	if dp.needs != nil && !hasNeed(dp.needs, toks, hasMonth) {
		return nil
	}
	skip := 0
	for k := first - dateLead; k > 0; k-- {
		if b := toks[k].start - start; !reWordByte(text[b-1]) {
			skip = b // a word boundary, as \b reads it
			break
		}
	}
	return dp.re.findAll(text, skip)
}

// findDates finds and resolves date expressions against the publication
// date. Overlapping matches keep the longest.
func (d *doc) findDates() {
	pats := datePatterns()
	from := make([]int, len(pats)) // the token of its sentence that triggered each pattern first, or -1
	for p := range d.paras {
		pa := &d.paras[p]
		lower := pa.lower
		var hits []dateHit
		for si, sp := range pa.sents {
			sentToks := pa.toks[pa.tokSent[si]:pa.tokSent[si+1]]
			any, hasMonth := markDateTriggers(sentToks, from)
			if !any {
				continue
			}
			future, past := d.sentTense(p, si)
			prospective := modal(pa.toks[pa.tokSent[si]:pa.tokSent[si+1]])
			for pi, dp := range pats {
				if from[pi] < 0 {
					continue
				}
				future := future || (dp.modal && prospective)
				text := pa.text[sp.start:sp.end]
				if dp.lower {
					text = lower[sp.start:sp.end]
				}
				for _, loc := range dp.find(text, sentToks, sp.start, from[pi], hasMonth) {
					m := make([]string, len(loc)/2)
					for k := range m {
						if loc[2*k] >= 0 {
							// Groups come from the original text: resolvers read capitals.
							m[k] = pa.text[sp.start+loc[2*k] : sp.start+loc[2*k+1]]
						}
					}
					future, past := future, past
					if f, ps, ok := clauseTense(pa.toks[pa.tokSent[si]:pa.tokSent[si+1]], sp.start+loc[0], sp.start+loc[1]); ok {
						st := pa.toks[pa.tokSent[si]:pa.tokSent[si+1]]
						future, past = f || (dp.modal && prospective && !(ps && (relativeClause(st, sp.start+loc[0]) || !modalClause(st, sp.start+loc[0], sp.start+loc[1])))), ps
					} else if w, _, _ := strings.Cut(m[0], " "); strings.EqualFold(w, "until") || strings.EqualFold(w, "till") {
						// A limit looks ahead unless its own clause is past:
						// "Harikumar directed that all schools remain closed
						// till Saturday", but "flights were suspended until
						// Friday" and "had until Monday to pay".
						past = false
					}
					if namedWeekday(pa.text, sp.start+loc[0]) {
						continue // "Good Friday", "Super Tuesday"
					}
					res, gran := dp.resolve(d, m, future, past)
					if gran == "" {
						continue
					}
					if len(m[0]) == 4 && countAt(pa.toks, sp.start+loc[0]) {
						continue // "police seized 1912 vehicles": a count, not a year
					}
					hits = append(hits, dateHit{
						src:  Source{Paragraph: p, Sentence: si, Start: sp.start + loc[0], End: sp.start + loc[1]},
						text: m[0], resolved: res, granularity: gran,
						future: gran == "event" || d.isFuture(res, future || deadline(m[0])),
					})
				}
			}
		}
		hasEraWord := false
		for _, t := range pa.toks {
			if t.is(wEraFirst) {
				hasEraWord = true
				break
			}
		}
		if !hasEraWord {
			goto keep
		}
		for _, loc := range d.eraSpans(lower) {
			s := sentenceOf(pa.sents, loc.start)
			hits = append(hits, dateHit{src: Source{Paragraph: p, Sentence: s, Start: loc.start, End: loc.end}, text: pa.text[loc.start:loc.end], granularity: "era"})
		}
	keep:
		sort.SliceStable(hits, func(a, b int) bool {
			if hits[a].src.Start != hits[b].src.Start {
				return hits[a].src.Start < hits[b].src.Start
			}
			return hits[a].src.End > hits[b].src.End
		})
		end, first := -1, len(d.dates)
		for _, h := range hits {
			if h.src.Start < end {
				// "strike for a week later this month": a count whose
				// "later" opens a date of its own is no count.
				if last := &d.dates[len(d.dates)-1]; len(d.dates) > first && last.granularity == anchoredGran && h.granularity != anchoredGran && h.src.End > last.src.End {
					*last = h
					end = h.src.End
				}
				continue
			}
			d.dates = append(d.dates, h)
			end = h.src.End
		}
		d.dates = append(d.dates[:first], joinRanges(pa, d.dates[first:])...)
	}
	d.anchorDates()
}

// joinRanges makes one span of two dates of a sentence that bound a
// period: "between January and the end of April", "between 2016 and last
// year", and two months or days in a row joined by "and" ("in March and
// April", "on Sunday and Monday"), which the text treats as one stretch of
// time. hits are in order, in paragraph pa.
func joinRanges(pa *para, hits []dateHit) []dateHit {
	text := pa.text
	out := hits[:0]
	for k := 0; k < len(hits); k++ {
		h := hits[k]
		if k+1 < len(hits) {
			n := hits[k+1]
			from, to := rangeStart(h.resolved), rangeEnd(n.resolved)
			between := strings.HasSuffix(pa.lower[:h.src.Start], "between ")
			if n.src.Sentence == h.src.Sentence && text[h.src.End:n.src.Start] == " and " && from != "" && to != "" && from < to &&
				(between || h.resolved == from && n.resolved == to && nextUnit(from) == to) {
				h.src.End, h.text = n.src.End, text[h.src.Start:n.src.End]
				h.resolved, h.granularity, h.future = from+"/"+to, "span", h.future || n.future
				k++
			}
		}
		out = append(out, h)
	}
	return out
}

// rangeStart and rangeEnd are where a resolved date starts and ends, as
// dates: a span's two ends, or the date itself; "" for a decade or none.
func rangeStart(res string) string {
	a, _, _ := strings.Cut(res, "/")
	return datePart(a)
}

func rangeEnd(res string) string {
	_, b, ok := strings.Cut(res, "/")
	if !ok {
		b = res
	}
	return datePart(b)
}

func datePart(s string) string {
	if len(s) < 4 || strings.HasSuffix(s, "s") {
		return "" // "1990s"
	}
	return s
}

// nextUnit is the month or day after a date written "YYYY-MM" or
// "YYYY-MM-DD", or "" for a year.
func nextUnit(s string) string {
	switch len(s) {
	case 7:
		if t, err := time.Parse("2006-01", s); err == nil {
			return t.AddDate(0, 1, 0).Format("2006-01")
		}
	case 10:
		if t, err := time.Parse("2006-01-02", s); err == nil {
			return t.AddDate(0, 0, 1).Format("2006-01-02")
		}
	}
	return ""
}

// anchorWords are the words anchored dates are made of: 1 a unit, 2 a
// direction after a count ("two days later"), 3 one before a unit ("the
// following year"), 4 both ("earlier in the day", "a year earlier").
var anchorWords = map[string]int{"day": 1, "days": 1, "week": 1, "weeks": 1, "month": 1, "months": 1, "year": 1, "years": 1, "night": 1, "morning": 1,
	"after": 2, "before": 2, "later": 4, "earlier": 4, "following": 3, "next": 3, "previous": 3}

// An anchored date is counted from another: resolveAnchored* leave its
// resolution as "mode unit n" with this granularity, for anchorDates.
const anchoredGran = "anchored"

// resolveAnchoredRel: "later in the day", "later that year", "the
// following week", "the previous day" are counted from the date before.
func resolveAnchoredRel(d *doc, m []string, future, past bool) (string, string) {
	rel, unit := strings.ToLower(m[1]+m[3]+m[5]), strings.ToLower(m[2]+m[4]+m[6])
	if unit == "night" || unit == "morning" {
		unit = "day"
	}
	n := 0
	switch rel {
	case "following":
		n = 1
	case "next":
		if unit != "day" {
			return "", "" // "the next year" is as often counted from publication
		}
		n = 1
	case "previous":
		n = -1
	}
	if n == 0 && unit == "week" {
		return "", "" // "later that week": which days is not said
	}
	if n != 0 && unit == "week" {
		unit = "weekspan"
	}
	return fmt.Sprintf("prev %s %d", unit, n), anchoredGran
}

// resolveThatYear: "that year", "later that year" are the year of the date
// before.
func resolveThatYear(d *doc, m []string, future, past bool) (string, string) {
	return "prev year 0", anchoredGran
}

// resolveSameLastYear: "the same month last year" is the month named
// before, a year back.
func resolveSameLastYear(d *doc, m []string, future, past bool) (string, string) {
	return "prev " + map[string]string{"month": "sameyear", "day": "sameyearday"}[strings.ToLower(m[1])] + " -1", anchoredGran
}

// resolveLateYear: "late 2022" is its last four months.
func resolveLateYear(d *doc, m []string, future, past bool) (string, string) {
	return m[1], "year"
}

// resolveAnchoredCount: "two days later" and "a year earlier" are counted
// from the date before; "a week after the vote" and "a day before the
// launch" name the date of the vote or the launch, counted back or on
// from the sentence's own date.
func resolveAnchoredCount(d *doc, m []string, future, past bool) (string, string) {
	w := strings.ToLower(m[1])
	if w == "few" || w == "several" {
		return "", ""
	}
	n, unit := count(m[1]), strings.ToLower(m[2])
	if w == "the" {
		if strings.HasSuffix(m[0], "s "+m[3]) || m[3] == "later" || m[3] == "earlier" {
			return "", "" // "the weeks before", "the year later"
		}
		n = 1 // "the day before the vote", "the year before"
	}
	if n == 0 {
		return "", ""
	}
	mode := "prev"
	switch strings.ToLower(m[3]) {
	case "earlier":
		n = -n
	case "after":
		mode, n = "clause", -n
	case "before":
		mode = "clause"
	}
	return fmt.Sprintf("%s %s %d", mode, unit, n), anchoredGran
}

// anchorDates resolves the anchored dates against the date they are
// counted from, in the order the article gives them, and drops those with
// none: "two days later", in a sentence in the past or the future, follows
// the last date named, in its paragraph or the one before, which must be as
// precise as the count ("later in the day" needs a day); "a week after the vote" is counted from a date earlier in
// its sentence, or from publication in the formula "the move comes a week
// after". A date counted on from the one before can anchor the next; the
// date of "the vote" in "a week after the vote" does not.
func (d *doc) anchorDates() {
	anchored := false
	for _, h := range d.dates {
		if h.granularity == anchoredGran {
			anchored = true
			break
		}
	}
	if !anchored {
		return
	}
	out := d.dates[:0]
	var last, lastDay dateHit
	haveLast, haveDay := false, false
	for _, h := range d.dates {
		if h.granularity != anchoredGran {
			out = append(out, h)
			if h.resolved != "" {
				last, haveLast = h, true
			}
			if len(h.resolved) == 10 {
				lastDay, haveDay = h, true
			}
			continue
		}
		var mode, unit string
		var n int
		fmt.Sscanf(h.resolved, "%s %s %d", &mode, &unit, &n)
		pa := &d.paras[h.src.Paragraph]
		after := strings.ToLower(strings.TrimLeft(pa.text[h.src.End:], " "))
		before := pa.lower[:h.src.Start]
		var from string
		switch {
		case strings.HasPrefix(after, "than "):
			// "a year earlier than planned"
		case !strings.HasPrefix(unit, "sameyear") && (strings.HasSuffix(before, " in ") || strings.HasSuffix(before, " for ") || strings.HasSuffix(before, " within ")):
			// "banned for four years after finding", "the first time in
			// nine months after breakdowns": a length of time
		case mode == "prev":
			// A story's time line is told in the past or the future; in the
			// present, "a booster a year later" is a schedule.
			future, past := d.sentTense(h.src.Paragraph, h.src.Sentence)
			if haveLast && h.src.Paragraph-last.src.Paragraph <= 1 && (future || past || strings.HasPrefix(unit, "sameyear")) {
				from = last.resolved // "is higher than on the same day last year" compares in any tense
			}
			if unit == "sameyearday" && len(from) != 10 && haveDay && lastDay.src.Paragraph == h.src.Paragraph {
				from = lastDay.resolved // "Tuesday's figure beat the high set last January, and the same day last year's"
			}
		case after == "" || !unicode.IsLetter(rune(after[0])) || standaloneNext[firstWord(after)]:
			// "the year before." or "a week after that": counted from the
			// date before, as "later" and "earlier" are.
			future, past := d.sentTense(h.src.Paragraph, h.src.Sentence)
			if haveLast && h.src.Paragraph-last.src.Paragraph <= 1 && (future || past) {
				from, n, mode = last.resolved, -n, "prev"
			}
		case haveLast && last.src.Paragraph == h.src.Paragraph && last.src.Sentence == h.src.Sentence:
			// Not across a clause of its own: "voted on Thursday so that it
			// takes effect 90 days after its publication".
			if !subordinate(pa.lower[last.src.End:h.src.Start]) {
				from = last.resolved
			}
		case !d.pub.IsZero() && (strings.HasSuffix(before, " comes ") || strings.HasSuffix(before, " come ")):
			from = d.pubDay
		}
		res, gran := countFrom(from, unit, n)
		if res == "" {
			continue
		}
		h.resolved, h.granularity = res, gran
		h.future = d.isFuture(res, false)
		out = append(out, h)
		if mode == "prev" {
			last, haveLast = h, true
		}
	}
	d.dates = out
}

// standaloneNext are words after "a week after" or "the year before" that
// name no event: "a week after that", "the year before and…".
var standaloneNext = set("that", "this", "and", "or", "but", "when", "while", "as", "in", "on", "at", "to", "from")

// firstWord is the first word of lower-cased text.
func firstWord(text string) string {
	end := strings.IndexFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return text
	}
	return text[:end]
}

// subordinate reports whether lower-cased text opens a clause of its own.
func subordinate(text string) bool {
	for _, w := range []string{" that ", " which ", " if ", " unless ", " when ", " so "} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// countFrom counts n units on from a date (back when n < 0). The date must
// be as precise as the unit: a day for days and weeks, a month for months.
// A count of years keeps the month when the date has one.
func countFrom(from, unit string, n int) (string, string) {
	if a, b, ok := strings.Cut(from, "/"); ok && unit == "year" && len(a) == 7 && len(b) == 7 {
		// A span of months, a year on or back: "312 arrests last financial
		// year, up from 118 the year before".
		ta, errA := time.Parse("2006-01", a)
		tb, errB := time.Parse("2006-01", b)
		if errA != nil || errB != nil {
			return "", ""
		}
		return month(ta.AddDate(n, 0, 0)) + "/" + month(tb.AddDate(n, 0, 0)), "span"
	}
	var t time.Time
	var err error
	switch len(from) {
	case 10:
		t, err = time.Parse("2006-01-02", from)
	case 7:
		t, err = time.Parse("2006-01", from)
	case 4:
		t, err = time.Parse("2006", from)
	default:
		return "", ""
	}
	if err != nil {
		return "", ""
	}
	switch {
	case unit == "yearend" || unit == "yearstart" || unit == "yearbeginning":
		if unit == "yearend" {
			return fmt.Sprintf("%04d-12", t.Year()), "month"
		}
		return fmt.Sprintf("%04d-01", t.Year()), "month"
	case unit == "sameyear" && len(from) >= 7:
		return month(t.AddDate(n, 0, 0)), "month"
	case unit == "sameyearday" && len(from) == 10:
		return day(t.AddDate(n, 0, 0)), "day"
	case (unit == "day" || unit == "week" || unit == "weekspan") && len(from) == 10:
		switch unit {
		case "day":
			return day(t.AddDate(0, 0, n)), "day"
		case "week":
			return day(t.AddDate(0, 0, 7*n)), "day"
		}
		mon := monday(t).AddDate(0, 0, 7*n)
		return day(mon) + "/" + day(mon.AddDate(0, 0, 6)), "span"
	case unit == "month" && len(from) >= 7:
		return month(t.AddDate(0, n, 0)), "month"
	case unit == "year" && len(from) >= 7 && n != 0:
		return month(t.AddDate(n, 0, 0)), "month" // "a year later": the month a year on
	case unit == "year":
		return year(t.AddDate(n, 0, 0)), "year"
	}
	return "", ""
}

// eraSpans finds named eras ("Cold War", "Cold War-era") in a lower-cased
// paragraph.
func (d *doc) eraSpans(lower string) []span {
	var out []span
	for _, le := range d.lx.eras {
		for off := 0; ; {
			k := strings.Index(lower[off:], le)
			if k < 0 {
				break
			}
			k += off
			end := k + len(le)
			off = end
			if (k > 0 && isWordByte(lower[k-1])) || (end < len(lower) && isWordByte(lower[end])) {
				continue
			}
			for _, suf := range []string{"-era", " era"} {
				if strings.HasPrefix(lower[end:], suf) && (end+len(suf) == len(lower) || !isWordByte(lower[end+len(suf)])) {
					end += len(suf)
				}
			}
			out = append(out, span{k, end})
		}
	}
	return out
}

var (
	futureWords = set("will", "won't", "won’t", "shall", "upcoming", "expect", "expects", "forecast", "forecasts", "predict", "predicts")
	// plannedFor are participles that look ahead before "for": "remains
	// planned for April".
	plannedFor   = set("planned", "scheduled", "slated", "set", "due", "earmarked", "pencilled", "penciled")
	futureBefore = set("due", "set", "expected", "scheduled", "plan", "plans", "planned", "hope", "hopes", "hoped", "aim", "aims", "aimed", "intend", "intends", "intended", "going",
		"agreed", "agree", "agrees", "promised", "pledged", "vowed", "threatened", "decided")
	pastWords = set("was", "were", "had", "did", "ago", "last", "said", "told", "went", "came", "took", "made", "gave", "met", "held", "left", "won", "lost", "began", "sent", "spoke", "wrote", "saw", "found", "brought", "fell", "rose")
	notPast   = set("need", "needs", "red", "based", "united", "used", "alleged", "proposed", "expected", "concerned", "speed", "seed", "feed", "breed", "greed", "indeed", "bed", "hundred", "embed", "armed", "limited", "related", "detailed")
)

// scheduleVerbs in the present tell a timetable: "The hearing continues on
// Thursday", "Parliament resumes next week".
var scheduleVerbs = set("continues", "resumes", "reconvenes", "reopens", "begins", "starts", "opens", "meets", "returns", "hosts", "visits",
	"ends", "expires", "closes", "finishes") // and "her contract ends in February"

// scheduleBases are those verbs after a plural subject: "Estimates
// hearings continue on Thursday", "Talks resume on Monday".
var scheduleBases = set("continue", "resume", "reconvene", "reopen", "begin", "start", "open", "meet", "return", "end", "close", "finish", "sit")

// pluralSubject reports a word before a verb in the present that names
// more than one: "hearings", "talks", "MPs"; not "has", "is" or "this".
func pluralSubject(t token) bool {
	w := t.lower()
	return t.kind == tWord && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") &&
		!auxiliaries[w] && w != "this" && w != "thus" && w != "always" && w != "perhaps" && w != "sometimes"
}

// scheduledParticiples are what is "to be" done on a day ahead: "laws to be
// introduced on Tuesday".
var scheduledParticiples = set("introduced", "unveiled", "tabled", "presented", "debated", "announced", "published", "released", "held", "signed", "launched", "decided", "sworn")

// tense reports whether the tokens of a sentence speak of the future, and
// whether they speak of the past. Under "will" a participle is passive, not
// past ("will be debated").
func tense(t []token) (future, past bool) {
	ed := false
	for k := range t {
		switch tenseAt(t, k) {
		case markFuture:
			future = true
		case markPast:
			past = true
		case markParticiple:
			ed = true
		}
	}
	if ed && !future {
		past = true
	}
	return future, past
}

// tenseMark is what a word says of the time of its clause.
type tenseMark uint8

const (
	markNone       tenseMark = iota
	markFuture               // "will", "due to"
	markPast                 // "said", "was"
	markParticiple           // "approved": past, unless "will" rules the clause
)

// tenseAt reads token k of t.
func tenseAt(t []token, k int) tenseMark {
	x := &t[k]
	if x.kind != tWord {
		return markNone
	}
	w := x.lower()
	// Most words meet none of the cases below: only the flagged ones, a
	// participle, a contraction with "'ll", and the seven words the cases
	// name (the participles they name all end in "ed", or are flagged).
	if !x.is(wFuture|wFutureBefore|wPast) && !(len(w) >= 4 && strings.HasSuffix(w, "ed")) {
		switch w {
		case "comes", "come", "takes", "take", "is", "are", "to":
		default:
			if !strings.HasSuffix(x.norm(), "'ll") {
				return markNone
			}
		}
	}
	switch {
	case x.is(wFuture), strings.HasSuffix(x.norm(), "'ll"): // "we'll have in October"
		return markFuture
	case k+1 < len(t) && t[k+1].lower() == "for" && plannedFor[w]:
		return markFuture
	case w == "plan" && nounBefore(t, k), (w == "plan" || w == "plans") && k >= 1 && t[k-1].possessive():
		return markNone // "a government plan to buy out farms", "the government's plans to cut" are nouns
	case (w == "comes" || w == "come") && k+2 < len(t) && t[k+1].lower() == "into" && t[k+2].lower() == "force",
		(w == "takes" || w == "take") && k+1 < len(t) && t[k+1].lower() == "effect":
		return markFuture // "the rule, which comes into force on Monday": what is set to start
	case x.is(wFutureBefore) && k+1 < len(t) && t[k+1].lower() == "to" && !(k+2 < len(t) && (t[k+2].kind == tNum || adjectiveBefore[t[k+2].lower()])):
		// (not "agreed to a pay cut", "due to the storm": no verb follows)
		if w == "due" && k >= 2 && t[k-1].lower() == "been" && t[k-2].lower() == "had" {
			return markPast // "had been due to be published in July": a plan that lapsed
		}
		return markFuture
	case k > 0 && (t[k-1].lower() == "is" || t[k-1].lower() == "are" || t[k-1].text == ",") && k+1 < len(t) && (t[k+1].lower() == "on" || t[k+1].lower() == "in" || t[k+1].lower() == "by" || t[k+1].lower() == "next") && (plannedFor[w] || w == "expected"):
		return markFuture // "a vote is expected on Thursday", "the ruling is due in March", "the results, expected in January,"
	case w == "expected" && k+1 < len(t) && t[k+1].lower() == "by":
		return markFuture // "said results were expected by Friday", "it expected a delivery by Friday": a deadline ahead
	case (w == "is" || w == "are") && k+2 < len(t) && t[k+1].lower() == "to" && t[k+2].kind == tWord && !t[k+2].isCap() && t[k+2].lower() != "be" && !strings.HasSuffix(t[k+2].lower(), "ed"):
		return markFuture // "is to meet union leaders on Thursday"
	case w == "to" && k+2 < len(t) && t[k+1].lower() == "be" && scheduledParticiples[t[k+2].lower()] && !(k > 0 && t[k-1].is(wFutureBefore)):
		return markFuture // "new laws to be introduced to Parliament on Tuesday"
	case w == "used" && k+1 < len(t) && t[k+1].lower() != "to" && !(k > 0 && (adjectiveBefore[t[k-1].lower()] || linkingWords[t[k-1].lower()])):
		return markParticiple // "used the same law in December", not "used to"
	case x.is(wPast):
		if w == "last" && k > 0 && (adjectiveBefore[t[k-1].lower()] || t[k-1].lower() == "to" || t[k-1].is(wFuture)) {
			return markNone // "the last chance": an adjective, no time; "due to last until Friday", "will last": a verb
		}
		return markPast
	case len(w) >= 4 && strings.HasSuffix(w, "ed") && !x.is(wNotPast) && !(k > 0 && t[k-1].is(wAdjBefore)):
		return markParticiple
	}
	return markNone
}

// relativeClause reports a date at byte start inside a who- or
// which-clause: "NAME, who took over in September, said the company would…"
// is past, whatever "would" follows.
func relativeClause(t []token, start int) bool {
	k := 0
	for k < len(t) && t[k].start < start {
		k++
	}
	for k--; k >= 0; k-- {
		if clauseBreak(t[k]) {
			w := t[k].lower()
			return w == "who" || w == "which"
		}
	}
	return false
}

// commitVerbs commit to what an infinitive after them says.
var commitVerbs = set("agreed", "promised", "pledged", "vowed", "decided", "threatened", "asked", "ordered", "urged", "directed", "instructed", "told", "offered")

// toAfter is the "to" before a verb within four words after token k, no
// comma between ("agreed on Friday to hold"), or -1.
func toAfter(t []token, k int) int {
	for m := k + 1; m < len(t) && m <= k+5; m++ {
		if t[m].kind != tWord {
			return -1
		}
		if t[m].lower() == "to" {
			if m+1 < len(t) && t[m+1].kind == tWord && !t[m+1].isCap() && t[m+1].lower() != "the" {
				return m
			}
			return -1
		}
	}
	return -1
}

// nounBefore reports a determiner one or two words before token k: "a
// plan", "the government plan".
func nounBefore(t []token, k int) bool {
	return k >= 1 && adjectiveBefore[t[k-1].lower()] || k >= 2 && adjectiveBefore[t[k-2].lower()] && t[k-1].kind == tWord
}

// adjectiveBefore: a participle after these words describes a noun ("a
// stated cause", "the proposed law") and tells no tense.
var adjectiveBefore = set("a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those", "any", "every", "no")

// clauseBreaks end a clause: a date takes its tense from its own clause,
// not from one that follows ("Parliament on Thursday approved a pilot that
// will let…").
var (
	clauseBreaks = set("that", "which", "who", "whom", "whose", "while", "whereas", "because", "although", "though", "but", "after", "before", "when", "until", "since")
	// linkingWords come before a participle that is not a past tense.
	linkingWords = set("be", "been", "being", "is", "are", "am", "remain", "remains", "stay", "stays")
)

// passiveAfterAnd reports a verb at k after "and" that shares a passive's
// "was" or "were" before it, from lo on: "was fined £4,000 and ordered to
// pay costs".
func passiveAfterAnd(t []token, lo, k int) bool {
	if k < 1 || t[k-1].lower() != "and" {
		return false
	}
	for m := k - 2; m >= lo && m >= k-8; m-- {
		if w := t[m].lower(); w == "was" || w == "were" {
			return true
		}
	}
	return false
}

// countAt reports a figure of four digits at byte start that counts the
// noun after it (yearCounts).
func countAt(t []token, start int) bool {
	k := sort.Search(len(t), func(k int) bool { return t[k].start >= start })
	return k < len(t) && t[k].start == start && t[k].kind == tNum && yearCounts(t, k)
}

// clauseTense reports the tense of the date at [start, end) from its own
// clause, when the clause shows one: the nearest of "will", "due to", "said"
// and the like, else the nearest past participle ("approved on Thursday").
// A participle after "be" or "remain" is passive or a state, not past
// ("will remain closed until Monday"). ok is false when the clause shows no
// tense.
func clauseTense(t []token, start, end int) (future, past, ok bool) {
	first, last, lo, hi := clauseOf(t, start, end)
	if first < 0 {
		return false, false, false
	}
	// "agreed to hold military talks soon, and to hold Red Cross talks in
	// November": a second infinitive under the verb that commits to it.
	if inf := lo; inf+1 < len(t) && (t[inf].lower() == "to" || t[inf].lower() == "and" && t[inf+1].lower() == "to") {
		for k := lo - 1; k >= 0; k-- {
			if commitVerbs[t[k].lower()] || t[k].is(wFutureBefore) && k+1 < len(t) && t[k+1].lower() == "to" {
				return true, false, true
			}
		}
	}
	if pastVerbBefore(t, first) {
		return false, true, true
	}
	// "the bank's next meeting in September", "the next round of tests in
	// May": what is next is ahead, whatever the verb.
	for k := first - 1; k >= lo && k >= first-6 && t[k].kind == tWord; k-- {
		if w := t[k].lower(); w == "next" || w == "upcoming" {
			return true, false, true
		}
		if tenseAt(t, k) != markNone {
			break
		}
	}
	// "Commissioner NAME on Tuesday confirmed the commission would…", "the
	// council on Tuesday approved a plan that will…": a subject, the day,
	// then its verb in the past.
	if n := last + 1; n < len(t) && first > 0 && t[first-1].kind == tWord && !functionWords[t[first-1].lower()] && !t[first-1].is(wFuture) &&
		!auxiliaries[t[first-1].lower()] && strings.HasSuffix(t[n].lower(), "ed") && tenseAt(t, n) != markNone && !notPast[t[n].lower()] {
		return false, true, true
	}
	strong, weak := -1, -1 // the nearest of each kind, as a distance
	var sFuture, sPast bool
	for k := lo; k <= hi; k++ {
		if k >= first && k <= last || t[k].kind != tWord {
			continue
		}
		dist := first - k
		if k > last {
			dist = k - last
		}
		mark := tenseAt(t, k)
		if (mark == markNone || mark == markParticiple) && clauseFuture(t, k) {
			mark = markFuture
		}
		if mark == markParticiple && k > 0 && (t[k-1].lower() == "has" || t[k-1].lower() == "have") {
			// "has ordered its members to boycott meetings from Monday":
			// the present perfect tells of now, not of the day.
			mark = markNone
		}
		if mark == markNone && k > 0 && (t[k].is(wSchedule) && !t[k-1].is(wAux) || t[k].is(wScheduleBase) && pluralSubject(t[k-1])) {
			mark = markFuture // "The hearing continues on Thursday": a timetable
		}
		if t[k].is(wCommit) && !(k > 0 && t[k-1].is(wAux)) && !passiveAfterAnd(t, lo, k) { // not "were ordered to leave on Wednesday", "was fined and ordered to pay"
			// "agreed on Friday to hold reunions in August", "met on
			// Tuesday and agreed to keep talking": what follows "to" is
			// ahead; the day of the agreeing is not.
			if to := toAfter(t, k); to >= 0 && to < first {
				mark = markFuture
			} else {
				mark = markPast
			}
		}
		if mark != markFuture && k > 0 && t[k-1].is(wLinking) {
			continue // "will be held", "will remain closed": no past
		}
		switch {
		case (mark == markFuture || mark == markPast) && (strong < 0 || dist < strong):
			strong, sFuture, sPast = dist, mark == markFuture, mark == markPast
		case mark == markParticiple && (weak < 0 || dist < weak):
			weak = dist
		}
	}
	switch {
	case strong >= 0:
		return sFuture, sPast, true
	case weak >= 0:
		return false, true, true
	}
	// "said it would present a compromise when ministers meet again on
	// Friday": a time clause in the present under "would" or "will".
	if lo > 0 && timeClauses[t[lo-1].lower()] {
		for k := lo - 2; k >= 0; k-- {
			if w := t[k].lower(); w == "would" || w == "will" {
				return true, false, true
			}
		}
	}
	return false, false, false
}

// pastVerbBefore reports a verb in the past straight before the date at
// token first, or with only a particle or a pronoun between: "walked out
// on Thursday … and are due to remain on strike", "sworn in on Sunday",
// "rang me on Friday", "rules announced Monday". The day is that of the
// verb it hangs on, whatever the rest of the clause says. Not after "be"
// or "will" ("will be sworn in on Sunday").
func pastVerbBefore(t []token, first int) bool {
	if deadlineWords[t[first].lower()] {
		return false // "postal votes received by Friday would be counted"
	}
	k := first - 1
	for skipped := 0; k >= 0 && skipped < 2 && t[k].kind == tWord && (verbParticles[t[k].lower()] || objectPronouns[t[k].lower()]); k-- {
		skipped++
	}
	if k < 0 || t[k].kind != tWord {
		return false
	}
	w := t[k].lower()
	if m := tenseAt(t, k); m != markPast && m != markParticiple && !irregularPast[w] || w == "last" || w == "ago" {
		return false
	}
	if k > 0 {
		// Not "will be sworn in", "wants it passed before the break".
		if p := t[k-1].lower(); linkingWords[p] || p == "to" || objectPronouns[p] || t[k-1].is(wFuture) {
			return false
		}
	}
	return true
}

var (
	verbParticles  = set("out", "in", "up", "off", "down", "back", "over", "away")
	objectPronouns = set("me", "him", "her", "us", "them", "it")
	irregularPast  = set("sworn", "rang", "struck", "spent", "sold", "bought", "built", "kept", "flew", "drove", "broke", "chose", "stood", "threw", "swore", "sank", "ran")
	deadlineWords  = set("by", "until", "till", "before", "through")
)

// clauseOf finds the tokens of the date at [start, end), t[first:last+1],
// and of its clause, t[lo:hi+1]; first is -1 when no token is inside.
func clauseOf(t []token, start, end int) (first, last, lo, hi int) {
	first, last = -1, -1
	for k, x := range t {
		if x.start >= start && x.end <= end {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	if first < 0 {
		return -1, -1, -1, -1
	}
	lo, hi = first, last
	for lo > 0 && !clauseBreak(t[lo-1]) && !sentenceStop(t, lo-1) {
		lo--
	}
	for hi+1 < len(t) && !clauseBreak(t[hi+1]) && !sentenceStop(t, hi+1) && !(t[hi+1].lower() == "and" && hi+2 < len(t) && hi+1 > last && tenseAt(t, hi+2) != markNone) {
		hi++ // but "came into force on Monday and will last two weeks": the verb after "and" rules its own clause
	}
	if hi == last && first-lo <= 1 && hi+2 < len(t) && t[hi+1].text == "," && t[first].lower() != "this" && (lo == 0 || t[lo-1].sent != t[lo].sent) &&
		(first == lo || t[lo].lower() == "in" || t[lo].lower() == "on" || t[lo].lower() == "at") { // not "From Sunday, any firm must…"
		// "In October, the group decided that…": a date set before its
		// clause takes that clause's time.
		for hi += 2; hi+1 < len(t) && !clauseBreak(t[hi+1]); hi++ {
		}
	}
	return first, last, lo, hi
}

// modalClause reports a modal word in the clause of the date at [start,
// end): "said a cut in September was the most likely outcome", but not
// "said in December that member states could act", where the supposing is
// another clause's.
func modalClause(t []token, start, end int) bool {
	first, _, lo, hi := clauseOf(t, start, end)
	return first >= 0 && modal(t[lo:hi+1])
}

// timeClauses open a clause of time.
var timeClauses = set("when", "once", "until", "before", "after")

// clauseFuture reports words that make their own clause look ahead,
// though they say little of the sentence's tense: "said it would visit the
// area on Wednesday" (but not "would have started on Monday"), "the rules,
// which take effect on Dec. 1", "ahead of elections in June", "can be
// challenged within 28 days".
func clauseFuture(t []token, k int) bool {
	w := t[k].lower()
	next := ""
	if k+1 < len(t) {
		next = t[k+1].lower()
	}
	switch {
	case w == "would":
		return next != "have"
	case w == "can" || w == "must" || w == "should" || t[k].text == "may":
		// "can be challenged within 28 days", "must leave by Friday",
		// "said heating should be restored by Thursday".
		return next != "have"
	case w == "could":
		// "could reach the coast by Friday"; not "could not attend" nor
		// "could have".
		return next != "have" && next != "not" && next != "n't"
	case w == "take" || w == "takes":
		return next == "effect"
	case w == "ahead":
		return next == "of"
	case announceVerbs[w] && (next == "a" || next == "an" || next == "another" || next == "fresh" || next == "new"):
		// "announced a protest outside the press club on Friday": the
		// event announced is ahead.
		for m := k + 2; m < len(t) && m <= k+4 && t[m].kind == tWord; m++ {
			if calledEvents[t[m].lowBase()] {
				return true
			}
		}
	case callVerbs[w] && next == "for":
		// "have called for fresh protests on Saturday": an event called
		// for is ahead; but not "called for calm on Saturday", a call made
		// that day.
		for m := k + 2; m < len(t) && m <= k+5 && t[m].kind == tWord; m++ {
			if calledEvents[t[m].lowBase()] {
				return true
			}
		}
	}
	return false
}

var (
	announceVerbs = set("announced", "announces", "planned", "plans", "scheduled")
	callVerbs     = set("call", "calls", "called", "calling")
	calledEvents  = set("protest", "protests", "strike", "strikes", "rally", "rallies", "march", "marches", "demonstration", "demonstrations", "election", "elections", "vote", "referendum", "boycott", "walkout", "talks", "meeting", "summit", "sit-in", "shutdown")
)

// sentenceStop reports the end of a sentence at token k inside a span
// read as one, as a quotation of several sentences is: "I lost a whole day
// of sales on Wednesday. My cheese will go bad".
func sentenceStop(t []token, k int) bool {
	switch t[k].text {
	case "?", "!":
		return true
	case ".":
		return k > 0 && len(t[k-1].text) > 3 && t[k-1].kind == tWord && k+1 < len(t) && t[k+1].isCap()
	}
	return false
}

func clauseBreak(x token) bool {
	if x.kind == tPunct {
		switch x.text {
		case ",", ";", ":", "(", ")", "\"", "“", "”", "—", "–":
			return true
		}
		return false
	}
	return x.kind == tWord && x.is(wClauseBreak)
}

var modalWords = set("would", "could", "might", "likely", "unlikely", "expected", "expects", "forecast", "forecasts", "predicted", "predicts", "outlook")

// modal reports a sentence that supposes or expects rather than reports:
// "said a cut in September was the most likely outcome".
func modal(t []token) bool {
	for _, x := range t {
		if x.is(wModal) {
			return true
		}
	}
	return false
}

// sentTense caches tense per sentence.
func (d *doc) sentTense(p, s int) (future, past bool) {
	pa := &d.paras[p]
	if pa.tense == nil {
		pa.tense = make([]uint8, len(pa.sents))
	}
	if pa.tense[s] == 0 {
		f, ps := tense(pa.toks[pa.tokSent[s]:pa.tokSent[s+1]])
		pa.tense[s] = 1
		if f {
			pa.tense[s] |= 2
		}
		if ps {
			pa.tense[s] |= 4
		}
	}
	return pa.tense[s]&2 != 0, pa.tense[s]&4 != 0
}

// asciiLower lower-cases ASCII letters only, so byte offsets stay the same.
// It copies runs of other bytes whole, and makes one allocation.
func asciiLower(s string) string {
	i := indexUpperASCII(s, 0)
	if i == len(s) {
		return s // nothing to lower-case
	}
	var b strings.Builder
	b.Grow(len(s))
	from := 0 // s[from:i] is still to copy
	for i < len(s) {
		b.WriteString(s[from:i])
		b.WriteByte(s[i] + 'a' - 'A')
		from = i + 1
		i = indexUpperASCII(s, from)
	}
	b.WriteString(s[from:])
	return b.String()
}

// indexUpperASCII is the index of the first byte of s at or after i in 'A'
// to 'Z', or len(s).
func indexUpperASCII(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		x := swar.Load64(s[i:])
		y := x &^ swar.Tops
		if upper := (y + (0x80-'A')*swar.Ones) &^ (y + (0x80-'Z'-1)*swar.Ones) & ^x & swar.Tops; upper != 0 {
			return i + bits.TrailingZeros64(upper)/8
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return i
		}
	}
	return len(s)
}

// isFuture: a date after publication, or on it when the sentence looks ahead.
func (d *doc) isFuture(res string, future bool) bool {
	st := startOf(res)
	if st == "" || d.pub.IsZero() || len(st) > 10 {
		return false
	}
	pub := d.pubDay[:len(st)]
	// A span that opens with publication and runs on ("over the next
	// three years") lies ahead.
	_, end, span := strings.Cut(res, "/")
	return st > pub || (st == pub && (future || span && len(end) == len(st) && end > pub))
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
	case strings.HasPrefix(mod, "had "):
		// "Banks had until Monday to change their notes": a time limit
		// that has passed.
		return day(d.pub.AddDate(0, 0, -back)), "day"
	case strings.HasPrefix(mod, "until") || strings.HasPrefix(mod, "till"):
		mod = "until" // and "till Tuesday", "until 5pm on Tuesday", "until at least Wednesday"
	}
	if m[3] != "" {
		// "on Monday last week", "on Friday next week": that week's day.
		shift := map[string]int{"last": -7, "next": 7}[m[3]]
		return day(monday(d.pub).AddDate(0, 0, shift+(int(wd)+6)%7)), "day"
	}
	switch {
	case mod == "for" || mod == "starting" || mod == "beginning":
		// "a strike for Thursday", "a meeting starting Monday": the day
		// it is set for, from publication on.
		fwd := (int(wd) - int(d.pub.Weekday()) + 7) % 7
		return day(d.pub.AddDate(0, 0, fwd)), "day"
	case mod == "next" || (future && !past && mod != "last" && mod != "since") || mod == "through" || (mod == "from" || mod == "until") && !past && !strings.ContainsAny(m[0], "'’"):
		// And "from Friday", "until Sunday": a rule's start or a
		// deadline, ahead when no past verb says otherwise (70 of 79
		// labels of "from" a weekday give the day of publication or one
		// after it, 21 of 22 of "until"; not "from Wednesday's
		// landslides").
		// "through Friday" ends a span that runs from the time of writing:
		// "warned of rain through Friday", "closed through Friday".
		fwd := (int(wd) - int(d.pub.Weekday()) + 7) % 7
		if mod == "next" {
			// "next Wednesday", written on a Tuesday, is the Wednesday of
			// the week after; tomorrow would be "on Wednesday". (And "on
			// Monday" ahead, written on a Monday, is that day.)
			return day(monday(d.pub).AddDate(0, 0, 7+(int(wd)+6)%7)), "day"
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
	lw := strings.ToLower(m[1])
	switch {
	case lw == "yesterday", lw == "last night":
		return day(d.pub.AddDate(0, 0, -1)), "day"
	case strings.HasSuffix(lw, " the new year"):
		// "in the new year", "until the new year": the year to come (19
		// of 22 labels give the year, not its January), or the one just
		// begun in its first month.
		if d.pub.Month() == time.January {
			return fmt.Sprintf("%04d", d.pub.Year()), "year"
		}
		return fmt.Sprintf("%04d", d.pub.Year()+1), "year"
	case lw == "tomorrow":
		return day(d.pub.AddDate(0, 0, 1)), "day"
	}
	return day(d.pub), "day"
}

func monday(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

// seasonStart is the month a season starts in, north of the equator, where
// most news that names seasons is written.
var seasonStart = map[string]time.Month{"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

// southern are the countries south of the equator, whose seasons run six
// months from the north's.
var southern = set("Australia", "New Zealand", "South Africa", "Argentina", "Chile", "Uruguay", "Paraguay", "Brazil", "Bolivia", "Peru",
	"Namibia", "Botswana", "Zimbabwe", "Zambia", "Mozambique", "Madagascar", "Lesotho", "Eswatini", "Malawi", "Fiji", "Samoa", "Tonga")

// seasonStart is the month the season named starts in, in the hemisphere
// of the story's country, which a story from abroad must name twice: an
// outlet's own country, where seasons are written about, often goes
// unnamed ("this winter" in a New Zealand broadcaster's story on a smelter
// that Australia's firms own).
func (d *doc) seasonStart(name string) time.Month {
	start := seasonStart[strings.ToLower(name)]
	if southern[d.storyCountry(2)] {
		start = (start+5)%12 + 1
	}
	return start
}

// resolveSeasonOf resolves "the summer of 2022" to its three months.
func resolveSeasonOf(d *doc, m []string, future, past bool) (string, string) {
	y, _ := strconv.Atoi(m[2])
	from := time.Date(y, d.seasonStart(m[1]), 1, 0, 0, 0, 0, time.UTC)
	return month(from) + "/" + month(from.AddDate(0, 2, 0)), "span"
}

// resolveSeason resolves "next spring", "last winter" to the three months
// of the season.
func resolveSeason(d *doc, m []string, future, past bool) (string, string) {
	if d.pub.IsZero() {
		return "", "span"
	}
	start := d.seasonStart(m[2])
	// The season that starts in the publication's year, and whether the
	// one before it is still running ("this winter" in January).
	from := time.Date(d.pub.Year(), start, 1, 0, 0, 0, 0, time.UTC)
	if d.pub.Before(from) && from.AddDate(-1, 3, 0).After(d.pub) {
		from = from.AddDate(-1, 0, 0)
	}
	begun, ended := !d.pub.Before(from), !from.AddDate(0, 3, 0).After(d.pub)
	switch strings.ToLower(m[1]) {
	case "next", "coming":
		if begun {
			from = from.AddDate(1, 0, 0)
		}
	case "last", "past", "previous":
		// The last one to have ended: "last summer" in a January summer
		// is the one before.
		if !ended {
			from = from.AddDate(-1, 0, 0)
		}
	case "before", "until", "until at least", "until at least the", "ahead of", "ahead of the", "through to", "going into", "going into the",
		"for the", "from the", "from":
		// "until at least the autumn", "ahead of the summer", "bookings
		// for the spring": the coming one, even when told in the past.
		if ended {
			from = from.AddDate(1, 0, 0)
		}
	case "before the", "by the", "by", "until the":
		// "by the spring", "before the summer": a time limit, the coming
		// one unless the sentence looks back.
		switch {
		case past && !future && !begun:
			from = from.AddDate(-1, 0, 0)
		case !(past && !future) && ended:
			from = from.AddDate(1, 0, 0)
		}
	case "since the", "since":
		if !begun {
			from = from.AddDate(-1, 0, 0)
		}
	case "this":
		// "Herders lost animals this winter" in March: the one just
		// ended, when the sentence looks back.
		if !begun && past && !future && from.AddDate(-1, 5, 0).After(d.pub) {
			from = from.AddDate(-1, 0, 0)
		}
	case "in the", "in", "over the", "during the", "throughout the", "through the", "into the", "into", "over", "during", "through",
		"in the middle of", "in the middle of the", "most of the", "for most of the", "all":
		// "in the autumn", "over the summer", "over summer": the coming one when the
		// sentence looks ahead, else the last one.
		switch {
		case future && !past && ended:
			from = from.AddDate(1, 0, 0)
		case past && !future && !begun:
			from = from.AddDate(-1, 0, 0)
		}
	}
	return month(from) + "/" + month(from.AddDate(0, 2, 0)), "span"
}

// resolveSeasonEnd: "by the end of the summer" is the season's last month,
// the coming season's unless the sentence looks back.
func resolveSeasonEnd(d *doc, m []string, future, past bool) (string, string) {
	span, _ := resolveSeason(d, []string{m[0], "by the", m[1]}, future, past)
	if _, end, ok := strings.Cut(span, "/"); ok {
		return end, "month"
	}
	return "", "month"
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
		// ("later this month" is the month, as 19 of 22 labels have it.)
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
	case "earlier":
		// "earlier this week": from Monday to the time of writing.
		return day(mon) + "/" + day(p), "span"
	case "later":
		// "later this week": the working week, as "this week" is (24 of
		// 36 labels give it so, 2 the days after publication); from a
		// Friday on, the whole week.
		end := mon.AddDate(0, 0, 4)
		if !p.Before(end) {
			end = mon.AddDate(0, 0, 6)
		}
		if !p.Before(end) {
			return day(p), "day"
		}
		return day(mon) + "/" + day(end), "span"
	case "last", "previous":
		return day(mon.AddDate(0, 0, -7)) + "/" + day(mon.AddDate(0, 0, -1)), "span"
	case "past":
		return day(p.AddDate(0, 0, -7)) + "/" + day(p.AddDate(0, 0, -1)), "span"
	case "next", "coming":
		return day(mon.AddDate(0, 0, 7)) + "/" + day(mon.AddDate(0, 0, 13)), "span"
	}
	// "this week": the whole working week, looking back or ahead
	// ("carmakers announced more job cuts this week", on a Thursday); from a
	// weekend, looking ahead, the coming one.
	if wd := p.Weekday(); future && !past && (wd == time.Saturday || wd == time.Sunday) {
		next := mon.AddDate(0, 0, 7)
		return day(next) + "/" + day(next.AddDate(0, 0, 4)), "span"
	}
	return day(mon) + "/" + day(mon.AddDate(0, 0, 4)), "span"
}

// resolveTheWeekend: "over the weekend" is the coming weekend when the
// sentence looks ahead, else the one before publication (the same one,
// from a Saturday or a Sunday); "for the weekend" always the coming one,
// and "since the weekend" the one before.
func resolveTheWeekend(d *doc, m []string, future, past bool) (string, string) {
	if d.pub.IsZero() {
		return "", "weekend"
	}
	sat := monday(d.pub).AddDate(0, 0, 5)
	switch strings.ToLower(m[1]) {
	case "until", "by", "before", "for":
		future, past = true, false // "the cuts could last until the weekend", "a warning for the weekend"
	case "since":
		future, past = false, true // "without power since the weekend"
	}
	if !(future && !past) && d.pub.Before(sat) {
		sat = sat.AddDate(0, 0, -7)
	}
	return day(sat) + "/" + day(sat.AddDate(0, 0, 1)), "span"
}

var smallNumbers = map[string]int{"a couple of": 2, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "few": 4, "several": 5}

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
	case "decade":
		return year(d.pub.AddDate(-10*n, 0, 0)), "year" // "a decade ago"
	}
	if n == 1 {
		return month(d.pub.AddDate(-1, 0, 0)), "month" // "a year ago": that month
	}
	return year(d.pub.AddDate(-n, 0, 0)), "year"
}

// resolvePast: "in the past few days", "in the last two years" are spans
// that end with publication ("few" counts as four).
func resolvePast(d *doc, m []string, future, past bool) (string, string) {
	n, unit, ok := spanLength(d, m)
	if !ok {
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

// spanLength reads how many units a "past"/"next" span counts (m[1], one
// when absent) and the unit (m[2]); ok is false when the span cannot be
// resolved: no publication date, or a count of zero.
func spanLength(d *doc, m []string) (n int, unit string, ok bool) {
	n, unit = 1, strings.ToLower(m[2])
	if m[1] != "" {
		n = count(m[1])
	}
	if unit == "decade" {
		n, unit = 10*n, "year"
	}
	return n, unit, !d.pub.IsZero() && n != 0
}

// resolveNext: "over the next week" runs from the day after publication.
func resolveNext(d *doc, m []string, future, past bool) (string, string) {
	n, unit, ok := spanLength(d, m)
	if !ok {
		return "", "span"
	}
	p := d.pub
	switch unit {
	case "day":
		return day(p.AddDate(0, 0, 1)) + "/" + day(p.AddDate(0, 0, n)), "span"
	case "week":
		return day(p.AddDate(0, 0, 1)) + "/" + day(p.AddDate(0, 0, 7*n)), "span"
	case "month":
		return month(p.AddDate(0, 1, 0)) + "/" + month(p.AddDate(0, n, 0)), "span"
	}
	// "over the next five years", as "over the past five years", counts
	// from the year of publication.
	return year(p) + "/" + year(p.AddDate(n, 0, 0)), "span"
}

// resolveDeadline: "Lawmakers have 30 days to attempt an override" ends
// 30 days after publication.
func resolveDeadline(d *doc, m []string, future, past bool) (string, string) {
	return resolveIn(d, []string{m[0], m[1], m[2], ""}, future, past)
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

// resolveEndOf: "by the end of the year" and "by the end of next year" are
// deadlines within that year, as 496 of 529 labelled such expressions have
// it (the rest give December); so is "at the end of last year" last year,
// as 17 of 20 labels give it for last year’s end or start; "the start of
// next month" is that month.
func resolveEndOf(d *doc, m []string, future, past bool) (string, string) {
	edge, which, unit := m[1], m[2], m[3]
	if which == "that" {
		if unit != "year" {
			return "", ""
		}
		// "by the end of that year": December of the year before.
		return "prev year" + edge + " 0", anchoredGran
	}
	if d.pub.IsZero() {
		return "", unit
	}
	shift := yearShift(which)
	if unit == "century" {
		// "by the end of the century": 2100 in this one; "the start of
		// the century" its first year.
		y := (d.pub.Year()/100 + shift) * 100
		if edge == "end" {
			y += 100
		}
		return strconv.Itoa(y), "year"
	}
	if unit == "decade" {
		// "by the end of the decade": its last year; "the start of the
		// decade" its first.
		y := d.pub.Year()/10*10 + 10*shift
		if edge == "end" {
			y += 9
		}
		return strconv.Itoa(y), "year"
	}
	if unit == "month" {
		return month(d.pub.AddDate(0, shift, 0)), "month"
	}
	if edge != "end" && strings.HasPrefix(strings.ToLower(m[0]), "at ") {
		// "at the start of the year": its first month; "since the start
		// of the year" is the year so far.
		return fmt.Sprintf("%d-01", d.pub.Year()+shift), "month"
	}
	return strconv.Itoa(d.pub.Year() + shift), "year"
}

// holidays are the days of holidays that fall on fixed dates.
var holidays = map[string][2]int{"christmas day": {12, 25}, "christmas eve": {12, 24}, "christmas": {12, 25}, "new year's day": {1, 1}, "new year's eve": {12, 31},
	"boxing day": {12, 26}, "halloween": {10, 31}, "valentine's day": {2, 14}}

// easterDays are the days of holidays set by Easter Sunday, counted from it.
var easterDays = map[string]int{"easter": 0, "easter sunday": 0, "easter monday": 1, "easter saturday": -1, "holy saturday": -1,
	"good friday": -2, "maundy thursday": -3, "palm sunday": -7, "ash wednesday": -46}

// holidayDate is the day of the holiday name (lower-case) in year y, as
// the country the story is told from keeps it: Canada's Thanksgiving is
// the second Monday of October, the United States' the fourth Thursday
// of November, which Black Friday and Cyber Monday follow everywhere.
func holidayDate(name string, y int, country string) (time.Time, bool) {
	if md, ok := holidays[name]; ok {
		return time.Date(y, time.Month(md[0]), md[1], 0, 0, 0, 0, time.UTC), true
	}
	if n, ok := easterDays[name]; ok {
		return easterSunday(y).AddDate(0, 0, n), true
	}
	thanksgiving := nthWeekday(y, time.November, time.Thursday, 4)
	switch {
	case name == "thanksgiving" || name == "thanksgiving day":
		if country == "Canada" {
			return nthWeekday(y, time.October, time.Monday, 2), true
		}
		return thanksgiving, true
	case name == "black friday":
		return thanksgiving.AddDate(0, 0, 1), true
	case name == "cyber monday":
		return thanksgiving.AddDate(0, 0, 4), true
	case name == "labor day":
		return nthWeekday(y, time.September, time.Monday, 1), true
	case name == "memorial day":
		return nthWeekday(y, time.May, time.Monday, -1), true
	case strings.HasSuffix(name, "bank holiday"): // as England keeps them
		switch {
		case strings.HasPrefix(name, "spring"):
			return nthWeekday(y, time.May, time.Monday, -1), true
		case strings.HasPrefix(name, "august"), strings.HasPrefix(name, "summer"):
			return nthWeekday(y, time.August, time.Monday, -1), true
		}
		return nthWeekday(y, time.May, time.Monday, 1), true
	}
	return time.Time{}, false
}

// nthWeekday is the nth weekday wd of month mo in year y, the last one
// when n is -1.
func nthWeekday(y int, mo time.Month, wd time.Weekday, n int) time.Time {
	first := time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC)
	if n < 0 {
		last := first.AddDate(0, 1, -1)
		return last.AddDate(0, 0, -((int(last.Weekday()) - int(wd) + 7) % 7))
	}
	return first.AddDate(0, 0, (int(wd)-int(first.Weekday())+7)%7+7*(n-1))
}

// easterSunday is Easter Sunday of year y in the Gregorian calendar (the
// anonymous Gregorian algorithm, or Meeus/Jones/Butcher).
func easterSunday(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	n := h + l - 7*m + 114
	return time.Date(y, time.Month(n/31), n%31+1, 0, 0, 0, 0, time.UTC)
}

// resolveHoliday: a holiday is its day in the year the sentence points to,
// the coming one when it looks ahead or sets a time limit, else the last
// one. "The Christmas holidays" are the month, and a holiday's weekend the
// days off around it: Friday to Monday at Easter, Thursday to Sunday at
// Thanksgiving, Saturday to a Monday holiday.
func resolveHoliday(d *doc, m []string, future, past bool) (string, string) {
	// The groups: a day counted from the holiday ("the fourth Friday
	// after Easter", a rule, not a date), the word before, a year before,
	// the holiday, a part of it ("holidays", "weekend"), what it names
	// ("Agreement"), "last" or "next" year, a year after.
	rule, prep, yearBefore, holiday, part, names, rel, yearAfter := m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8]
	name := strings.ToLower(strings.ReplaceAll(holiday, "’", "'"))
	if rule != "" || names != "" || d.pub.IsZero() && yearBefore == "" && yearAfter == "" {
		return "", ""
	}
	country := d.outletCountry()
	var y int
	switch {
	case yearAfter != "":
		y, _ = strconv.Atoi(yearAfter)
	case yearBefore != "":
		y, _ = strconv.Atoi(yearBefore)
	case rel != "":
		y = d.pub.Year() + map[string]int{"next": 1, "last": -1}[rel]
	default:
		this, ok := holidayDate(name, d.pub.Year(), country)
		if !ok {
			return "", ""
		}
		ahead := future && !past || deadline(m[0]) || strings.EqualFold(prep, "for") || strings.EqualFold(prep, "into")
		y = d.pub.Year()
		if ahead && this.Before(d.pub) {
			y++
		} else if !ahead && this.After(d.pub) {
			y--
		}
	}
	t, ok := holidayDate(name, y, country)
	if !ok {
		return "", ""
	}
	switch {
	case part == "":
		return day(t), "day"
	case !strings.HasSuffix(part, "weekend"):
		return month(t), "month"
	}
	from, to := t, t
	switch t.Weekday() {
	case time.Sunday:
		from, to = t.AddDate(0, 0, -2), t.AddDate(0, 0, 1)
	case time.Monday:
		from = t.AddDate(0, 0, -2)
	case time.Thursday, time.Friday:
		to = t.AddDate(0, 0, 3)
	default:
		return day(t), "day"
	}
	return day(from) + "/" + day(to), "span"
}

// dayNames are the words that make a weekday after them no day of its
// own: part of a name ("Good Friday", "Super Tuesday", "Bloody Sunday"),
// or one of many ("every Friday", "the first Monday of the month").
var dayNames = set("Good", "Black", "Cyber", "Super", "Ash", "Bloody", "Palm", "Maundy", "Holy", "Easter", "Blue", "Giving",
	"every", "Every", "first", "second", "third", "fourth", "fifth", "penultimate")

// namedWeekday reports whether text at i starts a weekday that the word
// before it makes part of a name.
func namedWeekday(text string, i int) bool {
	if i < 2 || i >= len(text) || text[i-1] != ' ' || strings.IndexByte("MTWFS", text[i]) < 0 {
		return false
	}
	w := text[i:]
	if j := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); j >= 0 {
		w = w[:j]
	}
	if _, ok := weekdays[w]; !ok {
		return false
	}
	j := strings.LastIndexByte(text[:i-1], ' ') + 1
	return dayNames[text[j:i-1]]
}

// resolveMonthPart: "the first week of April" is its first seven days,
// "the last week of April" its last seven.
func resolveMonthPart(d *doc, m []string, future, past bool) (string, string) {
	mo := parseMonth(m[3])
	if mo == 0 || d.pub.IsZero() && m[4] == "" {
		return "", ""
	}
	y := d.pub.Year()
	if m[4] != "" {
		y, _ = strconv.Atoi(m[4])
	} else {
		y = d.monthYear(mo, "", future || deadline(m[0]), past)
	}
	n := map[string]int{"week": 7, "fortnight": 14, "ten days": 10, "10 days": 10}[m[2]]
	first := time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1)
	switch m[1] {
	case "second":
		first = first.AddDate(0, 0, n)
		return day(first) + "/" + day(first.AddDate(0, 0, n-1)), "span"
	case "third":
		first = first.AddDate(0, 0, 2*n)
		return day(first) + "/" + day(first.AddDate(0, 0, n-1)), "span"
	case "last", "final":
		return day(last.AddDate(0, 0, 1-n)) + "/" + day(last), "span"
	}
	return day(first) + "/" + day(first.AddDate(0, 0, n-1)), "span"
}

// resolveMonthEdge: "by the end of February" is February, ahead when it
// is a time limit.
func resolveMonthEdge(d *doc, m []string, future, past bool) (string, string) {
	mo := parseMonth(m[3])
	if mo == 0 || d.pub.IsZero() && m[4] == "" {
		return "", ""
	}
	if m[4] != "" {
		y, _ := strconv.Atoi(m[4])
		return fmt.Sprintf("%04d-%02d", y, mo), "month"
	}
	if m[5] != "" && !d.pub.IsZero() {
		// "until the end of February next year"
		return fmt.Sprintf("%04d-%02d", d.pub.Year()+yearShift(m[5]), mo), "month"
	}
	mod := strings.ToLower(m[1])
	if mod == "before" || mod == "towards" || mod == "toward" {
		mod = "by"
	}
	return fmt.Sprintf("%04d-%02d", d.monthYear(mo, mod, future, past), mo), "month"
}

// resolveYearPart: "the second half of 2024", "the first half of next
// year", "the third quarter" (of the year of publication, or the year
// before when that quarter is still to come and the sentence looks back).
func resolveYearPart(d *doc, m []string, future, past bool) (string, string) {
	m = append(m, make([]string, 5-len(m))...) // "the third quarter" has no year
	y := d.pub.Year()
	switch {
	case m[4] != "":
		y, _ = strconv.Atoi(m[4])
	case d.pub.IsZero():
		return "", ""
	case m[3] == "last":
		y--
	case m[3] == "next":
		y++
	}
	var first, months int
	switch m[2] {
	case "half":
		months = 6
		first = map[string]int{"first": 1, "second": 7, "last": 7, "final": 7}[m[1]]
	default:
		months = 3
		first = map[string]int{"first": 1, "second": 4, "third": 7, "fourth": 10, "last": 10, "final": 10}[m[1]]
	}
	if first == 0 {
		return "", ""
	}
	if m[3] == "" && m[4] == "" && time.Month(first) > d.pub.Month() && !future {
		y-- // "profit fell in the fourth quarter", written in February
	}
	return fmt.Sprintf("%04d-%02d/%04d-%02d", y, first, y, first+months-1), "span"
}

// resolveFirstMonths: "the first two months of this year" runs from
// January; with no year, of the year of publication, or the year before
// when publication comes before those months end.
func resolveFirstMonths(d *doc, m []string, future, past bool) (string, string) {
	n := count(m[1])
	if n < 1 || n > 12 || d.pub.IsZero() && m[3] == "" {
		return "", ""
	}
	y := d.pub.Year()
	switch {
	case m[3] != "":
		y, _ = strconv.Atoi(m[3])
	case m[2] != "":
		y += map[string]int{"next": 1, "last": -1}[m[2]]
	case time.Month(n) > d.pub.Month() && !future:
		y--
	}
	return fmt.Sprintf("%04d-01/%04d-%02d", y, y, n), "span"
}

// resolveDaySpan: "between April 10 and April 12" runs from the one day
// to the other.
func resolveDaySpan(d *doc, m []string, future, past bool) (string, string) {
	mo1 := parseMonth(m[1])
	mo2 := mo1
	if m[3] != "" {
		mo2 = parseMonth(m[3])
	}
	a, _ := strconv.Atoi(m[2])
	b, _ := strconv.Atoi(m[4])
	if mo1 == 0 || mo2 == 0 || a < 1 || a > 31 || b < 1 || b > 31 || d.pub.IsZero() {
		return "", ""
	}
	y := d.monthYear(mo1, "", future, past)
	if d.underWay(mo1, mo2) {
		y = d.pub.Year()
	}
	y2 := y
	if mo2 < mo1 {
		y2++
	}
	return fmt.Sprintf("%04d-%02d-%02d/%04d-%02d-%02d", y, mo1, a, y2, mo2, b), "span"
}

// yearShift is the year "last", "next" or "this" puts before "year",
// counted from the year of publication.
func yearShift(which string) int {
	switch which {
	case "last":
		return -1
	case "next":
		return 1
	}
	return 0
}

// resolveDaysOfMonth: "from October 4 to 6" is a span; days of two months
// ("from June 1 to October 31") are two dates, as labels give them.
func resolveDaysOfMonth(d *doc, m []string, future, past bool) (string, string) {
	if m[3] != "" && parseMonth(m[3]) != parseMonth(m[1]) {
		return "", ""
	}
	return resolveDaySpan(d, m, future, past)
}

// resolveDaySpanDM: "between 1 October and 31 December", the day first.
func resolveDaySpanDM(d *doc, m []string, future, past bool) (string, string) {
	return resolveDaySpan(d, []string{m[0], m[2], m[1], m[4], m[3]}, future, past)
}

// resolveDaysMonthDM: "on 10 and 11 December", the days first.
func resolveDaysMonthDM(d *doc, m []string, future, past bool) (string, string) {
	return resolveDaySpan(d, []string{m[0], m[3], m[1], "", m[2]}, future, past)
}

// underWay reports a span of months in one year that holds the month of
// publication: "between September and December" (or "between September
// 10 and December 5"), in October, is this year's, whatever the tense.
func (d *doc) underWay(from, to time.Month) bool {
	return from <= to && from <= d.pub.Month() && d.pub.Month() <= to
}

// resolveMonthTo: "from January to March" runs from the one month to the
// other, in the year the first falls in.
func resolveMonthTo(d *doc, m []string, future, past bool) (string, string) {
	mo1, mo2 := parseMonth(m[1]), parseMonth(m[2])
	if mo1 == 0 || mo2 == 0 || d.pub.IsZero() || len(m[1]) <= 4 && !strings.HasSuffix(m[1], ".") && m[1] != "June" && m[1] != "July" || m[1] == "May" {
		return "", "" // "May to", "Mar to": too ambiguous
	}
	y := d.monthYear(mo1, "", future, past)
	if d.underWay(mo1, mo2) {
		y = d.pub.Year()
	}
	y2 := y
	if mo2 < mo1 {
		y2++
	}
	return fmt.Sprintf("%04d-%02d/%04d-%02d", y, mo1, y2, mo2), "span"
}

// resolveYearSpan: "between 2019 and 2022" runs from the one to the other.
func resolveYearSpan(d *doc, m []string, future, past bool) (string, string) {
	if m[2] <= m[1] {
		return "", ""
	}
	if w := strings.ToLower(m[0][:strings.IndexByte(m[0], ' ')]); w != "between" && w != "from" && (strings.Contains(m[0], " and ") || w == "in") {
		// "in 2016 and 2017" is a span only of years that follow each
		// other; "in 2015 and 2017" names two, "in 2018 until 2040" a
		// time and a limit ("for 2014 to 2016" is one).
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		if b != a+1 {
			return "", ""
		}
	}
	return m[1] + "/" + m[2], "span"
}

// fiscalStarts is the month a country's financial year starts in, where
// that is not January.
var fiscalStarts = map[string]time.Month{"United Kingdom": 4, "India": 4, "Canada": 4, "Japan": 4, "Hong Kong": 4, "Singapore": 4, "South Africa": 4,
	"Australia": 7, "New Zealand": 7, "Pakistan": 7, "Bangladesh": 7, "Kenya": 7, "Uganda": 7, "Tanzania": 7, "Egypt": 7, "United States": 10}

// storyCountry is the country whose calendar the story's dates follow:
// the outlet's when the story names it ("the taka's fall against the US
// dollar" in a Bangladeshi paper) or names no other at least least times,
// else the one the story names most (Queensland, in a British paper's
// story on it; Bolivia, in an American broadcaster's).
func (d *doc) storyCountry(least int) string {
	home := d.outletCountry()
	if best, count := d.countryMentions(); best != "" && count[home] == 0 && (home == "" || count[best] >= least) {
		home = best
	}
	return home
}

// fiscalStart is the month the financial year starts in, in the story's
// country.
func (d *doc) fiscalStart() time.Month {
	if mo, ok := fiscalStarts[d.storyCountry(1)]; ok {
		return mo
	}
	return time.January
}

// fiscalSpan is the financial year that starts in year y.
func fiscalSpan(y int, start time.Month) string {
	if start == time.January {
		return strconv.Itoa(y)
	}
	return fmt.Sprintf("%04d-%02d/%04d-%02d", y, start, y+1, start-1)
}

// resolveSplitYear: "2024-25" is a financial year where the country's
// starts after January ("in 2024-25" in Britain is April 2024 to March
// 2025); a season, a school year or a split year elsewhere is the two
// years, and "2024-2029" the years from one to the other.
func resolveSplitYear(d *doc, m []string, future, past bool) (string, string) {
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[2])
	if b < 100 {
		if b += a / 100 * 100; b < a {
			b += 100 // "1999-00"
		}
	}
	switch {
	case b <= a:
		return "", ""
	case b > a+1:
		return fmt.Sprintf("%d/%d", a, b), "span" // "the 2024-2029 plan"
	}
	kind := strings.ToLower(m[3])
	start := d.fiscalStart()
	switch {
	case m[4] != "" || kind == "school" || kind == "academic" || kind == "marketing" || kind == "crop" || start == time.January,
		kind == "" && start == time.October: // America writes its fiscal years "fiscal 2025"
		return fmt.Sprintf("%d/%d", a, b), "span"
	}
	return fiscalSpan(a, start), "span"
}

// currentFiscal is the year the financial year running at publication
// starts in.
func (d *doc) currentFiscal(start time.Month) int {
	y := d.pub.Year()
	if d.pub.Month() < start {
		y--
	}
	return y
}

// resolveFinancialYear: "last financial year", "the coming fiscal year".
func resolveFinancialYear(d *doc, m []string, future, past bool) (string, string) {
	if d.pub.IsZero() {
		return "", ""
	}
	start := d.fiscalStart()
	y := d.currentFiscal(start)
	switch strings.ToLower(m[1]) {
	case "last", "previous", "past":
		y--
	case "next", "coming":
		y++
	case "new":
		if d.pub.Month() != start {
			y++ // "the new financial year" is the coming one until it starts
		}
	}
	if start == time.January {
		return strconv.Itoa(y), "year"
	}
	return fiscalSpan(y, start), "span"
}

// resolveFinancialYears: "in the last two financial years" runs up to the
// start of the current one.
func resolveFinancialYears(d *doc, m []string, future, past bool) (string, string) {
	n := count(m[1])
	if d.pub.IsZero() || n < 1 {
		return "", ""
	}
	start := d.fiscalStart()
	y := d.currentFiscal(start)
	if start == time.January {
		return fmt.Sprintf("%d/%d", y-n, y-1), "span"
	}
	return fmt.Sprintf("%04d-%02d/%04d-%02d", y-n, start, y, start-1), "span"
}

// resolveSuperlative: "the biggest gain in 33 years" reaches back to 1991
// from 2024.
func resolveSuperlative(d *doc, m []string, future, past bool) (string, string) {
	n := count(m[1])
	if d.pub.IsZero() || n < 1 {
		return "", ""
	}
	switch strings.ToLower(m[2]) {
	case "month":
		return month(d.pub.AddDate(0, -n, 0)), "month"
	case "decade":
		n *= 10
	}
	return year(d.pub.AddDate(-n, 0, 0)), "year"
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
	case mo > d.pub.Month() && (past && !future && mod != "until" && mod != "by" && mod != "before" && !(mod == "from" && mo-d.pub.Month() <= 6) || mod == "since"):
		y-- // "under house arrest since March", even in a sentence that also looks ahead; but "has asked lenders to keep provisions until March" looks ahead
	case mo < d.pub.Month() && future && !past && mod != "since":
		y++ // but "has agreed to let inspectors in for the first time since June" looks back
	case mo < d.pub.Month() && (mod == "until" || mod == "by") && (!past || d.pub.Month()-mo > 6),
		mo < d.pub.Month() && mod == "from" && future && d.pub.Month()-mo > 6:
		y++ // a deadline: "companies have until mid-February"; and "suspended its ruling until 10 January", written in November: the nearer January
	}
	return y
}

// deadline reports a date written as a time limit ("by the end of the
// month", "until Friday"), which looks ahead even within the current month.
func deadline(text string) bool {
	w, _, _ := strings.Cut(strings.ToLower(text), " ")
	return w == "by" || w == "until" || w == "before" || w == "through"
}

// hyphenDecade reports "mid-1990s", "early-2000s" and "late-1980s".
func hyphenDecade(t token) bool {
	pre, dec, ok := strings.Cut(t.lower(), "-")
	return ok && (pre == "mid" || pre == "early" || pre == "late") && len(dec) == 5 && strings.HasSuffix(dec, "0s") && dec[0] >= '1' && dec[0] <= '2'
}

// hyphenMonth reports "mid-February", "early-March" and "late-May".
func hyphenMonth(t token) bool {
	pre, mo, ok := strings.Cut(t.text, "-")
	if !ok || len(pre) < 3 {
		return false
	}
	switch strings.ToLower(pre) {
	case "mid", "early", "late":
		r, _ := utf8.DecodeRuneInString(mo)
		return unicode.IsUpper(r) && monthTokens[strings.ToLower(mo)]
	}
	// "the October-December quarter": two months.
	return monthTokens[strings.ToLower(pre)] && monthTokens[strings.ToLower(mo)] && len(mo) > 2 && mo[0] >= 'A' && mo[0] <= 'Z'
}

func resolveMonth(d *doc, m []string, future, past bool) (string, string) {
	// A word before the month ("until"), else a modifier joined to it
	// ("mid-February"); then the month, its day and its year.
	mod := strings.ToLower(m[1])
	if mod == "" {
		mod = strings.ToLower(m[2])
	}
	month, day, year := m[3], m[4], m[5]
	switch {
	case mod == "till":
		mod = "until"
	case mod == "for":
		// "a strike for Dec. 4": the day it is set for, from publication on.
		mod, future, past = "by", true, false
	}
	mo := parseMonth(month)
	if mo == 0 {
		return "", ""
	}
	// "May" is also a verb: only a month with a day, a year or a preposition.
	if month == "May" && day == "" && year == "" && mod == "" {
		return "", ""
	}
	if !strings.HasSuffix(month, ".") && len(month) <= 4 && month != "June" && month != "July" && day == "" && year == "" && mod == "" {
		return "", "" // a bare abbreviation is too ambiguous ("Mar", "Dec")
	}
	y := 0
	if year != "" {
		y, _ = strconv.Atoi(year)
	} else if rel := m[6]; rel != "" && !d.pub.IsZero() {
		// "by May next year".
		y = d.pub.Year() + map[string]int{"next": 1, "last": -1}[rel]
	} else if !d.pub.IsZero() {
		y = d.monthYear(mo, mod, future, past)
	} else {
		return "", "month"
	}
	if day != "" {
		dd, _ := strconv.Atoi(day)
		if dd >= 1 && dd <= 31 {
			if year == "" && mod == "" && !future && !past && !d.pub.IsZero() {
				y = nearestYear(d.pub, mo, dd)
			}
			return fmt.Sprintf("%04d-%02d-%02d", y, mo, dd), "day"
		}
	}
	return fmt.Sprintf("%04d-%02d", y, mo), "month"
}

// resolveMonthEvent: "since the July election" is the last July before
// publication, as "since July" is; "the May budget" follows the tense.
func resolveMonthEvent(d *doc, m []string, future, past bool) (string, string) {
	mo := parseMonth(m[2])
	if mo == 0 || d.pub.IsZero() {
		return "", "month"
	}
	return fmt.Sprintf("%04d-%02d", d.monthYear(mo, strings.ToLower(m[1]), future, past), mo), "month"
}

// nearestYear is the year that puts a day of the month, named without a
// year in a sentence with no tense to go by, nearest the publication date:
// "The ordinance, which takes effect Jan. 1," in late November is next
// year's first day.
func nearestYear(pub time.Time, mo time.Month, day int) int {
	best, bd := pub.Year(), time.Duration(1<<62)
	for y := pub.Year() - 1; y <= pub.Year()+1; y++ {
		dist := time.Date(y, mo, day, 0, 0, 0, 0, time.UTC).Sub(pub)
		if dist < 0 {
			dist = -dist
		}
		if dist < bd {
			best, bd = y, dist
		}
	}
	return best
}

// resolveMonthSpan: "between December and February" runs from the first
// month to the second; a year given to either holds for both, unless the
// span crosses the new year.
func resolveMonthSpan(d *doc, m []string, future, past bool) (string, string) {
	from, to := parseMonth(m[1]), parseMonth(m[3])
	if from == 0 || to == 0 {
		return "", ""
	}
	fy, _ := strconv.Atoi(m[2])
	ty, _ := strconv.Atoi(m[4])
	if m[5] != "" && !d.pub.IsZero() {
		ty = d.pub.Year() - map[string]int{"last": 1}[m[5]] // "between July 2016 and March this year"
	}
	switch {
	case fy == 0 && ty == 0 && d.pub.IsZero():
		return "", "span"
	case fy == 0 && ty == 0 && d.underWay(from, to):
		fy, ty = d.pub.Year(), d.pub.Year()
	case fy == 0 && ty == 0:
		ty = d.monthYear(to, "", future, past)
		fy = ty
	case fy == 0:
		fy = ty
	case ty == 0:
		ty = fy
		if from > to {
			ty++ // "between July 2016 and March": the March after
		}
	}
	if from > to && fy == ty {
		fy-- // "between December and February"
	}
	return fmt.Sprintf("%04d-%02d/%04d-%02d", fy, from, ty, to), "span"
}

func resolveDayMonth(d *doc, m []string, future, past bool) (string, string) {
	mo := parseMonth(m[3])
	dd, _ := strconv.Atoi(m[2])
	if mo == 0 || dd < 1 || dd > 31 {
		return "", ""
	}
	y := 0
	if m[4] != "" {
		y, _ = strconv.Atoi(m[4])
	} else if !d.pub.IsZero() && m[5] != "" {
		y = d.pub.Year() + yearShift(m[5]) // "by 24 December last year"
	} else if !d.pub.IsZero() {
		// "can be lodged until 22 July": a time limit, as after a month
		// first.
		y = d.monthYear(mo, strings.ToLower(m[1]), future, past)
	} else {
		return "", "day"
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, mo, dd), "day"
}

// resolveWeekdayDate: a day of a month named with its weekday is in the
// year, of those around publication, where it falls on that weekday; in
// the nearest of them when more than one fits.
func resolveWeekdayDate(d *doc, m []string, future, past bool) (string, string) {
	dd, name := m[3], m[4]
	if name == "" {
		dd, name = m[6], m[5]
	}
	mo := parseMonth(name)
	day, _ := strconv.Atoi(dd)
	if mo == 0 || day < 1 || day > 31 {
		return "", ""
	}
	if m[7] != "" {
		y, _ := strconv.Atoi(m[7])
		return fmt.Sprintf("%04d-%02d-%02d", y, mo, day), "day"
	}
	if d.pub.IsZero() {
		return "", "day"
	}
	y, best := 0, 0
	for _, c := range []int{d.pub.Year() - 1, d.pub.Year(), d.pub.Year() + 1} {
		t := time.Date(c, mo, day, 0, 0, 0, 0, time.UTC)
		if t.Day() != day || t.Weekday() != weekdays[m[2]] {
			continue
		}
		if dist := int(math.Abs(t.Sub(d.pub).Hours())); y == 0 || dist < best {
			y, best = c, dist
		}
	}
	if y == 0 { // the weekday fits none: trust the date
		y = d.monthYear(mo, strings.ToLower(m[1]), future, past)
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, mo, day), "day"
}

// resolveMidYear: "by mid-2027" is that year, as 16 of 19 labels give
// it (not its June).
func resolveMidYear(d *doc, m []string, future, past bool) (string, string) {
	return m[1], "year"
}

func resolveDecade(d *doc, m []string, future, past bool) (string, string) {
	return m[2] + "s", "decade"
}

// resolveDecadeWord: "the Seventies" is the 1970s.
func resolveDecadeWord(d *doc, m []string, future, past bool) (string, string) {
	return decadeWords[strings.ToLower(m[2])], "decade"
}

var decadeWords = map[string]string{"fifties": "1950s", "sixties": "1960s", "seventies": "1970s", "eighties": "1980s", "nineties": "1990s"}

// edgeYear reports a year with its start or end glued before it:
// "end-2026", "start-2025", "early-2025".
func edgeYear(w string) bool {
	for _, p := range [...]string{"end-", "start-", "early-"} {
		if y, ok := strings.CutPrefix(w, p); ok && len(y) == 4 && y[0] >= '1' && y[0] <= '2' && strings.Trim(y, "0123456789") == "" {
			return true
		}
	}
	return false
}

// resolveThisDecade: "later this decade" is the decade of publication.
func resolveThisDecade(d *doc, m []string, future, past bool) (string, string) {
	if d.pub.IsZero() {
		return "", "decade"
	}
	return fmt.Sprintf("%d0s", d.pub.Year()/10), "decade"
}

// resolveYearTo: "in the year to March" runs the twelve months to the
// latest March that has ended by publication, or to the March named with
// its year; "the three months to June", the three.
func resolveYearTo(d *doc, m []string, future, past bool) (string, string) {
	n := 12
	switch unit := strings.ToLower(m[1]); unit {
	case "year":
	case "quarter":
		n = 3
	default:
		n = count(strings.TrimSuffix(unit, " months"))
	}
	mo := parseMonth(m[2])
	if mo == 0 || n <= 0 || n > 24 || d.pub.IsZero() && m[3] == "" {
		return "", "span"
	}
	y := d.pub.Year()
	if m[3] != "" {
		y, _ = strconv.Atoi(m[3])
	} else if mo >= d.pub.Month() {
		y-- // figures for a period are published after it ends
	}
	end := time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC)
	return month(end.AddDate(0, 1-n, 0)) + "/" + month(end), "span"
}

// resolveQuarterOf: "the June quarter" is the latest April-to-June that
// has ended by publication.
func resolveQuarterOf(d *doc, m []string, future, past bool) (string, string) {
	return resolveYearTo(d, []string{m[0], "quarter", m[1], ""}, future, past)
}

// yearPreps make a number after them a year: "in 1877".
var yearPreps = set("in", "since", "until", "from", "before", "after", "during")

func resolveYear(d *doc, m []string, future, past bool) (string, string) {
	return m[1], "year"
}

// resolveOldYear: the year, whichever of its patterns' groups took it.
func resolveOldYear(d *doc, m []string, future, past bool) (string, string) {
	for _, y := range m[1:] {
		if y != "" {
			return y, "year"
		}
	}
	return "", "year"
}

// medievalYear reports a year before 1500 at toks[i] after "in", "since"
// and the like, with no word after it that it would count ("founded in
// 1471", not "in 1200 homes"), or a year before 1900 after "of" that ends
// a name ("the Water Law of 1884").
func medievalYear(toks []token, i int) bool {
	y := toks[i].text
	if y[0] != '1' || y[1] < '0' || y[1] > '8' || strings.Trim(y, "0123456789") != "" {
		return false
	}
	prev := toks[i-1].lower()
	if prev == "of" {
		return i >= 2 && toks[i-2].isCap() && toks[i-2].kind == tWord && (i+1 >= len(toks) || toks[i+1].kind != tWord || toks[i+1].isCap())
	}
	return y[1] <= '4' && yearPreps[prev] && (i+1 >= len(toks) || toks[i+1].kind != tWord || !toks[i+1].isCap() && yearPreps[toks[i+1].lower()] || toks[i+1].lower() == "by")
}

// oldYearAfter reports four digits outside 1900-2099 that read as a year
// after the word before them: "in 1877", "since at least 1562", "by
// 2100", "an 1881 painting".
func oldYearAfter(y, prev string) bool {
	switch {
	case y[0] == '1' && '5' <= y[1] && y[1] <= '8':
		return yearPreps[prev] || prev == "least" || prev == "an" && y[1] == '8'
	case y[0] == '2' && '1' <= y[1] && y[1] <= '4':
		return yearPreps[prev] || prev == "least" || prev == "by" && (y[2:] == "00" || y[2:] == "50")
	}
	return false
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
