package extract

import (
	"strconv"
	"strings"
	"unicode"
)

var (
	currencies  = set(append([]string{"$", "€", "£", "¥", "₹", "₱", "₩", "₦", "₺", "₽", "₫", "₴", "₪", "฿", "VND", "VNĐ"}, letterCurrencies...)...) // signs, and the letters tokens.go splits off
	scaleWords  = map[string]float64{"million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6, "thousand": 1e3}
	countStop   = set("the", "a", "an", "to", "from", "in", "on", "at", "by", "for", "with", "into", "than", "as", "that", "which", "who", "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "may", "might", "and", "or", "but", "before", "after", "since", "last", "next", "this", "each", "every", "per", "ago", "alone", "so", "if", "while", "when", "where", "it", "its", "their", "his", "her")
	timeWords   = set("a.m.", "p.m.", "am", "pm", "a.m", "p.m", "GMT", "BST", "EST")
	approxFirst = set("approximately", "around", "about", "some", "up", "nearly", "almost", "more", "over", "less", "fewer", "under", "close", "roughly", "an", "estimated", "at", "as", "upwards", "in", "just", "well")
	rateWords   = set("a", "an", "per", "each")
	// notUnits follow an amount and "a" without pricing a unit: "$5 a
	// little later", "$2bn a record".
	notUnits    = set("few", "lot", "bit", "little", "number", "record", "total", "further", "new", "big", "major", "boost", "rise", "fall", "drop", "jump", "loss", "gain")
	ratePer     = set("year", "month", "week", "day", "hour", "night", "person", "head", "household", "capita", "student", "patient")
	ownerWords  = set("a", "an", "its", "their", "his", "her", "our")
	countEnd    = set("earlier", "later", "around", "about", "some", "nearly", "almost", "over", "under", "more", "less", "up", "also", "now", "then", "still")
	monthTokens = set("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
)

// multipliers say how many times a quantity grew or shrank, or something
// happened; the verbs ("doubled"), "-fold" words and "twice" alone ("twice
// as many", "twice a month"), "double" and "triple" only after "almost" and
// the like, since "a double standard" counts nothing.
var multipliers = map[string]multiple{
	"doubled": {2, true}, "tripled": {3, true}, "trebled": {3, true}, "quadrupled": {4, true}, "halved": {0.5, true},
	"twofold": {2, true}, "threefold": {3, true}, "fourfold": {4, true}, "fivefold": {5, true}, "tenfold": {10, true}, "twice": {2, true}, "thrice": {3, true},
	"double": {2, false}, "triple": {3, false},
}

// multiple is how many times over a multiplier counts, and whether it is
// a verb or an adverb ("doubled", "twice"), which needs no approximator.
type multiple struct {
	times float64
	verb  bool
}

// denominators are the parts a fraction written with a hyphen counts:
// "one-third", "two-thirds", "three-quarters", "one-half".
var denominators = map[string]float64{"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}

// measureUnits are the units "half a" and "one" measure: "half a
// percentage point", "half an hour", "one week", "one-year".
var measureUnits = set("percentage", "hour", "day", "week", "month", "year", "century", "decade", "metre", "meter", "kilometre", "kilometer", "mile", "litre", "liter", "kilo", "kilogram", "tonne", "ton", "pint", "cent", "hectare", "acre", "minute", "dose")

// fractionWords are the fractions read after "a": "a quarter higher".
var fractionWords = map[string]float64{"quarter": 0.25, "third": 1.0 / 3, "fifth": 0.2, "tenth": 0.1}

// findNumbers records quantities: figures, percentages, money, spelled-out
// numbers, hyphenated ordinals and ages, each with what it counts and
// whether the text marks it approximate.
func (d *doc) findNumbers() {
	for p := range d.paras {
		pa := &d.paras[p]
		t := pa.toks
		for i := 0; i < len(t); i++ {
			if !mayOpenNumber(&t[i]) {
				continue
			}
			if n, next, ok := d.tallyAt(p, i); ok {
				d.nums = append(d.nums, n)
				i = next - 1
				continue
			}
			n, next, ok := d.numberAt(p, i)
			if !ok {
				continue
			}
			if r, rnext, ok := d.rangeFrom(p, i, n, next); ok {
				n, next = r, rnext
			}
			d.nums = append(d.nums, n)
			i = next - 1
		}
	}
}

// mayOpenNumber reports whether numberAt or tallyAt could read a figure
// from token tk: a number, a number word or multiplier ("two", "double"),
// "a" of "a dozen", or a hyphened word ("twenty-five", "one-third"). Most
// tokens are none of these and are passed over at once.
func mayOpenNumber(tk *token) bool {
	switch tk.kind {
	case tNum:
		return true
	case tWord:
		return tk.is(wNumber) || tk.low == "a" || strings.IndexByte(tk.low, '-') > 0
	}
	return false
}

// numberAt reads a quantity starting at token i; next is the first token after it.
func (d *doc) numberAt(p, i int) (Number, int, bool) {
	pa := &d.paras[p]
	t := pa.toks
	tk := t[i]
	start, j := i, i+1
	var value float64
	per := 0 // the figure after "for every", in a ratio
	kind := ""
	unit := ""        // counts implied by the token itself
	hyphened := false // "30-40%": a range in one token
	switch {
	case tk.kind == tNum:
		if dashedScore(t, i) {
			return Number{}, 0, false
		}
		if i >= 2 && t[i-1].text == "," && t[i-1].start == t[i-2].end && t[i-1].end == tk.start && t[i-2].kind == tWord && strings.IndexByte("0123456789", t[i-2].text[len(t[i-2].text)-1]) >= 0 {
			return Number{}, 0, false // "AED1,000" read as a word and its thousands
		}
		digits, rest := splitDigits(tk.text)
		v, err := strconv.ParseFloat(strings.ReplaceAll(digits, ",", ""), 64)
		if err != nil {
			return Number{}, 0, false
		}
		value = v
		// "1 000 fishermen", "N$1 800 a month": thousands set apart by
		// spaces, as many African and European papers write them.
		if rest == "" && len(digits) <= 3 && !strings.ContainsAny(digits, ",.") {
			for j < len(t) && t[j].kind == tNum && len(t[j].text) == 3 && t[j].start == t[j-1].end+1 && pa.text[t[j-1].end] == ' ' && t[j].text[0] >= '0' && t[j].text[0] <= '9' {
				n, err := strconv.Atoi(t[j].text)
				if err != nil {
					break
				}
				value = value*1000 + float64(n)
				j++
			}
		}
		switch {
		case len(rest) > 1 && rest[0] == '-' && rest[1] >= '0' && rest[1] <= '9':
			// "30-40%", "60-180 days", "10-15 per cent": a range whose second
			// figure is the larger; but a score or a tally ("6-4", "voted
			// 5-2", "a 2-3 defeat") is none.
			to, after := splitDigits(rest[1:])
			b, err := strconv.ParseFloat(strings.ReplaceAll(to, ",", ""), 64)
			if err != nil || b <= v || !hyphenRange(t, i) {
				return Number{}, 0, false
			}
			hyphened = true
			if after != "" {
				unit = strings.TrimPrefix(after, "-")
			}
		case (strings.HasPrefix(rest, "th") || rest == "st" || rest == "nd" || rest == "rd") && v > 31 && !strings.Contains(digits, "."):
			// "ranked 87th": a rank no day of a month can have.
		case (rest == "th" || rest == "st" || rest == "nd" || rest == "rd") && ordinalCounts(t, j):
			kind = "ord" // "their 13th walkout", "the 14th consecutive increase"
		case rest == "s" || rest == "'s" || strings.HasPrefix(rest, "th") || rest == "st" || rest == "nd" || rest == "rd":
			return Number{}, 0, false // decades and day ordinals are dates
		case timeWords[rest]:
			return Number{}, 0, false // "10pm", "7am": a time of day
		case strings.Contains(rest, "year-old") || strings.Contains(rest, "year old"):
			unit = "age"
		case strings.HasPrefix(rest, "-") && scaleWords[rest[1:]] >= 1e6:
			value *= scaleWords[rest[1:]] // "R1.3-billion", "$40-million"
		case rest != "":
			unit = strings.TrimPrefix(rest, "-")
		}
		if j < len(t) && timeWords[t[j].text] {
			return Number{}, 0, false
		}
		// Day of a month ("23 October", "October 23") belongs to the date.
		if (j < len(t) && monthTokens[t[j].lower()]) || (i > 0 && monthBefore(t[:i])) {
			return Number{}, 0, false
		}
		if i > 0 && currencies[t[i-1].text] && t[i-1].end == tk.start {
			start = i - 1
			if i >= 2 && t[i-1].text == "$" && t[i-2].kind == tWord && t[i-2].end == t[i-1].start && len(t[i-2].text) <= 3 && strings.ToUpper(t[i-2].text) == t[i-2].text {
				start = i - 2 // "A$170m", "NZ$45m", "US$2bn": whose dollars
			}
		} else if i >= 2 && t[i-1].end == tk.start && t[i-2].text == "$" && t[i-2].end == t[i-1].start && t[i-1].kind == tPunct && strings.ToUpper(t[i-1].text) == t[i-1].text {
			start = i - 2 // "$US16,500", "$A170m": the same, after the sign
		} else if i > 0 && spacedCurrencies[strings.TrimSuffix(t[i-1].text, ".")] && t[i-1].end < tk.start && t[i-1].sent == tk.sent {
			start = i - 1 // "Rs 25", "KSh 1,000": a currency in letters, set apart
		}
		if start < i {
			// "R15.9bn", "£82m": an amount of money with its scale glued on
			// (without a currency, "100m" is a distance).
			switch unit {
			case "m", "mn":
				value, unit = value*1e6, ""
			case "bn", "b":
				value, unit = value*1e9, "" // and "Sh14.5b", "$2.5b"
			case "tn", "trn":
				value, unit = value*1e12, ""
			}
		}
		if unit == "" && len(digits) == 4 && !strings.Contains(digits, ",") && value >= 1800 && value <= 2100 && start == i && !yearCounts(t, i) {
			kind = "year"
		}
	case tk.kind == tWord:
		lw := tk.lower()
		if lw == "a" && j < len(t) && t[j].lower() == "dozen" {
			value, j = 12, j+1
			break
		}
		if m, ok := multiplierOf(tk); ok && (m.verb || i > 0 && d.approxBefore(t, i) > 0) {
			// "more than doubled", "a fourfold rise", "almost double":
			// how many times over.
			value, unit = m.times, "times"
			break
		}
		if nw, ok := d.numberWord(tk); ok {
			// "one in five", "one out of three": a share, where "one" alone is
			// most often a pronoun.
			ratio := lw == "one" && j+1 < len(t) && (t[j].lower() == "in" || t[j].lower() == "out") && (d.isFigure(t[j+1]) || t[j+1].lower() == "of")
			if lw == "one" {
				// "one nurse for every four patients", "one for every eight"
				k := j
				if k < len(t) && t[k].kind == tWord && !t[k].isCap() && t[k].lower() != "for" {
					k++
				}
				if k+2 < len(t) && t[k].lower() == "for" && t[k+1].lower() == "every" && d.isFigure(t[k+2]) && t[k+2].sent == tk.sent {
					per, ratio = k+2, true
				}
			}
			// "a quarter", "a third": a fraction, where "third" is most often an
			// ordinal.
			if f, ok := fractionWords[lw]; ok && i > 0 && t[i-1].lower() == "a" && !(j < len(t) && ordinalNouns[t[j].lower()]) {
				value, kind, start = f, "fraction", i-1
				break
			}
			// ("one per cent": a share, like "one million" a count.)
			scaled := j < len(t) && (scaleWords[t[j].lower()] > 0 || t[j].lower() == "hundred" || t[j].lower() == "percent" || t[j].text == "%" ||
				j+1 < len(t) && t[j].lower() == "per" && t[j+1].lower() == "cent")
			// ("one or two packets", "one to three years": a range's first
			// figure.)
			ranged := lw == "one" && j+1 < len(t) && (t[j].lower() == "or" || t[j].lower() == "to") && t[j+1].kind == tWord && d.lx.numbers[t[j+1].lower()].value > 1 && d.lx.numbers[t[j+1].lower()].kind == ""
			counted := nw.kind == "ord" && nw.value >= 3 && !tk.isCap() && ordinalCounts(t, j) // "the fourth time", "sixth place"
			// ("one week", "one percentage point": a measure, but "one
			// day" is as often "some day".)
			measured := lw == "one" && j < len(t) && measureUnits[t[j].lowBase()] && t[j].lower() != "day" && t[j].sent == tk.sent
			if !ratio && !counted && (nw.kind == "ord" || lw == "second" || lw == "one" && !scaled && !ranged && !measured || lw == "quarter" || lw == "third") {
				return Number{}, 0, false // but "more than one million displaced"
			}
			if (lw == "hundred" || lw == "thousand" || lw == "million" || lw == "billion") && i > 0 && (t[i-1].kind == tNum || d.lx.numbers[t[i-1].lower()].value > 0) {
				return Number{}, 0, false
			}
			value, kind = nw.value, nw.kind
			if measured {
				j++ // the unit is part of the figure: "one week"
				if j < len(t) && t[j-1].lower() == "percentage" && (t[j].lower() == "point" || t[j].lower() == "points") {
					j++
				}
			}
			if lw == "half" {
				// "half a dozen"
				if j+1 < len(t) && t[j].lower() == "a" && t[j+1].lower() == "dozen" {
					value, j = 6, j+2
				} else if j+1 < len(t) && t[j].lower() == "a" && len(t[j+1].text) > 2 && scaleWords[t[j+1].lower()] > 0 {
					value, kind, j = scaleWords[t[j+1].lower()]/2, "", j+2 // "half a billion pounds", "half a million people"
				} else if j+1 < len(t) && (t[j].lower() == "a" || t[j].lower() == "an") && measureUnits[t[j+1].lowBase()] {
					kind, j = "fraction", j+2 // "half a percentage point", "half an hour": the unit is part of the figure
					if j < len(t) && t[j-1].lower() == "percentage" && (t[j].lower() == "point" || t[j].lower() == "points") {
						j++
					}
				} else if j < len(t) && t[j].lower() == "of" || i > 0 && t[i-1].lower() == "by" && t[i-1].sent == tk.sent {
					kind = "fraction" // "half of the islands", "cut by half"
				} else if !(i > 0 && (d.approxBefore(t, i) > 0 || t[i-1].lower() == "about")) {
					return Number{}, 0, false
				}
			}
			break
		}
		// "twenty-five", "seventh-term", "fourth-largest"
		if h := strings.IndexByte(lw, '-'); h > 0 {
			a, b := lw[:h], lw[h+1:]
			nwa, oka := d.lx.numbers[a]
			nwb, okb := d.lx.numbers[b]
			switch {
			case oka && okb && nwa.value >= 20 && nwb.value < 10:
				value = nwa.value + nwb.value
			case oka && nwa.kind == "" && nwa.value >= 1 && nwa.value < 10 && denominators[b] > nwa.value:
				value, kind = nwa.value/denominators[b], "fraction" // "one-third", "three-quarters"
			case oka && (nwa.kind == "ord" || nwa.value >= 2) && !okb && a != "one",
				a == "one" && measureUnits[b] && b != "day": // "a one-year delay", "one-tonne bags"
				value, kind, unit = nwa.value, nwa.kind, b
			default:
				return Number{}, 0, false
			}
			break
		}
		return Number{}, 0, false
	default:
		return Number{}, 0, false
	}
	// "seven and a half years", "2 and a half million": the half is
	// part of the figure.
	if j+2 < len(t) && kind == "" && unit == "" && t[j].lower() == "and" && t[j+1].lower() == "a" && t[j+2].lower() == "half" && t[j+2].sent == tk.sent && value == float64(int64(value)) {
		value, j = value+0.5, j+3
	}
	// Scale words: "1.2 billion", "60 million".
	if j < len(t) {
		if sc, ok := scaleWords[t[j].lower()]; ok && kind != "vague" {
			value *= sc
			j++
			kind = ""
		}
	}
	// "two out of three", "six in 10", "157 of the 182", "four out of
	// every ten", "512 of 1105", "one nurse for every four"
	if per > 0 {
		value, j = value/d.figure(t[per]), per+1
	} else if j+3 < len(t) && t[j].lower() == "out" && t[j+1].lower() == "of" && (t[j+2].lower() == "the" || t[j+2].lower() == "every") && d.isFigure(t[j+3]) {
		value, j = value/d.figure(t[j+3]), j+4
	} else if j+2 < len(t) && t[j].lower() == "out" && t[j+1].lower() == "of" && d.isFigure(t[j+2]) {
		value, j = value/d.figure(t[j+2]), j+3
	} else if j+1 < len(t) && t[j].lower() == "in" && d.isFigure(t[j+1]) && value < d.figure(t[j+1]) && (t[j+1].kind == tNum || j+2 < len(t) && t[j+2].kind == tWord && !monthTokens[t[j+2].lower()]) && !isYearTok(t[j+1]) {
		value, j = value/d.figure(t[j+1]), j+2
	} else if j+2 < len(t) && t[j].lower() == "of" && t[j+1].lower() == "the" && t[j+2].kind == tNum && !isYearTok(t[j+2]) {
		j += 3
	} else if j+1 < len(t) && tk.kind == tNum && t[j].lower() == "of" && t[j+1].kind == tNum && !isYearTok(t[j+1]) && t[j+1].sent == tk.sent && value < d.figure(t[j+1]) {
		j += 2
	}
	if j < len(t) && t[j].text == "%" {
		unit, j = "percent", j+1
	} else if j+1 < len(t) && t[j].lower() == "per" && t[j+1].lower() == "cent" {
		unit, j = "percent", j+2
	} else if j < len(t) && t[j].lower() == "percent" {
		unit, j = "percent", j+1
	} else if u, k := degrees(t, j); k > j {
		unit, j = u, k // "25°C", "77 °F"
	}
	// A bound: "18 or over", "10 or fewer staff", "40 or more".
	bound, countedAfter := false, true
	if j+1 < len(t) && t[j].lower() == "or" && t[j+1].sent == tk.sent && kind != "year" {
		if after, ok := boundWords[t[j+1].lower()]; ok {
			j, bound, countedAfter = j+2, true, after
		}
	}
	// An age and those above it: "aged 65 and over", "75 and above".
	if j+1 < len(t) && t[j].lower() == "and" && ageBounds[t[j+1].lower()] && t[j+1].sent == tk.sent && kind != "year" && unit == "" && tk.kind == tNum {
		j, bound, countedAfter = j+2, true, false
	}
	// The figure converted, in brackets: "$900 (£680)", "about 4m
	// (13ft)", "92mph (148km/h)".
	if k := converted(t, j); k > j && kind != "year" {
		j = k
	}
	// A rate: "about $180 a year", "£12 per head", "40km/h", "$100/MWh".
	rate := ""
	if j+1 < len(t) && t[j].text == "/" && t[j].start == t[j-1].end && t[j+1].start == t[j].end && t[j+1].kind == tWord && t[j+1].sent == t[j].sent {
		rate, j = "per "+t[j+1].text, j+2
	} else if j+1 < len(t) && t[j].lower() == "per" && t[j+1].kind == tNum && !isYearTok(t[j+1]) && t[j+1].sent == t[j].sent && unit != "percent" {
		// "8,118 per 100,000 people": a rate in a population.
		rate, j = "per "+t[j+1].text, j+2
		if j < len(t) && scaleWords[t[j].lower()] > 0 {
			rate, j = rate+" "+t[j].lower(), j+1
		}
		if c := d.countsAfter(p, j); c != "" {
			rate += " " + c
		}
	} else if j+1 < len(t) && rateWords[t[j].lower()] && ratePer[t[j+1].lower()] && t[j+1].sent == t[j].sent && unit != "percent" && kind != "year" {
		rate, j = "per "+t[j+1].lower(), j+2
	} else if j+1 < len(t) && start < i && (t[j].lower() == "a" || t[j].lower() == "per") && t[j+1].kind == tWord && !t[j+1].isCap() &&
		t[j+1].sent == t[j].sent && !d.lx.common[titleCase(t[j+1].text)] && !notUnits[t[j+1].lower()] {
		// A price per unit: "$14 a gigajoule", "£3 per litre".
		rate, j = "per "+t[j+1].lower(), j+2
	}
	approx := kind == "vague" || hyphened || bound
	if a := d.approxBefore(t, start); a > 0 {
		start -= a
		approx = true
	}
	n := Number{
		Text:        pa.text[t[start].start:t[j-1].end],
		Value:       value,
		Approximate: approx,
		Source:      d.src(p, start, j),
	}
	if kind == "year" {
		n.Counts = "year"
		return n, j, true
	}
	counts := rate
	if rate == "" && countedAfter && (unit != "percent" || (j < len(t) && t[j].lower() == "of")) {
		counts = d.countsAfter(p, j)
	}
	switch {
	case unit == "age":
		n.Counts = "age"
	case unit != "" && unit != "percent":
		n.Counts = strings.TrimSpace(unit + " " + counts)
	case counts == "" && i >= 1 && t[i-1].text == "," && j < len(t) && t[j].text == ",":
		n.Counts = "age"
	default:
		n.Counts = counts
	}
	switch {
	case unit == "percent" && n.Counts != "":
		n.Counts = "percent of " + n.Counts
	case unit == "percent":
		n.Counts = strings.TrimSpace("percent " + d.stanceAfter(p, j))
	}
	return n, j, true
}

// ordinalCounts reports an ordinal before token j that counts what comes
// next, in lower case ("the fourth time", "their 13th walkout", "the
// sixth consecutive month"), not a day of a month ("the 13th of May", "on
// the 13th") or a share ("a third of").
func ordinalCounts(t []token, j int) bool {
	return j < len(t) && t[j].kind == tWord && !t[j].isCap() && t[j].sent == t[j-1].sent && !ordinalStops[t[j].lower()] && !monthTokens[t[j].lower()]
}

var ordinalStops = set("of", "and", "or", "to", "in", "on", "at", "for", "from", "with", "by", "as", "than", "half", "quarter", "form", "forms", "former", "formers")

// ordinalNouns after "a third", "a fifth" make it the third or fifth of a
// series, not a share: "a third time", "a fifth consecutive year".
var ordinalNouns = set("time", "round", "term", "attempt", "consecutive", "straight", "successive", "year", "day", "week", "month", "season", "place")

// tempScales name the scales a temperature's letter stands for.
var tempScales = map[string]string{"c": "degrees Celsius", "f": "degrees Fahrenheit"}

// degrees reads a temperature's unit at t[j], "°C", "° F" or "℃", and
// returns it with the token after it; or j when there is none.
func degrees(t []token, j int) (string, int) {
	if j >= len(t) {
		return "", j
	}
	switch x := t[j].text; {
	case x == "℃":
		return tempScales["c"], j + 1
	case x == "℉":
		return tempScales["f"], j + 1
	case x == "°" && j+1 < len(t) && t[j+1].start-t[j].end <= 1:
		if u := tempScales[t[j+1].lower()]; u != "" {
			return u, j + 2
		}
	case strings.HasPrefix(x, "°"):
		if u := tempScales[strings.ToLower(x[len("°"):])]; u != "" {
			return u, j + 1
		}
	}
	return "", j
}

// converted is the token after a bracket at t[j] that holds only a figure
// in another currency or unit ("(£680)", "(13ft)", "(75 miles)",
// "(US$0.085)"), or j when there is none.
func converted(t []token, j int) int {
	if j >= len(t) || t[j].text != "(" {
		return j
	}
	figure := false
	for k := j + 1; k < len(t) && k <= j+6 && t[k].sent == t[j].sent; k++ {
		switch tk := t[k]; {
		case tk.text == ")":
			if figure {
				return k + 1
			}
			return j
		case tk.kind == tNum:
			if isYearTok(tk) {
				return j
			}
			figure = true
		case tk.kind == tWord && (!tk.isCap() || len(tk.text) <= 3 && strings.ToUpper(tk.text) == tk.text):
			// a unit ("miles", "ft") or a currency's letters ("US", "NZ")
		case tk.kind == tPunct && (currencies[tk.text] || tk.text == "-" || tk.text == "–" || tk.text == "/" || tk.text == "."):
		default:
			return j
		}
	}
	return j
}

// voteWords make "74-24" or "41 to 11" in their sentence a vote's tally.
var voteWords = set("vote", "votes", "voted", "voting", "passed", "approved", "rejected", "ballot", "majority", "margin", "decision", "ruling", "ruled")

// tallyAt reads a vote's tally at token i: "voted 74-24", "a 5-4
// decision", "passed the bill 41 to 11".
func (d *doc) tallyAt(p, i int) (Number, int, bool) {
	pa := &d.paras[p]
	t := pa.toks
	tk := t[i]
	if tk.kind != tNum {
		return Number{}, 0, false
	}
	j := i + 1
	var a, b string
	if h := strings.IndexAny(tk.text, "-–"); h > 0 {
		a, b = tk.text[:h], strings.TrimLeft(tk.text[h:], "-–")
	} else if j+1 < len(t) && t[j].lower() == "to" && t[j+1].kind == tNum && t[j+1].sent == tk.sent {
		a, b, j = tk.text, t[j+1].text, j+2
	} else if j+1 < len(t) && t[j].text == "–" && t[j].start == tk.end && t[j+1].start == t[j].end && t[j+1].kind == tNum {
		a, b, j = tk.text, t[j+1].text, j+2 // "voted 103–79", with an en dash
	} else {
		return Number{}, 0, false
	}
	if !smallCount(a) || !smallCount(b) {
		return Number{}, 0, false
	}
	vote := false
	for _, x := range t[pa.tokSent[tk.sent]:pa.tokSent[tk.sent+1]] {
		if x.kind == tWord && voteWords[x.lower()] {
			vote = true
			break
		}
	}
	if !vote {
		return Number{}, 0, false
	}
	v, _ := strconv.ParseFloat(a, 64)
	return Number{Text: pa.text[tk.start:t[j-1].end], Value: v, Counts: "vote", Source: d.src(p, i, j)}, j, true
}

// smallCount reports a whole number of one to three digits, as a tally's.
func smallCount(s string) bool {
	if len(s) == 0 || len(s) > 3 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// rangeFrom joins a figure to a second after "to", "and" after
// "between", or "or" before a larger one: "60 to 180 days", "from 6% to
// 10%", "between 33% and 36%", "14 or 15 nurses".
// The range counts what its second figure counts, and is approximate.
func (d *doc) rangeFrom(p, i int, n Number, next int) (Number, int, bool) {
	pa := &d.paras[p]
	t := pa.toks
	if next+1 >= len(t) || t[next].sent != t[i].sent || n.Counts == "year" {
		return Number{}, 0, false
	}
	before := pa.lower[:n.Source.Start]
	between := n.Source.Start > 0 && strings.HasSuffix(before, "between ")
	// "girls between the ages of 10 and 14", "boys aged 12 and 13": an
	// age group.
	// "two men, aged 19 and 22": two ages, as exact as one.
	ages := n.Counts == "" && (strings.HasSuffix(before, "aged ") || strings.HasSuffix(before, "ages of ") || strings.HasSuffix(before, "ages "))
	between = between || ages
	or := t[next].lower() == "or"
	// "10–15 per cent": an en dash set close, as a hyphen in "10-15".
	dash := t[next].text == "–" && t[next].start == t[next-1].end && t[next+1].start == t[next].end
	if !(t[next].lower() == "to" || between && t[next].lower() == "and" || or || dash) {
		return Number{}, 0, false
	}
	if n.Counts != "" && !strings.HasPrefix(n.Counts, "percent") {
		return Number{}, 0, false // "100 staff to 200": two counts
	}
	k := next + 1
	if k+1 < len(t) && (currencies[t[k].text] && t[k].end == t[k+1].start || spacedCurrencies[strings.TrimSuffix(t[k].text, ".")] && t[k+1].kind == tNum) {
		k++ // "from $200 to $100 a night", "from Rs 25 to Rs 40": the second amount's currency
	}
	m, mnext, ok := d.numberAt(p, k)
	if !ok || m.Counts == "year" || m.Approximate || t[mnext-1].sent != t[i].sent || strings.HasPrefix(n.Counts, "percent") && !strings.HasPrefix(m.Counts, "percent") {
		return Number{}, 0, false
	}
	if dash && m.Value <= n.Value {
		return Number{}, 0, false // "won 3–1": a score
	}
	if or && !(m.Value > n.Value && m.Value <= 10*n.Value) {
		return Number{}, 0, false // "14 or 15 nurses", "$2,000 or $3,000": a guess between two; not "5 or 500"
	}
	start := n.Source.Start
	if between && !ages {
		start -= len("between ")
	} else if start >= 5 && strings.EqualFold(pa.text[start-5:start], "from ") {
		start -= 5
	}
	n.Text = pa.text[start:m.Source.End]
	n.Counts = m.Counts
	n.Approximate = true
	if ages && n.Counts == "" {
		n.Counts = "age"
		n.Approximate = t[next].lower() != "and" // "aged 5 to 11" spans the ages between
	}
	n.Source.End = m.Source.End
	n.Source.Start = start
	return n, mnext, true
}

// stanceAfter reads the side a share of a poll takes, written after it:
// "46% in favour of the deal", "44% against", "12% undecided".
func (d *doc) stanceAfter(p, j int) string {
	pa := &d.paras[p]
	t := pa.toks
	e := j
	switch {
	case j+1 < len(t) && t[j].lower() == "in" && stances[t[j+1].lower()]:
		e = j + 2
	case j < len(t) && stances[t[j].lower()] && !strings.HasPrefix(t[j].lower(), "fav") && t[j].lower() != "support" &&
		(j+1 == len(t) || t[j+1].kind != tWord || t[j+1].lower() == "and" || t[j+1].lower() == "or"):
		// "44% against." but not "by 6% against the euro".
		e = j + 1
	case j < len(t) && t[j].kind == tWord && t[j].sent == t[j-1].sent && (percentNouns[t[j].lower()] ||
		j+1 < len(t) && t[j+1].kind == tWord && percentNouns[t[j+1].lower()] && !roleStop[t[j].lower()] && !t[j].isCap()):
		// "a 30% pay cut", "a 7% increase", "about 40% more than": what the
		// share measures, named after it.
		e = j + 1
		if !percentNouns[t[j].lower()] {
			e = j + 2
		}
		return pa.text[t[j].start:t[e-1].end]
	default:
		return ""
	}
	if e < len(t) && t[e].lower() == "of" && t[e].sent == t[j].sent {
		if c := d.countsAfter(p, e); c != "" {
			return pa.text[t[j].start:t[e].end] + " " + c
		}
	}
	return pa.text[t[j].start:t[e-1].end]
}

// percentNouns name what a share right before them measures: "a 5%
// rise", "a 30% pay cut".
var percentNouns = set("increase", "increases", "rise", "rises", "cut", "cuts", "drop", "fall", "decline", "jump", "gain", "gains", "stake", "share", "discount", "reduction",
	"hike", "surcharge", "levy", "tariff", "tariffs", "more", "less", "fewer", "higher", "lower", "figure", "majority", "growth", "slump", "loss", "premium", "markup", "raise", "target", "threshold", "chance", "turnout", "deposit", "commission", "rebate", "subsidy")

var stances = set("favour", "favor", "support", "against", "opposed", "undecided", "unsure")

// spacedCurrencies are currencies written in letters that may stand apart
// from their amount: "Rs 25", "Sh 500", "RM 1.2 billion".
var spacedCurrencies = set("Rs", "KSh", "Ksh", "Sh", "Shs", "TSh", "USh", "Rp", "RM", "Tk", "AED", "Dhs", "SR", "JD", "KD", "BD", "QR", "RO", "OMR", "SAR", "GH¢", "GHS", "Le")

func isYearTok(t token) bool {
	return t.kind == tNum && len(t.text) == 4 && (strings.HasPrefix(t.text, "19") || strings.HasPrefix(t.text, "20"))
}

// boundWords after "or" make a figure a bound: "18 or over", "13 or more
// tickets". True for those a counted noun follows.
var boundWords = map[string]bool{"more": true, "fewer": true, "less": true,
	"over": false, "above": false, "older": false, "under": false, "younger": false, "greater": false, "higher": false, "lower": false, "below": false}

// ageBounds after "and" make a figure the lower bound of an age group.
var ageBounds = set("over", "above", "older")

// yearCounts reports a figure at i that reads as a year but counts the
// plural noun after it, after a verb in the past or an approximation:
// "police seized 1912 vehicles", "almost 2100 open investigations"; not
// "the 2019 elections", "the federation's 2015 elections" or "a separate
// 2010 law".
func yearCounts(t []token, i int) bool {
	if i == 0 || t[i-1].kind != tWord || t[i-1].isCap() || t[i-1].possessive() {
		return false
	}
	if w := t[i-1].lower(); !countLeads[w] && !(len(w) > 4 && strings.HasSuffix(w, "ed")) {
		return false
	}
	n := i + 1
	if n+1 < len(t) && t[n].kind == tWord && !t[n].isCap() && !strings.HasSuffix(t[n].lower(), "s") && t[n+1].kind == tWord && !t[n+1].isCap() {
		n++ // "2100 open investigations"
	}
	if n >= len(t) || t[n].kind != tWord || t[n].isCap() || t[n].sent != t[i].sent {
		return false
	}
	w := t[n].lower()
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s")
}

// countLeads come before a count: "more than 2000 volunteers", "almost
// 2100 investigations".
var countLeads = set("than", "about", "almost", "nearly", "around", "roughly", "approximately", "some", "over", "under", "least", "only", "just", "another", "extra", "additional")

// dashedScore reports a figure at i that is one side of a score or a
// tally written with an en dash, "won 3–1", that no tally read whole.
func dashedScore(t []token, i int) bool {
	a := i
	if i >= 2 && t[i-1].text == "–" && t[i-2].kind == tNum && t[i-2].end == t[i-1].start && t[i-1].end == t[i].start {
		a = i - 2
	} else if !(i+2 < len(t) && t[i+1].text == "–" && t[i+2].kind == tNum && t[i].end == t[i+1].start && t[i+1].end == t[i+2].start) {
		return false
	}
	return a > 0 && scoreWords[t[a-1].lower()] || a+3 < len(t) && scoreWords[t[a+3].lower()]
}

// hyphenRange reports whether the figures joined by a hyphen in token i
// are a range, not a score, a tally or a vote: no word of winning or
// voting before them, no result after.
func hyphenRange(t []token, i int) bool {
	if i > 0 && scoreWords[t[i-1].lower()] || i+1 < len(t) && scoreWords[t[i+1].lower()] {
		return false
	}
	return true
}

// scoreWords stand beside a score or a vote's tally: "won 3-1", "a 5-4
// ruling", "a 2-3 defeat".
var scoreWords = set("won", "win", "wins", "lost", "lose", "loses", "beat", "beats", "beaten", "drew", "draw", "voted", "vote", "votes", "defeated",
	"victory", "defeat", "loss", "ruling", "majority", "decision", "verdict", "split", "scoreline", "lead", "margin", "tally", "score", "scored", "result")

func splitDigits(s string) (string, string) {
	k := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsDigit(r) && r != ',' && r != '.' })
	if k < 0 {
		return s, ""
	}
	return s[:k], strings.ToLower(s[k:])
}

func (d *doc) isFigure(t token) bool {
	if t.kind == tNum {
		return true
	}
	nw, ok := d.lx.numbers[t.lower()]
	return ok && nw.kind == "" && nw.value >= 1
}

func (d *doc) figure(t token) float64 {
	if t.kind == tNum {
		v, _ := strconv.ParseFloat(strings.ReplaceAll(t.text, ",", ""), 64)
		if v == 0 {
			return 1
		}
		return v
	}
	return max(d.lx.numbers[t.lower()].value, 1)
}

// numberWord is the lexicon entry of a spelled-out number ("twelve",
// "dozens"); the token's flags spare the map look-up for other words.
// multiplierOf is t's entry in multipliers; the word flag spares most
// words the look-up.
func multiplierOf(t token) (multiple, bool) {
	if !t.is(wNumber) {
		return multiple{}, false
	}
	m, ok := multipliers[t.lower()]
	return m, ok
}

func (d *doc) numberWord(t token) (numberWord, bool) {
	if !t.is(wNumber) {
		return numberWord{}, false
	}
	nw, ok := d.lx.numbers[t.lower()]
	return nw, ok
}

// approxBefore returns how many tokens before i form an approximator
// ("more than", "up to", "an estimated"), or 0.
func (d *doc) approxBefore(t []token, i int) int {
	best := 0
	for _, words := range d.lx.approx {
		n := len(words)
		if i-n < 0 {
			continue
		}
		ok := true
		for k, w := range words {
			if t[i-n+k].lower() != w {
				ok = false
				break
			}
		}
		if ok && n > best {
			best = n
		}
	}
	return best
}

// countsAfter reads the noun phrase a figure counts: "special forces",
// "cities and towns", "pieces of national security legislation".
func (d *doc) countsAfter(p, j int) string {
	pa := &d.paras[p]
	t := pa.toks
	if j < len(t) && t[j].lower() == "of" {
		j++
	}
	s := j
	e := j
	// "of the vote", "of its intercity trains", "of a company's turnover".
	if e < len(t) && (t[e].lower() == "the" || j > 0 && t[j-1].lower() == "of" && ownerWords[t[e].lower()]) {
		e++
	}
	usedOf, usedAnd := false, false
	for e < len(t) && e-s < 6 && t[e].kind == tWord && t[e].sent == t[max(s-1, 0)].sent {
		lw := t[e].lower()
		if lw == "of" && !usedOf && e > s && e+1 < len(t) && t[e+1].kind == tWord && !countStop[t[e+1].lower()] {
			usedOf = true
			e++
			continue
		}
		if lw == "and" && !usedAnd && e > s && e+1 < len(t) && strings.HasSuffix(t[e+1].lower(), "s") && !countStop[t[e+1].lower()] &&
			(e+2 >= len(t) || (t[e+2].kind != tNum && d.approxBefore(t, e+3) == 0 && !approxFirst[t[e+2].lower()])) {
			usedAnd = true
			e++
			continue
		}
		if countStop[lw] || monthTokens[lw] && t[e].isCap() || (e > s && countEnd[lw]) {
			break
		}
		if e > s && (strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed")) && !notPast[lw] {
			break
		}
		// After a plural noun comes a verb or a new phrase: "governments lose".
		if e > s {
			prev := t[e-1].lower()
			if strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "ss") && prev != "basis" && prev != "the" && prev != "of" && prev != "and" && !ownerWords[prev] && !t[e-1].possessive() {
				break
			}
		}
		e++
		// "a company's global turnover" goes on; "voters' views" ends.
		if t[e-1].possessive() && (e >= len(t) || t[e].kind != tWord || t[e].isCap() || countStop[t[e].lower()]) {
			break
		}
	}
	if e > s && t[e-1].lower() == "the" {
		e--
	}
	if e <= s {
		return ""
	}
	return pa.text[t[s].start:t[e-1].end]
}

// monthBefore reports a month written last in t, in full or abbreviated
// ("October", "Oct", "Dec."): the number after it is a day of the month.
func monthBefore(t []token) bool {
	k := len(t) - 1
	if t[k].text == "." && k > 0 && t[k-1].end == t[k].start {
		k--
	}
	return monthTokens[strings.TrimSuffix(t[k].lower(), ".")]
}
