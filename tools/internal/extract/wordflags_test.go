package extract

import (
	"slices"
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
	tokens := 0
	labelledDocs(t, extra, func(file string, d *doc) {
		for _, pa := range d.paras {
			for k := range pa.toks {
				x := &pa.toks[k]
				low, lb := x.low, x.lowBase()
				_, day := weekdays[x.base()]
				_, dayText := weekdays[x.text]
				_, place := lx.places[lb]
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
