package extract

import (
	"strings"
	"unicode"
)

// groupNouns head the name of a political group written in lower case
// after a capitalised or coded name: "her G40 political faction".
var groupNouns = set("faction", "party", "movement", "group", "camp", "wing", "bloc", "coalition", "alliance", "militia")

// groupAffiliations reads "his/her/their X faction": a group the person just
// named belongs to. The group becomes an organisation (with X as alias, so
// later "The G40 figures" are found), and people introduced as its members
// ("The G40 figures are cabinet ministers A and B") take it as affiliation.
func (d *doc) groupAffiliations() {
	for p := range d.paras {
		pa := &d.paras[p]
		t := pa.toks
		for k := 0; k+2 < len(t); k++ {
			if !t[k].is(wKinOwner) {
				continue
			}
			e := -1
			for m := k + 1; m < len(t) && m <= k+4 && t[m].kind != tPunct; m++ {
				if groupNouns[t[m].lower()] {
					e = m
					break
				}
			}
			if e < 0 {
				continue
			}
			// The alias is the name in capitals: "G40", "Voluntad Popular".
			first, last := -1, -1
			for m := k + 1; m < e; m++ {
				if t[m].isCap() || hasDigit(t[m].text) {
					if first < 0 {
						first = m
					}
					last = m
				}
			}
			if first < 0 {
				continue
			}
			alias := pa.text[t[first].start:t[last].end]
			name := pa.text[t[k+1].start:t[e].end]
			o := d.addGroup(name, alias, d.src(p, k+1, e+1))
			// "Opposition leader NAME… his X party": the party named says
			// more than a party's adjective.
			if who := d.personBefore(p, t[k].start); who != nil && (who.affil == "" || d.isCountry(who.affil) || partyAdjectives[who.affil]) {
				who.affil = o.name
			}
		}
	}
	d.aliasMentions()
	d.memberAffiliations()
}

func hasDigit(s string) bool {
	return strings.IndexFunc(s, unicode.IsDigit) >= 0
}

func (d *doc) addGroup(name, alias string, src Source) *org {
	for _, o := range d.orgs {
		if o.name == name || o.name == alias && o.kind == "party" {
			// "his Voluntad Popular party": the party found by its name.
			o.mentions = append(o.mentions, src)
			return o
		}
	}
	o := &org{name: name, kind: "party", aliases: []string{alias}, mentions: []Source{src}}
	d.orgs = append(d.orgs, o)
	return o
}

// personBefore is the person mentioned last before offset off of paragraph
// p, in the same sentence.
func (d *doc) personBefore(p, off int) *person {
	var best *person
	var bs Source
	s := sentenceOf(d.paras[p].sents, off)
	for _, pp := range d.people {
		for _, m := range pp.mentions {
			if m.Paragraph == p && m.Sentence == s && m.End <= off && (best == nil || srcLess(bs, m)) {
				best, bs = pp, m
			}
		}
	}
	return best
}

// aliasMentions records later uses of an organisation's alias that no other
// entity claimed ("the BJP", "The G40 figures").
func (d *doc) aliasMentions() {
	byAlias := map[string]*org{}
	for _, o := range d.orgs {
		for _, a := range o.aliases {
			if _, ok := byAlias[a]; !ok {
				byAlias[a] = o
			}
		}
		// A one-word name is used again as it is: "Rapido said".
		if !strings.Contains(o.name, " ") {
			if _, ok := byAlias[o.name]; !ok {
				byAlias[o.name] = o
			}
		}
	}
	if len(byAlias) == 0 {
		return
	}
	// The first bytes of the aliases, so that most words skip the look-up.
	var opens [256]bool
	for a := range byAlias {
		if a == "" {
			for b := range opens {
				opens[b] = true
			}
			break
		}
		opens[a[0]] = true
	}
	for p := range d.paras {
		pa := &d.paras[p]
		for i, t := range pa.toks {
			if pa.claimed[i] || t.kind == tPunct || !opens[t.text[0]] {
				continue
			}
			if o, ok := byAlias[t.base()]; ok {
				src := d.src(p, i, i+1)
				src.End = src.Start + len(t.base())
				o.mentions = append(o.mentions, src)
				pa.claimed[i] = true
			}
		}
	}
	for _, o := range d.orgs {
		sortSources(o.mentions)
	}
}

// memberAffiliations: in "The G40 figures are cabinet ministers A and B",
// the people after the verb belong to the organisation named in the subject.
func (d *doc) memberAffiliations() {
	for _, pp := range d.people {
		if pp.affil != "" && !d.isCountry(pp.affil) {
			continue
		}
		for _, m := range pp.mentions {
			pa := &d.paras[m.Paragraph]
			t := pa.toks[pa.tokSent[m.Sentence]:pa.tokSent[m.Sentence+1]]
			verb := -1
			for k, x := range t {
				if x.start >= m.Start {
					break
				}
				switch x.lower() {
				case "are", "were", "include", "included", "includes":
					verb = k
				}
			}
			if verb < 1 || verb > 5 {
				continue
			}
			subj := Source{Paragraph: m.Paragraph, Start: t[0].start, End: t[verb].start}
			for _, o := range d.orgs {
				for _, om := range o.mentions {
					if om.Paragraph == subj.Paragraph && om.Start >= subj.Start && om.End <= subj.End {
						pp.affil = o.name
					}
				}
			}
		}
	}
}
