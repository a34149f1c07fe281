package extract

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

// TestWordFlags checks every token's flags against the word lists they
// stand for, on every token of the labelled articles and of words written
// to test the edges (possessives, typographic apostrophes, capitals). A
// flag that stands for a list must agree with it both ways; a flag that
// only rules a list out ("may be one") must be set wherever the list holds
// the token, since a rule that reads it skips the list's look-up when it
// is not.
func TestWordFlags(t *testing.T) {
	extra := "Edges\nTest\n****\n" +
		"The Minister's aides, the ministers' cars, Monday's vote and MONDAY, Tues. and Thurs. meetings. " +
		"I’m here, I'm there, i’ve seen it. The NGO Shipbreaking Platform and NGOs. Ma. Teresa and Md. Rahim. " +
		"Lake Garda's shore, Mount Kenya, Port Moresby. Baker St and Abbey Rd. John Smith KC, Jane Doe MP’s office. " +
		"The University’s board, the Agency's chief, the Senate's leader, Ghana’s president and Kenya's. " +
		"The polling firm's survey, the research agency, the union's members, the Labour party's bill.\n"
	lx := lex()
	knownFirsts := map[string]bool{}
	for _, keys := range [][]string{slices.Collect(maps.Keys(lx.places)), slices.Collect(maps.Keys(lx.orgs))} {
		for _, k := range keys {
			first, _, _ := strings.Cut(k, " ")
			knownFirsts[first] = true
		}
	}
	tokens := 0
	labelledDocs(t, extra, func(file string, d *doc) {
		for _, pa := range d.paras {
			for k := range pa.toks {
				x := &pa.toks[k]
				low, lb := x.low, x.lowBase()
				_, day := weekdays[x.base()]
				_, dayText := weekdays[x.text]
				_, place := lx.places[lb]
				firstWord := knownFirsts[low]
				firstBase := knownFirsts[lb]
				exact := []listFlag{
					{"monthTokens", wMonth, monthTokens[low]},
					{"futureWords", wFuture, futureWords[low]},
					{"futureBefore", wFutureBefore, futureBefore[low]},
					{"pastWords", wPast, pastWords[low]},
					{"notPast", wNotPast, notPast[low]},
					{"modalWords", wModal, modalWords[low]},
					{"kinOwners", wKinOwner, kinOwners[low]},
					{"perfectAux", wPerfectAux, perfectAux[low]},
					{"pollWords", wPoll, slices.Contains(pollWords, low)},
					{"agreementNounsOf", wAgreement, hasKey(agreementNounsOf(), low)},
					{"apostrophe", wApos, x.nrm != x.low},
					{"connectors", wConnector, connectors[low]},
					{"particles", wParticle, particles[low]},
					{"analystTrades", wAnalystTrade, analystTrades[low]},
					{"roles by low", wRoleLow, lx.roles[low] != ""},
					{"scheduleVerbs", wSchedule, scheduleVerbs[low]},
					{"scheduleBases", wScheduleBase, scheduleBases[low]},
					{"commitVerbs", wCommit, commitVerbs[low]},
					{"auxiliaries", wAux, auxiliaries[low]},
					{"linkingWords", wLinking, linkingWords[low]},
					{"clauseBreaks", wClauseBreak, clauseBreaks[low]},
					{"adjectiveBefore", wAdjBefore, adjectiveBefore[low]},
					{"advocates", wAdvocate, advocates[low]},
					{"roleStop", wRoleStop, roleStop[low]},
					{"pronouns", wPronoun, pronouns[low]},
					{"determiners", wDeterminer, determiners[low] || possessivePronouns[low]},
					{"bodyNouns", wBodyNoun, hasKey(bodyNouns, low)},
					{"creditVerb", wCreditVerb, hasKey(creditVerb, low)},
					{"titleFirst", wTitleFirst, lx.titleFirst[lb]},
					{"orgWords", wOrgWord, hasKey(lx.orgWords, lb)},
					{"describedKinds", wDescribed, hasKey(describedKinds, lb)},
					{"pollNouns", wPollNoun, pollNouns[lb]},
					{"placeWords", wPlaceWord, placeWords[lb] || landforms[lb]},
					{"roles by base", wRole, lx.roles[lb] != ""},
					{"places", wPlace, place},
					{"portfolioWords", wPortfolio, portfolioWords[lb]},
					{"namedBodies", wNamedBody, hasKey(namedBodies, lb)},
					{"lawWords", wLawWord, lawWords[lb]},
					{"thingWords", wThing, thingWords[lb]},
					{"titleQualifiers", wTitleQual, titleQualifiers[lb] || titleModifiers[lb]},
					{"first words of places and orgs", wKnownFirst, firstWord},
					{"first words of places and orgs, by base", wKnownBase, firstBase},
				}
				for _, c := range exact {
					if x.is(c.f) != c.in {
						t.Errorf("%s: %q: flag for %s is %v, the list says %v", file, x.text, c.list, x.is(c.f), c.in)
					}
				}
				maybe := []listFlag{
					{"firstPerson", wFirstPerson | wApos, firstPerson[x.nrm]},
					{"capitalDescriptions", wCapDesc, capitalDescriptions[x.text]},
					{"nameAbbrevs", wNameAbbrev, nameAbbrevs[x.text]},
					{"common", wCommon, isASCII(x.text) && lx.common[titleCase(x.text)]},
					{"givenNames", wGiven, lx.givenNames[x.text]},
					{"placeHeads", wPlaceHead, placeHeads[x.text]},
					{"weekdays", wDay, day || dayText || weekdayShort[x.text]},
					{"streetWords", wStreet, streetWords[x.base()] || streetAbbrevs[x.base()]},
					{"postNominals", wAfterName, postNominals[x.base()] || postOffices[x.base()]},
				}
				for _, c := range maybe {
					if c.in && x.flags&c.f == 0 {
						t.Errorf("%s: %q is in %s, but its flag is not set", file, x.text, c.list)
					}
				}
				tokens++
			}
		}
	})
	if tokens < 100000 {
		t.Errorf("%d tokens checked, want at least 100,000", tokens)
	}
}

func hasKey[V any](m map[string]V, k string) bool {
	_, ok := m[k]
	return ok
}

// listFlag is a word flag and whether a token is in the list it stands for.
type listFlag struct {
	list string
	f    wordFlag
	in   bool
}

// TestFlagTable checks the packed table against the map it is made from:
// every listed word, every word of the labelled articles, and words at
// the edges of packing (7, 8, 15 and 16 bytes, zero bytes, a listed word
// with a byte more or less).
func TestFlagTable(t *testing.T) {
	m := wordFlagMap()
	ft := newFlagTable(m)
	check := func(w string) {
		if got, want := ft.get(w), m[w]; got != want {
			t.Errorf("get(%q) = %x, want %x", w, got, want)
		}
	}
	for w := range m {
		check(w)
		check(w + "s")
		check(w + "\x00")
		check(w[:len(w)-1])
		check("\x00" + w)
	}
	for _, w := range []string{"", "\x00", "\x00\x00", "abcdefg", "abcdefgh", "abcdefghijklmno", "abcdefghijklmnop", "abcdefghijklmnopq",
		"international", "internationally", "representatives", "representatives’", "über", "ÉTAT", "\xff\xfe"} {
		check(w)
	}
	labelledDocs(t, "Edges\nTest\n****\nA word.\n", func(file string, d *doc) {
		for _, pa := range d.paras {
			for _, x := range pa.toks {
				check(x.low)
				check(x.lowBase())
			}
		}
	})
	long := 0
	for w := range m {
		if len(w) > 15 {
			long++
		}
	}
	if long == 0 || long == len(m) {
		t.Errorf("%d of %d listed words are over 15 bytes: the test reads both kinds", long, len(m))
	}
}

// TestMayBeKnown checks that mayBeKnown, which spares the look-ups of most
// runs, never rules out a run whose text is a known place or body: on every
// run of up to six tokens in a sentence of the labelled articles.
func TestMayBeKnown(t *testing.T) {
	lx := lex()
	known := 0
	labelledDocs(t, "Edges\nTest\n****\nThe U.S.-based firm, St. Louis and the Amnesty International UK office.\n", func(file string, d *doc) {
		for p, pa := range d.paras {
			for i := range pa.toks {
				for j := i + 1; j <= len(pa.toks) && j <= i+6 && pa.toks[j-1].sent == pa.toks[i].sent; j++ {
					r := run{p, i, j}
					key := d.runLower(r)
					_, place := lx.places[key]
					_, org := lx.orgs[key]
					if !place && !org {
						continue
					}
					known++
					if !d.mayBeKnown(r) {
						t.Errorf("%s: %q is known, but mayBeKnown rules it out", file, d.runText(r))
					}
				}
			}
		}
	})
	if known < 1000 {
		t.Errorf("%d runs are known places or bodies, want at least 1,000", known)
	}
}
