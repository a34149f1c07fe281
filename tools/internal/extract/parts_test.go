package extract

import (
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/explainer-dev/explainer/tools/internal/article"
	"github.com/google/go-cmp/cmp"
)

func extractText(pub string, paras ...string) *Explainer {
	a := article.Article{Title: "T", Outlet: "The Test Times", Paragraphs: paras}
	if pub != "" {
		a.Published, _ = time.Parse(article.DateLayout, pub)
	}
	return Extract(a)
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"U.S. and U.N. officials met. They agreed.", []string{"U.S. and U.N. officials met.", "They agreed."}},
		{"Dr. Smith met Gen. Lee in Sept. last year. It rained.", []string{"Dr. Smith met Gen. Lee in Sept. last year.", "It rained."}},
		{"J. R. Doe paid 1.5 million. Prices rose 2.3%.", []string{"J. R. Doe paid 1.5 million.", "Prices rose 2.3%."}},
		{"“We will win. We always do,” she said. He left.", []string{"“We will win. We always do,” she said.", "He left."}},
		{"He lost (narrowly. Again.) Then he quit.", []string{"He lost (narrowly. Again.)", "Then he quit."}},
		{"Sales rose 2.5 per cent. (Source: ONS.)", []string{"Sales rose 2.5 per cent.", "(Source: ONS.)"}},
		{"(He lost.) In Gujarat, it won.", []string{"(He lost.)", "In Gujarat, it won."}},
		{"Troops left the U.S. The war ended.", []string{"Troops left the U.S.", "The war ended."}},
		// A state's abbreviation runs on when capitalised; "ill." ends.
		{"FRESNO, Calif. (AP) — A fire spread. He fell ill. The doctor came.", []string{"FRESNO, Calif. (AP) — A fire spread.", "He fell ill.", "The doctor came."}},
		{"Is it over? Yes! \"Done.\" Next.", []string{"Is it over?", "Yes!", "\"Done.\"", "Next."}},
		// Quotations in single marks stay whole; an apostrophe is no mark.
		{"'They broke in. They looked for him,' Mr Rojas said. 'It is over.' The army's chief left.",
			[]string{"'They broke in. They looked for him,' Mr Rojas said.", "'It is over.'", "The army's chief left."}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range sentences(tt.in) {
			got = append(got, tt.in[s.start:s.end])
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("sentences(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// A title written with a full stop ("Brig.", "Supt.") never ends its
// sentence: it is followed by a name.
func TestTitleAbbreviations(t *testing.T) {
	for title := range lex().titleFull {
		if w, ok := strings.CutSuffix(title, "."); ok && !abbreviations[strings.ToLower(w)] {
			t.Errorf("title %q is not in abbreviations: a sentence would end after it", title)
		}
	}
	in := "An army spokesman, Brig. Gen. Osman Khalid, said the truce would hold."
	if got := sentences(in); len(got) != 1 {
		t.Errorf("sentences(%q) = %d sentences, want 1", in, len(got))
	}
}

func TestPeople(t *testing.T) {
	type p struct {
		Name, Role, Affiliation string
		Expert                  bool
	}
	tests := []struct {
		in   []string
		want []p
	}{
		{[]string{"Mason Richey, a professor at Hankuk University of Foreign Studies, said Seoul felt compelled to act."},
			[]p{{"Mason Richey", "professor", "Hankuk University of Foreign Studies", true}}},
		// Campaign groups: for road safety, for affordable housing, a
		// coalition against corruption in one country.
		{[]string{"Imelda Sarmiento, executive director of the road safety group Safe Roads Philippines, said the charges should be only the start.",
			"Catherine Mercer, executive director of the Affordable Housing Association of Nova Scotia, said rents had risen.",
			"Derrick Ainomugisha, a programme officer at the Anti-Corruption Coalition Uganda, said the conviction was encouraging."},
			[]p{{"Imelda Sarmiento", "executive director", "Safe Roads Philippines", true}, {"Catherine Mercer", "executive director", "Affordable Housing Association of Nova Scotia", true},
				{"Derrick Ainomugisha", "programme officer", "Anti-Corruption Coalition Uganda", true}}},
		// "Its" before where the body's branch is: the body "its" stands
		// for, not the place.
		{[]string{"The Transport Workers' Union said riders should not bear the cost. Its Victorian secretary, Ali Demir, called on platforms to pay."},
			[]p{{"Ali Demir", "Victorian secretary", "Transport Workers' Union", false}}},
		// A legislator's party alone in brackets after the name.
		{[]string{"German MEP Jörg Hallenberger (EPP) said the Parliament had been too ambitious.",
			"Changamwe MP Hamisi Karisa (ODM) accused cartels of damaging pipes."},
			[]p{{"Jörg Hallenberger", "MEP", "EPP", false}, {"Hamisi Karisa", "Changamwe MP", "Orange Democratic Movement", false}}},
		// "Miss" is an honorific, as "Ms" is.
		{[]string{"Miss Abena Owusu-Boateng, a nursing student, told the agency she had been refused a loan."},
			[]p{{"Abena Owusu-Boateng", "nursing student", "", false}}},
		// An analyst at a firm that sells financial services is an
		// expert; the state's social services are no firm.
		{[]string{"Neha Kulkarni, an analyst at Motilal Oswal Financial Services, said credit costs would stay high."},
			[]p{{"Neha Kulkarni", "analyst", "Motilal Oswal Financial Services", true}}},
		// Trades and callings: a guard's, a blogger's and a seller's words
		// are the public's; an urban planner speaks as an expert.
		{[]string{"Musa Danladi, a security guard, said he still had to take a taxi.",
			"Golam Rabbani, a salesman at the pharmacy, said customers were buying less.",
			"Hafiz Roslan, an urban planner, said the trams would ease traffic."},
			[]p{{"Musa Danladi", "security guard", "", false}, {"Golam Rabbani", "salesman", "", false}, {"Hafiz Roslan", "urban planner", "", true}}},
		{[]string{"According to Ben Engel, a political science professor at Dankook University, Seoul may act."},
			[]p{{"Ben Engel", "political science professor", "Dankook University", true}}},
		{[]string{"Korea expert Bruce Bennett from the RAND Corporation told VOA the North does not need the weapons.", "Bennett added that it lacks credibility."},
			[]p{{"Bruce Bennett", "Korea expert", "RAND Corporation", true}}},
		{[]string{"Zimbabwe President Robert Mugabe, his wife Grace and two aides are under house arrest."},
			[]p{{"Robert Mugabe", "President", "Zimbabwe", false}, {"Grace", "wife of Robert Mugabe", "", false}}},
		{[]string{"The move worries the U.S. government, given former President Donald Trump's remarks."},
			[]p{{"Donald Trump", "former President", "United States", false}}},
		{[]string{"Ghana's Health Minister, Kwaku Agyeman-Manu, said the rollout would begin soon."},
			[]p{{"Kwaku Agyeman-Manu", "Health Minister", "Ghana", false}}},
		{[]string{"European Commission President Ursula von der Leyen said funds would follow. Von der Leyen spoke in Tallinn."},
			[]p{{"Ursula von der Leyen", "President", "European Commission", false}}},
		{[]string{"The opposition Aam Aadmi Party (AAP), led by Arvind Kejriwal, won the city."},
			[]p{{"Arvind Kejriwal", "leader", "Aam Aadmi Party", false}}},
		{[]string{"Hyun Seung-soo, a researcher at the Korea Institute for National Unification, emphasized the risk. He warned it would grow."},
			[]p{{"Hyun Seung-soo", "researcher", "Korea Institute for National Unification", true}}},
		// A body named before a title is the affiliation, not the role.
		{[]string{"The deal was signed by Indonesia's trade minister, Budi Santoso, and the EU trade commissioner, Maroš Šefčovič."},
			[]p{{"Budi Santoso", "trade minister", "Indonesia", false}, {"Maroš Šefčovič", "trade commissioner", "European Union", false}}},
		{[]string{"The WHO director-general, Tedros Adhanom Ghebreyesus, said the outbreak was over."},
			[]p{{"Tedros Adhanom Ghebreyesus", "director-general", "World Health Organization", false}}},
		// Abbreviated titles, alone and in a row, written out in the role;
		// a state's office takes the state named before.
		{[]string{"Oregon reported new cases.", "Gov. Dana Whitfield said clinics would open. Lt. Col. James Hart said the base was closed."},
			[]p{{"Dana Whitfield", "Governor", "Oregon", false}, {"James Hart", "Lieutenant Colonel", "United States", false}}},
		// A country's body named in lower case, and a body in capitals before a title.
		{[]string{"These are gangs, said Khalid al-Amin, a spokesman for the Sudanese foreign ministry.", "City Council member Priya Nand disagreed."},
			[]p{{"Khalid al-Amin", "spokesman", "Sudanese foreign ministry", false}, {"Priya Nand", "member", "City Council", false}}},
		// A lower-case body: the company named before, the firm named after.
		{[]string{"Formosa Semiconductor announced the plan. The company's chairman, Lin Wei-ting, said so.",
			"Dan Hutchins, a senior analyst at the research firm TechInsights, agreed.",
			"Prof Hannah Cloke, a hydrologist at the University of Reading, said bills must rise."},
			[]p{{"Lin Wei-ting", "chairman", "Formosa Semiconductor", false}, {"Dan Hutchins", "senior analyst", "TechInsights", true},
				{"Hannah Cloke", "hydrologist", "University of Reading", true}}},
		// "Lagos-based" is no part of a name; a voice of a campaign group is
		// an expert's; "New Zealanders" name the country officials belong to.
		{[]string{"Ngozi Adeyemi, director of the Lagos-based Environmental Rights Action, said regulators had been warned."},
			[]p{{"Ngozi Adeyemi", "director", "Environmental Rights Action", true}}},
		{[]string{"New Zealanders vote next month, not on relations with China.", "Prime Minister Christopher Luxon promised tax cuts."},
			[]p{{"Christopher Luxon", "Prime Minister", "New Zealand", false}}},
		// A "who" clause: the body it names last, and the role after "and is";
		// a company named after its description in lower case.
		{[]string{"Matthias Huss, who leads the Swiss glacier monitoring network GLAMOS and is the study's lead author, said so.",
			"A judge ruled that the delivery company DashCart must pay. The company's general counsel, Rebecca Lin, said it would appeal."},
			[]p{{"Matthias Huss", "leader of Swiss glacier monitoring network GLAMOS", "GLAMOS", true}, {"Rebecca Lin", "general counsel", "DashCart", false}}},
		{[]string{"Justin Bassi, who advised Attorney-General George Brandis on crime, disagreed."},
			[]p{{"Justin Bassi", "adviser to Attorney-General George Brandis on crime", "", false}, {"George Brandis", "Attorney-General", "", false}}},
		// Initials after an honorific that ends in a dot.
		{[]string{"“We are treating people in corridors,” said Dr. R. K. Mehta, the medical superintendent of Ram Manohar Lohia Hospital."},
			[]p{{"R. K. Mehta", "medical superintendent", "Ram Manohar Lohia Hospital", false}}},
		// "Its": the organisation the sentence before opens with, or the one
		// its description names; a name led by a demonym is a company's; a
		// role with its complement before the name.
		{[]string{"Deutsche Bahn said few trains ran.", "The rail operator has offered a shorter week. Its head of personnel, Katrin Vogel, called the strike unnecessary."},
			[]p{{"Katrin Vogel", "head of personnel", "Deutsche Bahn", false}}},
		{[]string{"The populist Sanseito party won 14 seats, up from one. Its leader, Ryo Nakagawa, said voters had spoken."},
			[]p{{"Ryo Nakagawa", "leader", "Sanseito", false}}},
		{[]string{"Forum Civil, the Senegalese branch of Transparency International, welcomed the vote. Its coordinator, Ousmane Faye, said the trials should be broadcast."},
			[]p{{"Ousmane Faye", "coordinator", "Forum Civil", true}}},
		{[]string{"The board of the Banco Central de Chile voted to hold the rate.", "“We will wait,” the bank said. Its president, Marcela Ortúzar, told reporters that the next move would depend on data."},
			[]p{{"Marcela Ortúzar", "president", "Banco Central de Chile", false}}},
		// An owner before the role in an appositive; a body an appositive
		// calls a company; "for" with a common noun stays in the role.
		{[]string{"Axiom Space, the Houston company building the suits, found the fault.", "“We will not fly,” said Dana Whitfield, NASA's associate administrator for exploration."},
			[]p{{"Dana Whitfield", "associate administrator for exploration", "NASA", false}}},
		// A dateline gives a mayor's city; a councilor sits on the council
		// named before.
		{[]string{"PORTLAND, Ore. — The Portland City Council voted 9-3 on Wednesday to put a bond on the ballot.", "“We cannot wait,” said Mayor Ellen Brandt. Councilor Marcus Webb, who voted against, said taxes were too high."},
			[]p{{"Ellen Brandt", "Mayor", "Portland", false}, {"Marcus Webb", "Councilor", "Portland City Council", false}}},
		// A given name that is also a capital's; a law whose name holds a
		// title; "for the" inside a body's name.
		{[]string{"The General Data Protection Regulation allows large fines.", "Sofia Marchetti, a professor of competition law at Bocconi University, said the fine was fair.",
			"Ralf Bormann, a transport economist at the Kiel Institute for the World Economy, agreed."},
			[]p{{"Sofia Marchetti", "professor of competition law", "Bocconi University", true}, {"Ralf Bormann", "transport economist", "Kiel Institute for the World Economy", true}}},
		// A chief of a nation; an acronym stands for the body whose
		// initials it has; Spanish particles inside a campaign group's name.
		{[]string{"Chief Joan Redsky of the Sucker Lake Cree Nation said her community was evacuated."},
			[]p{{"Joan Redsky", "Chief", "Sucker Lake Cree Nation", false}}},
		{[]string{"The British Medical Association said talks failed. Dr Amara Okafor, who chairs the BMA's resident doctors committee, said so."},
			[]p{{"Amara Okafor", "chair of BMA's resident doctors committee", "British Medical Association", false}}},
		{[]string{"Laura Castillo, director of the watchdog group Mexicanos contra la Corrupción, said candidates had links to gangs."},
			[]p{{"Laura Castillo", "director", "Mexicanos contra la Corrupción", true}}},
		// A place inside a role; a capital's dateline gives officials their
		// country; "the" before a given name that is also a place's.
		{[]string{"MANILA — The Senate voted on Tuesday. Vice President Rosa Villanueva denied the charges, and the stadium is the Santiago Bernabéu.",
			"Relations with China soured.", "“Pay is too high,” said Ruth Hallam, deputy chief UK economist at Capital Economics."},
			[]p{{"Rosa Villanueva", "Vice President", "Philippines", false}, {"Ruth Hallam", "deputy chief UK economist", "Capital Economics", true}}},
		// Role words before a name make its title, its body before them the
		// affiliation; a police rank serves the force named before; a
		// member of Congress's state; a central bank's governor.
		{[]string{"West Yorkshire Police said on Monday that a man was charged.", "Detective Chief Inspector Laura Hughes, who is leading the investigation, said officers were keen to hear from witnesses."},
			[]p{{"Laura Hughes", "Detective Chief Inspector", "West Yorkshire Police", false}}},
		{[]string{"The Federal Trade Commission sued the company on Thursday.", "“Families should know,” said FTC Chair Dana Ruiz. Sen. Amy Carlson (D-Minn.) welcomed the suit."},
			[]p{{"Dana Ruiz", "Chair", "Federal Trade Commission", false}, {"Amy Carlson", "Senator", "Democrat, Minnesota", false}}},
		{[]string{"The Central Bank of Nigeria raised its rate on Tuesday.", "Governor Yemi Adebanjo told a news conference that the committee had voted 10 to 2."},
			[]p{{"Yemi Adebanjo", "Governor", "Central Bank of Nigeria", false}}},
		{[]string{"Oregon borrowed from the World Bank.", "Gov. Dana Whitfield said clinics would open."},
			[]p{{"Dana Whitfield", "Governor", "Oregon", false}}},
		// Where someone lives, and how the police named them, say a name is
		// a person's; a charity described after its name is a campaign
		// group; a telescope's name is no one's.
		{[]string{"Callum Price, of Headingley, is due in court. The victim, named by police as Ethan Marsh, died at the scene.",
			"Patrick Dunne, chief executive of the Ben Kinsella Trust, a knife crime charity, said more youth workers were needed.",
			"NASA's James Webb Space Telescope found water, said Jonas Lindqvist, an astrophysicist at Stockholm University."},
			[]p{{"Callum Price", "", "", false}, {"Ethan Marsh", "", "", false}, {"Patrick Dunne", "chief executive", "Ben Kinsella Trust", true},
				{"Jonas Lindqvist", "astrophysicist", "Stockholm University", true}}},
		// A consultant is an expert voice; an investor is a person; a
		// mayor's city is the dateline's, not the state named after it.
		{[]string{"OAKVALE, Calif. — The council capped rents, the latest city in California to do so.",
			"Mayor Thomas Whitcombe said he would not veto it. The American investor Grant Holloway agreed.",
			"“This is a process failure,” said Ingrid Halvorsen, an aviation safety consultant."},
			[]p{{"Thomas Whitcombe", "Mayor", "Oakvale", false}, {"Grant Holloway", "American investor", "", false}, {"Ingrid Halvorsen", "aviation safety consultant", "", true}}},
		// The job an appositive names before a rank; a state body in a role
		// serves the country's; a body named before a lower-case role; an
		// office the title names.
		{[]string{"Sudan's army agreed to a truce on Monday.", "An army spokesman, Brig. Gen. Osman Khalid, said the military would respect it."},
			[]p{{"Osman Khalid", "army spokesman", "Sudan", false}}},
		{[]string{"The Office of the Australian Information Commissioner said it was investigating Coralink, the country's third-largest mobile operator.",
			"Privacy Commissioner Joanne Mercer said in a statement that companies must protect data. Coralink chief executive Daniel Hargreaves apologised."},
			[]p{{"Joanne Mercer", "Privacy Commissioner", "Office of the Australian Information Commissioner", false}, {"Daniel Hargreaves", "chief executive", "Coralink", false}}},
		// A dateline's state serves a state's attorney general; a
		// superintendent with no police force named serves the school
		// district; a union before an office; "who studies X at Y"; a
		// campus after a university; a month after "in" is no one.
		{[]string{"COLUMBUS, Ohio — The court ruled on Thursday. Pupils in the Riverbend Unified School District return in August.",
			"Attorney General Douglas Pryor said his office was reviewing it. “We are pro-attention,” said Superintendent Angela Whitford.",
			"The teachers' union president, Carlos Medina, said staff needed rules.",
			"Dr. Mei-Ling Tran, who studies adolescent development at Stanford University, said evidence was thin.",
			"Veena Dubal, a law professor at the University of California, Irvine, who studies the gig economy, said the ruling was narrow."},
			[]p{{"Douglas Pryor", "Attorney General", "Ohio", false}, {"Angela Whitford", "Superintendent", "Riverbend Unified School District", false},
				{"Carlos Medina", "president", "teachers' union", false}, {"Mei-Ling Tran", "researcher of adolescent development", "Stanford University", true},
				{"Veena Dubal", "law professor", "University of California", true}}},
		// A role and its named complement before the name; a US attorney;
		// a chief minister's state; a coach; a who-clause after an
		// appositive.
		{[]string{"PATNA — A judge sentenced the former mayor of Port Alder, Ray Castillo, on Tuesday. The chief executive of Southvale Water, Tom Beresford, apologised.",
			"“He sold his office,” U.S. Attorney Nicole Brandt said. In Bihar, Chief Minister Arvind Prasad thanked voters.",
			"Demir thanked her coach, Lucas Ferrand. “She plays without fear,” said Pam Whitaker, a former doubles champion who now commentates for the broadcaster Courtside TV."},
			[]p{{"Ray Castillo", "former mayor", "Port Alder", false}, {"Tom Beresford", "chief executive", "Southvale Water", false},
				{"Nicole Brandt", "U.S. Attorney", "United States", false}, {"Arvind Prasad", "Chief Minister", "Bihar", false},
				{"Lucas Ferrand", "coach", "", false}, {"Pam Whitaker", "former doubles champion", "Courtside TV", true}}},
		// A title's assembly and party; a title one country has; a country
		// a quotation names is not the speaker's; a fire chief's city; a
		// charity's director speaks as an expert; a scientist who does not
		// speak is no expert voice.
		{[]string{"RIVERTON, Ore. — A bridge collapsed on Tuesday. “Our crews were there within minutes,” Fire Chief Marcus Lowe said.",
			"Assemblymember David Okafor, a Democrat from Oakland who wrote the bill, said it passed. Home Secretary Laura Benning said returns to France would start.",
			"“Safe routes would do more,” said Miriam Achebe, policy director at the charity Safe Passage Network. Ingrid Aaltonen, a Finnish atmospheric physicist, died on Tuesday."},
			[]p{{"Marcus Lowe", "Fire Chief", "Riverton", false}, {"David Okafor", "Assemblymember", "Democratic Party", false},
				{"Laura Benning", "Home Secretary", "United Kingdom", false},
				{"Miriam Achebe", "policy director", "Safe Passage Network", true}, {"Ingrid Aaltonen", "Finnish atmospheric physicist", "", false}}},
		{[]string{"TALLINN — Drones crossed the border on Tuesday.", "“Russia is testing how quickly we respond,” Defence Minister Margus Tamm said."},
			[]p{{"Margus Tamm", "Defence Minister", "Estonia", false}}},
		// One of a court's justices; a field after the role and a college
		// with a possessive and a place in its name; a see; a role before
		// "Dr."; a council's officer and leader; a minister of the country
		// whose nation the article names.
		{[]string{"The UK Supreme Court ruled on Wednesday. Councils in England are short of money, Kingsford City Council said.",
			"“It was a fiction,” Lady Marlowe, one of the five justices, wrote. “It closes a loophole,” said Priya Nandakumar, a senior lecturer in employment law at King's College London.",
			"Archbishop Peter Odhiambo of Nairobi welcomed it. The team, led by materials scientist Dr. Lukas Brunner of ETH Zurich, said it worked.",
			"The council's chief finance officer, Rebecca Holt, issued the notice. “We have no choice,” council leader Cllr Tariq Mahmood said.",
			"The local government minister, Sarah Pemberton, said commissioners would be sent."},
			[]p{{"Priya Nandakumar", "senior lecturer in employment law", "King's College London", true},
				{"Peter Odhiambo", "Archbishop", "Nairobi", false}, {"Lukas Brunner", "materials scientist", "ETH Zurich", true},
				{"Rebecca Holt", "chief finance officer", "Kingsford City Council", false}, {"Tariq Mahmood", "council leader", "Kingsford City Council", false},
				{"Sarah Pemberton", "local government minister", "United Kingdom", false}, {"Marlowe", "justice", "UK Supreme Court", false}}},
		// A party a later who-clause names over the country of a
		// possessive; a group's plural possessive; a governor of a central
		// bank named in lower case.
		{[]string{"Prosecutors indicted South Korea's main opposition leader, Park Ji-hoon, on Tuesday. Park, who leads the Democratic Party, denies it.",
			"The Houthis' chief negotiator, Abdulmalik al-Hamdani, said the swap would go ahead.",
			"Brazil's central bank held its rate. The president has criticised the bank's governor, Rodrigo Almeida Prado."},
			[]p{{"Park Ji-hoon", "main opposition leader", "Democratic Party", false}, {"Abdulmalik al-Hamdani", "chief negotiator", "Houthis", false},
				{"Rodrigo Almeida Prado", "governor", "Brazil's central bank", false}}},
		// "the confederation's": the body whose name holds the word; a
		// who-clause gives an expert's affiliation.
		{[]string{"The Japanese Trade Union Confederation said on Friday that pay rose. The Bank of Japan is watching.",
			"“It must spread,” the confederation's president, Keiko Morimoto, said. “Markets will watch her votes,” said Robert Kaminski, a former Fed economist who now teaches at Georgetown University."},
			[]p{{"Keiko Morimoto", "president", "Japanese Trade Union Confederation", false}, {"Robert Kaminski", "former Fed economist", "Georgetown University", true}}},
		// What a person is outweighs what they were; a firm described by
		// its city before its name; a specialist lawyer's view is an
		// expert's.
		{[]string{"The Conservatives, led by Graham Whitfield, won 141 seats. Whitfield, a former finance minister of Ontario, said his party had won.",
			"“Enforcement is coming,” said Marta Kowalska, a competition lawyer at the Brussels firm Lefèvre & Partners."},
			[]p{{"Graham Whitfield", "leader", "Conservatives", false}, {"Marta Kowalska", "competition lawyer", "Lefèvre & Partners", true}}},
		// A cabinet's secretary serves the government, not the agency
		// named last.
		{[]string{"TOKYO — Japan recorded its highest temperature. The heat sent 1,800 people to hospital, according to the Fire and Disaster Management Agency.",
			"“Please avoid going outside,” chief cabinet secretary Hiroshi Mori said at a news conference."},
			[]p{{"Hiroshi Mori", "chief cabinet secretary", "Japan", false}}},
		// A singer; a museum and its director; a board and its chief
		// executive.
		{[]string{"The singer Maya Castellano sued her label on Wednesday. Thieves took coins from the Museum of Applied History.",
			"The museum's director, Sabine Lechner, said she was relieved. The Ghana Cocoa Board cut its forecast.",
			"“The virus is spreading,” the board's chief executive, Kwame Owusu, told a news conference."},
			[]p{{"Maya Castellano", "singer", "", false}, {"Sabine Lechner", "director", "Museum of Applied History", false},
				{"Kwame Owusu", "chief executive", "Ghana Cocoa Board", false}}},
		// A state's body after "for"; a cyclist; an acronym of a hyphenated
		// name; a website; the head of a body named in lower case.
		{[]string{"The World Anti-Doping Agency appealed. The French cyclist Lucas Moreau was banned on Wednesday.",
			"A spokesman for Iran's foreign ministry, Hossein Karimi, said the decision showed good faith. “The science was clear,” WADA's general counsel, Ingrid Solvang, said.",
			"“Buyers are back,” said Rebecca Lin, chief economist at the property website HomeScope. “We are following it closely,” the head of the civil protection agency, Helga Jónsdóttir, said."},
			[]p{{"Lucas Moreau", "French cyclist", "", false}, {"Hossein Karimi", "spokesman", "Iran's foreign ministry", false},
				{"Ingrid Solvang", "general counsel", "World Anti-Doping Agency", false}, {"Rebecca Lin", "chief economist", "HomeScope", true},
				{"Helga Jónsdóttir", "head of the civil protection agency", "", false}}},
		// A party's candidate whatever the trade; a medical specialist; "the
		// board's" stands for no other body.
		{[]string{"Tomasz Kowal, a historian backed by the opposition Law and Justice party, won 34%. Complaints came from the LGBTQ group.",
			"“Prices will fall,” said Dr. Anjali Menon, an endocrinologist at the All India Institute of Medical Sciences. The board's president, Gary Lindqvist, said the books were unsuitable."},
			[]p{{"Tomasz Kowal", "historian", "Law and Justice", false}, {"Anjali Menon", "endocrinologist", "All India Institute of Medical Sciences", true},
				{"Gary Lindqvist", "president", "board", false}}},
		// An unnamed source is an attribution, not a person.
		{[]string{"An unnamed senior official said on Tuesday that Seoul might send troops."}, []p{}},
		// Titles of one country, and of a legislature's presiding member.
		{[]string{"Chief Cabinet Secretary Yoshiro Tanaka told a news conference that policy had not changed. House Speaker Tom Galloway, R-Texas, said the House would take a look."},
			[]p{{"Yoshiro Tanaka", "Chief Cabinet Secretary", "Japan", false}, {"Tom Galloway", "House Speaker", "Republican", false}}},
		// "the foundation's campaigner": the foundation named before; a
		// capitalised title is no office of the body named before it.
		{[]string{"The Australian Conservation Foundation opposed the mine. “It is a mockery,” said Lauren Pike, the foundation's climate campaigner.",
			"QUITO — The panel of the National Court of Justice found him guilty of taking bribes when he served under former President Alberto Quiroga."},
			[]p{{"Lauren Pike", "climate campaigner", "Australian Conservation Foundation", true}, {"Alberto Quiroga", "former President", "Ecuador", false}}},
		// "NAME is the director of…" on a government body's staff; the
		// chief of an analysts' firm speaks as an analyst.
		{[]string{"The National Oceanic and Atmospheric Administration, or NOAA, announced the finding. Paul Anders is the director of NOAA's Coral Reef Watch program. “We are seeing bleaching,” he said.",
			"“This removes a bottleneck,” said Henrik Aas, chief executive of the shipping consultancy Meridian Maritime Advisory."},
			[]p{{"Paul Anders", "director", "NOAA's Coral Reef Watch", false}, {"Henrik Aas", "chief executive", "Meridian Maritime Advisory", true}}},
		// A body described in lower case; a body's last word alone; a
		// party of two words before a role.
		{[]string{"“We need the police to investigate,” said Rosa Quispe, a spokeswoman for the association of transport companies.",
			"Brackley Borough Council issued a notice. Council leader Peter Hammond said his team had inherited a disaster. Liberal Democrat group leader Sarah Collins called for an inquiry."},
			[]p{{"Rosa Quispe", "spokeswoman", "association of transport companies", false}, {"Peter Hammond", "leader", "Brackley Borough Council", false},
				{"Sarah Collins", "group leader", "Liberal Democrat", false}}},
		// A start-up's chief; a company's officer with no company named; an
		// agency's spokeswoman; a unit in lower case inside the role.
		{[]string{"A lander built by the Japanese start-up Selene Works tipped over. Selene Works chief executive Hiroshi Nakagawa apologised.",
			"Harborline Stores, the discount chain, raised its forecast. Harborline's shares rose. “Customers are coming to us,” chief executive Sandra Okafor told analysts.",
			"The Environmental Protection Agency sent a team. A spokeswoman for the agency, Karen Wu, said readings were safe.",
			"“Trains are longer,” said Alan Rourke, director of the railroad engineering program at the University of Delaware."},
			[]p{{"Hiroshi Nakagawa", "chief executive", "Selene Works", false}, {"Sandra Okafor", "chief executive", "Harborline Stores", false},
				{"Karen Wu", "spokeswoman", "Environmental Protection Agency", false}, {"Alan Rourke", "director of the railroad engineering program", "University of Delaware", true}}},
		// A federal prosecutor's title; a who-clause after a title; the
		// party a title's holder leads; a country's possessive before a name.
		{[]string{"“It lied,” U.S. Attorney Rachel Haddad said.",
			"“It matters,” said Professor Hilary Pruett, who teaches securities regulation at Fordham University School of Law.",
			"Neither bloc won a majority, so the Moderates, a centrist party led by former prime minister Jens Holmgaard, will be crucial.",
			"South Korea's Kim Soo-ah and Sweden's Linnea Berg both shot 75."},
			[]p{{"Rachel Haddad", "U.S. Attorney", "United States", false}, {"Hilary Pruett", "Professor of securities regulation", "Fordham University School of Law", true},
				{"Jens Holmgaard", "former prime minister", "Moderates", false}, {"Kim Soo-ah", "", "South Korea", false}, {"Linnea Berg", "", "Sweden", false}}},
		// A member of the European Parliament; a minister's counterpart; a
		// party's critic.
		{[]string{"“Platforms exploit children,” said Dutch MEP Sanne de Vries.",
			"Armenian Foreign Minister Davit Harutyunyan spoke first. His Azerbaijani counterpart, Elnur Mammadli, said a commission would mark the border.",
			"Conservative housing critic Dean Morrow said the targets were fantasy."},
			[]p{{"Sanne de Vries", "MEP", "Netherlands", false}, {"Davit Harutyunyan", "Foreign Minister", "Armenia", false},
				{"Elnur Mammadli", "Azerbaijani counterpart", "Azerbaijan", false}, {"Dean Morrow", "housing critic", "Conservative", false}}},
		// A treasurer; a title with "and" in it; a credit line before the
		// name; a governor of the dateline's state.
		{[]string{"FRESNO, Calif. (Valley Times) — A wildfire forced 12,000 people from their homes. Gov. Ellen Hartwell declared a state of emergency.",
			"Treasurer Sam Kellaway announced a rebate. Business and Trade Secretary Jonathan Reese signed the deal.",
			"Additional reporting by Hannah Feld"},
			[]p{{"Ellen Hartwell", "Governor", "California", false}, {"Sam Kellaway", "Treasurer", "United States", false},
				{"Jonathan Reese", "Business and Trade Secretary", "United Kingdom", false}, {"Hannah Feld", "reporter", "The Test Times", false}}},
		// A deputy commissioner of a commission; a player and a coach of a
		// national side; what someone is over what they were.
		{[]string{"Ireland's Data Protection Commission fined the app. Deputy Commissioner Aoife Brennan said it had fallen short.",
			"SUVA — Fiji beat New Zealand 27-24. Winger Josua Vakaloloma scored two tries. Fiji coach Peni Ravai, a former captain of the side, praised his players."},
			[]p{{"Aoife Brennan", "Deputy Commissioner", "Data Protection Commission", false}, {"Josua Vakaloloma", "Winger", "Fiji", false}, {"Peni Ravai", "Fiji coach", "Fiji", false}}},
		// An authority's officer; a union's president; an economist on a
		// government body's staff, or the central bank's, speaks for it;
		// one at an institute for government does not.
		{[]string{"The Metropolitan Transit Authority made an offer. The authority's chief executive, Linda Okonkwo, said buses would run. Members of the Transit Workers Union Local 412 voted to strike, union president Marcus Delacroix said.",
			"The Office for National Statistics (ONS) published the figures. Prices eased, said Alan Whitford, the ONS's chief economist. The Bank of England cut rates. Gareth Llewellyn, the Bank's chief economist, warned that wages were rising.",
			"“Councils are stretched,” said Edward Finch, a local government researcher at the Institute for Government."},
			[]p{{"Linda Okonkwo", "chief executive", "Metropolitan Transit Authority", false}, {"Marcus Delacroix", "union president", "Transit Workers Union Local", false},
				{"Alan Whitford", "chief economist", "Office for National Statistics", false}, {"Gareth Llewellyn", "chief economist", "Bank of England", false},
				{"Edward Finch", "local government researcher", "Institute for Government", true}}},
		// "NAME is a ROLE at ORG"; a title over a trade named later; a
		// party's convener.
		{[]string{"Agnes Phiri is a climate researcher at the University of Zambia. She said that Zambia depends too much on rain.",
			"Chief Adviser Rafiqul Hasan said the vote would be fair. Mr Hasan, an economist, has led the interim government since August.",
			"Students formed the National Citizen Party. Its convener, Nahid Sarwar, said reforms must come first."},
			[]p{{"Agnes Phiri", "climate researcher", "University of Zambia", true}, {"Rafiqul Hasan", "Chief Adviser", "Zambia", false}, {"Nahid Sarwar", "convener", "National Citizen Party", false}}},
		// Two roles joined before a title; "the company's" is the company
		// the story is about, not the one named last; a verb before the
		// role is no part of it.
		{[]string{"Lumera, a chip startup, raised $1 billion. The round was led by Northgate Capital, with backers including Sequoia Capital.",
			"Lumera co-founder and CEO Arjun Mehta said the money would pay for hiring. The company's chief financial officer, Dana Whitlock, said revenue would triple."},
			[]p{{"Arjun Mehta", "co-founder and CEO", "Lumera", false}, {"Dana Whitlock", "chief financial officer", "Lumera", false}}},
		// A club's staff belong to the club; an age before the role.
		{[]string{"Harrowgate United have sacked manager Luca Bertini. The club's chairman, Graham Askew, said the board had acted. First-team coach Danny Hollis will take charge.",
			"“We stayed,” said Marcus Thibodeaux, 58, a shrimper in Dulac."},
			[]p{{"Luca Bertini", "manager", "Harrowgate United", false}, {"Graham Askew", "chairman", "Harrowgate United", false}, {"Danny Hollis", "coach", "Harrowgate United", false}, {"Marcus Thibodeaux", "shrimper", "", false}}},
		// The body named after the name says more than "its"; a spokesperson
		// speaks for the body the sentence opens with; a unit of a campaign
		// group is a campaign group.
		{[]string{"The opposition alliance won 98 seats. Its leader, Sunita Pawar of the Lok Janata Party, conceded defeat.",
			"The Justice Department will appeal the decision to the 9th U.S. Circuit Court of Appeals, spokesperson Kevin Marsh said.",
			"“This ruling matters,” said Nadia Ferris, deputy director of the American Civil Liberties Union's Immigrants' Rights Project."},
			[]p{{"Sunita Pawar", "leader", "Lok Janata Party", false}, {"Kevin Marsh", "spokesperson", "Justice Department", false},
				{"Nadia Ferris", "deputy director", "American Civil Liberties Union's Immigrants' Rights Project", true}}},
		// The plain style with a trade the lexicon lacks, and with a verb
		// for the role; a university's teacher is an academic.
		{[]string{"Joseph Otieno is a plant breeder at KALRO. Mercy Achieng studies food security at the University of Nairobi. She said markets matter.",
			"Dr Esi Quartey, who teaches economics at the University of Ghana, says the poor will suffer."},
			[]p{{"Joseph Otieno", "plant breeder", "KALRO", false}, {"Mercy Achieng", "researcher of food security", "University of Nairobi", true},
				{"Esi Quartey", "teacher of economics", "University of Ghana", true}}},
		// A rank as British papers write it, over a role that counts on from
		// someone before; "his X party" is a party, not a person; the
		// Opposition as a body, not the party the spokeswoman attacks;
		// what a paper calls an ordinary person is no part of the name.
		{[]string{"Gen Héctor Villalba spoke. A second officer, Brig Gen Luis Marcano, appeared beside him.",
			"Opposition leader Ramón Escalante is in hiding, a spokesman for his Voluntad Popular party said.",
			"Opposition health spokeswoman Mary-Anne Whitford said the figures were a disgrace after nine years of Labor government.",
			"Great-grandmother Joan Pryor, 81, has been waiting 14 months."},
			[]p{{"Héctor Villalba", "General", "", false}, {"Luis Marcano", "Brigadier General", "", false}, {"Ramón Escalante", "Opposition leader", "Voluntad Popular", false},
				{"Mary-Anne Whitford", "health spokeswoman", "Opposition", false}, {"Joan Pryor", "Great-grandmother", "", false}}},
		// Credit lines: a writer of a news agency; names joined by "and",
		// and a credit after a semicolon.
		{[]string{"Associated Press writer Daniel Kiprop in Nairobi, Kenya, contributed to this report.",
			"Reporting by Marcela Duarte and Tiago Lins; Editing by Helen Carr"},
			[]p{{"Daniel Kiprop", "writer", "Associated Press", false}, {"Marcela Duarte", "reporter", "The Test Times", false},
				{"Tiago Lins", "reporter", "The Test Times", false}, {"Helen Carr", "editor", "The Test Times", false}}},
		// ", of ORG," after a name; a portfolio after "Secretary for"; a
		// who-clause's body over the country; a place before a who-clause
		// is no one; a trade's plural is no name.
		{[]string{"Detective Inspector Paul Kershaw, of West Midlands Police, said the fraud was sophisticated.",
			"Secretary for Housing Ho Ka-yan said the government would act.",
			"“We're competing,” says Deputy Chief Marisol Ochoa, who oversees staffing at Cal Fire.",
			"Corinne Haldane, a retired fire chief who now advocates for firefighters with the group Grassroots Wildland Firefighters, says the raise is too small.",
			"The deal needs Judge Rebecca Lowry of the District Court in Cleveland, who oversees the cases. Consumer advocates have long complained."},
			[]p{{"Paul Kershaw", "Detective Inspector", "West Midlands Police", false}, {"Ho Ka-yan", "Secretary for Housing", "", false},
				{"Marisol Ochoa", "Deputy Chief", "Cal Fire", false}, {"Corinne Haldane", "retired fire chief", "Grassroots Wildland Firefighters", true},
				{"Rebecca Lowry", "Judge", "District Court", false}}},
		// A title with "of" in it after "US" opening a sentence; a body no
		// lexicon knows before an official's role, or named before when a
		// sentence opens with a word of its name; a field named by a place;
		// a body of staff is no one.
		{[]string{"The Brihanmumbai Municipal Corporation (BMC) will act. Municipal commissioner Prakash Deshmukh said notices were issued.",
			"US Secretary of State Rebecca Hale called on China to act. Shiv Sena corporator Rekha Sawant demanded action.",
			"The missile flew 3,700 kilometers, according to South Korea's Joint Chiefs of Staff.",
			"Choi Jin-woo, a professor of North Korean studies at Kyungnam University in Seoul, said the launch was a signal."},
			[]p{{"Prakash Deshmukh", "commissioner", "Brihanmumbai Municipal Corporation", false}, {"Rebecca Hale", "Secretary of State", "United States", false},
				{"Rekha Sawant", "corporator", "Shiv Sena", false}, {"Choi Jin-woo", "professor of North Korean studies", "Kyungnam University", true}}},
		// "the state's" is the state named most; titles with "of State",
		// after a demonym, and "U.S." before one; a backbencher; the chair
		// of a campaign group speaks as its voice.
		{[]string{"Karnataka voted on Tuesday. The state's governor, Ramesh Hegde, must now decide.",
			"Special Minister of State Alan Greer said travel was approved. Liberal backbencher Russell Brancato claimed $41,500.",
			"Chinese Vice Premier Zhao Lei held a call with U.S. Trade Representative Michael Dunmore.",
			"“This is the wrong airport,” said Fiona Maddox, chair of the campaign group Stop Heathrow Expansion."},
			[]p{{"Ramesh Hegde", "governor", "Karnataka", false}, {"Alan Greer", "Special Minister of State", "India", false},
				{"Russell Brancato", "backbencher", "Liberal", false}, {"Zhao Lei", "Vice Premier", "China", false},
				{"Michael Dunmore", "Trade Representative", "United States", false}, {"Fiona Maddox", "chair", "Stop Heathrow Expansion", true}}},
		// A board's chair with no body named: the club the story is about;
		// a job with where it is posted says more than an honour; who led
		// the study is its researcher, past a long appositive.
		{[]string{"Blackwood Rovers have sacked their manager, Tomás Iribarren. The 46-year-old Argentinian lost his job.",
			"“We thank Tomás,” the chairman, Colin Ashworth, said.",
			"The Saudi ambassador to the United States, Prince Khalid bin Fahd, said women would not need permission.",
			"“It is a fingerprint of modern life,” said Lorenzo Bellini, director of obstetrics and gynaecology at the Fatebenefratelli Hospital in Rome, who led the study."},
			[]p{{"Tomás Iribarren", "manager", "Blackwood Rovers", false}, {"Colin Ashworth", "chairman", "Blackwood Rovers", false},
				{"Khalid bin Fahd", "Saudi ambassador to the United States", "Saudi Arabia", false},
				{"Lorenzo Bellini", "director of obstetrics and gynaecology", "Fatebenefratelli Hospital", true}}},
		// Ranks of more than one word; a title written as a noun before a
		// name; a governor's state named "X State"; a city's governor; a
		// climate charity's voice; a reporter's closing line.
		{[]string{"The commission, led by former Air Chief Marshal Graham Tindall, made 80 recommendations.",
			"Police in Kaduna State arrested 12 suspects. The Inspector-General of Police, Abubakar Ibrahim Musa, ordered more officers to the area. Governor Bala Yusuf imposed a curfew.",
			"Bars may open late, Tokyo Gov. Akiko Mori said.",
			"Climate Council chief executive Tessa Granger said: “The report ignores climate change.”",
			"DW's Klaus Brenner reported from Berlin."},
			[]p{{"Graham Tindall", "former Air Chief Marshal", "", false}, {"Abubakar Ibrahim Musa", "Inspector-General of Police", "", false},
				{"Bala Yusuf", "Governor", "Kaduna State", false}, {"Akiko Mori", "Governor", "Tokyo", false},
				{"Tessa Granger", "chief executive", "Climate Council", true}, {"Klaus Brenner", "reporter", "DW", false}}},
		// A body's short name in brackets before a role; Kenya's Cabinet
		// Secretaries; a demonym before a title; a sheriff's county.
		{[]string{"LOUISA COUNTY, Iowa — Sheriff Dale Whitcomb ordered the evacuation of 400 homes.",
			"The Kenya National Union of Teachers (Knut) secretary-general, Wilson Kiprono, said the strike would go on.",
			"Education Cabinet Secretary Amos Kirui threatened to cut pay.",
			"French Fisheries Minister Claire Delmas said the cut would hurt Brittany."},
			[]p{{"Dale Whitcomb", "Sheriff", "Louisa County", false}, {"Wilson Kiprono", "secretary-general", "Kenya National Union of Teachers", false},
				{"Amos Kirui", "Education Cabinet Secretary", "Kenya", false}, {"Claire Delmas", "Fisheries Minister", "France", false}}},
		// Musicians' trades; "who studied with her" names no field; a
		// lawyer for a campaign group described after it; a firm's partner.
		{[]string{"Marguerite Delacroix, the French conductor who became the first woman to lead a major orchestra, has died aged 87.",
			"“She simply walked on to the podium,” said the conductor Ingrid Halvorsen, who studied with her in the 1980s.",
			"Claudine Uwera sells vegetables at a market in Kigali. She wraps food in paper.",
			"“This is a gift to polluters,” said Janette Cole, a senior attorney at Earthjustice, an environmental law group.",
			"“Cheap money hid that,” said Lena Kowalczyk, a partner at the venture firm Northwind Capital.",
			"“It is a patch,” said Valeria Ortiz, chief economist at the Buenos Aires consultancy EconViews.",
			"In Argentina, Opposition leader Patricia Salgado called the figures a humiliation."},
			[]p{{"Marguerite Delacroix", "French conductor", "", false}, {"Ingrid Halvorsen", "conductor", "", false},
				{"Claudine Uwera", "seller of vegetables", "", false},
				{"Janette Cole", "senior attorney", "Earthjustice", true}, {"Lena Kowalczyk", "partner", "Northwind Capital", false},
				{"Valeria Ortiz", "chief economist", "EconViews", true}, {"Patricia Salgado", "Opposition leader", "Argentina", false}}},
		// Two titled names joined by "and"; a company's officer belongs to
		// the company named most, counting its short name; "Plc".
		{[]string{"President Daniel Harrow and House Speaker Kevin Brandt met at the White House.",
			"Halvard Foods Plc is exploring a sale. Halvard has hired Lazard, and Lazard has called buyers. Halvard declined to comment.",
			"Chief Executive Sophie Marchetti said the company would simplify its portfolio."},
			[]p{{"Daniel Harrow", "President", "", false}, {"Kevin Brandt", "House Speaker", "", false},
				{"Sophie Marchetti", "Chief Executive", "Halvard Foods Plc", false}}},
		// A police unit named before its kind; India's Union ministers.
		{[]string{"Detective Inspector Mick Farrell, of the Purana taskforce, said the sentence sent a message.",
			"The Union Cabinet approved the plan. Union Housing and Urban Affairs Minister Vikram Sethi said costs would be shared."},
			[]p{{"Mick Farrell", "Detective Inspector", "Purana taskforce", false}, {"Vikram Sethi", "Union Housing and Urban Affairs Minister", "India", false}}},
		// Parties known by name; "Its leader" after "The party took…,
		// ahead of A and B" is the party the story is about.
		{[]string{"Sinn Féin won the largest share of the vote. Sinn Féin was jubilant.",
			"The party took 24.5% of first preferences, ahead of Fianna Fáil on 22.2% and Fine Gael on 20.9%.",
			"Its leader, Aoife Donnelly, said voters wanted change."},
			[]p{{"Aoife Donnelly", "leader", "Sinn Féin", false}}},
		// The article's own short name before the lexicon's (RSF is also
		// Reporters Without Borders); a company officer joined to a title.
		{[]string{"Sudan's army and the paramilitary Rapid Support Forces (RSF) agreed to a truce.",
			"The RSF commander, Mohamed Idris Dagash, has been fighting the army.",
			"Sahyadri Bank reported a 34% rise in profit. Managing director and CEO Anand Kulkarni told analysts growth would hold."},
			[]p{{"Mohamed Idris Dagash", "commander", "Rapid Support Forces", false}, {"Anand Kulkarni", "managing director and CEO", "Sahyadri Bank", false}}},
		// A vice-captain; "now a BBC summariser": what a former player is
		// now, a commentator's voice.
		{[]string{"Vice-captain Ollie Penrose will lead the side.",
			"“It is a huge blow,” said Mark Dalton, now a BBC Test Match Special summariser."},
			[]p{{"Ollie Penrose", "Vice-captain", "", false}, {"Mark Dalton", "BBC Test Match Special summariser", "", true}}},
		// A rights group described before its name; a charity the text
		// calls one after naming it; civil liberties groups; a portfolio
		// before "Minister"; a state's Premier and minister as the text
		// writes the state; Ireland's TDs; a psephologist.
		{[]string{"Tep Sovann, a monitoring coordinator at the Cambodian rights group Licadho, said the law was “written to be used”.",
			"“It is a crisis,” said Gráinne Dunleavy, head of policy at Focus Harbour, as the charity reported 90 new families a month.",
			"Labour TD Fiona Mulready said rents were rising. Psephologist Anirudh Mehra said the result was “along expected lines”."},
			[]p{{"Tep Sovann", "monitoring coordinator", "Licadho", true}, {"Gráinne Dunleavy", "head of policy", "Focus Harbour", true},
				{"Fiona Mulready", "TD", "Labour", false}, {"Anirudh Mehra", "Psephologist", "", true}}},
		{[]string{"Protesters in NSW face jail under the laws. Premier Joanne Petrakis said they struck the right balance. Police Minister Brett Halloran said 90 people had been arrested.",
			"NSW Council for Civil Liberties president Lachlan Fenwick said the power was “dangerous”."},
			[]p{{"Joanne Petrakis", "Premier", "NSW", false}, {"Brett Halloran", "Police Minister", "NSW", false},
				{"Lachlan Fenwick", "president", "NSW Council for Civil Liberties", true}}},
		// An age before a trade; "Republican of Florida"; an outlet's
		// reporter named with its possessive; a province as written.
		{[]string{"“We are tired of it,” said Fatumata Baldé, a 34-year-old cloth trader.",
			"Representative Dale Harrower, Republican of Florida, called the sanctions “a good first step”.",
			"Al Jazeera's Rania Kassab, reporting from Baghdad, said the mood was “defiant”.",
			"In Victoria, B.C. Premier Tom Ashdown said his government would take part."},
			[]p{{"Fatumata Baldé", "cloth trader", "", false}, {"Dale Harrower", "Representative", "Republican", false},
				{"Rania Kassab", "", "Al Jazeera", false}, {"Tom Ashdown", "Premier", "B.C.", false}}},
		// A country's government or army named bare; "one of Turkey's
		// deputy prime ministers"; a desk "and" a region; a unit at a
		// body; a place after "in" or "from"; "Prof"; a candidate "in" a
		// seat; portfolios past "and".
		{[]string{"Thousands marched in Iraq. Government spokesman Karim al-Saadi said infiltrators attacked the police.",
			"Cengiz Ataman, one of Turkey's deputy prime ministers, told reporters the pair had crossed a line.",
			"Claire Moreau-Bastide, who heads the Europe and Central Asia desk at Reporters Without Borders, said it was “a message”.",
			"Dr Rachel Ashby, an associate fellow of the Africa Programme at Chatham House, said it was “a soft coup”.",
			"Prof Siân Ellis-Morgan, of Cardiff University, said voters were confused. Labour's candidate in Cardiff North, Rhian Bevan, called it cynical."},
			[]p{{"Karim al-Saadi", "spokesman", "Iraq", false}, {"Cengiz Ataman", "deputy prime minister", "Turkey", false},
				{"Claire Moreau-Bastide", "head of Europe and Central Asia desk", "Reporters Without Borders", true},
				{"Rachel Ashby", "associate fellow", "Chatham House", true},
				{"Siân Ellis-Morgan", "professor", "Cardiff University", true}, {"Rhian Bevan", "candidate in Cardiff North", "Labour", false}}},
		{[]string{"Singapore has ratified the pact. Senior Minister of State for Trade and Industry Koh Mei Ling said firms would gain.",
			"Protesters from Kampong Cham marched. Nhem Ratana, a lawmaker from Kampong Cham, called on the committee to act."},
			[]p{{"Koh Mei Ling", "Senior Minister of State for Trade and Industry", "Singapore", false}, {"Nhem Ratana", "lawmaker", "Kampong Cham", false}}},
		{[]string{"Spain will cut the working week. Labour Minister Elena Márquez said the change would start next year."},
			[]p{{"Elena Márquez", "Labour Minister", "Spain", false}}},
		// "the group's executive director": the campaign group named
		// before; a senior advocate argues a case, a privacy advocate
		// campaigns.
		{[]string{"The ministry said Cambodia Election Watch had failed to file its reports.",
			"Vong Sreyleak, the group's executive director, said her staff learned of it online.",
			"Senior advocate Mukul Bhandari, appearing for the company, said the firm was ready to build.",
			"“It is wrong,” said Jan Roe, a privacy advocate at the Open Rights Group."},
			[]p{{"Vong Sreyleak", "executive director", "Cambodia Election Watch", true}, {"Mukul Bhandari", "advocate", "", false},
				{"Jan Roe", "privacy advocate", "Open Rights Group", true}}},
		// A legislator's party from the sentence before; a shadow
		// minister's from their own; "a Lafayette Republican"; "the work
		// and pensions secretary"; "who is now a senior fellow at";
		// a body's branch in a place; a campaign's name; "the thinktank";
		// "CM NAME".
		{[]string{"The laws passed in Canberra. The Greens are less polite. Senator Nick Coulter called Labor a doormat.",
			"Shadow Attorney-General Rebecca Dunleavy said Labor had worked constructively.",
			"Rep. Claude Mouton, a Lafayette Republican, said energy firms had reported incidents."},
			[]p{{"Nick Coulter", "Senator", "Greens", false}, {"Rebecca Dunleavy", "Shadow Attorney-General", "Labor", false},
				{"Claude Mouton", "Representative", "Republican", false}}},
		{[]string{"Ministers in Britain rejected a warning from the Institute for Fiscal Studies.",
			"The work and pensions secretary, Marcus Ellery, told MPs the system was working.",
			"“It still pays,” said Rowan Petrie, a research economist at the thinktank.",
			"Megan Corrigan, a former CIA officer who is now a senior fellow at the Center for a New American Security, said it was big.",
			"Lam Suet-ying, of Amnesty International Hong Kong, said the ban was “an attack”.",
			"Alison Garside, chief executive of the Child Welfare Action Group, said it was “welcome”."},
			[]p{{"Marcus Ellery", "work and pensions secretary", "United Kingdom", false},
				{"Rowan Petrie", "research economist", "Institute for Fiscal Studies", true},
				{"Megan Corrigan", "former CIA officer", "Center for a New American Security", true},
				{"Lam Suet-ying", "", "Amnesty International Hong Kong", true},
				{"Alison Garside", "chief executive", "Child Welfare Action Group", true}}},
		// A name "of" a party; a party before a role; a unit, then the
		// body it is at or of; "Prof NAME, who teaches…"; a parish and a
		// Basic Law are no one.
		{[]string{"The BJP won Himachal Pradesh on Monday. The outgoing Chief Minister, Rajesh Katoch of Congress, conceded defeat.",
			"The pan-democrats named Labour Party vice-chairman Lee Chun-pong as a substitute.",
			"“It is the first step,” Rep. Oh Jae-min, a Democratic Party member of the foreign affairs committee, said.",
			"Katherine Pryce, an associate fellow in the Africa programme at Chatham House, said the army was kingmaker.",
			"“The party is everywhere,” said Prof Harish Negi, who teaches political science at Himachal Pradesh University.",
			"Protesters were arrested in St. James Parish. The Basic Law says so."},
			[]p{{"Rajesh Katoch", "outgoing Chief Minister", "Congress", false}, {"Lee Chun-pong", "vice-chairman", "Labour", false},
				{"Oh Jae-min", "member", "Democratic Party", false}, {"Katherine Pryce", "associate fellow", "Chatham House", true},
				{"Harish Negi", "professor of political science", "Himachal Pradesh University", true}}},
		// A governor's state over the party; "R-Sioux Center"; a shadow
		// minister opening a sentence; ", appointing housing minister";
		// a federal Attorney-General is no city's; Komeito.
		{[]string{"ROCK VALLEY, Iowa (AP) — Gov. Margaret Halvorsen issued a disaster proclamation for 11 counties Tuesday. Halvorsen, a Republican, toured Rock Valley.",
			"State Sen. Randall Brouwer, R-Sioux Center, said the damage could run to millions."},
			[]p{{"Margaret Halvorsen", "Governor", "Iowa", false}, {"Randall Brouwer", "State Senator", "Republican", false}}},
		{[]string{"Labour called for a general election. Shadow transport secretary Mark Ellery said the cabinet was falling apart.",
			"Downing Street moved quickly, appointing housing minister Daniel Okafor-Reid as transport secretary.",
			"Police raided journalists' homes in Sydney. Attorney-General Stuart Halloran said the Federal Government would not interfere.",
			"Komeito chief Takashi Moriguchi was cautious."},
			[]p{{"Mark Ellery", "Shadow transport secretary", "Labour", false}, {"Daniel Okafor-Reid", "housing minister", "", false},
				{"Stuart Halloran", "Attorney-General", "", false}, {"Takashi Moriguchi", "chief", "Komeito", false}}},
		// The plain style: "NAME is Cameroon's minister of
		// communication", "NAME is with the Committee to Protect
		// Journalists"; "of the opposition X"; "ICT Cabinet Secretary";
		// a number in a known body's name; a name ending the text.
		{[]string{"Cameroon has expelled three journalists.",
			"Laurent Mbida Essomba is Cameroon's minister of communication. He spoke to reporters on Wednesday.",
			"Groups criticized the order. Angela Quaye is with the Committee to Protect Journalists. “It sends a message,” she said.",
			"Kwami Apedo-Mensah, a leader of the opposition National Alliance for Change, said his coalition condemned it.",
			"ICT Cabinet Secretary Peter Mbugua Ndirangu said the law would protect Kenyans.",
			"Nancy Wairimu Gichuki, the programme officer for digital rights at Article 19 Eastern Africa, said the law revived old offences.",
			"Law firms were told to wait.",
			"The statement was read by Joseph Kamau"},
			[]p{{"Laurent Mbida Essomba", "minister of communication", "Cameroon", false}, {"Angela Quaye", "", "Committee to Protect Journalists", true},
				{"Kwami Apedo-Mensah", "leader", "National Alliance for Change", false}, {"Peter Mbugua Ndirangu", "ICT Cabinet Secretary", "Kenya", false},
				{"Nancy Wairimu Gichuki", "programme officer for digital rights", "Article 19 Eastern Africa", true}, {"Joseph Kamau", "", "", false}}},
		// "State home minister", "Union … minister"; "whose leader";
		// "chief whip"; ", of the Africa programme at X"; a
		// "Commission" named in the text before the lexicon's.
		{[]string{"Madhya Pradesh banned the film. State home minister Shailendra Parihar said it would not be shown in Madhya Pradesh.",
			"Union ministers welcomed it. Union parliamentary affairs minister Ravindra Hosmani said the coalition had lost.",
			"The UTM Party, whose leader Wezi Mwafulirwa finished third, said it would file a petition.",
			"Hendrik Brink, the chief whip of the opposition Democratic Alliance, said the ANC had protected him.",
			"Alastair Pemberton, of the Africa programme at Chatham House, said investors would give him “a honeymoon”.",
			"The Malawi Electoral Commission said it stood by the results. Commission chairwoman Ellen Kaphuka said the errors were isolated."},
			[]p{{"Shailendra Parihar", "State home minister", "Madhya Pradesh", false}, {"Ravindra Hosmani", "Union parliamentary affairs minister", "India", false},
				{"Wezi Mwafulirwa", "leader", "UTM Party", false}, {"Hendrik Brink", "chief whip", "Democratic Alliance", false},
				{"Alastair Pemberton", "", "Chatham House", true}, {"Ellen Kaphuka", "chairwoman", "Malawi Electoral Commission", false}}},
		// Initials without dots after a role; a governor's residence is no
		// one.
		{[]string{"The coalition in Karnataka collapsed on Tuesday after chief minister KS Manjunath Gowda lost a vote of confidence.",
			"Gowda drove to Raj Bhavan soon after."},
			[]p{{"KS Manjunath Gowda", "chief minister", "Karnataka", false}}},
		// An initial inside a body's name.
		{[]string{"“It is fast,” said Azhari Kamil Yunos, an associate research fellow at the S. Rajaratnam School of International Studies."},
			[]p{{"Azhari Kamil Yunos", "associate research fellow", "S. Rajaratnam School of International Studies", true}}},
		// Credits: "Reported by" after a bar, "Additional reporting by A in
		// X and B in Y", "contributed reporting", a photo's credit, a
		// byline's outlet after a bar or a dot.
		{[]string{"Soldiers seized the broadcaster on Tuesday.",
			"Reporting by Tomás Nhaga in Bissau; Additional reporting by Cheikh Ndour in Dakar and Rui Paiva in Lisbon",
			"Himachal Pradesh | Reported by Nandini Ahluwalia | Updated: December 18, 2017 19:42 IST",
			"Iván Castellón Rivas contributed reporting from Managua, Nicaragua.",
			"Protesters gather in Tahrir Square on Monday [Ameer Khalaf/Reuters]",
			"Karina Lachance · CBC News · Posted: Oct 03, 2018 4:00 AM ET",
			"Ministers say the money will ease pressure. Photograph: Getty Images"},
			[]p{{"Tomás Nhaga", "reporter", "The Test Times", false}, {"Cheikh Ndour", "reporter", "The Test Times", false},
				{"Rui Paiva", "reporter", "The Test Times", false}, {"Nandini Ahluwalia", "reporter", "The Test Times", false},
				{"Iván Castellón Rivas", "contributed to the report", "The Test Times", false}, {"Ameer Khalaf", "photographer", "Reuters", false},
				{"Karina Lachance", "", "CBC News", false}}},
		// Two office holders joined by "and", the second a portfolio's
		// minister; a state named by its people.
		{[]string{"Premier Rachel Kinsella and Police Minister Tony Marchetti announced the laws on Tuesday.",
			"Victorians had had enough, the Premier said, and Victorian families agreed. Similar laws failed in the Northern Territory."},
			[]p{{"Rachel Kinsella", "Premier", "Victoria", false}, {"Tony Marchetti", "Police Minister", "Victoria", false}}},
		// A known body's name with a possessive inside it, as an owner; a
		// plural owner's name; a vice-chancellor after "Prof".
		{[]string{"The Centre for Women's Justice's legal director, Anjali Breckon, said the case was “not an isolated failure”.",
			"The Institute for Fiscal Studies' director, Paul Johns, said the sums did not add up.",
			"Prof Helen Marchbank, vice-chancellor of the University of York, said many institutions could not afford it."},
			[]p{{"Anjali Breckon", "legal director", "Centre for Women's Justice", true}, {"Paul Johns", "director", "Institute for Fiscal Studies", true},
				{"Helen Marchbank", "vice-chancellor", "University of York", false}}},
		// "who heads": the owner of what the person heads, not where it
		// is; a programme named with "and" before "at" the body.
		{[]string{"Tafadzwa Marufu, who heads Oxfam's programs in Zimbabwe, said rationing risked cholera.",
			"Matthias Leclercq, who heads the agriculture and food programme at the European Policy Centre, said the dispute was political."},
			[]p{{"Tafadzwa Marufu", "head of Oxfam's programs in Zimbabwe", "Oxfam", true}, {"Matthias Leclercq", "head of agriculture and food programme", "European Policy Centre", true}}},
		// A byline of its own and a credit in brackets, with names no list
		// holds; initials with dots; a title with "of the"; an Australian
		// councillor; a role's complement with a capital, "and" or "on".
		{[]string{"By Valeria Ortuño",
			"Leader of the Opposition Thomas Kurian Mathew said Labour Minister A.K. Sreedharan had moved too late. Cr Olivia Brandt agreed.",
			"Standard Chartered's head of Africa macro research, Lindiwe Mabaso, said “cuts will slow”.",
			"Choice's director of policy and campaigns, Eleanor Brack, said shoppers were “doing the detective work”.",
			"Amazon Frontlines' lead researcher on extractive industries, Mateo Sarango, said 14 percent was under concessions.",
			"(Reporting by Kojo Amankwah; Editing by Harriet Pollard)"},
			[]p{{"Valeria Ortuño", "", "The Test Times", false}, {"Thomas Kurian Mathew", "Leader of the Opposition", "", false}, {"A.K. Sreedharan", "Labour Minister", "", false},
				{"Olivia Brandt", "Councillor", "", false}, {"Lindiwe Mabaso", "head of Africa macro research", "Standard Chartered", true},
				{"Eleanor Brack", "director of policy and campaigns", "Choice", true}, {"Mateo Sarango", "lead researcher on extractive industries", "Amazon Frontlines", true},
				{"Kojo Amankwah", "reporter", "The Test Times", false}, {"Harriet Pollard", "editor", "The Test Times", false}}},
		// Two offices joined by "and"; the body a person heads, named with
		// its country; a body described before its name.
		{[]string{"“The sky did not fall,” said Lorraine Whitfield, the chair and chief executive of the Metropolitan Transportation Authority.",
			"Pastor Nabin Rai, who heads the National Churches Fellowship of Nepal, said Christians were afraid.",
			"Eetu Nieminen, who heads the national youth organisation Allianssi, said young people “must be asked”."},
			[]p{{"Lorraine Whitfield", "chair and chief executive", "Metropolitan Transportation Authority", false}, {"Nabin Rai", "Pastor", "National Churches Fellowship of Nepal", false},
				{"Eetu Nieminen", "head of national youth organisation Allianssi", "Allianssi", true}}},
		// A body's possessive before a name; an owner before a role with
		// a place in it; letters after a name; a company unknown before a
		// spokesman; an envoy's country; a legislator's party alone; a
		// board named before; a body's short name spelled out; an older
		// person in the street.
		{[]string{"Monash University's Leon Ferraro, a health economist, said the blowout reflected an ageing population.",
			"The World Food Programme, or WFP, is helping pay. WFP's country director in Sierra Leone, Hendrik Larsen, said each meal costs 35 cents.",
			"Julian Ashcombe KC, a barrister at Matrix Chambers who specialises in privacy law, said forces relied on “a patchwork”.",
			"Airbnb spokesman Lachlan Pryor said the levy would hurt families. Gregory Ashcombe, the U.S. special envoy for Iran, said talks would go on.",
			"The measure's sponsor, state Sen. Marla Keane (R), said families had been harmed.",
			"The Haryana State Pollution Control Board (HSPCB) said it would act. Alok Bhardwaj, member secretary of the HSPCB, said teams would raid godowns.",
			"In Sofia, Dimitar Enchev, a 68-year-old retired engineer, said he had voted yes “for my grandchildren”."},
			[]p{{"Leon Ferraro", "health economist", "Monash University", true}, {"Hendrik Larsen", "country director in Sierra Leone", "World Food Programme", false},
				{"Julian Ashcombe", "barrister", "Matrix Chambers", true}, {"Lachlan Pryor", "spokesman", "Airbnb", false}, {"Gregory Ashcombe", "special envoy", "United States", false},
				{"Marla Keane", "Senator", "Republican", false}, {"Alok Bhardwaj", "member secretary", "Haryana State Pollution Control Board", false},
				{"Dimitar Enchev", "retired engineer", "", false}}},
		// A first name that is a place's after a title, and a title one
		// country has in a story on another; a verb before a role; a plural
		// owner and a portfolio "on"; a byline's outlet; a described group
		// someone heads; a poll's head; a known charity's branch; a
		// think tank "Council on".
		{[]string{"Governor Satish Bhardwaj on Tuesday directed chief minister Jagdish Parmar to seek a vote of confidence in Manila.",
			"Senator Imogen Farrell, the Greens' spokeswoman on digital rights, said her party would move amendments.",
			"Tetsuya Hori, who heads a Matsuyama-based citizens' ombudsman group, said the governor “must go”.",
			"Marisa Colvin, who heads U.S. polling at Redfield & Wilton Strategies, told Newsweek: “The numbers are clear.”",
			"The Red Crescent Society of Kyrgyzstan's head of disaster management, Elmira Dzhumabaeva, said “400 tents” were sent.",
			"Gregory Lindqvist, director of public opinion research at the Chicago Council on Global Affairs, said “the divide has grown”."},
			[]p{{"Satish Bhardwaj", "Governor", "Philippines", false},
				{"Jagdish Parmar", "chief minister", "Philippines", false}, {"Imogen Farrell", "spokeswoman on digital rights", "Greens", false},
				{"Tetsuya Hori", "head of a Matsuyama-based citizens' ombudsman group", "citizens' ombudsman group", true},
				{"Marisa Colvin", "head of U.S. polling", "Redfield & Wilton Strategies", true},
				{"Elmira Dzhumabaeva", "head of disaster management", "Red Crescent Society of Kyrgyzstan", true},
				{"Gregory Lindqvist", "director of public opinion research", "Chicago Council on Global Affairs", true}}},
		{[]string{"By Nadia Clarke, BBC News, Bridgetown", "The prime minister called an election on Tuesday."},
			[]p{{"Nadia Clarke", "", "BBC News", false}}},
		// A role's complement within a complement, after an acronym's
		// possessive; Malaysian honorifics; a German state's premier; a
		// state's minister in a story on "the state government's ban".
		{[]string{"The CFIB's director of provincial affairs for Manitoba, Tyler Friesen, said small farms were struggling."},
			[]p{{"Tyler Friesen", "director of provincial affairs for Manitoba", "CFIB", false}}},
		{[]string{"Umno won the state election in Melaka on Saturday.", "Chief Minister Hasnul Azmi Yusof told supporters that the result was clear. “We will deliver,” said Datuk Seri Hasnul."},
			[]p{{"Hasnul Azmi Yusof", "Chief Minister", "Melaka", false}}},
		{[]string{"The far-right Aufbruch party surged in Rhineland-Palatinate on Sunday.", "State premier Tobias Brenner said the result was a warning."},
			[]p{{"Tobias Brenner", "State premier", "Rhineland-Palatinate", false}}},
		{[]string{"The council's plan goes further than the state government's ban in Victoria.", "Energy Minister Rachel Tierney said the government welcomed it."},
			[]p{{"Rachel Tierney", "Energy Minister", "Victoria", false}}},
		// A sentence's first word that is the role's own; a body named
		// before an owner's unit; an office taken; a party's leader of a
		// council; a party with its stance; bylines and photo credits
		// with their outlets and agencies.
		{[]string{"Constitutional lawyer Emmanuel Kamanda said the limit was entrenched. Presiding judge Sok Vibol said Keo had erred.",
			"The Public Transport Users Association's president, Callum Ferris, said the timing “could not be worse”.",
			"The Committee to Protect Journalists criticized the ban. Rania Haddad, who heads the group's Middle East and North Africa program, said, “Banning a channel is wrong.”",
			"Grace Nyirenda was sworn in as president on Wednesday morning.",
			"Cllr Joanne Whitlock, the Labour leader of Ealing Council, said her authority had been given seven days' notice. Congressman Walter Ccori of the leftist Free Peru party voted against it."},
			[]p{{"Emmanuel Kamanda", "constitutional lawyer", "", true}, {"Sok Vibol", "presiding judge", "", false},
				{"Callum Ferris", "president", "Public Transport Users Association", true},
				{"Rania Haddad", "head of Middle East and North Africa program", "Committee to Protect Journalists", true},
				{"Grace Nyirenda", "president", "", false}, {"Joanne Whitlock", "leader", "Ealing Council", false}, {"Walter Ccori", "Congressman", "Free Peru", false}}},
		{[]string{"Isata Koroma, BBC News, Freetown · 2 hours ago", "Parliament voted on Tuesday to extend the term.",
			"A general view of the refinery, January 14, 2025. REUTERS/Khalil Ansari/File Photo", "Protesters block a coal train. Photograph: Darren Pell/AAP"},
			[]p{{"Isata Koroma", "", "BBC News", false}, {"Khalil Ansari", "photographer", "Reuters", false}, {"Darren Pell", "photographer", "AAP", false}}},
		// A byline with slashes or a desk after a comma; a body's Speaker;
		// the plain style's "NAME is director of X"; a state's minister in
		// a story on "the state".
		{[]string{"Niraj Kantharia / TNN / Aug 22, 2025, 05:14 IST", "The assembly's Speaker, Uchenna Ogbodo, commended the governor.",
			"Anoma Fernando is director of the Hill Country Children's Fund, a charity that runs schools. She said most money comes from abroad."},
			[]p{{"Niraj Kantharia", "", "TNN", false}, {"Uchenna Ogbodo", "Speaker", "", false}, {"Anoma Fernando", "director", "Hill Country Children's Fund", true}}},
		{[]string{"By Hugo Tennant, Chief City Correspondent", "Water bosses were paid £3.2m on Wednesday."},
			[]p{{"Hugo Tennant", "Chief City Correspondent", "The Test Times", false}}},
		{[]string{"Fourteen Victoria Police officers are under investigation, in one of the biggest inquiries the state has seen.", "Police Minister Daniel Pearce said the claims were serious."},
			[]p{{"Daniel Pearce", "Police Minister", "Victoria", false}}},
		// A Speaker of a parliament named in lower case: the country's.
		{[]string{"Solomon Islands lawmakers ousted the prime minister on Thursday. The Speaker of parliament, Lionel Fa'arodo, said the vote was fair."},
			[]p{{"Lionel Fa'arodo", "Speaker", "Solomon Islands", false}}},
		// A devolved government's head, a title opening a sentence.
		{[]string{"MSPs backed the heat bill after a Holyrood debate.", "First Minister Rhona Kilbride said the vote was a landmark for Scotland."},
			[]p{{"Rhona Kilbride", "First Minister", "Scotland", false}}},
		// A photo credit in brackets with an outlet of several words; a
		// minister for two portfolios; "Analysis by"; a retired tradesman.
		{[]string{"OPM Director Marisa Keeling testifies before the committee on Wednesday. (Jabin Albright/The Washington Post)",
			"Minister for Digital Development and Information Edwin Seah said the law would close a gap.", "Analysis by Ishaan Mehrotra, BBC News, Guwahati",
			"Gary Holt, 71, a retired contractor who lives outside Sisters, said he had 15 minutes."},
			[]p{{"Marisa Keeling", "Director", "OPM", false}, {"Jabin Albright", "photographer", "The Washington Post", false},
				{"Edwin Seah", "Minister for Digital Development and Information", "", false}, {"Ishaan Mehrotra", "analyst", "The Test Times", false},
				{"Gary Holt", "retired contractor", "", false}}},
		// Corporate communications is a portfolio, no person.
		{[]string{"Maryam Ibrahim-Sule, head of corporate communications at Kaduna Power, said the debt was not the company's. The company's Head of Corporate Communications said talks would go on."},
			[]p{{"Maryam Ibrahim-Sule", "head of corporate communications", "Kaduna Power", false}}},
		// A capitalised role word the title list lacks takes a
		// portfolio before a given name, after the body's letters; "the
		// council's" is the council named in the paragraph before, not
		// the commission named in the same sentence.
		{[]string{"The Anti-Corruption Commission (ACC) has charged four officers of Chongwe Town Council.",
			"ACC Head of Corporate Communications Mwila Chansa said the officers, among them the council's acting director of planning, Bwalya Mulenga, took bribes. Supervisor of Elections Mark Earley said the vote was clean."},
			[]p{{"Mwila Chansa", "Head of Corporate Communications", "Anti-Corruption Commission", false}, {"Bwalya Mulenga", "acting director of planning", "Chongwe Town Council", false}, {"Mark Earley", "Supervisor of Elections", "", false}}},
		// A byline's name stops at the date after it, however long the
		// line.
		{[]string{"By Johan Ekdahl June 23, 2020, 10:42 AM GMT+2 Updated on June 23, 2020, 1:15 PM GMT+2",
			"Sweden's financial regulator fined the bank 2 billion kronor."},
			[]p{{"Johan Ekdahl", "", "The Test Times", false}}},
		// A faculty is academic; lakes and dales end places' names, not
		// people's, unless a given name opens them.
		{[]string{"Fishermen are being forced off the Gippsland Lakes, and most nests were in the Yorkshire Dales.",
			"Dr Marko Koprivnik, a political scientist at the University of Ljubljana's Faculty of Social Sciences, said the effect might be smaller. Jane Hills said it was fine."},
			[]p{{"Marko Koprivnik", "political scientist", "University of Ljubljana's Faculty of Social Sciences", true}, {"Jane Hills", "", "", false}}},
		// A minister's portfolio in capitals, set off before the name, is
		// the role's though the list lacks its words; the owner before
		// it is the affiliation.
		{[]string{"Chile's Minister of Mining and Sustainable Development, Paula Ortega, said the licences would be reviewed. Kenya's Minister of State for Energy, Joseph Kiprop, said the line was late."},
			[]p{{"Paula Ortega", "Minister of Mining and Sustainable Development", "Chile", false}, {"Joseph Kiprop", "Minister of State for Energy", "Kenya", false}}},
		// An age before words in lower case makes them the role, though
		// no list has them; a verb after a person noun is none; a
		// demonym before a trade is the person's country.
		{[]string{"Ugandan steeplechaser Mercy Achieng, 26, said the prize would change lives. In Rotorua, 61-year-old kaumātua Hemi Walker said he had voted. A 29-year-old wheelchair user, Dana Price, said it was hard. Ian Bell, whose 80-year-old mother paid Kevin Ross £9,000, said he was relieved."},
			[]p{{"Mercy Achieng", "steeplechaser", "Uganda", false}, {"Hemi Walker", "kaumātua", "", false}, {"Dana Price", "wheelchair user", "", false}, {"Ian Bell", "", "", false}, {"Kevin Ross", "", "", false}}},
		// The office someone "has been appointed" to, with a word before
		// the role noun; the job someone "worked as", and whom for;
		// "Former" opening a sentence is no body's word.
		{[]string{"Alan Reid, who has been appointed turnaround director at Clydeport Shipbuilders, said the yard would survive. Marie Vella, 44, who worked as cabin crew for Air Malta for 21 years, said she had a desk job now. Peter Okello has worked as a rider for six years. Former Wallabies captain Ben Tavita was appointed interim chairman."},
			[]p{{"Alan Reid", "turnaround director", "Clydeport Shipbuilders", false}, {"Marie Vella", "cabin crew", "Air Malta", false}, {"Peter Okello", "rider", "", false}, {"Ben Tavita", "interim chairman", "Wallabies", false}}},
		// A body, then the place of its branch, then the role: the
		// place is the role's, the body the affiliation.
		{[]string{"Australian Industry Group Victorian head Dana Kostas said firms were struggling. Transport Workers' Union Tasmanian secretary Lee Moran said drivers would strike."},
			[]p{{"Dana Kostas", "Victorian head", "Australian Industry Group", false}, {"Lee Moran", "Tasmanian secretary", "Transport Workers' Union", false}}},
		// A sentence inside a quote starts after a full stop: its first
		// word is no name's; a "-leaning" word describes.
		{[]string{"Ravi Gowda was dropped. \"I am a soldier of the party. Wherever I am asked to serve, I will serve,\" he said. It is a Remain-leaning seat."},
			[]p{{"Ravi Gowda", "", "", false}}},
		// "Reverend" is an honorific, as "Rev." is, and "Dr" may follow
		// it.
		{[]string{"The Barbados Council of Churches met on Monday. Its president, Reverend Dr Cecil Marsh, said casinos would bring crime."},
			[]p{{"Cecil Marsh", "president", "Barbados Council of Churches", false}}},
		// So is an ordinary person's noun ("Parent"); "Clr" is a
		// councillor's title, as "Cllr" is.
		{[]string{"Parent Ciara Dunne said she had waited months. Clr Tendai Moyo said the council had failed."},
			[]p{{"Ciara Dunne", "parent", "", false}, {"Tendai Moyo", "Councillor", "", false}}},
		// A trade opening a sentence before a given name is the role, in
		// lower case, no part of the name; "of" a place after an age is
		// where someone lives.
		{[]string{"Boilermaker Nick Pappas, 56, of Noble Park, said he found out by text. Australian Christian Council director Peter Hollis disagreed."},
			[]p{{"Nick Pappas", "boilermaker", "", false}, {"Peter Hollis", "director", "Australian Christian Council", false}}},
		// Trades and walks of life the lexicon of roles knows, set off
		// after "the" or after the name.
		{[]string{"The instructor, Conor Maguire, 38, said he still thought about the flight. Manoj Sarraf, a Birgunj-based importer, said 14 containers were stuck. Hetal Shah, a pharmacist, said stocks were low."},
			[]p{{"Conor Maguire", "instructor", "", false}, {"Manoj Sarraf", "Birgunj-based importer", "", false}, {"Hetal Shah", "pharmacist", "", false}}},
		// A body whose name ends with a place's letters, named before the
		// role, though the letters alone are named elsewhere.
		{[]string{"Families in WA pay more.", "Conservation Council of WA spokesman Marcus Ellery said the plant must run on wind."},
			[]p{{"Marcus Ellery", "spokesman", "Conservation Council of WA", true}}},
		// A ministry whose name joins two portfolios with "and".
		{[]string{"The Ministry of Water and Environment spokesperson, Mr Julius Kasirye, said the ministry had asked for more."},
			[]p{{"Julius Kasirye", "spokesperson", "Ministry of Water and Environment", false}}},
		// A government directorate named for what it fights is no
		// campaign, and its staff no experts; "Directorate General" is a
		// body's name, not a general's.
		{[]string{"Lindiwe Matlala, acting head of investigations at the Investigating Directorate Against Corruption, told MPs that vetting was slow. India's Directorate General of Foreign Trade announced the rule."},
			[]p{{"Lindiwe Matlala", "acting head of investigations", "Investigating Directorate Against Corruption", false}}},
		// Police ranks written short; a surname that also ends bodies'
		// names, after a given name.
		{[]string{"PC Liam Threlkeld, 34, was sacked. A police spokesman, ASP Curtis Ramsaran, said the officers were suspended. Mark Chambers said the firm would appeal."},
			[]p{{"Liam Threlkeld", "Police Constable", "", false}, {"Curtis Ramsaran", "police spokesman", "", false}, {"Mark Chambers", "", "", false}}},
		// No one: a body between "a" and a role, a place a kind of place
		// opens, a name with a weekday in it.
		{[]string{"A Northern Health spokeswoman said the charges were fair. Fabio Bertolini, who rides around Lake Garda, said he was not surprised. Officials told Cabinet Tuesday that the line would open."},
			[]p{{"Fabio Bertolini", "", "", false}}},
		// A title's word inside a body's name is no title; a creamery is a
		// business; an age told in a sentence of its own is a person's.
		{[]string{"The Department of Justice and Community Safety must report back. Braid Valley Creamery, a family-run business, said it had withdrawn five products. Luz Marina Triana is 38 years old."},
			[]p{{"Luz Marina Triana", "", "", false}}},
		// A trade's own association speaks for its members, as a union
		// does, whatever cause its name gives: its officers are no experts.
		{[]string{"Police Social and Welfare Association president Kerwin Mohan said the officers were entitled to the presumption of innocence."},
			[]p{{"Kerwin Mohan", "president", "Police Social and Welfare Association", false}}},
		// A role and its body open the sentence, set off before an
		// honorific and the name: a "Director General" of a department.
		{[]string{"Deputy Director General of the Department of Roads, Mr Souksavanh Phommachanh, said the ban was necessary. Permanent Secretary in the Ministry of Housing, Mrs Theresa Joseph, said the bill would protect tenants."},
			[]p{{"Souksavanh Phommachanh", "Deputy Director General", "Department of Roads", false}, {"Theresa Joseph", "Permanent Secretary", "", false}}},
		// A packaging maker is a business, and its chief executive is its
		// officer.
		{[]string{"Kinsella Packaging will close its Dandenong plant. Chief executive Warwick Bellamy said rising costs had made it unviable."},
			[]p{{"Warwick Bellamy", "Chief executive", "Kinsella Packaging", false}}},
		// "the ministry's" before a role set off after the name: the
		// ministry named before is the affiliation, no part of the role.
		{[]string{"The Ministry of Maritime Affairs agreed. Giorgos Stamatelos, the ministry's secretary-general for ports, said the measure would protect islands."},
			[]p{{"Giorgos Stamatelos", "secretary-general for ports", "Ministry of Maritime Affairs", false}}},
		// A hyphened surname alone, after a title, is the person named
		// before with it.
		{[]string{"The Chief Judge of Lagos State, Justice Folasade Adebayo-Oke, said judges would visit the prisons.", "Speaking at the High Court in Ikeja, Justice Adebayo-Oke said: \"Justice delayed is justice denied.\""},
			[]p{{"Folasade Adebayo-Oke", "Justice", "", false}}},
		// A name between "the" and a thing's kind names the thing.
		{[]string{"The Ben Woollacott ferry hit the pier. Rescuers reached the La Esperanza mine. Captain Helen Marsh said the crew was safe."},
			[]p{{"Helen Marsh", "Captain", "", false}}},
		// A lake ends a place's name, but after a given name a surname.
		{[]string{"Maria Lake said the water was clean. Crowds gathered at Taupo Lake."},
			[]p{{"Maria Lake", "", "", false}}},
		// A municipality and a shire are councils, no one.
		{[]string{"The Muscat Municipality installed the machines. Strathbogie Shire said rates would rise. Mayor Laura Binks agreed."},
			[]p{{"Laura Binks", "Mayor", "", false}}},
		// Two words of a portfolio inside a title.
		{[]string{"Chief Environmental Health Officer Andrea Griffith-Boyce said officers had removed the product. Chief Veterinary Officer Dr Marcia Gonsalves said sterilisation worked."},
			[]p{{"Andrea Griffith-Boyce", "Chief Environmental Health Officer", "", false}, {"Marcia Gonsalves", "Chief Veterinary Officer", "", false}}},
		// An age after a name in a list set apart by semicolons.
		{[]string{"Oshane Blackwood, 29; Romario Campbell, 26; and Kemar Reid, 31, were found guilty."},
			[]p{{"Oshane Blackwood", "", "", false}, {"Romario Campbell", "", "", false}, {"Kemar Reid", "", "", false}}},
		// Where someone lives, after an age or the name, is no one, and the
		// role set off after it is the person's.
		{[]string{"Gareth Prosser, 52, from Pontypridd, the director of Valley Warmth Ltd, was convicted. Rhian Jones, of Treorchy, the firm's accountant, gave evidence."},
			[]p{{"Gareth Prosser", "director", "Valley Warmth Ltd", false}, {"Rhian Jones", "accountant", "Valley Warmth Ltd", false}}},
		// Two words of stance before a party; a rank of an air force; a
		// union's president-general.
		{[]string{"Jang Seung-ho of the main opposition Democratic Party of Korea said the measures came too late. Air Vice Marshal Surasak Boonmee said the attackers had entered. Adewale Lawal is the union's president-general."},
			[]p{{"Jang Seung-ho", "", "Democratic Party of Korea", false}, {"Surasak Boonmee", "Air Vice Marshal", "", false}, {"Adewale Lawal", "president-general", "", false}}},
		// The office a professor holds says more than the rank: a body
		// "chaired" in a clause after the name, a president's title set
		// off before it.
		{[]string{"Professor Gerald Holm, who chairs the Australian Press Council, said the council would object. The President of ASUU, Prof. Chukwuemeka Obi, said the strike would go on."},
			[]p{{"Gerald Holm", "chair", "Australian Press Council", false}, {"Chukwuemeka Obi", "President", "ASUU", false}}},
		// A legislator's seat set off before the name is the role's, the
		// party before the title the affiliation; the seat is no one.
		{[]string{"The Scottish Conservative MSP for the Highlands and Islands, Jamie Thorburn, said the promise was broken. Labour MP for Leeds North, Jane Dowd, agreed."},
			[]p{{"Jamie Thorburn", "MSP for the Highlands and Islands", "Scottish Conservative", false}, {"Jane Dowd", "MP for Leeds North", "Labour", false}}},
		// A participle or an adverb opening a sentence alone is no name.
		{[]string{"The court ruled for the union on Monday.", "Reacting, the union's general secretary, Tom Dale, said it was a good day."},
			[]p{{"Tom Dale", "general secretary", "union", false}}},
		// A weekday's short form before its date ends a name and is none.
		{[]string{"Jane Ward Tue 20 Nov 2018 00.01 GMT", "Prices rose again. Mayor Ana Ruiz said so, on Wed 21 Nov."},
			[]p{{"Jane Ward", "", "", false}, {"Ana Ruiz", "Mayor", "", false}}},
		// A ground, a precinct, rules and frameworks are things, no one.
		{[]string{"A plan to rebuild the Queen Elizabeth Oval has stalled. The Parkville Youth Justice Precinct will shut, and the Solid Waste Management Rules allow fees, Mayor Jo Kemp said."},
			[]p{{"Jo Kemp", "Mayor", "", false}}},
		// Members in the plural are no one; Capitol Hill is Congress.
		{[]string{"Opposition MPs say they will challenge the law. Republicans on Capitol Hill welcomed it, and Senator Jo Hart agreed."},
			[]p{{"Jo Hart", "Senator", "", false}}},
		// City Hall speaks for a city's government; industrial strategy
		// is a portfolio, no one's name.
		{[]string{"City Hall announced the fares on Wednesday. The Department for Business, Energy and Industrial Strategy said bills would fall, and Mayor Ana Ruiz agreed."},
			[]p{{"Ana Ruiz", "Mayor", "", false}}},
		// A saint's name opening a run is a campus's or a place's, no
		// one's, though a speech verb follows it.
		{[]string{"Dr Marlon Sealy, an economist at the University of the West Indies, St Augustine, said transport costs would rise."},
			[]p{{"Marlon Sealy", "economist", "University of the West Indies", true}}},
		// Whose affairs a portfolio is for belongs to the role.
		{[]string{"Veterans' Affairs Minister Daniel Westbury said claims would be cleared. The women's affairs minister, Ruth Okafor, said the plan was late."},
			[]p{{"Daniel Westbury", "Veterans' Affairs Minister", "", false}, {"Ruth Okafor", "women's affairs minister", "", false}}},
		// A name with a capital inside opening a sentence is a body's,
		// whatever its ending, and is not lower-cased into the role.
		{[]string{"VRFish chief executive Leanne Stirling said netting would end."},
			[]p{{"Leanne Stirling", "chief executive", "VRFish", false}}},
		// "The union's" is the group named last, as "the association's"
		// is, though its name lacks the word.
		{[]string{"The Cyber Statecraft Initiative at the Atlantic Council said the files were the prize. The American Federation of Government Employees, the largest union of federal workers, has demanded more. The union's national president, Harold Simms, called the response too little."},
			[]p{{"Harold Simms", "national president", "American Federation of Government Employees", false}}},
		// A conservator is an official; a role "in the Ministry of X"
		// is the ministry's.
		{[]string{"Sindh Wildlife Department conservator Ghulam Rasool Khoso said the count had risen. The permanent secretary in the Ministry of Livestock and Fisheries, Elias Mwakasege, said patrols had grown."},
			[]p{{"Ghulam Rasool Khoso", "conservator", "Sindh Wildlife Department", false}, {"Elias Mwakasege", "permanent secretary", "Ministry of Livestock and Fisheries", false}}},
		// A title inside a body's name, before a plural trade, an
		// organisation word or "Staff", starts no person.
		{[]string{"Dr Amira Castell, chair of the Royal College of General Practitioners, said waits had grown. The Association of Ambulance Chief Executives said crews were stretched, and the Armed Forces General Staff said drills would go on."},
			[]p{{"Amira Castell", "chair", "Royal College of General Practitioners", false}}},
		// A baroness's title is no part of her name; a bloc is a party.
		{[]string{"Baroness Helena Marchbank, the gambling minister, said the limit would protect players. The Bloc Québécois has said it supports the measure."},
			[]p{{"Helena Marchbank", "gambling minister", "", false}}},
		// After an age, the noun that ends the phrase is the role, known
		// trade or not; a sophomore is no expert.
		{[]string{"Luz Marina Cárdenas, a 58-year-old seamstress in the Kennedy district, said she was relieved.",
			"Baek Soo-ah, a 21-year-old sophomore at Sogang University, said she would work more."},
			[]p{{"Luz Marina Cárdenas", "seamstress", "", false}, {"Baek Soo-ah", "sophomore", "Sogang University", false}}},
		// "NGO" before a body's name describes it, as "charity" does.
		{[]string{"Ann Bloggs, an activist with the environmental NGO Sky Watch, said ships should pay.",
			"Marieke Janssen is a policy officer at the NGO Shipbreaking Platform. She said the convention was weak."},
			[]p{{"Ann Bloggs", "activist", "Sky Watch", true}, {"Marieke Janssen", "policy officer", "Shipbreaking Platform", true}}},
		// "NAME is vice president of X", "NAME is X's director of Y": the
		// plain style's roles.
		{[]string{"Rahim Uddin Chowdhury is vice president of the Chittagong Traders Association.",
			"Habibu Mwakasege is LATRA's director of road transport."},
			[]p{{"Rahim Uddin Chowdhury", "vice president", "Chittagong Traders Association", false}, {"Habibu Mwakasege", "director of road transport", "LATRA", false}}},
		// Portfolios of traffic and of inclusion.
		{[]string{"Director-General of Traffic Álvaro Sanmartín Iglesias said the reform was about habits.",
			"Secretary of State for Inclusion Marta Iglesias Roldán said the scheme was growing."},
			[]p{{"Álvaro Sanmartín Iglesias", "Director-General of Traffic", "", false}, {"Marta Iglesias Roldán", "Secretary of State for Inclusion", "", false}}},
		// Titles with a portfolio of two words, with "of", and a body's
		// Undersecretary.
		{[]string{"Local Government Minister Tamsin Kealy said councils would merge. Director of Public Prosecutions Gregory Halloran opposed the order.",
			"Presidential Communications Office Undersecretary Lorna Ilagan said the review would take weeks."},
			[]p{{"Tamsin Kealy", "Local Government Minister", "", false}, {"Gregory Halloran", "Director of Public Prosecutions", "", false},
				{"Lorna Ilagan", "Undersecretary", "Presidential Communications Office", false}}},
		// Whose mother is no affiliation; a city's mayor; a defence
		// lawyer speaks for a side, not as a specialist.
		{[]string{"A court jailed Warit Somchai on Tuesday. Outside the court, Warit's mother, Ratana Chaiyaporn, cried as she spoke to reporters.",
			"Defense lawyer Kritsada Boonmee said they would appeal. Lisbon's mayor, Inês Valadares, said cars would be banned."},
			[]p{{"Ratana Chaiyaporn", "mother", "", false}, {"Kritsada Boonmee", "defense lawyer", "", false}, {"Inês Valadares", "mayor", "Lisbon", false}}},
		// A month is no one's body; a knighthood is no part of a rank.
		{[]string{"“These are painful decisions,” Chief Executive Konrad Brettschneider told reporters. Brettschneider said talks would begin in December, with the aim of reaching an agreement by the end of March next year.",
			"But Gen Sir Richard Hollis, who was head of the Army until 2021, said the cuts were “a dangerous gamble”."},
			[]p{{"Konrad Brettschneider", "Chief Executive", "", false}, {"Richard Hollis", "General", "Army", false}}},
		// A role's topic after "on" ending in a name; a party's leader "in
		// the state assembly".
		{[]string{"Chatham House's senior research fellow on central Africa, Dr Imogen Farraday, said the timing was “telling”.",
			"The BJP's leader in the state assembly, Hemant Jamwal, called the result “a wake-up call”."},
			[]p{{"Imogen Farraday", "senior research fellow on central Africa", "Chatham House", true}, {"Hemant Jamwal", "leader in the state assembly", "Bharatiya Janata Party", false}}},
		// A body named after its description and "the"; an election
		// monitors' network.
		{[]string{"Dr Grace Atim, a senior economist at the Kampala-based think tank the Economic Policy Research Centre (EPRC), said the plan was “right”.",
			"Sana Qureshi, who heads the election monitoring program at the Free and Fair Election Network (FAFEN), said the delay was “expected”."},
			[]p{{"Grace Atim", "senior economist", "Economic Policy Research Centre", true}, {"Sana Qureshi", "head of election monitoring program", "Free and Fair Election Network", true}}},
		// A minister "of" two portfolios; a weekday is no one's body.
		{[]string{"Minister of Economy and Finance Azizbek Rustamov said talks would continue.",
			"In a statement released on Tuesday, the president's office said that no decision had been made. Bekzod Tursunaliyev, a spokesman for the presidential administration, said the group would report."},
			[]p{{"Azizbek Rustamov", "Minister of Economy and Finance", "", false}, {"Bekzod Tursunaliyev", "spokesman", "", false}}},
		// A plural possessive inside a body's name.
		{[]string{"Rie Watanuki, who heads the Citizens' Nuclear Information Center in Tokyo, said the government was “gambling with lives”."},
			[]p{{"Rie Watanuki", "head of Citizens' Nuclear Information Center in Tokyo", "Citizens' Nuclear Information Center", true}}},
		// Portfolios of two, after a name, before one and after "of"; a
		// trade the lexicon lacks after an age or "is a"; one of the
		// founders of a body the text does not name.
		{[]string{"Fiona Harcastle, the Work and Pensions Secretary, told MPs the Government had to act.",
			"Rebecca Lyall, the shadow work and pensions secretary, said it was wrong.",
			"Energy and Public Utilities Minister Ashok Seetaram told parliament the dams were low.",
			"Oyunchimeg Baasan is Mongolia's Minister of Environment and Tourism.",
			"Paul Henshaw, 47, a scaffolder from Stoke-on-Trent, said the news had come as a shock.",
			"Ganbold Purev is a herder in Dundgovi province. He keeps about 600 goats.",
			"Yannick Bholah, 29, one of the founders of the movement, said people were tired."},
			[]p{{"Fiona Harcastle", "Work and Pensions Secretary", "United Kingdom", false}, {"Rebecca Lyall", "shadow work and pensions secretary", "United Kingdom", false},
				{"Ashok Seetaram", "Energy and Public Utilities Minister", "Mongolia", false}, {"Oyunchimeg Baasan", "Minister of Environment and Tourism", "Mongolia", false},
				{"Paul Henshaw", "scaffolder", "Stoke-on-Trent", false}, {"Ganbold Purev", "herder", "", false}, {"Yannick Bholah", "founder", "", false}}},
		// A seat written after a name, but "a Fine Gael TD" is a party's;
		// the plain style's role in the next sentence; a parent of N; an
		// office with a portfolio before an honorific.
		{[]string{"Welsh Conservative rural affairs spokesman Tomos Bevan MS said ministers had lost trust.",
			"Mr Brennock, a Fine Gael TD, said supply was recovering.",
			"Ingrid Solheim led the study. She is a professor of psychology at the University of Bergen. She said the results worried her.",
			"Some families buy water from trucks. Samira Qudah is a mother of five in east Amman.",
			"Chief Health Officer Dr Miriam Castellano said children were sick.",
			"Chief Medical Officer Professor Chris Whitty said so."},
			[]p{{"Tomos Bevan", "rural affairs spokesman", "Conservative", false},
				{"Ingrid Solheim", "professor of psychology", "University of Bergen", true}, {"Samira Qudah", "mother of five", "", false},
				{"Miriam Castellano", "Chief Health Officer", "", false}, {"Chris Whitty", "Chief Medical Officer", "", false}, {"Brennock", "TD", "Fine Gael", false}}},
		// "the Opposition" yields to a party the sentence names before the
		// name or after it with "of", not one attacked later; "the
		// party's" is the one named in the sentence before.
		{[]string{"Liberal MP Grant Tolley, the Opposition's emergency services spokesman, said the State Government needed to explain.",
			"Opposition lawmaker Brenda Atim of the National Unity Platform said the government should cut taxes.",
			"Opposition police spokesman Tim Barresi said the figures were a damning report card on Labor.",
			"The Green Party runs the council. Labour councillors backed the scheme. The party's deputy group leader, Amira Shah, said the levy was fairer."},
			[]p{{"Grant Tolley", "emergency services spokesman", "Liberal", false}, {"Brenda Atim", "lawmaker", "National Unity Platform", false},
				{"Tim Barresi", "police spokesman", "Opposition", false}, {"Amira Shah", "deputy group leader", "Labour", false}}},
		// A state legislator's party before "state"; a party named "of the
		// conservative X" over the country; a committee's member stays
		// the party's MP; "a former minister and Tory MP"; a lawmaker
		// after a sentence whose subject is "The opposition X".
		{[]string{"Republican state Sen. Raymond Ochoa said the verdict showed rot.",
			"Chilean Senator Rodrigo Fuenzalida of the conservative Independent Democratic Union (UDI) said Chile should not send troops.",
			"Labour MP Siân Trevelyan, a member of the Commons business committee, said the case showed the need for rules.",
			"Sir Peter Aldridge, a former minister and Tory MP, said the move risked trouble.",
			"The opposition Justice and Development Party (PJD) said the measures did not go far enough. Lawmaker Driss Lahlou called on the government to cap fuel prices."},
			[]p{{"Raymond Ochoa", "state Senator", "Republican", false}, {"Rodrigo Fuenzalida", "Senator", "Independent Democratic Union", false},
				{"Siân Trevelyan", "MP", "Labour", false}, {"Peter Aldridge", "former minister and Tory MP", "Conservatives", false},
				{"Driss Lahlou", "Lawmaker", "Justice and Development Party", false}}},
		// Bodies described before their names, with "for" inside, without
		// "the", as a nonprofit; a role's field before "at"; campaigns
		// "for" a cause; a student at a university is no expert.
		{[]string{"Jasmine Bhatt, executive director of the advocacy group People for Education, said the biggest losers were students.",
			"Javiera Sepúlveda, policy director at the nonprofit Derechos Digitales, said exemptions were too wide.",
			"Mark Eldridge, chief executive of patient advocacy group Health Issues Centre, said hospitals should face fines.",
			"Imogen Pask, associate head of policy for child safety online at the NSPCC, said the fine was a watershed moment.",
			"Lindsay Fairbairn, chairwoman of the Campaign for Borders Rail, said the announcement was welcome.",
			"Chloe Barraclough, 19, a second-year history student at the University of Leeds, said: “A lower fee would be nice.”"},
			[]p{{"Jasmine Bhatt", "executive director", "People for Education", true}, {"Javiera Sepúlveda", "policy director", "Derechos Digitales", true},
				{"Mark Eldridge", "chief executive", "Health Issues Centre", true}, {"Imogen Pask", "associate head of policy for child safety online", "NSPCC", true},
				{"Lindsay Fairbairn", "chairwoman", "Campaign for Borders Rail", true}, {"Chloe Barraclough", "second-year history student", "University of Leeds", false}}},
		// A name and a body joined by "of" after a role in lower case; "who
		// lectures in"; "Dar es Salaam"; a role that opens the sentence
		// and is set off before the name, but not a caption's date.
		{[]string{"Tourism economist Lokendra Adhikari of Tribhuvan University said the royalty was small.",
			"Dr Peter Mwakyusa, who lectures in maritime law at the Dar es Salaam Maritime Institute, said the advice had been ignored.",
			"An agricultural economist at Sokoine University of Agriculture (SUA), Dr Faraji Mushi, said farmers were right to reject the bids.",
			"A general view of the refinery, January 14, 2025."},
			[]p{{"Lokendra Adhikari", "tourism economist", "Tribhuvan University", true}, {"Peter Mwakyusa", "lecturer in maritime law", "Dar es Salaam Maritime Institute", true},
				{"Faraji Mushi", "agricultural economist", "Sokoine University of Agriculture", true}}},
		// A portfolio's words are no one's name; a portfolio of two before a
		// name; a forecaster; "its chair" is the body the sentence before
		// is about.
		{[]string{"Gareth Pryce, the Welsh Government's Deputy Minister for Climate Change, defended the change.",
			"A spokesperson for the Department for Environment, Food and Rural Affairs said the rules would stay.",
			"Federal Minister for Information Technology and Telecommunication Shazia Qadri said the decision was a gift.",
			"Bureau of Meteorology senior forecaster Damien Arkley said a hot air mass would sit over the state.",
			"The Criminal Bar Association said the plan would fail. Rebecca Hale QC, its chair, said the Government was to blame."},
			[]p{{"Gareth Pryce", "Deputy Minister for Climate Change", "Welsh Government", false}, {"Shazia Qadri", "Minister for Information Technology and Telecommunication", "", false},
				{"Damien Arkley", "senior forecaster", "Bureau of Meteorology", false}, {"Rebecca Hale", "chair", "Criminal Bar Association", false}}},
		// A title with a portfolio of two set off before the name; "Minister
		// of Water" is no body; a list of portfolios holds no name, and
		// is the title's.
		{[]string{"Tanzania's Deputy Minister for Natural Resources and Tourism, Halima Mwinyimkuu, said so.",
			"Jordan's Minister of Water and Irrigation, Raed al-Khatib, spoke to reporters.",
			"Zanzibar's Minister of Infrastructure, Communications and Transport, Khamis Juma Ame, told parliament the government agreed."},
			[]p{{"Halima Mwinyimkuu", "Deputy Minister for Natural Resources and Tourism", "Tanzania", false},
				{"Raed al-Khatib", "Minister of Water and Irrigation", "Jordan", false}, {"Khamis Juma Ame", "Minister of Infrastructure, Communications and Transport", "Zanzibar", false}}},
		// "UK" as a text that never writes "United Kingdom" names it; a
		// devolved government's ministers.
		{[]string{"The UK economy grew by 0.2%. Chancellor Rachel Ward said growth was back."},
			[]p{{"Rachel Ward", "Chancellor", "UK", false}}},
		{[]string{"Scottish Transport Secretary Alasdair Rennie said the line would reopen.",
			"The Welsh Government will change the scheme after farmers in Wales protested. Rural Affairs Minister Rhodri Llewelyn told the Senedd he had listened to Welsh farmers."},
			[]p{{"Alasdair Rennie", "Transport Secretary", "Scotland", false}, {"Rhodri Llewelyn", "Rural Affairs Minister", "Wales", false}}},
		// An "anti-" group; a campaign group the text does not name; a
		// county supervisor, an eyewitness, and a warehouse supervisor
		// with an age, who is a voice from the street.
		{[]string{"Maureen Ashby, a spokeswoman for the campaign group, said: “Every pound matters.”"},
			[]p{{"Maureen Ashby", "spokeswoman", "campaign group", true}}},
		{[]string{"Inês Tavares, a spokesperson for the anti-discrimination group SOS Racismo, said the law creates second-class citizens.",
			"“There were failures,” said Supervisor Mariana Quintero, whose district was hit.",
			"Eyewitness Ebi Amakiri, who lost his brother in the blaze, said the flames could be seen for miles.",
			"Kevin Ostrowski, a 34-year-old warehouse supervisor in Scranton, said he saves $280 a month."},
			[]p{{"Inês Tavares", "spokesperson", "SOS Racismo", true},
				{"Mariana Quintero", "Supervisor", "", false}, {"Ebi Amakiri", "eyewitness", "", false}, {"Kevin Ostrowski", "warehouse supervisor", "", false}}},
		// A name "of" a body described before its name, then the verb of
		// speech; a title, a name and the body it is "of"; "Asst Prof"; a
		// party whose name holds a title's word; a provincial seat.
		{[]string{"Marcelo Urrutia of the environmental group Chile Sustentable said the burden should not fall only on households.",
			"Professor Jane Whitlow of Oxford University said the results were clear.",
			"Asst Prof Thanet Chaiyaporn of Thammasat University's Faculty of Law said several laws still used gendered language.",
			"Animal Justice Party MP Tess Moreland said the decision was cowardly.",
			"PTI MPA Sajid Khokhar said in the Punjab Assembly that the government had failed."},
			[]p{{"Marcelo Urrutia", "", "Chile Sustentable", true}, {"Jane Whitlow", "Professor", "Oxford University", true},
				{"Thanet Chaiyaporn", "Assistant Professor", "Thammasat University's Faculty of Law", true},
				{"Tess Moreland", "MP", "Animal Justice Party", false}, {"Sajid Khokhar", "MPA", "Pakistan Tehreek-e-Insaf", false}}},
		// A body's name in capitals before a role in lower case; "from" a
		// body; "Against" names a campaign; a university's name that runs
		// on; two fields of one trade; a place-based body described; a
		// plural possessive in a description; a hospital.
		{[]string{"Prosper Australia research director Catherine Loughnan said the levy was a good start.",
			"Lucy Brennan, from the campaign group Bristol Clean Air Alliance, said the zone was too small.",
			"Izzy Tregenza, campaigns director at Surfers Against Sewage, said the figures were bad.",
			"Katrin Albers, a child and adolescent psychiatrist at the University Medical Center Hamburg-Eppendorf, said the brain keeps developing.",
			"Beatriz Kanashiro, a director of the São Paulo-based digital rights research center InternetLab, said the decision left questions open.",
			"Anna Whitcombe, co-founder of the parents' campaign group B416, said the bill was welcome.",
			"Dr Anjali Menon, head of pulmonology at Sir Ganga Ram Hospital, said patients had risen."},
			[]p{{"Catherine Loughnan", "research director", "Prosper Australia", true}, {"Lucy Brennan", "", "Bristol Clean Air Alliance", true},
				{"Izzy Tregenza", "campaigns director", "Surfers Against Sewage", true},
				{"Katrin Albers", "child and adolescent psychiatrist", "University Medical Center Hamburg-Eppendorf", true},
				{"Beatriz Kanashiro", "director", "InternetLab", true}, {"Anna Whitcombe", "co-founder", "B416", true},
				{"Anjali Menon", "head of pulmonology", "Sir Ganga Ram Hospital", false}}},
		// Who speaks for the advocates or activists just named speaks as
		// one of them; an official after them does not.
		{[]string{"Immigrant advocates criticized the ruling. Elena Marquez, policy director at the New York Immigration Coalition, said the decision \"shuts out a million New Yorkers.\"",
			"Rights activists welcomed the result. \"This is a huge day,\" said Apinya Saetang, a coordinator with the Rainbow Sky Association of Thailand.",
			"Activists marched on Sunday. Interior Minister Somchai Prasert said the march was peaceful."},
			[]p{{"Elena Marquez", "policy director", "New York Immigration Coalition", true},
				{"Apinya Saetang", "coordinator", "Rainbow Sky Association of Thailand", true}, {"Somchai Prasert", "Interior Minister", "", false}}},
		// A state's minister in a story whose lede is on the state's
		// people, or that names "the state government" and the
		// Commonwealth Games (no federal government); a seat's party before
		// a second role; a department named before.
		{[]string{"Victorians waited longer for an ambulance than ever before.", "Health Minister Kate Dimitriou said the figures were disappointing."},
			[]p{{"Kate Dimitriou", "Health Minister", "Victoria", false}}},
		{[]string{"Victoria has pulled out of hosting the Commonwealth Games, with the state government blaming costs.",
			"Regional Development Minister Caroline Brennan said the state could not justify the spending.",
			"Liberal MP and shadow sport minister Tim Rowsell said the Labor government had misled voters."},
			[]p{{"Caroline Brennan", "Regional Development Minister", "Victoria", false}, {"Tim Rowsell", "shadow sport minister", "Liberal", false}}},
		{[]string{"The Department of Health said clinics were full. Department spokesperson Lerato Mokoena said releases had been restricted."},
			[]p{{"Lerato Mokoena", "spokesperson", "Department of Health", false}}},
		// A pollster's head; bodies whose names speak for consumers or
		// drivers; a role set off after the verb; a coalition a group
		// describes; "works for"; a network that is no broadcaster.
		{[]string{"The survey, conducted by the Forsa institute, found 58 percent in favour. Forsa director Joachim Brendel said attitudes had shifted.",
			"Fergal Kinsella, a spokesman for the Consumers' Association of Ireland, said prices should be published.",
			"Jonathan Hebden, a spokesman for the Alliance of British Drivers, said the zones punished the poor.",
			"Big Brother Watch criticised the fine. \"Members have been left at risk,\" said its policy officer, Sam Hollis.",
			"Mercy Nyirenda is with the Human Rights Defenders Coalition, a group that helped organize the protests. \"Everything goes up,\" Nyirenda said.",
			"Paul Dimon works for the aid group Save the Children. \"The vaccines came late,\" Dimon said.",
			"Boma Jack, who works for the Port Harcourt-based Stakeholder Democracy Network, said the companies had failed local people."},
			[]p{{"Joachim Brendel", "director", "Forsa", true}, {"Fergal Kinsella", "spokesman", "Consumers' Association of Ireland", true},
				{"Jonathan Hebden", "spokesman", "Alliance of British Drivers", true}, {"Sam Hollis", "policy officer", "Big Brother Watch", true},
				{"Mercy Nyirenda", "", "Human Rights Defenders Coalition", true}, {"Paul Dimon", "", "Save the Children", true},
				{"Boma Jack", "", "Stakeholder Democracy Network", true}}},
		// A verb and its object after a name are no role; a body's letters
		// before a title, when the text spells the body out ("AFP" here
		// is no news agency).
		{[]string{"The Conservative shadow health secretary, Edward Pinnock, accused ministers of caving in.",
			"The Department of Agriculture (DA) set a cap. DA Assistant Secretary Ramon Dizon said the country had enough stocks.",
			"The Australian Federal Police raided the home. AFP Acting Commissioner Grant Moffatt said the raids were not connected."},
			[]p{{"Edward Pinnock", "shadow health secretary", "Conservative", false}, {"Ramon Dizon", "Assistant Secretary", "Department of Agriculture", false},
				{"Grant Moffatt", "Acting Commissioner", "Australian Federal Police", false}}},
		// Known and named campaigners, think tanks and legal services; a
		// rail operator that is no network of campaigners; a medical
		// specialist; an age after the name of one with a trade and no body.
		{[]string{"Imogen Walsh, a lawyer at Friends of the Earth, which supported the case, said the ruling was huge.",
			"Victorian Aboriginal Legal Service chief executive Tamika Briggs said children were held too long.",
			"Committee for Melbourne chief executive Fiona Dalgleish said the city needed a rail link.",
			"Dr Sudhir Khanna, an agricultural economist at the Indian Council for Research on International Economic Relations, said the repeal was a setback.",
			"Johannes Berger, a senior legal officer at the European Consumer Organisation, said the decision was overdue.",
			"Tim Sherwood, Network Rail's chief negotiator, said the finances were on a knife edge.",
			"Dr Marta Llorens, a gynaecologist at the Hospital Clínic in Barcelona, said the law recognised a real problem.",
			"Roberto Giménez, 67, a retired engineer, said he marched with his grandson."},
			[]p{{"Imogen Walsh", "lawyer", "Friends of the Earth", true}, {"Tamika Briggs", "chief executive", "Victorian Aboriginal Legal Service", true},
				{"Fiona Dalgleish", "chief executive", "Committee for Melbourne", true},
				{"Sudhir Khanna", "agricultural economist", "Indian Council for Research on International Economic Relations", true},
				{"Johannes Berger", "senior legal officer", "European Consumer Organisation", true}, {"Tim Sherwood", "chief negotiator", "Network Rail", false},
				{"Marta Llorens", "gynaecologist", "Hospital Clínic", true}, {"Roberto Giménez", "retired engineer", "", false}}},
		// After an age, a trade or a place in life the lexicon lacks, ended
		// by a clause or a place: voices from the street.
		{[]string{"Outside the gates, Darren Williams, a 49-year-old crane operator who has worked at the plant for 26 years, said he had taken redundancy.",
			"Tom Hadley, a 33-year-old Chelsea season-ticket holder from south London, said he had protested.",
			"In Soshanguve, Lerato Mahlangu, a 37-year-old mother whose daughter was turned away, said she welcomed the law.",
			"Sue Talbot, a 62-year-old debenture holder from Surrey, said she understood the club's position."},
			[]p{{"Darren Williams", "crane operator", "", false}, {"Tom Hadley", "Chelsea season-ticket holder", "", false},
				{"Lerato Mahlangu", "mother", "", false}, {"Sue Talbot", "debenture holder", "Surrey", false}}},
		// A region of several words inside a role; a plural possessive
		// deeper in a body's description; "one of the suspended MPs".
		{[]string{"Samuel Mengistu, a senior Horn of Africa analyst at the International Crisis Group, said the biggest test would be Eritrea.",
			"Ian Lawless, general secretary of the probation officers' union Napo, said staff were stretched.",
			"Labour suspended seven MPs. Rhiannon Pugh, one of the suspended MPs, said she had no regrets."},
			[]p{{"Samuel Mengistu", "senior Horn of Africa analyst", "International Crisis Group", true}, {"Ian Lawless", "general secretary", "Napo", false},
				{"Rhiannon Pugh", "MP", "Labour", false}}},
		// A trade after an age in an appositive of its own, or ending in
		// -ee or -ent; a trade before the name of someone whose age
		// follows.
		{[]string{"Kwame Asante, a 29-year-old hospital employee, said the queues were longer.",
			"In Mombasa, Halima Omar, 52, a freight forwarding agent, said fees had doubled.",
			"Ballarat nurse Joanne Petrakis, 41, said rosters were unworkable.",
			"Former council bin collector Trevor Hollis, 63, said he would vote no.",
			"Geelong mother of four Rania Haddad, 38, said she was worried.",
			"Madam Siti Rahmah, 55, welcomed the rule. Mdm Chua Bee Lian, 62, a retired teacher, said prices rose."},
			[]p{{"Kwame Asante", "hospital employee", "", false}, {"Halima Omar", "freight forwarding agent", "", false},
				{"Joanne Petrakis", "nurse", "", false}, {"Trevor Hollis", "Former council bin collector", "", false},
				{"Rania Haddad", "mother of four", "", false}, {"Siti Rahmah", "", "", false}, {"Chua Bee Lian", "retired teacher", "", false}}},
		// A title set off before the name with the body's letters after
		// its name, or with a capitalised word before it.
		{[]string{"The Director of the Institute for Fiscal Studies (IFS), Aminu Bello, said the cuts were deep.",
			"The National Secretary of the Nigeria Labour Congress (NLC), Grace Okafor, said workers would strike."},
			[]p{{"Aminu Bello", "Director", "Institute for Fiscal Studies", true}, {"Grace Okafor", "National Secretary", "Nigeria Labour Congress", false}}},
		// A unit of a charity after a plural possessive is the charity's
		// kind; a body's name cut at its "and" is read whole; a
		// conservancy is a campaign group.
		{[]string{"Ravi Menon, a policy adviser at Médecins Sans Frontières' Access Campaign, said the text was weak.",
			"Anong Sukjai works for the environmental group Mekong Alert and Recovery Laos. She called the ban \"a big win\".",
			"Gareth Pryce, a board member of Heritage Conservancy Manitoba, said the building should stay."},
			[]p{{"Ravi Menon", "policy adviser", "Médecins Sans Frontières' Access Campaign", true},
				{"Anong Sukjai", "", "Mekong Alert and Recovery Laos", true}, {"Gareth Pryce", "board member", "Heritage Conservancy Manitoba", true}}},
		// Trades after an age ended by an -ing clause, a trade before a
		// body after "a" alone, a paper that is no one's trade, a
		// Director-General set off before the name, a campaign director.
		{[]string{"Thandi Nkosi, a 31-year-old security guard living in Soweto, said the fares were too high.",
			"Carlton mum Bianca Russo, 39, said she would drive instead.",
			"Dr Yusuf Karim, a transport planner at the American University of Sharjah, said tolls worked elsewhere.",
			"Ola Berg wrote for the Fjord Courier, a weekly paper in Bergen, until 2020.",
			"The Director-General of the Manufacturers Association of Ghana, Kofi Mensah, said jobs would go.",
			"Forest Friends Australia campaign director Mia Quinn said the logging ban was overdue."},
			[]p{{"Thandi Nkosi", "security guard", "", false}, {"Bianca Russo", "mum", "", false},
				{"Yusuf Karim", "transport planner", "American University of Sharjah", true}, {"Ola Berg", "", "", false},
				{"Kofi Mensah", "Director-General", "Manufacturers Association of Ghana", false},
				{"Mia Quinn", "campaign director", "Forest Friends Australia", true}}},
		// A known body's name with a place after it; what someone has
		// been, which yields to a title; the body a researcher's clause
		// names.
		{[]string{"Morag Baird, air quality campaigner at Friends of the Earth Scotland, welcomed the zone.",
			"The union's president, Joan Akers, said the rule was unfair. \"It is a removal process,\" said Akers, who has been a school librarian for 19 years.",
			"Tom Reyes, who has been a line judge at the tournament for 22 years, said he was sad.",
			"Lena Moritz is a researcher who studies river floods at the University of Graz in Austria."},
			[]p{{"Morag Baird", "air quality campaigner", "Friends of the Earth Scotland", true}, {"Joan Akers", "president", "union", false},
				{"Tom Reyes", "line judge", "", false}, {"Lena Moritz", "researcher", "University of Graz", false}}},
		// A campaign group described before its name; a body whose name
		// ends with one the text found; a post in a place before the body.
		{[]string{"Mina Park, a policy director at the civic group Citizens' Coalition for Fair Budgets, said the plan was weak.",
			"Dan Ruiz, a senior attorney with Our Rivers Trust, the nonprofit law firm that brought the case, called the ruling \"a huge win\".",
			"Amira Haddad, field coordinator for Yemen at Save the Children, said the aid was late."},
			[]p{{"Mina Park", "policy director", "Citizens' Coalition for Fair Budgets", true}, {"Dan Ruiz", "senior attorney", "Our Rivers Trust", true},
				{"Amira Haddad", "field coordinator for Yemen", "Save the Children", true}}},
		// Who runs a body's policy, programmes or research, or coordinates
		// its work, speaks for a cause; not a firm's public policy head, a
		// union's policy head, nor a country's coordinator.
		{[]string{"Gemma Ashby, head of policy at Healthwatch Cymru, said: \"People will fall through the gaps.\"",
			"Simon Tura, a programme officer at the Lake Basin Environment Network, said the city should recycle more.",
			"Tess Kirk, head of public policy for Australia at Airbnb, said: \"Hosts are already paying their share.\"",
			"Jeon Min-su, head of the policy division at the Federation of Korean Trade Unions, said: \"Workers will lose out.\"",
			"Fitz Augustin, Dominica's national disaster coordinator, said: \"Roads are cut everywhere.\""},
			[]p{{"Gemma Ashby", "head of policy", "Healthwatch Cymru", true},
				{"Simon Tura", "programme officer", "Lake Basin Environment Network", true},
				{"Tess Kirk", "head of public policy for Australia", "Airbnb", false},
				{"Jeon Min-su", "head of the policy division", "Federation of Korean Trade Unions", false},
				{"Fitz Augustin", "national disaster coordinator", "Dominica", false}}},
		// A body's name of common words before a firm's role; a place
		// after "in" or "the city of" is no one, though a verb of speech
		// follows it.
		{[]string{"Royal Mail chief executive Andrew Penhallow called the decision \"a necessary step\".",
			"Farmers in Ben Tre said the water was too salty to use.",
			"Buses took them on to the city of Cusco, officials said."},
			[]p{{"Andrew Penhallow", "chief executive", "Royal Mail", false}}},
		// A trade or a place in life opening a sentence before the name,
		// and any parent or grandparent "of" so many; a bowler; a school's
		// principal, who runs it.
		{[]string{"Joiner Kyle Ferrie said the water came in fast.",
			"Gran-of-four Sandra McInnes said she had lost everything.",
			"Festivalgoer Jess Nguyen said the test took ten minutes.",
			"Former Scotland bowler Imran Qureshi said he felt let down.",
			"The school's principal, Joanne Kerr, said she was delighted.",
			"Malam Idris Usman said the clinic had no drugs. Tallyman Seán Ó Briain said the count was close."},
			[]p{{"Kyle Ferrie", "joiner", "", false}, {"Sandra McInnes", "gran-of-four", "", false}, {"Jess Nguyen", "festivalgoer", "", false},
				{"Imran Qureshi", "Former Scotland bowler", "", false}, {"Joanne Kerr", "principal", "school", false},
				{"Idris Usman", "", "", false}, {"Seán Ó Briain", "tallyman", "", false}}},
		// A university's head with a professorship after the office: the
		// office is the role, the university named before the body.
		{[]string{"The University of Otago will cut 200 jobs. Vice-chancellor Prof Alasdair Munro said the decision was the hardest of his career."},
			[]p{{"Alasdair Munro", "Vice-chancellor", "University of Otago", false}}},
		// A campaign group's name with "the" and "of" in it is no one,
		// whatever role the text seems to give it; an engineer whose age
		// the appositive gives, from a city, is one of the public.
		{[]string{"Alison Trewin, a spokeswoman for the campaign group Save the Trees of Armada Way, said the council had ignored objections.",
			"Kirill Semyonov, a 34-year-old engineer from Moscow, told Meduza he had watched the launch."},
			[]p{{"Alison Trewin", "spokeswoman", "Save the Trees of Armada Way", true}, {"Kirill Semyonov", "engineer", "Russia", false}}},
		// A retired engineer at no body is one of the public.
		{[]string{"Graham Pryor, a retired engineer, said the trains were always late."},
			[]p{{"Graham Pryor", "retired engineer", "", false}}},
		// A policy lead, an incident controller, a supporter; a post in a
		// place, before or after the name.
		{[]string{"Sophie Marlow, policy lead at the charity Beaver Trust, said the licence was the result of years of campaigning.",
			"CFA incident controller Mark Dunstan said crews had worked through the night.",
			"Ahmed Fathy, a 30-year-old Al Ahly supporter in Cairo, said he was excited.",
			"Adnan Hadžić, head of civil protection in Herzegovina-Neretva Canton, said ten people were missing.",
			"Médecins Sans Frontières warned of cholera. Its project coordinator in Maiduguri, Oluwaseun Adeyemi, said: \"People are drinking flood water.\""},
			[]p{{"Sophie Marlow", "policy lead", "Beaver Trust", true}, {"Mark Dunstan", "incident controller", "CFA", false},
				{"Ahmed Fathy", "supporter", "Al Ahly", false}, {"Adnan Hadžić", "head of civil protection", "Herzegovina-Neretva Canton", false},
				{"Oluwaseun Adeyemi", "project coordinator in Maiduguri", "Médecins Sans Frontières", true}}},
		// An initiative's voice is a campaign's; so is a charity's, named
		// after "the" and its description.
		{[]string{"Tomas Reyes, director of the Clean Rivers Initiative, said: \"The permits are too loose.\"",
			"Sophie Brannigan, chief executive of the anti-knife crime charity the Ben Kinsella Trust, welcomed the ban. \"It is overdue,\" she said."},
			[]p{{"Tomas Reyes", "director", "Clean Rivers Initiative", true}, {"Sophie Brannigan", "chief executive", "Ben Kinsella Trust", true}}},
		// Who leads a body named whole is its leader; "a group of civil
		// society organisations" describes a campaign group.
		{[]string{"Imran Haider leads the Pakistan Coalition for Education, a group of civil society organisations. He said schools were failing."},
			[]p{{"Imran Haider", "leader", "Pakistan Coalition for Education", true}}},
		// A capitalised field between a title's words, set off after the
		// name.
		{[]string{"Dr Alasdair Penhale, the Deputy Chief Veterinary Officer, said surveillance had found the virus."},
			[]p{{"Alasdair Penhale", "Deputy Chief Veterinary Officer", "", false}}},
		// Bylines and credits: "by NAME" in lower case, "NAME, PLACE" on a
		// line of its own, "Edited by: NAME", "— With assistance from NAME".
		{[]string{"by Rohit Menon", "The council approved the plan on Monday.", "— With assistance from Fumbuka Mwale"},
			[]p{{"Rohit Menon", "", "The Test Times", false}, {"Fumbuka Mwale", "", "The Test Times", false}}},
		{[]string{"Oluwaseun Adeyemo, Abuja", "The union began a strike on Monday.", "Edited by: Lukas Brenner"},
			[]p{{"Oluwaseun Adeyemo", "", "The Test Times", false}, {"Lukas Brenner", "editor", "The Test Times", false}}},
		// A name no lexicon knows, opening a sentence, then "of" the body
		// it speaks for; not a body's name with "of" in it.
		{[]string{"Mallesh Gowda of the Bengaluru Bus Prayanikara Vedike, a commuters' forum, said the government should act.",
			"Pharmacy Guild of Australia branch president Catherine Brannock said demand would double."},
			[]p{{"Mallesh Gowda", "", "Bengaluru Bus Prayanikara Vedike", false}, {"Catherine Brannock", "branch president", "Pharmacy Guild of Australia", false}}},
		// A citizen group, an environmental association: campaigns.
		{[]string{"Kemi Aluko works for Clean Air Nigeria, a citizen group. She said the government must act.",
			"Inês Moura, a spokeswoman for the environmental association Zero, said the site lies next to the estuary."},
			[]p{{"Kemi Aluko", "", "Clean Air Nigeria", true}, {"Inês Moura", "spokeswoman", "Zero", true}}},
		// A portfolio of inter-provincial coordination; a title opened by
		// "Executive" before the body, then an honorific and the name.
		{[]string{"Pakistan's Minister for Inter-Provincial Coordination, Farhat Abbasi, said the government had no role.",
			"The Executive Director of the Lagos Legal Aid Network, Mrs Nkechi Oyewole, said the shutdown was worsening congestion."},
			[]p{{"Farhat Abbasi", "Minister for Inter-Provincial Coordination", "Pakistan", false},
				{"Nkechi Oyewole", "Executive Director", "Lagos Legal Aid Network", true}}},
		// A trust is a charity, but not an NHS trust nor a learning trust.
		{[]string{"Jamie Rendell, red squirrel officer at Northumberland Wildlife Trust, said: \"Volunteers are vital.\"",
			"Helen Fairweather, chief executive of East Pennine Hospitals NHS Trust, said: \"We are sorry.\""},
			[]p{{"Jamie Rendell", "red squirrel officer", "Northumberland Wildlife Trust", true},
				{"Helen Fairweather", "chief executive", "East Pennine Hospitals NHS Trust", false}}},
		// A country's branch of a known charity.
		{[]string{"Ariunaa Tserendorj, secretary general of the Mongolian Red Cross Society, said: \"Families are losing everything.\""},
			[]p{{"Ariunaa Tserendorj", "secretary general", "Mongolian Red Cross Society", true}}},
		// A veterinarian, a gymnast, a parliamentarian, an agent; a cultural
		// portfolio; a name that speaks for the body after it, however
		// long the description between.
		{[]string{"Agusto Ximenes is a veterinarian who teaches at the National University of Timor-Leste. He said dogs must be vaccinated.",
			"Tanmoy Basak of the Patients' Rights Forum, a voluntary group that helps patients file complaints about hospitals, said cards were refused.",
			"Tunisia's Minister of Cultural Affairs, Leila Ben Ammar, said the decision was a recognition.",
			"Former gymnast Katie Holt, 24, told Sky News she had cried.",
			"Lukas Wyss, the Green Liberal parliamentarian who launched the proposal, welcomed the vote.",
			"Joanna Ramirez, a call center agent, said the fares were too high."},
			[]p{{"Agusto Ximenes", "veterinarian", "National University of Timor-Leste", true}, {"Tanmoy Basak", "", "Patients' Rights Forum", true},
				{"Leila Ben Ammar", "Minister of Cultural Affairs", "Tunisia", false}, {"Katie Holt", "Former gymnast", "", false},
				{"Lukas Wyss", "parliamentarian", "Green Liberal", false}, {"Joanna Ramirez", "call center agent", "", false}}},
		// A network named with its country after it is no "Network Rail";
		// an observation group is a watchdog's.
		{[]string{"Brian Kato, a programme officer at Climate Action Network Uganda, said the rains were part of a pattern.",
			"Stephen Mutua, a programme officer at the Elections Observation Group (ELOG), said the new commissioner was qualified."},
			[]p{{"Brian Kato", "programme officer", "Climate Action Network Uganda", true}, {"Stephen Mutua", "programme officer", "Elections Observation Group", true}}},
		// A department of a university is the university's kind; a fans'
		// alliance is a campaign.
		{[]string{"Prof. Kim Do-yeon of Seoul National University's Department of Education said AI tools could help.",
			"Helena Brandt, a spokeswoman for the fan alliance Unsere Kurve, said the decision showed that fans mattered."},
			[]p{{"Kim Do-yeon", "Professor", "Seoul National University's Department of Education", true}, {"Helena Brandt", "spokeswoman", "Unsere Kurve", true}}},
		// A campaign's name led by its people: "Thai Lawyers for Human Rights".
		{[]string{"Pimchanok Sukjai is a lawyer with Thai Lawyers for Human Rights. She said the rules were unfair."},
			[]p{{"Pimchanok Sukjai", "lawyer", "Thai Lawyers for Human Rights", true}}},
		// A body's one-word name before its managing director.
		{[]string{"Nexus managing director Gareth Hollins said safety had to come first."},
			[]p{{"Gareth Hollins", "managing director", "Nexus", false}}},
		// Police ranks abbreviated without a dot, as British papers write
		// them, are written out.
		{[]string{"Dyfed-Powys Police said thefts rose. Sgt Rhodri Bevan said farmers should lock gates. Det Supt Jane Doe said the inquiry continued."},
			[]p{{"Rhodri Bevan", "Sergeant", "Dyfed-Powys Police", false}, {"Jane Doe", "Detective Superintendent", "Dyfed-Powys Police", false}}},
		// A role shared ("co-spokeswoman"); a foreman; a contributor's
		// credit after two hyphens.
		{[]string{"Léa Martinelli, co-spokeswoman of the Clean Air Campaign, said she was pleased.",
			"João Ferreira, a 52-year-old construction foreman, said he was sad.",
			"--With assistance from Devika Rao."},
			[]p{{"Léa Martinelli", "co-spokeswoman", "Clean Air Campaign", true}, {"João Ferreira", "construction foreman", "", false},
				{"Devika Rao", "", "The Test Times", false}}},
		// Members of the Scottish Parliament, like MPs.
		{[]string{"Voters went to the polls.", "Labour MSP John Grant said the proposal was bad."},
			[]p{{"John Grant", "MSP", "Labour", false}}},
		// A body's name joined by another language's little words.
		{[]string{"Linda Akinyi, a programme officer at Kituo cha Sheria, said the trial was slow.",
			"Lucía Vargas, a lawyer at Derecho y Ambiente, said the law was weak."},
			[]p{{"Linda Akinyi", "programme officer", "Kituo cha Sheria", true}, {"Lucía Vargas", "lawyer", "Derecho y Ambiente", false}}},
		// Streets are no one, but a surname may be a street's word;
		// Alhaji and Comrade are honorifics; a tradie's trade.
		{[]string{"Pickets stood outside depots in Tyseley and Lifford Lane, and traffic on Francis St and Somerville Rd was slow.",
			"The chairman of the marketers, Alhaji Sani Bello, said members wanted fuel. Its deputy president, Comrade Ade Yusuf, said no. Sophie Lane, a nurse, agreed.",
			"Bundoora tradie Jason Micallef, 38, said he had been fined."},
			[]p{{"Sani Bello", "chairman of the marketers", "", false}, {"Ade Yusuf", "deputy president", "", false}, {"Sophie Lane", "nurse", "", false},
				{"Jason Micallef", "tradie", "", false}}},
		// Campaign groups by what an appositive or a clause says of them:
		// a civic trust, a parents' organisation, a network of
		// environmental groups, "which campaigns for"; a party "campaigns
		// on" a platform.
		{[]string{"Alasdair Bain, director of the Dunmore Association, the town's civic trust, said the money had to be spent well.",
			"Eileen Prentice, executive director of Linkup, the national parents' organisation, said parents would be worried.",
			"Paulo Aranha, policy coordinator at the Forest Observatory, a network of environmental groups, said the government should act.",
			"Niall Devereux, chief executive of Fair Play Now, which campaigns for reform of football governance, said the row showed why.",
			"Neues Land, which campaigns on cutting red tape, won 15% of the vote. Its lead candidate, Jana Stein, said the result was historic."},
			[]p{{"Alasdair Bain", "director", "Dunmore Association", true}, {"Eileen Prentice", "executive director", "Linkup", true},
				{"Paulo Aranha", "policy coordinator", "Forest Observatory", true}, {"Niall Devereux", "chief executive", "Fair Play Now", true},
				{"Jana Stein", "lead candidate", "Neues Land", false}}},
		// A word between two of a role's nouns, but not "former"; a
		// co-chairman; an entomologist before the name.
		{[]string{"Fiona Castle, Gatwick's chief operating officer, said it had closed.",
			"Ade Ogun, the executive vice chairman of the commission, welcomed the ruling.",
			"Ingrid Holm, an aviation safety consultant and former investigator with the Norwegian Safety Investigation Authority, said the failure was systemic.",
			"Dr Nora Acht, co-chairman of the BMA's resident doctors committee, said ministers had left them no choice.",
			"Entomologist Arnel Cruz of the University of the Philippines said rains had left water standing."},
			[]p{{"Fiona Castle", "chief operating officer", "Gatwick", false}, {"Ade Ogun", "executive vice chairman", "commission", false},
				{"Ingrid Holm", "aviation safety consultant", "", true}, {"Nora Acht", "co-chairman", "BMA", false},
				{"Arnel Cruz", "Entomologist", "University of the Philippines", true}}},
		// A surname that is also a place's, when the name speaks or is
		// described; not a company in a list ("Lendlease, John Holland
		// and…") nor a byline's place.
		{[]string{"Juan Ignacio Lagos, an economist at the Pontifical Catholic University of Chile, said a strike could cut growth.",
			"Maria Jordan said the mine would reopen.", "The group includes Lendlease, John Holland and Bouygues Construction.", "Ruth Calloway Istanbul"},
			[]p{{"Juan Ignacio Lagos", "economist", "Pontifical Catholic University of Chile", true}, {"Maria Jordan", "", "", false}}},
		// And a surname that is also a role's, after a given name or an
		// honorific; a plain style's "NAME is director general of X"; a
		// mountain guide.
		{[]string{"Prof Josefina Lagos, an astronomer at the University of Chile, said the risk was real.",
			"Karen Driver, a nurse, said it was bad. Julie Bishop said no.",
			"Narayan Prasad Ghimire is director general of Nepal's Department of Tourism. He said the fee would help.",
			"Mingma Tenzing Sherpa is a 44-year-old mountain guide. He said the fee was too high."},
			[]p{{"Josefina Lagos", "astronomer", "University of Chile", true}, {"Karen Driver", "nurse", "", false}, {"Julie Bishop", "", "", false},
				{"Narayan Prasad Ghimire", "director general", "Nepal's Department of Tourism", false}, {"Mingma Tenzing Sherpa", "mountain guide", "", false}}},
		// A body named for those it speaks for or its cause, even as a
		// council; not a hospital, nor a unit of a department.
		{[]string{"Renters Queensland policy manager Dana Kell said rents had outrun wages.",
			"Owen Pike, chief executive of the Youth Affairs Council Tasmania, said the curfew would not work.",
			"Rita Osei, chief medical officer at Mercy Children's Hospital, said beds were full."},
			[]p{{"Dana Kell", "policy manager", "Renters Queensland", true}, {"Owen Pike", "chief executive", "Youth Affairs Council Tasmania", true},
				{"Rita Osei", "chief medical officer", "Mercy Children's Hospital", false}}},
		// A first name that is also a place's, of a name "of" a body that
		// speaks, its letters in brackets; a role and its body opening the
		// sentence; a party's letters and a seat in brackets, which name
		// no one; "ap" inside a name; a minister for two words of a
		// portfolio; a securities firm.
		{[]string{"Rizal Mahendra of the Mining Advocacy Network (Jatam) said the blast was part of a pattern.",
			"Chairman of the Senate Committee on Finance, Sani Wamba, said the bills were fair. Senator Obi Nnadi (PDP, Enugu East) said states would lose.",
			"Deputy Climate Change Minister Rhys ap Dafydd said so. Minister for Mineral Resources Aviaja Lyberth agreed. Minister of Labor Tsai Hsin-yi disagreed.",
			"Yoon Seo-hyun, an analyst at Hana Securities, said output would hold."},
			[]p{{"Rizal Mahendra", "", "Mining Advocacy Network", true}, {"Sani Wamba", "Chairman", "Senate Committee on Finance", false},
				{"Obi Nnadi", "Senator", "Peoples Democratic Party", false}, {"Rhys ap Dafydd", "Deputy Climate Change Minister", "", false},
				{"Aviaja Lyberth", "Minister for Mineral Resources", "", false}, {"Tsai Hsin-yi", "Minister of Labor", "", false},
				{"Yoon Seo-hyun", "analyst", "Hana Securities", true}}},
		// Portfolios of power, ecology, the presidency and the like run
		// no further than the name.
		{[]string{"Federal Minister for Power Tariq Mansoor told a press conference the plan would work.",
			"Secretary for Environment and Ecology Lau Chi-wing told the Legislative Council the plan was shelved."},
			[]p{{"Tariq Mansoor", "Minister for Power", "", false}, {"Lau Chi-wing", "Secretary for Environment and Ecology", "", false}}},
		// Bodies named for a disease or for support; "a Horn of Africa
		// analyst"; "The chairman of X, NAME," opening the sentence.
		{[]string{"Kathryn Mellor, the chief executive of Victim Support, said victims were let down.",
			"Hélène Bastier, vice-president of public policy at Diabetes Canada, said costs would fall.",
			"Mehari Tsegay, a Horn of Africa analyst at the International Crisis Group, said the text was vague.",
			"The chairman of the Ferry Owners Association, Sam Ode, said fares would rise."},
			[]p{{"Kathryn Mellor", "chief executive", "Victim Support", true}, {"Hélène Bastier", "vice-president of public policy", "Diabetes Canada", true},
				{"Mehari Tsegay", "Horn of Africa analyst", "International Crisis Group", true}, {"Sam Ode", "chairman", "Ferry Owners Association", false}}},
		// A railway's, a forum's and a scheme's names are bodies'.
		{[]string{"Sydney Trains chief executive Martin Ashgrove said the network would run. Sydney Trains said more.",
			"The Passenger Forum said fares were too high."},
			[]p{{"Martin Ashgrove", "chief executive", "Sydney Trains", false}}},
		// A day before an appositive is no one.
		{[]string{"In his address to Congress on Monday, the president said the operators had broken the law."}, []p{}},
		// A passenger before the name; Catalan "i" inside a name.
		{[]string{"Passenger Zuhura Athumani said the train was fast.", "Jordi Casals i Ferrer, a labour economist at the University of Barcelona, said so."},
			[]p{{"Zuhura Athumani", "passenger", "", false}, {"Jordi Casals i Ferrer", "labour economist", "University of Barcelona", true}}},
		// Names alone opening the story: a byline without "By".
		{[]string{"Kaltoum Idris in Port Sudan and Owen Harland", "Hundreds of thousands of civilians are trapped, aid groups said on Monday."},
			[]p{{"Kaltoum Idris", "", "The Test Times", false}, {"Owen Harland", "", "The Test Times", false}}},
		// "By NAME" on a line of its own: the outlet's writer.
		{[]string{"By Thandeka Mabuza", "Eskom will raise tariffs by 12.7% from April, the regulator said on Monday."},
			[]p{{"Thandeka Mabuza", "", "The Test Times", false}}},
		// A name written again in its own script before the appositive; a
		// lecturer "in" a field before the honorific; a body and the town
		// it is in, before the name; a charity described after "of".
		{[]string{"Chen Yi-ting (陳怡婷), a hydrologist at National Taiwan University, said agriculture used 70 percent of the water.",
			"Monash University senior lecturer in digital education Dr Simon Marchetti said research was mixed.",
			"A labour law lecturer at Ahmadu Bello University, Zaria, Chinwe Okafor, said the union risked legal action.",
			"Mererid Howells, of the environmental charity Friends of the Earth Cymru, said the switch was necessary."},
			[]p{{"Chen Yi-ting", "hydrologist", "National Taiwan University", true}, {"Simon Marchetti", "senior lecturer in digital education", "Monash University", true},
				{"Chinwe Okafor", "labour law lecturer", "Ahmadu Bello University", true}, {"Mererid Howells", "", "Friends of the Earth Cymru", true}}},
		// A body named for its place, before a role (but not "Its"); one
		// of its coordinators; a co-ordinator; a lawyer working with a
		// body; a sports governance group.
		{[]string{"Environment Victoria chief executive Naomi Keogh said the date was too late.",
			"The group Grupa Granica has criticised the wall. \"They decide where people die,\" said Ewa Kubiak, one of its coordinators.",
			"Lê Văn Dũng, marine programme co-ordinator at IUCN Việt Nam, said restoration often failed.",
			"Paolo Neri, a lawyer working with Amnesty International, said the law was vague.",
			"Karin Holm, of the Danish sports governance group Play the Game, said the dispute showed limits."},
			[]p{{"Naomi Keogh", "chief executive", "Environment Victoria", false}, {"Ewa Kubiak", "coordinator", "Grupa Granica", true},
				{"Lê Văn Dũng", "marine programme co-ordinator", "IUCN Việt Nam", true}, {"Paolo Neri", "lawyer", "Amnesty International", true},
				{"Karin Holm", "", "Play the Game", true}}},
		{[]string{"Amnesty International called the vote a step. Its Malaysia researcher, Nadia Kamarul, said: \"It is overdue.\""},
			[]p{{"Nadia Kamarul", "Malaysia researcher", "Amnesty International", true}}},
		// A society speaks for a cause; not a trade's, nor one inside a
		// state committee's name.
		{[]string{"Fiona Ledgard, of the Potteries Heritage Society, said the oven had to be protected.",
			"A spokesman for the Society of Ticket Agents and Retailers, Tom Hale, said its members support it.",
			"Kim Seong-ho, vice chairman of the Presidential Committee on Ageing Society and Population Policy, said the figure was alarming."},
			[]p{{"Fiona Ledgard", "", "Potteries Heritage Society", true}, {"Tom Hale", "spokesman", "Society of Ticket Agents and Retailers", false},
				{"Kim Seong-ho", "vice chairman", "Presidential Committee on Ageing Society and Population Policy", false}}},
		// A Member of the House of Keys; a jockey, a fisherwoman, a
		// conciliator; a firm described by its town; a team between an age
		// and the noun, which is no one; an age in brackets; a translator
		// and the desk translated for.
		{[]string{"Manx Utilities chairman Stuart Kinvig MHK said the authority had held prices down.",
			"Tommy Rourke, a Grade One-winning jump jockey, said riders would adapt.",
			"Yem Sophea, a 52-year-old fisherwoman who has lived on the lake, said the money was too little.",
			"National conciliator Jussi Koskela said both sides had compromised.",
			"Mark Whelan, managing director of a Leeds-based heating firm, said calls had risen.",
			"Lucas Fontaine, a 31-year-old Paris Saint-Germain season-ticket holder, said he had cancelled.",
			"Frieda Amutenya (52), from Ondangwa, who was diagnosed with cancer in February, said she has been sleeping at a relative's house.",
			"Tom Gaffney (71), a retired farmer, said the road was dangerous.",
			"Translated by Htet Arkar for RFA Burmese."},
			[]p{{"Stuart Kinvig", "chairman", "Manx Utilities", false}, {"Tommy Rourke", "Grade One-winning jump jockey", "", false},
				{"Yem Sophea", "fisherwoman", "", false}, {"Jussi Koskela", "national conciliator", "", false},
				{"Mark Whelan", "managing director of a Leeds-based heating firm", "", false},
				{"Lucas Fontaine", "season-ticket holder", "Paris Saint-Germain", false}, {"Frieda Amutenya", "", "", false},
				{"Tom Gaffney", "retired farmer", "", false}, {"Htet Arkar", "translator", "RFA Burmese", false}}},
		// A trade that also names firms, before a given name (but not "the
		// retailer John Lewis", nor "company Freddie Mac"); a minister
		// "with responsibility for"; a single mother of two; a firm that
		// "a" opens, with its town; a stillman, a beneficiary, an aide; a
		// support group; an aide "by" whom a message came is no role.
		{[]string{"Boat tour operator Warren Pyke, 61, said the harbour's reputation was at stake.",
			"Nominations closed, with Christchurch software developer Priya Natarajan confirmed as a candidate.",
			"The minister with responsibility for water, Dwight Falconer, said the Government had approved the money.",
			"Laura Heinonen, a 34-year-old single mother of two in Tampere, said her allowance had fallen.",
			"Darren Kostakis, 48, the director of a Brighton seafood restaurant, was fined on Wednesday.",
			"Ally Grant, 58, a stillman who has worked at the distillery for 27 years, said staff had been told.",
			"Another beneficiary, Mr Simbarashe Dube (63), said residents still needed bridges.",
			"That is what happened to Tasha Greer, 34, a home health aide in Pine Bluff.",
			"Teresa Manalo, spokesperson for Kapatid, a support group for families of political prisoners, said transfers would cut inmates off.",
			"In a voice message shared with The Telegraph by an aide, Mr Alimamy Kargbo insisted that he remained the leader.",
			"Shoppers flocked to the retailer John Lewis on Monday, mortgage finance company Freddie Mac said."},
			[]p{{"Warren Pyke", "tour operator", "", false}, {"Priya Natarajan", "software developer", "", false},
				{"Dwight Falconer", "minister with responsibility for water", "", false}, {"Laura Heinonen", "single mother of two", "", false},
				{"Darren Kostakis", "director of a Brighton seafood restaurant", "", false}, {"Ally Grant", "stillman", "", false},
				{"Simbarashe Dube", "beneficiary", "", false}, {"Tasha Greer", "home health aide", "", false},
				{"Teresa Manalo", "spokesperson", "Kapatid", true}, {"Alimamy Kargbo", "", "", false}}},
		// A "-general" office; a tradesman and a pedestrian; two offices
		// joined by "and" before the body; a unit "at" a body; a body a
		// word describes; a firm's manager or analyst named before, when
		// the firm's name stands alone elsewhere (but not "Area manager");
		// "for a" inside a body's name.
		{[]string{"Emmanuel Siwale is the Commissioner-General of the Zambia Correctional Service. He said all death sentences would be commuted.",
			"Brunswick tradesman Jason Kourakis, 36, said he had paid more than $1100 in fines.",
			"A pedestrian, Nasima Begum, said she was relieved.",
			"Dr Samuel Okonjo, a consultant psychiatrist and honorary senior lecturer at King's College London, said patients were suffering.",
			"Prof Nurun Chowdhury of the urban planning department at Bangladesh University of Engineering and Technology said evictions had never worked. \"They come back,\" she said.",
			"Katherine Ellwood, a transport analyst at the stockbroker Peel Hunt, said the owners would struggle.",
			"Woolworths supply chain director Grant Holcombe said the demands were unreasonable. Staff at Woolworths warehouses walked out.",
			"Area manager Simon Dobbs said pumps were running.",
			"Ama Owusu, a programme officer at the Alliance for a Green Revolution in Africa, said yields were falling."},
			[]p{{"Emmanuel Siwale", "Commissioner-General", "Zambia Correctional Service", false}, {"Jason Kourakis", "tradesman", "", false},
				{"Nasima Begum", "pedestrian", "", false},
				{"Samuel Okonjo", "consultant psychiatrist and honorary senior lecturer", "King's College London", true},
				{"Nurun Chowdhury", "professor", "Bangladesh University of Engineering and Technology", true},
				{"Katherine Ellwood", "transport analyst", "Peel Hunt", true}, {"Grant Holcombe", "supply chain director", "Woolworths", false},
				{"Simon Dobbs", "manager", "", false}, {"Ama Owusu", "programme officer", "Alliance for a Green Revolution", true}}},
		// A portfolio after "for the", and one with a word the list lacks
		// before a given name; but not a body's name after "of the". An
		// animal protection group and an environmental movement speak
		// for causes. A name ending in a number owns a role; "Now I'm" is
		// no one.
		{[]string{"Secretary of State for the Environment Inês Carvalhal said all sectors would share the burden.",
			"Minister of Finance and Prices Maria Cárdenas Ruiz explained the measures on Thursday.",
			"Harriet Lim, president of the Public Transport Users Association, said fares were too high.",
			"Emma Kowalczyk, head of legal affairs at the animal protection group Voiceless, said the offence could be tested. \"We expect a challenge,\" she said.",
			"Nikola Jovanović, a spokesman for the environmental movement Kreni-Promeni, said the group would collect signatures. \"We will not stop,\" he said.",
			"Channel 4's chief executive, Helen Ashdown, described the decision as a victory.",
			"\"You trust these people. Now I'm told somebody has had my address,\" she said."},
			[]p{{"Inês Carvalhal", "Secretary of State for the Environment", "", false}, {"Maria Cárdenas Ruiz", "Minister of Finance and Prices", "", false},
				{"Harriet Lim", "president", "Public Transport Users Association", true},
				{"Emma Kowalczyk", "head of legal affairs", "Voiceless", true}, {"Nikola Jovanović", "spokesman", "Kreni-Promeni", true},
				{"Helen Ashdown", "chief executive", "Channel 4", false}}},
		// A party's letters between its name and the title or the role;
		// a state's minister; "retired" before a trade of two words; a
		// name of two words before "of" and a body, and one after a body,
		// that speak; a representative for a campaign group is its voice,
		// an MP is not.
		{[]string{"Social Democratic Party (PSD) MP Liviu Bârsan said the number of bears had grown.",
			"Save Romania Union (USR) MP Oana Dumitrache said the law was rushed.",
			"Selin Karaağaç, a Republican People's Party (CHP) lawmaker and a physician, said the government was wrong.",
			"László Fekete, a 61-year-old retired bus mechanic, said the fine was unfair.",
			"Scotland's Transport Minister Morag Fenwick said the decision was a matter for the board.",
			"Reto Aebischer of Transparency International Switzerland said the decision was a missed opportunity.",
			"Head of the Iranian Space Agency Mehdi Salehpour said the country had prepared more satellites.",
			"Ellen Markham, Southeast Asia representative for the Committee to Protect Journalists, said the expulsions were \"an attack on the press\"."},
			[]p{{"Liviu Bârsan", "MP", "Social Democratic Party", false}, {"Oana Dumitrache", "MP", "Save Romania Union", false},
				{"Selin Karaağaç", "lawmaker", "Republican People's Party", false}, {"László Fekete", "retired bus mechanic", "", false},
				{"Morag Fenwick", "Transport Minister", "Scotland", false}, {"Reto Aebischer", "", "Transparency International Switzerland", true},
				{"Mehdi Salehpour", "Head", "Iranian Space Agency", false},
				{"Ellen Markham", "Southeast Asia representative", "Committee to Protect Journalists", true}}},
		// A field named by a continent's people or a union of countries
		// stays in the role; "who works with" after "is a lawyer" names
		// the body.
		{[]string{"Olga Bem, a professor of EU law at Leiden University, said the penalty was designed to force change.",
			"Anna Kowal, a lecturer in African history at the University of Ghana, said the archive was at risk.",
			"Ayumi Takahashi is a lawyer who works with the Japan Association for Refugees, a private group in Tokyo."},
			[]p{{"Olga Bem", "professor of EU law", "Leiden University", true}, {"Anna Kowal", "lecturer in African history", "University of Ghana", true},
				{"Ayumi Takahashi", "lawyer", "Japan Association for Refugees", false}}},
		// A portfolio the list lacks a word of, or with a comma in it; a
		// given name after the surname; a role noun after words that
		// qualify a title; a body's letters given in brackets; "Company"
		// before a role is the company named before.
		{[]string{"Commissioner for Refugee Affairs Daniel Kiprono Rotich said the camps were never meant to last so long.",
			"Deputy Minister of the Interior Hsu Kuo-cheng told a news conference the budget would rise.",
			"Minister of Transport, Works and Water Resources Carlisle Bynoe said the increase was needed.",
			"The Chief Executive Officer of the Ghana Chamber of Mines, Mrs Efua Quansah, described the policy as pragmatic.",
			"Board members of Strathclyde Partnership for Transport (SPT) approved the increase. Fraser McKinnon, SPT's director of subway, said it was unavoidable."},
			[]p{{"Daniel Kiprono Rotich", "Commissioner for Refugee Affairs", "", false}, {"Hsu Kuo-cheng", "Deputy Minister of the Interior", "", false},
				{"Carlisle Bynoe", "Minister of Transport, Works and Water Resources", "", false}, {"Efua Quansah", "Chief Executive Officer", "Ghana Chamber of Mines", false},
				{"Fraser McKinnon", "director of subway", "Strathclyde Partnership for Transport", false}}},
		{[]string{"The Canadian company Bombardier lost the contract. Company spokesperson Mathieu Gendron-Roy said the government had missed an opportunity."},
			[]p{{"Mathieu Gendron-Roy", "spokesperson", "Bombardier", false}}},
		// What someone is now says more than what they were; a retired
		// engineer from a town is a voice from the street; a minister of
		// research is no researcher.
		{[]string{"Derek MacTavish, a former air force procurement officer and now a fellow at the Canadian Global Affairs Institute, said the price included training.",
			"Graham Tillotson, 64, a retired engineer from Harrogate, said his premium had risen from £1,300 to £1,950 in two years.",
			"University and Research Minister Carla Ventimiglia said the government had \"heard the students\"."},
			[]p{{"Derek MacTavish", "fellow", "Canadian Global Affairs Institute", true}, {"Graham Tillotson", "retired engineer", "Harrogate", false},
				{"Carla Ventimiglia", "University and Research Minister", "", false}}},
		// Any word but a given name between a title's words; a title's
		// inner word names the body named before; "Eng" is an honorific;
		// a title's field in capitals before "at" the body; a name its
		// initials follow in brackets is a body's; a word that qualifies
		// a portfolio.
		{[]string{"Cornwall Fire and Rescue Service will close two stations. Chief Fire Officer Jonathan Pellow said crews had to match demand.",
			"Chief Operating Officer Maria Castell said the plan was sound.",
			"Eng Khalid bin Said Al Rawahi, Director of Building Permits at Muscat Municipality, said inspections had been stepped up.",
			"Victoria Legal Aid (VLA) refused more grants. Louise Hartnett, VLA's executive director of criminal law, said it had been forced to act.",
			"Deputy Mayor for Territorial Development Ondřej Kratochvíl said the project would bring housing."},
			[]p{{"Jonathan Pellow", "Chief Fire Officer", "Cornwall Fire and Rescue Service", false}, {"Maria Castell", "Chief Operating Officer", "", false},
				{"Khalid bin Said Al Rawahi", "Director of Building Permits", "Muscat Municipality", false},
				{"Louise Hartnett", "executive director of criminal law", "Victoria Legal Aid", false},
				{"Ondřej Kratochvíl", "Deputy Mayor for Territorial Development", "", false}}},
		// A surname that is a place's after "is a"; a minister's portfolio
		// run into the name; a portfolio's word the list lacks after one
		// it has.
		{[]string{"Rosa Elvira Córdoba is a 47-year-old teacher in the town of Bojayá.",
			"Minister for Railways Hisham Abdel-Ghaffar told reporters that human error remained the greatest danger.",
			"Claudine Mukashema is the Minister of State for Gender and Family Promotion."},
			[]p{{"Rosa Elvira Córdoba", "teacher", "", false}, {"Hisham Abdel-Ghaffar", "Minister for Railways", "", false},
				{"Claudine Mukashema", "Minister of State for Gender and Family Promotion", "", false}}},
		// A foundation for a cause is a campaign group; a ratings agency's
		// analysts are experts.
		{[]string{"Gülşen Aktaş, a spokesperson for the environmental foundation TEMA, said farmers should also be required to save water.",
			"Neha Sabharwal-Iyer, senior director at CRISIL Ratings, said the move could reduce capital ratios."},
			[]p{{"Gülşen Aktaş", "spokesperson", "TEMA", true}, {"Neha Sabharwal-Iyer", "senior director", "CRISIL Ratings", true}}},
		// A short form in brackets with letters between the initials.
		{[]string{"The Namibia Public Workers Union (Napwu) wrote to the ministry on Monday. Napwu secretary general Matheus Kaulinge said nurses had heard such promises before."},
			[]p{{"Matheus Kaulinge", "secretary general", "Namibia Public Workers Union", false}}},
		// A hyphened given name; where a post is, after "in the"; a body
		// named with "of" before a possessive; a minister's portfolio with
		// "and" and a word the list lacks, run into the name; a party's
		// letters, then a role with a body after "on".
		{[]string{"Their agriculture spokesperson in the state parliament, Anna-Lena Bruns, called the increase a tax.",
			"Patricia Okonkwo-Marsh, the Royal College of Nursing's director, said the figures showed it.",
			"Under Secretary for Transport and Logistics Winnie Cheung Wai-man presented the proposal on Tuesday.",
			"Abdul Rasyid Harahap, a National Awakening Party (PKB) lawmaker on House Commission VIII, said the quota was misused."},
			[]p{{"Anna-Lena Bruns", "agriculture spokesperson in the state parliament", "", false},
				{"Patricia Okonkwo-Marsh", "director", "Royal College of Nursing", true},
				{"Winnie Cheung Wai-man", "Under Secretary for Transport and Logistics", "", false},
				{"Abdul Rasyid Harahap", "lawmaker", "National Awakening Party", false}}},
		// "do" inside a Portuguese name; an Irish surname's "h" before a
		// capital.
		{[]string{"Maria do Socorro Batista, a 67-year-old retiree in Recife, said she could not afford it.",
			"Prof Colm Ó hAodha, a consultant child psychiatrist at University College Dublin, said waits were too long."},
			[]p{{"Maria do Socorro Batista", "retiree", "", false}, {"Colm Ó hAodha", "consultant child psychiatrist", "University College Dublin", true}}},
		// A research group described after its name; a body that has
		// campaigned; an accountancy firm's partner; a place's name in the
		// middle of three.
		{[]string{"Juliana Restrepo Ossa is an economist at Fedesarrollo, a research group in Bogotá. \"It is fair,\" she said.",
			"Sergio Alcántara Peñalver, a spokesperson for the Federation of Young Researchers, an association that has campaigned for years against temporary contracts, said the law was a start.",
			"Rebecca Ashworth, a tax partner at the accountancy firm Blick Rothenberg, said the thresholds had caused confusion.",
			"Economist Clara Muscat Azzopardi, a lecturer at the University of Malta, said the plan was realistic."},
			[]p{{"Juliana Restrepo Ossa", "economist", "Fedesarrollo", true}, {"Sergio Alcántara Peñalver", "spokesperson", "Federation of Young Researchers", true},
				{"Rebecca Ashworth", "tax partner", "Blick Rothenberg", true}, {"Clara Muscat Azzopardi", "lecturer", "University of Malta", true}}},
		// A rank joined to a role by a hyphen; a trade or a voter before
		// the name; a given name shortened with a dot.
		{[]string{"Vice-Governor Tomáš Vondráček said inflation was easing.", "Oysterman Jory Treloar said the season was too short.",
			"Ma. Teresa Villaruz, a tax lawyer, said the law was fair.", "Ch. Venkata Narasimhulu, the hospital superintendent, said the move was overdue."},
			[]p{{"Tomáš Vondráček", "Vice-Governor", "", false}, {"Jory Treloar", "oysterman", "", false},
				{"Ma. Teresa Villaruz", "tax lawyer", "", true}, {"Ch. Venkata Narasimhulu", "hospital superintendent", "", false}}},
		// A body described after its name as a campaign group, within a
		// few words, or as "one of the" groups, makes its people experts.
		{[]string{"Ahn Min-jung of the People's Solidarity for Participatory Democracy, a civic group, said the strike put patients at risk.",
			"Stavros Papadimitriou, a lawyer with Homo Digitalis, one of the digital rights groups that filed the complaint, said the fine was overdue."},
			[]p{{"Ahn Min-jung", "", "People's Solidarity for Participatory Democracy", true}, {"Stavros Papadimitriou", "lawyer", "Homo Digitalis", true}}},
		// A portfolio of two words, or of two joined by "and", before the
		// name.
		{[]string{"Secretary of State for Civil Protection Henrique Saraiva Lopes said the inspections were about saving lives.",
			"Minister for Livestock and Fisheries Jam Akram Khoso said the government would act."},
			[]p{{"Henrique Saraiva Lopes", "Secretary of State for Civil Protection", "", false}, {"Jam Akram Khoso", "Minister for Livestock and Fisheries", "", false}}},
		// What is near is a place, not a person.
		{[]string{"Ann Heron, 67, who lives near Newton Stewart, said she had walked the same forest paths for years."},
			[]p{{"Ann Heron", "", "", false}}},
		// A body's name that runs on past "and" is no one's.
		{[]string{"Malcolm Tennant, general secretary of the Association of School and College Leaders, said heads had seen a drop."},
			[]p{{"Malcolm Tennant", "general secretary", "Association of School and College Leaders", false}}},
		// Two ranks joined by a hyphen; a trade made with a combining form.
		{[]string{"Lieutenant-Colonel Komlan Essozimna Badjo said the soldiers had returned to barracks.",
			"Para-athlete Jack Rumbold said the decision was unfair."},
			[]p{{"Komlan Essozimna Badjo", "Lieutenant-Colonel", "", false}, {"Jack Rumbold", "Para-athlete", "", false}}},
		// A plural possessive inside a role; a cause written with a
		// hyphen.
		{[]string{"Dr Kirsty Lewandowski, a workers' compensation researcher at Monash University, said the problems began earlier.",
			"Shenelle Crooks, executive director of the human-rights group Jamaicans for Justice, said communities were losing faith."},
			[]p{{"Kirsty Lewandowski", "workers' compensation researcher", "Monash University", true}, {"Shenelle Crooks", "executive director", "Jamaicans for Justice", true}}},
		// "the health board's": the body a noun with a word before it
		// stands for owns the role, and is no part of it.
		{[]string{"Hywel Dda University Health Board said the scans would stop.", "Dr Rhian Gwilym, the health board's medical director, said it was hard."},
			[]p{{"Rhian Gwilym", "medical director", "Hywel Dda University Health Board", false}}},
		// A body described as a "peak body" or a "helpline" before its
		// name; "the body's" stands for the body named before.
		{[]string{"Dean Haskell, chief executive of recreational fishing peak body VRFish, said anglers had waited.",
			"The industry body Energy UK said prices would fall. The body's chief executive, Jane Roe, said so."},
			[]p{{"Dean Haskell", "chief executive", "VRFish", false}, {"Jane Roe", "chief executive", "Energy UK", false}}},
		{[]string{"Anna Kirkwood, of the support service DVConnect, said calls had risen."},
			[]p{{"Anna Kirkwood", "", "DVConnect", false}}},
		// A scientist of a field the lexicon spells out; a role opening
		// the sentence before an honorific.
		{[]string{"University of Melbourne nematologist Dr Kamala Perera said quarantine had worked.",
			"Economist Dr Anand Persad, of the University of the West Indies, said the increase was overdue."},
			[]p{{"Kamala Perera", "nematologist", "University of Melbourne", true}, {"Anand Persad", "Economist", "University of the West Indies", true}}},
		// A role and a body of many words opening the sentence say more
		// than the professor's rank after them.
		{[]string{"A food scientist at the Kwame Nkrumah University of Science and Technology (KNUST), Prof. Gloria Mensah, said it was bad."},
			[]p{{"Gloria Mensah", "food scientist", "Kwame Nkrumah University of Science and Technology", true}}},
		// A surname that names a lake, when a role or a speech verb
		// follows; "Crater Lake, a popular park," is a place.
		{[]string{"Shanelle Lake, executive director of the Anguilla National Trust, said the Trust was concerned.", "Crater Lake, a popular park, was closed."},
			[]p{{"Shanelle Lake", "executive director", "Anguilla National Trust", true}}},
		// A charity's director speaks for its cause; a body its
		// description names, in the possessive, is no one.
		{[]string{"Beatrice Lamont, charity director at Independent Age, said many older people had been told the change would be simple.",
			"Tom Rundle, manager of the homelessness charity Shekinah's outreach team, said staff were busy."},
			[]p{{"Beatrice Lamont", "charity director", "Independent Age", true}, {"Tom Rundle", "manager", "Shekinah", true}}},
		// A fellow or an analyst at a body whose name reads as a
		// government's is still a scholar.
		{[]string{"Tamara Voss, a senior fellow at the Metropolitan Planning Council, said the extension was good news.",
			"Vincent Lau Ka-ming, chief analyst at Centaline Property Agency, said transactions could rise."},
			[]p{{"Tamara Voss", "senior fellow", "Metropolitan Planning Council", true}, {"Vincent Lau Ka-ming", "chief analyst", "Centaline Property Agency", true}}},
		// A town's office is the town's, not its country's.
		{[]string{"Ákos Szilágyi, Budapest's deputy mayor for finance, said the city had been pushed to the edge.",
			"Tsegaye Alemu, the deputy mayor of Addis Ababa, said the work would go on."},
			[]p{{"Ákos Szilágyi", "deputy mayor for finance", "Budapest", false}, {"Tsegaye Alemu", "deputy mayor", "Addis Ababa", false}}},
		// A party's name in the possessive before a name.
		{[]string{"In Cork City South Central, Fianna Fáil's Declan Harrington topped the poll."},
			[]p{{"Declan Harrington", "", "Fianna Fáil", false}}},
		// "I'm NAME.": the reporter who reads the story out signs off.
		{[]string{"Rain fell on the capital.", "I'm Jonathan Mercer."},
			[]p{{"Jonathan Mercer", "reporter", "The Test Times", false}}},
		// An engineer's and a Maltese architect's honorifics.
		{[]string{"Engr Ibukun Oyediran, a structural engineer, said the building was weak.", "Perit Mark Zammit Attard said the plans were sound."},
			[]p{{"Ibukun Oyediran", "structural engineer", "", true}, {"Mark Zammit Attard", "", "", false}}},
		// A title's portfolio after "for" or "of", with or without a name
		// after it.
		{[]string{"The Office of the Commissioner for Children said it was concerned.",
			"Union Minister of State for Finance Ramesh Chaudhary said the government respected the court.",
			"Ministry of Finance and National Planning Permanent Secretary for Budget and Economic Affairs Kelvin Chisanga said the arrears would be paid.",
			"Minister of Climate and the Environment Heikki Rantala said the figures were a wake-up call.",
			"Transportation Undersecretary for Railways Rodolfo Maglaya said the increase was needed."},
			[]p{{"Ramesh Chaudhary", "Minister of State for Finance", "Union", false},
				{"Kelvin Chisanga", "Permanent Secretary for Budget and Economic Affairs", "Ministry of Finance and National Planning", false},
				{"Heikki Rantala", "Minister of Climate and the Environment", "", false},
				{"Rodolfo Maglaya", "Transportation Undersecretary for Railways", "", false}}},
		// Bylines and credits: a desk after the name, "Edited by" after a
		// comma.
		{[]string{"Supermarket prices are under scrutiny.", "Samuel Ashworth Latin America correspondent",
			"Prices rose on Tuesday.", "Reported by Manpreet Kaur Sandhu, Edited by Ritika Malhotra"},
			[]p{{"Samuel Ashworth", "Latin America correspondent", "The Test Times", false}, {"Manpreet Kaur Sandhu", "reporter", "The Test Times", false},
				{"Ritika Malhotra", "editor", "The Test Times", false}}},
		// A field before the role in the plain style; a role and its body
		// in lower case opening the sentence, after "But"; an observer
		// mission's head is no observer.
		{[]string{"Emmanuel Dolo is program director at the Center for Transparency, a civil society group.",
			"The leader of the Labour group on the council, Amina Yusuf, accused the mayor of selling off the family silver.",
			"But the head of the observer mission of the Organization for Security and Co-operation in Europe, Ingrid Solheim, said the vote lacked competition."},
			[]p{{"Emmanuel Dolo", "program director", "Center for Transparency", false}, {"Amina Yusuf", "leader", "Labour", false},
				{"Ingrid Solheim", "head of the observer mission", "Organization for Security and Co-operation", false}}},
		// A capitals byline with its agency after it; a role and what it
		// serves before a person's name, not a body's; "Independent" as a
		// title only before a given name; a credit at the story's foot,
		// not a programme's.
		{[]string{"By RUDI HARTONO Associated Press", "A volcano erupted on Monday.",
			"Counsel assisting the commission, Ruth Abernethy, told the hearing that the footage was clear.",
			"Independent Rob Tarrant trailed on 46.2 per cent. The Independent Football Regulator said nothing.",
			"With files from Sasha Mendoza and The Canadian Press", "With files from Information Morning",
			"Her neighbor, Jojo Palmares, said he borrowed 150,000 pesos, or about $2,600. The sea rescue service, Salvamento Marítimo, said its crews had intercepted 37 boats, most of them canoes.",
			"Mr Justice Fennimore said the inspector had erred in law."},
			[]p{{"Ruth Abernethy", "Counsel", "", false}, {"Rob Tarrant", "Independent", "", false},
				{"Sasha Mendoza", "", "The Test Times", false}, {"Jojo Palmares", "", "", false}, {"Fennimore", "judge", "", false},
				{"Rudi Hartono", "", "Associated Press", false}}},
		// A byline alone on its line after a time stamp; a job after an
		// age; a role after "according to".
		{[]string{"July 21, 2022 5:04 AM ET", "Claire Vanterpool", "Hundreds of truck drivers have blocked the port.",
			"Peter Kamau, 52, has worked as a mechanic for Rift Valley Airways for 19 years."},
			[]p{{"Claire Vanterpool", "", "The Test Times", false}, {"Peter Kamau", "mechanic", "Rift Valley Airways", false}}},
		// A second name in a byline shares its outlet; a GP is a role;
		// whose kin; a role after "For her part,".
		{[]string{"Eleanor Pryce and Sam Okonjo, BBC News", "Temperatures reached 34.7C on Tuesday.",
			"Dr Rachel Kingi, a GP in Otara, said her practice had received 60 doses.",
			"Denise Hollis, Terrence's mother, said she has watched the clip.",
			"For her part, the Executive Director of the Ghana Employers Association, Madam Abena Frimpong-Boateng, said employers were struggling."},
			[]p{{"Eleanor Pryce", "", "BBC News", false}, {"Sam Okonjo", "", "BBC News", false}, {"Rachel Kingi", "GP", "", false},
				{"Denise Hollis", "mother of Terrence", "", false},
				{"Abena Frimpong-Boateng", "Executive Director", "Ghana Employers Association", false}}},
		// Photographers' credits: "(NAME for The Washington Post)",
		// "(Antara Photo/NAME)", whose agency is no one.
		{[]string{"Nurses rallied on Monday.", "(Marcus Dill for The Washington Post)", "(Antara Photo/Irwansyah Putra)"},
			[]p{{"Marcus Dill", "photographer", "The Washington Post", false}, {"Irwansyah Putra", "photographer", "Antara", false}}},
		// A caption's last words, and an agency spaced before the name.
		{[]string{"Nurses rallied on Monday.", "A helicopter drops water above West Kelowna on Friday. Jordan Petrakis/The Canadian Press",
			"The minister at a briefing. Photo: RNZ / Jake Halloran", "The lake below the glacier would be enlarged. (Keystone / Anton Reber)"},
			[]p{{"Jordan Petrakis", "photographer", "The Canadian Press", false}, {"Jake Halloran", "photographer", "RNZ", false}, {"Anton Reber", "photographer", "Keystone", false}}},
		// An editor whose "its" the text leaves to a party is no commentator
		// from another outlet.
		{[]string{"The ruling Justice and Development Party has long criticised the site.", "Its editor, Zeynep Aksoy, said the team would move the site. \"We will not stop,\" she said."},
			[]p{{"Zeynep Aksoy", "editor", "Justice and Development Party", false}}},
		// A byline's time stamp or town after a bar is no employer.
		{[]string{"Noa Ben-Haim | Published: 01.24.23, 19:12", "Police questioned two officers on Monday."},
			[]p{{"Noa Ben-Haim", "", "The Test Times", false}}},
		// A body of a larger one, named by its letters after its
		// description.
		{[]string{"Amina Warsame is a spokesperson for the United Nations refugee agency, UNHCR, in Nairobi.",
			"A spokesman for the UN refugee agency (UNHCR), Andrew Nyamweya, said aid groups were distributing food."},
			[]p{{"Amina Warsame", "spokesperson", "UNHCR", false}, {"Andrew Nyamweya", "spokesman", "UNHCR", false}}},
		// A byline's desk after its outlet.
		{[]string{"By Lin Yu-ting, Taiwan News, Staff Writer", "The former mayor went on trial on Monday."},
			[]p{{"Lin Yu-ting", "Staff Writer", "Taiwan News", false}}},
		// A role from the verb of a who-clause: a farmer, whatever the
		// land; a skipper of the boat.
		{[]string{"Nenita Gallardo, 58, who farms two hectares next to the airport fence, said she was worried.",
			"Elspeth Gunn, who skippers a creel boat out of Scrabster, said crews had not been consulted."},
			[]p{{"Nenita Gallardo", "farmer", "", false}, {"Elspeth Gunn", "skipper of a creel boat out of Scrabster", "", false}}},
		// A portfolio's list of commas in a role opening the sentence.
		{[]string{"But the Commissioner for Education, Science and Technology, Halima Yusuf-Odaudu, said the government had released funds."},
			[]p{{"Halima Yusuf-Odaudu", "Commissioner", "Education", false}}},
		{[]string{"The Ohio Department of Education will spend $12 million.", "The money is ready, according to department spokesperson Kyle Brennaman."},
			[]p{{"Kyle Brennaman", "department spokesperson", "Ohio Department of Education", false}}},
		// "Club CEO NAME", "who moved to join the club": the club the story
		// names.
		{[]string{"Deccan United FC have not paid their players.", "Club CEO Sandeep Varma admitted there had been delays.",
			"Goalkeeper Ashwin Pillai, 24, who moved to join the club two years ago, said he had borrowed money."},
			[]p{{"Sandeep Varma", "CEO", "Deccan United FC", false}, {"Ashwin Pillai", "Goalkeeper", "Deccan United FC", false}}},
		// A known place's wider area, a body whose name holds a
		// preposition and an institute named in Spanish are no one.
		{[]string{"Small shops across Greater Buenos Aires say they are struggling.",
			"Lucía Mendiburu, a national deputy for the opposition Unión por la Patria bloc, said Congress should act.",
			"Florencia Arrieta, an analyst at the Instituto Argentino de la Energía General Mosconi, said the rises were painful."},
			[]p{{"Lucía Mendiburu", "national deputy", "Unión por la Patria", false}, {"Florencia Arrieta", "analyst", "Instituto Argentino de la Energía General Mosconi", true}}},
		// Who heads a research group speaks as an expert, under a title
		// written in lower case; a senator of a party whose name reads as
		// a research centre's does not.
		{[]string{"Lorenzo Vitale, president of the GIMBE Foundation, an independent health research group, said public health spending had fallen.",
			"Opposition senator Andrés Mejía Londoño of the Democratic Center party said the report was \"a failing grade\"."},
			[]p{{"Lorenzo Vitale", "president", "GIMBE Foundation", true}, {"Andrés Mejía Londoño", "senator", "Democratic Center", false}}},
		// A professor of the field a who-clause says the professor
		// studies.
		{[]string{"Jennifer Ostrowski, a professor who studies supply chains at Rutgers University, said the damage would grow quickly.",
			"Recall votes remain rare, said Professor Naoko Fujiwara, who studies local government at Waseda University."},
			[]p{{"Jennifer Ostrowski", "professor of supply chains", "Rutgers University", true}, {"Naoko Fujiwara", "Professor of local government", "Waseda University", true}}},
		// A worker of the workplace a who-clause or the next sentence
		// names; not of a city.
		{[]string{"Giorgos Karras, 47, who works at a packaging factory outside the city, said he was worried.",
			"Marcelo Aravena Soto is 38 years old. He has worked at the port for 15 years.", "Joe Bloggs is 50. He worked in the city for years."},
			[]p{{"Giorgos Karras", "packaging factory worker", "", false}, {"Marcelo Aravena Soto", "port worker", "", false}, {"Joe Bloggs", "", "", false}}},
		// A firm's name opening a sentence before its analyst's role, at
		// its first mention; not a word the text writes in lower case too.
		{[]string{"Rabobank grains analyst Kirsty McLeish said growers would not get the full benefit.",
			"Veteran analyst Bill Evans said rates would fall.", "Poll analyst Harish Verma said the poll would be close."},
			[]p{{"Kirsty McLeish", "grains analyst", "Rabobank", true}, {"Bill Evans", "veteran analyst", "", true}, {"Harish Verma", "analyst", "", true}}},
		// A ministry's spokesperson, "ministry" in lower case: the
		// ministry named before, not the country; a ministry named for a
		// cause is no campaign group.
		{[]string{"Peru's Ministry of Transport and Communications said on Tuesday it would send a bridge.", "\"It will be ready soon,\" said ministry spokesperson Julio Cárdenas Vela.",
			"Katharina Moser, a spokesperson for the Ministry for Climate Action, said the change was needed."},
			[]p{{"Julio Cárdenas Vela", "ministry spokesperson", "Ministry of Transport and Communications", false}, {"Katharina Moser", "spokesperson", "Ministry for Climate Action", false}}},
		// Two fields, then a third word, before the analyst.
		{[]string{"Paolo Venturini, a property and casualty insurance analyst at Toronto-based Kestrel Risk Partners, said losses could rise.",
			"Federal, state and territory education ministers will meet next month."},
			[]p{{"Paolo Venturini", "property and casualty insurance analyst", "Kestrel Risk Partners", true}}},
		// A capitalised title "The" or a country's possessive opens, set
		// off before the name; an attaché at an embassy.
		{[]string{"The Programme Officer of Media Rights Agenda, Mr Femi Adekanye, said the Act was used to silence journalists.",
			"The labor attaché at the Embassy of Bangladesh, Mr Mizanur Rahman Chowdhury, said the embassy was in contact."},
			[]p{{"Femi Adekanye", "Programme Officer", "Media Rights Agenda", true}, {"Mizanur Rahman Chowdhury", "labor attaché", "Embassy of Bangladesh", false}}},
		// A university's town after it is no one; a scientist at a
		// state's research council speaks as a scholar.
		{[]string{"Dr Priya Natarajan, a sports scientist at St Mary's University, Twickenham, who studies blood doping, said detection had improved.",
			"Asif Mehmood, a senior scientist at the Pakistan Agricultural Research Council, said new varieties had helped."},
			[]p{{"Priya Natarajan", "sports scientist", "St Mary's University", true}, {"Asif Mehmood", "senior scientist", "Pakistan Agricultural Research Council", true}}},
		// A former official who now teaches at a university speaks as an
		// expert.
		{[]string{"Gustavo Pizarro Kessler, a former Central Bank vice-president who now teaches at the University of Buenos Aires, said the cut was premature."},
			[]p{{"Gustavo Pizarro Kessler", "former Central Bank vice-president", "University of Buenos Aires", true}}},
		// A union's letters, then the state its branch is in, then the
		// office: the union, and the state's branch in the role.
		{[]string{"The Maritime Union of Australia called the strike.", "MUA Victorian branch secretary Con Stavrakis said members were angry.",
			"Australian Nursing and Midwifery Federation (ANMF) Victorian branch secretary Maree Sandoval said members were being punched."},
			[]p{{"Con Stavrakis", "Victorian branch secretary", "Maritime Union of Australia", false}, {"Maree Sandoval", "Victorian branch secretary", "Australian Nursing and Midwifery Federation", false}}},
		// A scholar's trade before an academic rank keeps the rank.
		{[]string{"Monash University hydrologist Associate Professor Fiona Leckie said rainfall was below average."},
			[]p{{"Fiona Leckie", "hydrologist, Associate Professor", "Monash University", true}}},
		// A firm's research director speaks as an analyst.
		{[]string{"CoreLogic research director Eliza Brandt said the decline was now broad-based."},
			[]p{{"Eliza Brandt", "research director", "CoreLogic", true}}},
		// A group named for whom it speaks, with a plural possessive, is
		// no unit of a body.
		{[]string{"Lianne Booker, of the campaign group Rail Passengers' Action Group, said services were fighting over the tracks."},
			[]p{{"Lianne Booker", "", "Rail Passengers' Action Group", true}}},
		// A museum's keeper, a government's plenipotentiary.
		{[]string{"Dr Fiona Lachlan, keeper of world cultures at the Dunmore Museum, said the trustees had agreed.",
			"Tadeusz Wierzbicki, the government's plenipotentiary for the project, said the new timetable was realistic."},
			[]p{{"Fiona Lachlan", "keeper of world cultures", "Dunmore Museum", false}, {"Tadeusz Wierzbicki", "government's plenipotentiary", "", false}}},
		// A body's letters before the role are the affiliation; a field's
		// letters are the role's.
		{[]string{"The Rugby Football Union's board survived a vote of no confidence over the pay of its chief executive.",
			"At a meeting on Tuesday, member clubs rejected the motion.", "Anthony Whitcombe, the RFU chairman, said he would step down in July.",
			"Kevin Lau, 41, an IT consultant, said the rebate had made up his mind."},
			[]p{{"Anthony Whitcombe", "chairman", "Rugby Football Union", false}, {"Kevin Lau", "IT consultant", "", false}}},
		// Who runs a small business owns it; who runs a national body
		// heads it.
		{[]string{"Narelle Joyce, 58, who runs a travel agency in Corio, said customers were driving to Tullamarine.",
			"Helen Mbeki, who runs the National Theatre, said the grant would help."},
			[]p{{"Narelle Joyce", "owner of a travel agency in Corio", "", false}, {"Helen Mbeki", "head", "National Theatre", false}}},
		// A pupil's parent, by a whose-clause; not a bereaved one.
		{[]string{"Nadia Okafor, whose two children attend one of the schools earmarked for closure, said parents felt blindsided.",
			"Tina Kostopoulos, whose son is in Grade 2, said families were angry.", "Fiona Rudd, whose son died of an overdose, said more help was needed."},
			[]p{{"Nadia Okafor", "parent", "", false}, {"Tina Kostopoulos", "parent", "", false}, {"Fiona Rudd", "", "", false}}},
		// A village named as one is no one; a town's councillor is.
		{[]string{"Margaret Ellery, 76, a churchwarden in the Norfolk village of Wickhampton Parva, said the roof leaked.", "Wendy Harker, a town councillor, said the plan was rushed."},
			[]p{{"Margaret Ellery", "churchwarden", "", false}, {"Wendy Harker", "town councillor", "", false}}},
		// The speaker before a long body's name: the professor, not his
		// college.
		{[]string{"Public administration professor Ronaldo Pacheco of the University of the Philippines National College of Public Administration and Governance said moving exams online would reduce bribery."},
			[]p{{"Ronaldo Pacheco", "public administration professor", "University of the Philippines National College of Public Administration and Governance", true}}},
	}
	for _, tt := range tests {
		e := extractText("2024-10-23", tt.in...)
		got := []p{}
		for _, x := range e.People {
			got = append(got, p{x.Name, x.Role, x.Affiliation, x.Expert})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Extract(%q).People (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestBylineOutlet reads a byline without "By" that gives its outlet in
// brackets, or its desk after a comma, and a credit with "By" in brackets.
func TestBylineOutlet(t *testing.T) {
	for _, tt := range []struct{ outlet, line, want string }{
		{"The Jakarta Post", "Dewi Kartikasari (The Jakarta Post)", "The Jakarta Post"},
		{"The Herald", "Tafadzwa Mpofu, Midlands Bureau", "Midlands Bureau"},
	} {
		a := article.Article{Title: "T", Outlet: tt.outlet, Paragraphs: []string{tt.line, "The council has urged residents to boil water."}}
		e := Extract(a)
		if len(e.People) != 1 || e.People[0].Affiliation != tt.want {
			t.Errorf("%q: people %+v, want one of %s", tt.line, e.People, tt.want)
		}
	}
	// A byline in capitals, its desk after a comma; a dateline, a
	// newsroom's name and a place are no one.
	for _, tt := range []struct{ line, name, role, affil string }{
		{"BY THANDEKA MAGAGULA", "Thandeka Magagula", "", "The Test Times"},
		{"HARUKA INOUE, Nikkei staff writer", "Haruka Inoue", "staff writer", "Nikkei"},
		{"MARCUS ELLINGHAM, JUSTICE REPORTER, TORONTO", "Marcus Ellingham", "justice reporter", "The Test Times"},
		{"COLIN MARCHETTI VANCOUVER", "Colin Marchetti", "", "The Test Times"},
		{"KUALA LUMPUR, Sept 25 — Malaysia had 23,149 unsold homes.", "", "", ""},
		{"BBC NEWS", "", "", ""},
	} {
		e := Extract(article.Article{Title: "T", Outlet: "The Test Times", Paragraphs: []string{tt.line, "Thousands of people applied for jobs on Monday."}})
		var got []string
		for _, p := range e.People {
			got = append(got, p.Name+" | "+p.Role+" | "+p.Affiliation)
		}
		want := []string(nil)
		if tt.name != "" {
			want = []string{tt.name + " | " + tt.role + " | " + tt.affil}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: people %q, want %q", tt.line, got, want)
		}
	}
	// A photograph's credit: the agency before "Photo/", or after the
	// name following "Credit:".
	for line, want := range map[string]string{"Supporters celebrate in Zaragoza. (AP Photo/Carlos Medina)": "AP", "Tarrant celebrates at the count in Yate Credit: Tom Farrow/PA": "PA"} {
		e := Extract(article.Article{Title: "T", Outlet: "The Test Times", Paragraphs: []string{"Rain fell.", line}})
		if n := len(e.People); n == 0 || e.People[n-1].Affiliation != want {
			t.Errorf("%q: people %+v, want the last of %s", line, e.People, want)
		}
	}
	// A wire's closing credit in brackets names both writers.
	a := article.Article{Title: "T", Outlet: "Focus Taiwan", Paragraphs: []string{"Rain fell on Taipei.", "(By Chen Yu-ting and Matthew Lin) Enditem/ls"}}
	e := Extract(a)
	if len(e.People) != 2 || e.People[0].Affiliation != "Focus Taiwan" || e.People[1].Affiliation != "Focus Taiwan" {
		t.Errorf("wire credit: people %+v, want two of Focus Taiwan", e.People)
	}
}

// TestOutletIsNoOne checks that the article's own outlet, named after a
// byline's desk, with or without its "The", is not taken for a person.
func TestOutletIsNoOne(t *testing.T) {
	for _, outlet := range []string{"Herald Sun", "The Evening Sun"} {
		name := strings.TrimPrefix(outlet, "The ")
		a := article.Article{Title: "T", Outlet: outlet, Paragraphs: []string{
			"Kieran Doyle, State Politics Reporter, " + name,
			"Criminals face two years in jail under new laws.",
			"The " + name + " understands the laws will also let police keep data.",
		}}
		var got []string
		for _, p := range Extract(a).People {
			got = append(got, p.Name+" / "+p.Role+" / "+p.Affiliation)
		}
		if want := []string{"Kieran Doyle / State Politics Reporter / " + outlet}; !slices.Equal(got, want) {
			t.Errorf("outlet %q: people %q, want %q", outlet, got, want)
		}
	}
}

func TestOrganizations(t *testing.T) {
	tests := []struct {
		in   []string
		want []string
	}{
		// A name that ends another is that body; the name a body is known
		// by is its alias; a place's possessive opens a description.
		{[]string{"The Australian Federal Police will get the powers. In 2019 the Federal Police raided a newsroom.",
			"The United Nations World Food Programme asked for $200 million. The World Food Programme has received less.",
			"The cuts total 90,000, according to the European Association of Automotive Suppliers, known as CLEPA. CLEPA said more would follow.",
			"Volkmar, Germany's second-biggest carmaker, said it would cut 12,000 jobs."},
			[]string{"Australian Federal Police", "United Nations World Food Programme", "European Association of Automotive Suppliers", "Volkmar"}},
		// "Club" before a title is a noun, not a second club.
		{[]string{"Deccan United FC have not paid their players.", "Club CEO Sandeep Varma admitted there had been delays."},
			[]string{"Deccan United FC"}},
		// A ministry's portfolios listed with commas, whose spokesperson
		// then speaks for it.
		{[]string{"A spokesperson for the Department for Environment, Food and Rural Affairs said the ban would stay."},
			[]string{"Department for Environment, Food and Rural Affairs"}},
		// A chemicals company's name; a body described, then named in
		// apposition; a company suffix.
		{[]string{"Brenner Chemie, based in Ludwigshafen, said it would work with regulators."}, []string{"Brenner Chemie"}},
		{[]string{"Israel's largest labor federation, the Histadrut, declared a strike. Halvard Foods Plc closed."}, []string{"Histadrut", "Halvard Foods Plc"}},
		// A name a which-clause describes as doing what bodies do.
		{[]string{"The Australian Energy Producers, which represents the industry, said the policy would deter investment."}, []string{"Australian Energy Producers"}},
		// Names that end on a police force's, an inspectorate's or a
		// company's word are bodies, not people.
		{[]string{"A spokesman for Lancashire Constabulary said the review would report soon.",
			"The Drinking Water Inspectorate said the firm had breached its duties.",
			"Lugg Valley Dairies said milk collections would resume."},
			[]string{"Lancashire Constabulary", "Drinking Water Inspectorate", "Lugg Valley Dairies"}},
		// A port operator's, a housebuilder's or a research lab's word.
		{[]string{"Nordhaven Shipping signed an agreement with port owner Kestrel Ports on Wednesday.",
			"Harwell Terminals' charge rose to $161. Marlowe Homes said the houses were needed.",
			"Prof Sipho Mathebula of the Grid Futures Lab said the ruling exposed a weakness."},
			[]string{"Nordhaven Shipping", "Kestrel Ports", "Harwell Terminals", "Marlowe Homes", "Grid Futures Lab"}},
		// A seafood firm, a quarry company, a plastics maker, an
		// insolvency firm.
		{[]string{"Ocean Harvest Seafoods said the closure would cost jobs. Peakstone Aggregates said the quarry was fenced.",
			"Halden Polymers said it would close its plant. Fiona Maddox of Kestrel Restructuring said buyers had been found."},
			[]string{"Ocean Harvest Seafoods", "Peakstone Aggregates", "Halden Polymers", "Kestrel Restructuring"}},
		// One word with a capital inside is a company, not a person.
		{[]string{"Meta and ByteDance, the owner of TikTok, said they offered tools for parents."}, []string{"ByteDance", "TikTok"}},
		// A known body's name with a word in lower case; an acronym in
		// brackets written as a word; a presidential office's name.
		{[]string{"The Committee to Protect Journalists says 16 reporters are in prison.",
			"The court set aside an order by the Pakistan Electronic Media Regulatory Authority (Pemra). Pemra's counsel argued it had acted lawfully.",
			"The presidential office Cheong Wa Dae said it welcomed the outcome."},
			[]string{"Committee to Protect Journalists", "Pakistan Electronic Media Regulatory Authority", "Cheong Wa Dae"}},
		// A name that ends in a party's plural is a party.
		{[]string{"The Liberal Democrats called for an emergency plan."}, []string{"Liberal Democrats"}},
		// An app named after its description; a union's local branch.
		{[]string{"The regulator fined the video-sharing app Flicka. Members of the Transit Workers Union Local 412 voted to strike."},
			[]string{"Flicka", "Transit Workers Union Local"}},
		// A date after a name is no part of it.
		{[]string{"The European Commission on Wednesday fined Nimbus Systems. NASA will report to Congress on October 15."},
			[]string{"European Commission", "Nimbus Systems", "NASA", "Congress"}},
		// Named as bodies by the noun after them or by an appositive.
		{[]string{"A Cadem poll found that 58% agree. The populist Sanseito party won.", "Axiom Space, the Houston company building the suits, said so."},
			[]string{"Cadem", "Sanseito", "Axiom Space"}},
		// Led by a demonym or, in Romance languages, by the body's word.
		{[]string{"Deutsche Bahn said trains ran. The Banco Central de Chile held rates."},
			[]string{"Deutsche Bahn", "Banco Central de Chile"}},
		// Described before the name, or after it past a possessive; a
		// title before a body's word; a plural possessive inside a name.
		{[]string{"A law firm, Harlow Legal, said on Wednesday it had filed a suit against Coralink, the country's largest mobile operator.",
			"Grant Holloway also owns a stake in a Major League Soccer franchise. The Dunmore Rovers Supporters' Trust backed him."},
			[]string{"Harlow Legal", "Coralink", "Major League Soccer", "Dunmore Rovers Supporters' Trust"}},
		// A tournament's name holds neither a title nor a body; the
		// plural of an organisation word.
		{[]string{"Demir won the Australian Open and will play in the Billie Jean King Cup. The Africa Centres for Disease Control and Prevention said doses were coming."},
			[]string{"Africa Centres for Disease Control and Prevention"}},
		// Bodies with a title word or a trade in their names.
		{[]string{"The General Confederation of Labour called a strike. The ship's manager, Athens-based Kalypso Maritime, said there was no spill."},
			[]string{"General Confederation of Labour", "Kalypso Maritime"}},
		// A country's ministry, named after its possessive.
		{[]string{"Peru's Ministry of Transport and Communications said on Tuesday it would send a bridge."},
			[]string{"Ministry of Transport and Communications"}},
		// A known body's branch in a country.
		{[]string{"Greenpeace Brazil said the government should also protect the Cerrado."},
			[]string{"Greenpeace Brazil"}},
		// A drug company; a Spanish company's leading word.
		{[]string{"Sunvale Pharma said it would sell the drug. Minera Atacama said it had suspended operations."},
			[]string{"Sunvale Pharma", "Minera Atacama"}},
		// "&" inside a name; a body's first word alone is that body.
		{[]string{"The Centers for Medicare & Medicaid Services will decide. Corvanta Therapeutics set the price.", "Corvanta said it would ship in September."},
			[]string{"Centers for Medicare & Medicaid Services", "Corvanta Therapeutics"}},
		// "and" between the services a utility is named for stays inside
		// its name; between two companies it does not.
		{[]string{"The Kisumu Water and Sewerage Company said supply would resume. The Energy and Petroleum Regulatory Authority set prices.",
			"Ashford Water and Kentmere Energy said bills would rise."},
			[]string{"Kisumu Water and Sewerage Company", "Energy and Petroleum Regulatory Authority", "Ashford Water", "Kentmere Energy"}},
		// "&" between capitalised words names a firm or a body; between
		// two people's names, two people.
		{[]string{"By Anna Okello & Peter Mwangi", "Marks & Spencer said sales rose. A spokesman for Scottish Land & Estates said deer move."},
			[]string{"Marks & Spencer", "Scottish Land & Estates"}},
		// A name with "and" that its initials follow in brackets is one
		// body's.
		{[]string{"The case was brought by the Health and Safety Executive (HSE). HSE said the firm cut corners."},
			[]string{"Health and Safety Executive"}},
		// A Finnish company's suffix; a miner named for its metal; a
		// games studio; a cooperative.
		{[]string{"The court said Lumora Oy had misled buyers. Red Lake Nickel said it would stop mining. Nuri Interactive and Union Coop appealed."},
			[]string{"Lumora Oy", "Red Lake Nickel", "Nuri Interactive", "Union Coop"}},
		// "of the" further on in a name opened by "Council for the".
		{[]string{"Quotas follow advice from the International Council for the Exploration of the Sea."},
			[]string{"International Council for the Exploration of the Sea"}},
		// Universities' own bodies; a sector's body in a nation; an "X
		// of Y" name runs on past "and" though a word comes between.
		{[]string{"Universities of the Netherlands said it supported the bill. Universities UK disagreed, as did Water UK.",
			"The Philippine Association of State Universities and Colleges, or PASUC, said the schools need more."},
			[]string{"Universities of the Netherlands", "Universities UK", "Water UK", "Philippine Association of State Universities and Colleges"}},
	}
	for _, tt := range tests {
		e := extractText("2025-06-12", tt.in...)
		got := []string{}
		for _, o := range e.Organizations {
			got = append(got, o.Name)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Extract(%q).Organizations (-want +got):\n%s", tt.in, diff)
		}
	}
}

// A governor with no state in their sentence holds the office of the state
// the headline names, not of the one named last.
func TestHeadlineState(t *testing.T) {
	a := article.Article{Title: "Hurricane Delia Makes Landfall in Louisiana", Outlet: "The Test Times", Paragraphs: []string{
		"Hurricane Delia made landfall near Morgan City, Louisiana, early Wednesday.",
		"The storm was expected to weaken as it moved inland over Mississippi.",
		"Gov. Brett Landry declared a state of emergency on Monday.",
	}}
	a.Published, _ = time.Parse(article.DateLayout, "2026-09-30")
	e := Extract(a)
	if len(e.People) != 1 || e.People[0].Affiliation != "Louisiana" {
		t.Errorf("people = %+v, want Brett Landry of Louisiana", e.People)
	}
}

// "United" ends a club's name, but "United States" is a place and
// "and" after it joins no body's name.
func TestClubsAndPlaces(t *testing.T) {
	e := extractText("2026-11-10", "Harrowgate United lost again. Seoul sold arms to intermediaries like the United States and Poland.")
	var orgs, places []string
	for _, o := range e.Organizations {
		orgs = append(orgs, o.Name+"/"+o.Kind)
	}
	for _, p := range e.Places {
		places = append(places, p.Name)
	}
	if want := []string{"Harrowgate United/club"}; !slices.Equal(orgs, want) {
		t.Errorf("organisations = %q, want %q", orgs, want)
	}
	if want := []string{"Seoul", "United States", "Poland"}; !slices.Equal(places, want) {
		t.Errorf("places = %q, want %q", places, want)
	}
}

// A subheading is labelled other, and is no item of a section and no
// claim.
func TestHeadings(t *testing.T) {
	e := extractText("2026-04-09", "Lawmakers approved the rules on Wednesday.", "What does the law do?", "The law bans autoplay for children.")
	if e.Paragraphs[1].Label != "other" {
		t.Errorf("heading labelled %s", e.Paragraphs[1].Label)
	}
	for _, s := range e.Sections {
		for _, it := range s.Items {
			if it.Source.Paragraph == 1 {
				t.Errorf("section %s holds the heading", s.ID)
			}
		}
	}
	for _, c := range e.Claims {
		if c.Source.Paragraph == 1 {
			t.Errorf("the heading is a claim: %q", c.Text)
		}
	}
	if len(e.Claims) != 2 {
		t.Errorf("%d claims, want 2", len(e.Claims))
	}
	// A few words quoted from the story, with no stop inside the marks,
	// head what follows; a quoted sentence does not.
	e = extractText("2026-04-09", "Lawmakers approved the rules on Wednesday.", "‘TOO LITTLE, TOO LATE’", "Campaigners said the law came years late.", "'We will fight on.'")
	if got := e.Paragraphs[1].Label; got != "other" {
		t.Errorf("quoted heading labelled %s", got)
	}
	if got := e.Paragraphs[3].Label; got == "other" {
		t.Errorf("quoted sentence labelled %s", got)
	}
	// A few words, then the quoted words that end the line.
	e = extractText("2026-04-09", "Lawmakers approved the rules on Wednesday.", "Police 'studying the judgement'", "The force said it would respond.", "He called the ruling 'a disgrace'")
	if got := e.Paragraphs[1].Label; got != "other" {
		t.Errorf("heading ending in a quotation labelled %s", got)
	}
	if got := e.Paragraphs[3].Label; got == "other" {
		t.Errorf("sentence ending in a quotation labelled %s", got)
	}
}

// TestPageFurniture labels what a copied web page carries around a story
// (a byline, a time stamp, a photo's caption, a pointer to another story, a
// credit, a note on the writer) as headings, and finds the lede after them.
func TestPageFurniture(t *testing.T) {
	e := extractText("2019-10-24",
		"Protest law passes as climate activists vow to keep blocking roads",
		"By Harriet Coleby",
		"Updated October 24, 2019 — 6.15pm",
		"Protesters who lock themselves to roads will face up to two years in jail under laws that passed on Thursday.",
		"Premier Joanne Petrakis said the laws struck the right balance.",
		"Extinction Rebellion protesters block a CBD intersection earlier this month.Credit:AAP",
		"RELATED ARTICLE",
		"Dozens arrested as climate activists shut down Sydney streets",
		"Protesters in Sydney [Ameer Khalaf/Reuters]",
		"Karina Lachance · CBC News · Posted: Oct 03, 2018 4:00 AM ET",
		"The opposition said it would not stand in the way of the bill.",
		"(With inputs from PTI)",
		"Iván Castellón Rivas contributed reporting from Managua, Nicaragua.",
		"Harriet Coleby is a state political reporter for The Sydney Morning Herald.")
	want := map[int]string{0: "summary", 1: "other", 2: "other", 3: "summary", 4: "official_statement", 5: "other", 6: "other", 7: "other", 8: "other", 9: "other", 11: "other", 12: "other", 13: "other"}
	for p, l := range want {
		if got := e.Paragraphs[p].Label; got != l {
			t.Errorf("paragraph %d %q labelled %s, want %s", p, e.Paragraphs[p].Text, got, l)
		}
	}
	// Links to other stories, prompts and a wire's notes.
	for _, text := range []string{"Related Topics: Ministry of Defence, Armed Forces, UK politics", "You may also be interested in: Sierra Leone election",
		"Go to BBCAfrica.com for more news from the African continent.", "Join ST's Telegram channel and get the latest breaking news delivered to you.",
		"Get the day's top news delivered to your inbox.", "Some information for this story came from The Associated Press and Reuters.",
		"list 1 of 2 Cambodia's ruling party claims landslide", "($1 = 152.8000 yen)",
		"Opposition supporters gathered outside the Supreme Court building in Malé on Sunday night. Getty Images",
		"Image source, AFP. Image caption, Opposition MPs left the chamber in Freetown",
		"Reported by Manpreet Kaur Sandhu, Edited by Ritika Malhotra", "Analysis by Ishaan Mehrotra, BBC News, Guwahati",
		"MORE NEWS: Medibank hackers release more customer files", "Related coverage: LDP suffers defeats in three by-elections",
		"Related Articles: Britain's armed forces could run out of ammunition", "READ ALSO: Ondo teachers threaten strike",
		"Follow BBC East Midlands on Facebook, Twitter, or Instagram.", "Topics: Immigration and asylum; Refugees; news",
		"Published : Nov. 24, 2021 - 15:42", "(yoonsh@heraldcorp.com)", "With reporting by RFE/RL's Kyrgyz Service and AKIpress",
		"Support PREMIUM TIMES' journalism of integrity and credibility",
		"Translation of an original article published in French on lemonde.fr; the publisher may only be liable for the French version.",
		"The block near Glendhu Bay where the company wanted to build 68 homes. Kerrin Matheson/Stuff",
		"Related Stories: Tourists urged to check boat licences", "Go further: DR Congo: children still working in cobalt mines",
		"MORE: Teachers across the country walk out", "MORE COVERAGE: A-League Men fixture released", "READ: Why provincial airports are full",
		"Explore more on these topics: Protest; Police; Civil liberties", "What do you think of this story? Write to us in the Comments Section.",
		"Are you a patient? Share your experience by emailing haveyoursay@bbc.co.uk.", "If you or someone you know needs help, contact Lifeline on 13 11 14.",
		"(Updates with professor's comment in 11th paragraph.)", "Follow BBC North East & Cumbria on Facebook, Twitter and Instagram.",
		"Go to BBC Africa for more news from the African continent.", "February 14, 2025 at 11:32 AM GMT+1",
		"Miaoli District Court. (CNA photo)", "Firefighters inspect burnt-out tents at the camp. © Julien Maréchal, AFP",
		"Officials at the signing ceremony in Baku on Monday. — Supplied photo", "A beekeeper checks a frame of honeycomb. Photo by VnExpress/Tran Hoa",
		"MORE A-LEAGUES NEWS: Victory coach under fire after derby loss", "Related Article: Why one Melbourne school locked up its students' phones",
		"English version by Rosalind Hartley.", "This article has been updated.", "ab/ng (dpa, epd)",
		"For emergency updates, visit the VicEmergency website or call the hotline on 1800 226 226.",
		"Rescue workers at the site of the derailment. (State Emergency Service / Telegram)",
		"HARVEST. Farmers dry freshly harvested palay along a road. File photo by Karlo Mendiola/Rappler"} {
		if !furniture(text) {
			t.Errorf("furniture(%q) = false", text)
		}
	}
	// A story's own lines are no furniture.
	for _, text := range []string{"By Friday, the army had withdrawn.", "The minister said the plan would cost $2 billion.", "He spoke to reporters in Ankara.",
		"Some information was withheld by police.", "You may also need a visa.", "Go to the polls on Sunday, the president urged.",
		"Analysis by London Councils, which represents the capital's 32 boroughs, shows the number is falling.",
		"Follow the money, the senator said.", "Support for the plan fell to 40%, a poll found.", "Published figures show a rise.",
		"If the deal fails, prices will rise.", "What do you think the minister meant, he asked.", "Share prices fell 3% on Monday.",
		"This article was first drafted in 2019, the editor said.", "For now, officials will call it a pause.", "For the next two weeks, visitors must call ahead."} {
		if furniture(text) {
			t.Errorf("furniture(%q) = true", text)
		}
	}
}

// TestGlossary labels the word list a story may end with as headings: no
// section item and no claim.
func TestGlossary(t *testing.T) {
	e := extractText("2018-03-09", "Farmers are planting sorghum after poor rains.", "Words in This Story",
		"hectare – n. a unit of area equal to 10,000 square meters", "porridge - noun a soft food made by boiling grain",
		"Copyright 2021 NPR. To see more, visit https://www.npr.org.",
		"Image copyright Reuters Image caption Supporters took to the streets after the result",
		"Here is a look at what is at stake.")
	for p := 1; p < 7; p++ {
		if e.Paragraphs[p].Label != "other" {
			t.Errorf("paragraph %d labelled %s", p, e.Paragraphs[p].Label)
		}
	}
	if len(e.Claims) != 1 {
		t.Errorf("%d claims, want 1", len(e.Claims))
	}
}

// TestStateBodyAndProtest: an unnamed state body speaks for itself;
// marchers chanting are the public's voice; a reform is described as a law.
func TestStateBodyAndProtest(t *testing.T) {
	e := extractText("2022-10-27", "The cedi has lost 40% this year.", "Prices of food and fuel have soared.", "Traders say customers are buying less.",
		"The government blames the war in Ukraine and the strong dollar.",
		"Hundreds of people marched through Accra, chanting slogans.",
		"The reform aims to save 900 billion reais in pension costs.",
		"Rights groups say the government has stifled dissent.")
	if got := e.Claims[3].Attribution; got != "The government" {
		t.Errorf("attribution %q, want The government", got)
	}
	if got := e.Paragraphs[3].Label; got != "official_statement" {
		t.Errorf("paragraph 3 labelled %s", got)
	}
	if got := e.Paragraphs[4].Label; got != "public_opinion" {
		t.Errorf("paragraph 4 labelled %s", got)
	}
	// A measure described as a law's terms are.
	if got := e.Paragraphs[5].Label; got != "agreement_or_law" {
		t.Errorf("paragraph 5 labelled %s", got)
	}
	// A decree as a subject, even with "a"; but not "A law firm".
	e2 := extractText("2017-09-27", "Saudi Arabia will allow women to drive.", "The ban was criticised.", "Officials spoke.",
		"A royal decree issued on Tuesday ordered the formation of a committee.",
		"A law firm, Harlow Legal, said it had registered 12,000 customers.",
		"The former Wales manager, Iwan Pritchard, is the bookmakers' favourite to replace him.")
	if got := e2.Paragraphs[3].Label; got != "agreement_or_law" {
		t.Errorf("decree labelled %s", got)
	}
	if got := e2.Paragraphs[4].Label; got == "agreement_or_law" {
		t.Errorf("law firm labelled %s", got)
	}
	if got := e2.Paragraphs[5].Label; got != "what_next" {
		t.Errorf("favourite to replace labelled %s", got)
	}
	// A record measured against the past is news, not history.
	e3 := extractText("2018-03-14", "Housing starts fell in February.",
		"Prices of food have soared, and inflation reached 37.2% in February, the highest in more than two decades.",
		"Builders blamed the weather.", "Permits also fell.",
		"The company was founded in 2009 and has grown since.")
	if got := e3.Paragraphs[1].Label; got == "background" {
		t.Errorf("a record labelled %s: %v", got, e3.Paragraphs[1].Cues)
	}
	if got := e3.Paragraphs[4].Label; got != "background" {
		t.Errorf("history labelled %s", got)
	}
	// A plan an official or a body tells: a statement mid-story, what comes
	// next at its end.
	e4 := extractText("2025-03-12", "Bird flu has spread to a third farm.", "Officials culled 40,000 hens.", "The farm was closed.",
		"The minister said the government would bring in a law on farm checks.", "Farmers are worried.", "Exports have fallen.",
		"The European Food Safety Authority said it would publish a risk assessment within two weeks.")
	if got := e4.Paragraphs[3].Label; got != "official_statement" {
		t.Errorf("a plan mid-story labelled %s", got)
	}
	if got := e4.Paragraphs[6].Label; got != "what_next" {
		t.Errorf("a plan closing the story labelled %s", got)
	}
	// A charity the lexicon knows speaks as a campaign group.
	e5 := extractText("2022-09-14", "A woman was bitten by a dog.", "Police seized the dog.", "A man was arrested.",
		"The RSPCA said breed-specific bans did not work and called for better education of owners.")
	if got := e5.Paragraphs[3].Label; got != "expert_view" {
		t.Errorf("a charity's statement labelled %s", got)
	}
	// Campaign groups unnamed are expert voices.
	if got := e.Paragraphs[6].Label; got != "expert_view" {
		t.Errorf("paragraph 6 labelled %s", got)
	}
	if got := e.Claims[6].Attribution; got != "Rights groups" {
		t.Errorf("attribution %q, want Rights groups", got)
	}
}

func TestNumbers(t *testing.T) {
	type n struct {
		Text   string
		Value  float64
		Counts string
		Approx bool
	}
	tests := []struct {
		in   string
		want []n
	}{
		// An age group's lower bound.
		{"The vaccine is offered to people aged 65 and over. Those 75 and above can apply.",
			[]n{{"65 and over", 65, "", true}, {"75 and above", 75, "", true}}},
		// Two ages, or the ages of a group, joined by "and" or "to".
		{"The vaccine is for girls between the ages of 10 and 14. Two men, aged 19 and 22, were charged. Children aged 5 to 11 will get it.",
			[]n{{"10 and 14", 10, "age", false}, {"Two", 2, "men", false}, {"19 and 22", 19, "age", false}, {"5 to 11", 5, "age", true}}},
		// What a share measures, named right after it; not a time after it.
		{"Players agreed to a 30% pay cut. Lawmakers approved a 7% increase. The limits are about 40% more than advised. Prices rose 3% last year.",
			[]n{{"30%", 30, "percent pay cut", false}, {"7%", 7, "percent increase", false}, {"about 40%", 40, "percent more", true}, {"3%", 3, "percent", false}}},
		// Thousands set apart by spaces; pesos with cents after a bare "P".
		{"More than 1 000 fishermen went out. They earn about 13 000 rand. Rates rose by P0.4621 per kilowatt-hour.",
			[]n{{"More than 1 000", 1000, "fishermen went out", true}, {"about 13 000", 13000, "rand", true}, {"P0.4621 per kilowatt-hour", 0.4621, "per kilowatt-hour", false}}},
		// How many times over: verbs and "-fold" words, "double" only
		// after "almost" and the like.
		{"Prices more than doubled last year, and the firm reported a fourfold rise in profit. It was a double standard, and rents almost double in summer.",
			[]n{{"more than doubled", 2, "times", true}, {"fourfold", 4, "times rise", false}, {"almost double", 2, "times", true}}},
		// "one per cent" is a share, where "one" alone is not counted.
		{"Fines of up to one per cent of turnover apply, and one firm paid.",
			[]n{{"up to one per cent", 1, "percent of turnover apply", true}}},
		// Half a scale: "half a billion", "half a million".
		{"Half a billion pounds has been written off, and about half a million people have fled.",
			[]n{{"Half a billion", 5e8, "pounds", false}, {"about half a million", 5e5, "people", true}}},
		// Currencies by their signs: the peso, the naira, the won.
		{"The cap is ₱41 per kilo; fees rose to ₦500 and ₩3,000.",
			[]n{{"₱41 per kilo", 41, "per kilo", false}, {"₦500", 500, "", false}, {"₩3,000", 3000, "", false}}},
		{"North Korea sent approximately 1,500 special forces and plans around 12,000 troops.",
			[]n{{"approximately 1,500", 1500, "special forces", true}, {"around 12,000", 12000, "troops", true}}},
		// A vote's tally; ranges; a score is no tally.
		{"The Senate voted 74-24, and the Assembly passed it 41 to 11. The team won 3-1.",
			[]n{{"74-24", 74, "vote", false}, {"41 to 11", 41, "vote", false}}},
		// "twice" is two times, how much more or how often.
		{"Prices are twice as high. Inspectors visit twice a month.",
			[]n{{"twice", 2, "times", false}, {"twice a month", 2, "times per month", false}}},
		// "one" opens a range before "or" or "to" and another figure; alone
		// it is most often a pronoun.
		{"Shoppers may buy one or two packets. Sentences run one to three years. It was one of the options.",
			[]n{{"one or two", 1, "packets", true}, {"one to three", 1, "years", true}}},
		// Two figures joined by a hyphen, the second the larger, are a
		// range.
		{"Vaccines cut infections by 30-40%. The trip takes 60-180 days.",
			[]n{{"30-40%", 30, "percent", true}, {"60-180", 60, "days", true}}},
		// Kwacha and kyat written "K" bare, after a word of price or range.
		{"Bus fares rose from K200 to K300. The K9 unit arrived.",
			[]n{{"from K200 to K300", 200, "", true}}},
		// Omani rials and Saudi riyals glued to the amount.
		{"Fines reach RO300, and fees rose to SAR500.",
			[]n{{"RO300", 300, "", false}, {"SAR500", 500, "", false}}},
		// A guess between two figures joined by "or"; not a choice between
		// figures far apart.
		{"Wards had 14 or 15 nurses. Families pay $2000 or $3000 a year. The vote needs 5 or 500 signatures.",
			[]n{{"14 or 15", 14, "nurses", true}, {"$2000 or $3000 a year", 2000, "per year", true}, {"5", 5, "", false}, {"500", 500, "signatures", false}}},
		{"Rain of 1 to 2 inches is forecast. Prices will rise 3 to 5 per cent, between 33% and 36% of sales.",
			[]n{{"1 to 2", 1, "inches", true}, {"3 to 5 per cent", 3, "percent", true}, {"between 33% and 36%", 33, "percent of sales", true}}},
		// Currencies written in letters, glued to the amount, with the
		// scale glued on too.
		{"The deal added R15.9bn to the bill. Fines of Sh500,000 apply. The vaccine, R21, works.",
			[]n{{"R15.9bn", 15.9e9, "", false}, {"Sh500,000", 500000, "apply", false}}},
		// A range or a change of amounts, each with its currency.
		{"The fee fell from $200 to $100 a night; fines of $50 to $80 per tonne apply.",
			[]n{{"from $200 to $100 a night", 200, "per night", true}, {"$50 to $80 per tonne", 50, "per tonne", true}}},
		// Dirhams, naira and pesos in letters; a bare letter only with a
		// thousands comma ("N95" is a mask); a currency the lexicon lacks
		// leaves no stray "000".
		{"Fines of Dh400 apply. The wage rose to N62,000; nurses wore N95 masks. Rents rose SR15,000. Fees are Le2,500.",
			[]n{{"Dh400", 400, "apply", false}, {"N62,000", 62000, "", false}, {"SR15,000", 15000, "", false}}},
		// A currency in letters set apart from its amount; whose dollars
		// they are; dinars; pesos after a word of price.
		{"The fare rose from Rs 25 to Rs 40. The deal is worth about A$170m. Fines of JD750 apply. Onions cost P600 a kilo.",
			[]n{{"from Rs 25 to Rs 40", 25, "", true}, {"about A$170m", 170e6, "", true}, {"JD750", 750, "apply", false}, {"P600 a kilo", 600, "per kilo", false}}},
		// A bare "R" or "N" with a small amount after a word of price or
		// another amount; a scale after a hyphen, as South African papers
		// write it. "The R21 vaccine and N95 masks" stay names.
		{"A ticket costs R34, up from R31. The line costs about R2.4-billion a year. The R21 vaccine and N95 masks came.",
			[]n{{"R34", 34, "", false}, {"R31", 31, "", false}, {"about R2.4-billion a year", 2.4e9, "per year", true}}},
		{"It plans to deploy thousands of soldiers for eight hours.",
			[]n{{"thousands", 2000, "soldiers", true}, {"eight", 8, "hours", false}}},
		{"The fund adds €1.2 billion; 78% of respondents agreed.",
			[]n{{"€1.2 billion", 1.2e9, "", false}, {"78%", 78, "percent of respondents", false}}},
		// Dinars of Kuwait, set apart or glued to the amount.
		{"Nurses are paid between KD 550 and KD 700 a month; agencies charge KD900.",
			[]n{{"between KD 550 and KD 700 a month", 550, "per month", true}, {"KD900", 900, "", false}}},
		// A ratio: "one nurse for every four", with or without the noun.
		{"Wards must keep one nurse for every four patients; some had one for every eight.",
			[]n{{"one nurse for every four", 0.25, "patients", false}, {"one for every eight", 0.125, "", false}}},
		// A count of a whole without "the"; a share "out of every" ten.
		{"Only 512 of 1105 towers were built, and four out of every ten seats went to women.",
			[]n{{"512 of 1105", 512, "towers", false}, {"four out of every ten", 0.4, "seats", false}}},
		{"The party won 157 of the 182 seats and close to 13% of the vote.",
			[]n{{"157 of the 182", 157, "seats", false}, {"close to 13%", 13, "percent of the vote", true}}},
		// The figure converted, in brackets, is part of it; a year or
		// words in brackets are not.
		{"It cost $900 (£680) and the cliff lost about 4m (13ft). It fell 5% (2019). Some 300 people (mostly women) came.",
			[]n{{"$900 (£680)", 900, "", false}, {"about 4m (13ft)", 4, "m", true}, {"5%", 5, "percent", false}, {"2019", 2019, "year", false}, {"Some 300", 300, "people", true}}},
		// Vietnamese dong glued to the amount, the D crossed or not.
		{"Fares rose to VNĐ23,800 a trip; tolls are VND1,200 per kilometer.",
			[]n{{"VNĐ23,800 a trip", 23800, "per trip", false}, {"VND1,200 per kilometer", 1200, "per kilometer", false}}},
		// Whose dollars, between the sign and the amount.
		{"Nickel traded around $US16,500 a tonne; the deal was worth $A170m.",
			[]n{{"around $US16,500 a tonne", 16500, "per tonne", true}, {"$A170m", 170e6, "", false}}},
		// An ordinal that counts what follows it is a figure; a day of a
		// month, a share, a name and a British school year are not.
		{"It was the 14th consecutive increase and the fourth time this year; the team came sixth place. Talks resume on the 13th. A third of homes flooded; he won a third time. Sixth forms will close after the Second World War memorial opens.",
			[]n{{"14th", 14, "consecutive increase", false}, {"fourth", 4, "time", false}, {"sixth", 6, "place", false}, {"A third", 1.0 / 3, "homes", false}, {"third", 3, "time", false}}},
		// "one" before a unit is a measure, the unit with it; "one day"
		// and "one of" are not.
		{"The ban lasts one week and rates rose one percentage point. One day we will win; one of them left. It needs a one-year delay.",
			[]n{{"one week", 1, "", false}, {"one percentage point", 1, "", false}, {"one-year", 1, "year delay", false}}},
		// A bare "P" after what is spent, earned or was paid.
		{"A driver who earns P800 a day said it was P50, then P500.",
			[]n{{"P800 a day", 800, "per day", false}, {"P50", 50, "", false}, {"P500", 500, "", false}}},
		// A half after "and" is part of the figure; a temperature's unit;
		// an en dash between figures as a hyphen is: a tally, a range,
		// but no score.
		{"He was jailed for seven and a half years. It reached 25°C, or 77 °F. MPs voted 103–79. Prices rose 10–15 per cent. She and a half-sister left.",
			[]n{{"seven and a half", 7.5, "years", false}, {"25°C", 25, "degrees Celsius", false}, {"77 °F", 77, "degrees Fahrenheit", false}, {"103–79", 103, "vote", false}, {"10–15 per cent", 10, "percent", true}}},
		{"Arsenal won 3–1 on Sunday.", []n{}},
		// A bound after "or": what more or fewer of follows; an age or a
		// level over or under counts nothing after it.
		{"Firms with 10 or fewer staff are exempt. Everyone aged 18 or over can serve.",
			[]n{{"10 or fewer", 10, "staff", true}, {"18 or over", 18, "", true}}},
		// Four digits after a verb in the past or an approximation, before
		// a plural, count it; "the 2019 elections" is a year.
		{"Police seized 1912 vehicles and almost 2100 open investigations remain. The 2019 elections were close.",
			[]n{{"1912", 1912, "vehicles", false}, {"almost 2100", 2100, "open investigations", true}, {"2019", 2019, "year", false}}},
		// Omani rials in letters; a billion glued on as "b".
		{"Revenue reached OMR12.4 million; the county needs Sh14.5b for roads.",
			[]n{{"OMR12.4 million", 12.4e6, "", false}, {"Sh14.5b", 14.5e9, "", false}}},
		// A rate in a population.
		{"Thefts rose to 8118 per 100,000 people.", []n{{"8118 per 100,000", 8118, "per 100,000 people", false}}},
		// A unit per unit glued on with "/": a speed, a price of power.
		{"The limit drops to 40km/h; power costs about $100/MWh.",
			[]n{{"40km/h", 40, "km per h", false}, {"about $100/MWh", 100, "per MWh", true}}},
		// A price per unit.
		{"Gas averaged $14 a gigajoule last year; the vaccine costs less than $2 a dose.",
			[]n{{"$14 a gigajoule", 14, "per gigajoule", false}, {"less than $2 a dose", 2, "per dose", true}}},
		{"More than one million people fled; one of them spoke.",
			[]n{{"More than one million", 1e6, "people", true}}},
		{"Almost one in five voters are undecided; a third of homes flooded. No one in the room came third.",
			[]n{{"Almost one in five", 0.2, "voters", true}, {"a third", 1.0 / 3, "homes", false}}},
		// Fractions with a hyphen; half after "by" and before a unit; a
		// half alone is no figure.
		{"About one-third of homes flooded and three-quarters of roads closed. Prices fell by half; the rate rose by half a percentage point. Half the time, nobody came.",
			[]n{{"About one-third", 1.0 / 3, "homes", true}, {"three-quarters", 0.75, "roads", false}, {"half", 0.5, "", false}, {"half a percentage point", 0.5, "", false}}},
		{"Two out of three governments lose; six in 10 parents agree; dozens of submissions came.",
			[]n{{"Two out of three", 2.0 / 3, "governments", false}, {"six in 10", 0.6, "parents", false}, {"dozens", 24, "submissions", true}}},
		// After "of", a determiner or an owner opens what is counted; a rate
		// ends the figure.
		{"Fines reach up to 4% of a company's global turnover, and about 20% of its trains ran; it costs about $180 a year.",
			[]n{{"up to 4%", 4, "percent of a company's global turnover", true}, {"about 20%", 20, "percent of its trains", true}, {"about $180 a year", 180, "per year", true}}},
		{"It won a seventh-term and the war ended in 1953. The 52-year-old left at 9 a.m. on 23 October.",
			[]n{{"seventh-term", 7, "term", false}, {"1953", 1953, "year", false}, {"52-year-old", 52, "age", false}}},
		// A rank no day can have; a score is no quantity.
		{"She won 6-4, 7-5 and was ranked 87th in the world on the 14th.",
			[]n{{"87th", 87, "", false}}},
		// A time of day is no quantity.
		{"No notifications between 10pm and 7am, or after 10 p.m., for 45 million users.",
			[]n{{"45 million", 45e6, "users", false}}},
		// The day of an abbreviated month; the side a share of a poll takes.
		{"They need 25,000 signatures by Dec. 15. Residents were split, with 46% in favour of the deal and 44% against.",
			[]n{{"25,000", 25000, "signatures", false}, {"46%", 46, "percent in favour of the deal", false}, {"44%", 44, "percent against", false}}},
	}
	for _, tt := range tests {
		e := extractText("2024-10-23", tt.in)
		got := []n{}
		for _, x := range e.Numbers {
			got = append(got, n{x.Text, x.Value, x.Counts, x.Approximate})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Extract(%q).Numbers (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestDates(t *testing.T) {
	type dt struct{ Text, Resolved string }
	tests := []struct {
		pub, in string
		want    []dt
	}{
		{"2024-10-23", "An official disclosed on Tuesday that aid could follow. Earlier this year, a treaty was signed.",
			[]dt{{"on Tuesday", "2024-10-22"}, {"Earlier this year", "2024"}}},
		{"2022-12-08", "Thursday's win followed the party's loss on Wednesday.",
			[]dt{{"Thursday's", "2022-12-08"}, {"on Wednesday", "2022-12-07"}}},
		{"2015-03-14", "The Bill will be debated this week. Then, on Friday, CEOs will front the committee.",
			[]dt{{"this week", "2015-03-16/2015-03-20"}, {"on Friday", "2015-03-20"}}},
		// "we'll" is "will"; "agreed to a pay cut" and "due to the storm"
		// look ahead to no verb.
		{"2025-08-11", "\"Every litre saved now is a litre we'll have in October,\" she said.",
			[]dt{{"in October", "2025-10"}}},
		{"2020-09-15", "The club put staff on furlough in March, and players agreed to a pay cut.",
			[]dt{{"in March", "2020-03"}}},
		// A date set before its clause takes that clause's time, not the
		// "would" of another.
		{"2023-03-09", "In October, the group decided that people would get one dose.",
			[]dt{{"In October", "2022-10"}}},
		// Months under way at publication are this year's, whatever the
		// verb.
		{"2022-10-21", "The agency warned that famine was projected between October and December.",
			[]dt{{"between October and December", "2022-10/2022-12"}}},
		// A day and a month after "until" or "by" is a time limit, the
		// nearer one when a past verb governs it; "last year" after them;
		// what "comes into force" or "takes effect" lies ahead.
		{"2023-11-28", "Objections can be lodged until 22 December. The judges suspended their ruling until 10 January. Reports were due by 24 December last year. The duty, which comes into force on Monday, applies to banks.",
			[]dt{{"until 22 December", "2023-12-22"}, {"until 10 January", "2024-01-10"}, {"by 24 December last year", "2022-12-24"}, {"on Monday", "2023-12-04"}}},
		// Tens of years ago; a number after a month and a comma is no
		// year; "next year" after the end of a month.
		{"2023-03-01", "Twenty years ago the prison held 3000 people. At the end of January, 3150 people were held. Jabs are offered until the end of February next year.",
			[]dt{{"Twenty years ago", "2003"}, {"At the end of January", "2023-01"}, {"until the end of February next year", "2024-02"}}},
		// What is expected, set off by commas, lies ahead.
		{"2023-11-15", "The council said the release of results, expected in January, had not been affected.",
			[]dt{{"in January", "2024-01"}}},
		// What ends or expires, in the present, is set to happen.
		{"2023-11-02", "Her contract ends in February. The lease expires in March.",
			[]dt{{"in February", "2024-02"}, {"in March", "2024-03"}}},
		// Two days of one month are a span; days of two months are two
		// dates.
		{"2023-09-20", "Voting runs from October 4 to 6. Counting is on October 8 and 9. The season ran from June 1 to October 31.",
			[]dt{{"from October 4 to 6", "2023-10-04/2023-10-06"}, {"October 8 and 9", "2023-10-08/2023-10-09"}, {"from June 1", "2023-06-01"}, {"October 31", "2023-10-31"}}},
		// "from" or "until" a weekday looks ahead unless a past verb or a
		// possessive says otherwise.
		{"2021-09-30", "Cafés face inspections and fines from Friday. The road stays shut until Sunday. Crews cleared debris from Wednesday's landslides. Sales rose from Monday.",
			[]dt{{"from Friday", "2021-10-01"}, {"until Sunday", "2021-10-03"}, {"from Wednesday's", "2021-09-29"}, {"from Monday", "2021-09-27"}}},
		// Two dates that bound a period are one span: after "between", or
		// two months or days in a row joined by "and"; not two years apart.
		{"2025-05-14", "Appeals rose between January and the end of April. Floods hit in March and April. Polls were held on Sunday and Monday. Surveys in 2016 and 2021 agreed.",
			[]dt{{"January and the end of April", "2025-01/2025-04"}, {"in March and April", "2025-03/2025-04"}, {"on Sunday and Monday", "2025-05-11/2025-05-12"}, {"in 2016", "2016"}, {"2021", "2021"}}},
		// Looking ahead from a weekday, "this week" is still the whole
		// working week.
		{"2015-03-11", "The Bill will be debated this week.", []dt{{"this week", "2015-03-09/2015-03-13"}}},
		{"2015-03-14", "In their meetings this week, officials boasted. He wrote last month. Parliament rises in a fortnight.",
			[]dt{{"this week", "2015-03-09/2015-03-13"}, {"last month", "2015-02"}, {"in a fortnight", "2015-03-28"}}},
		{"2017-11-16", "She rose in the last two years, culminating in his removal a week ago, after an affair in the early 1990s.",
			[]dt{{"in the last two years", "2015/2017"}, {"a week ago", "2017-11-09"}, {"the early 1990s", "1990s"}}},
		{"2016-05-10", "The UN placed sanctions in March for a test in January. The WHO will meet in September.",
			[]dt{{"in March", "2016-03"}, {"in January", "2016-01"}, {"in September", "2016-09"}}},
		{"2026-02-05", "The EU signed its deal in December. Farmers protested last week. Talks resume next month.",
			[]dt{{"in December", "2025-12"}, {"last week", "2026-01-26/2026-02-01"}, {"next month", "2026-03"}}},
		{"2024-10-23", "They revived a Cold War-era treaty before the upcoming U.S. election.",
			[]dt{{"Cold War-era", ""}, {"the upcoming U.S. election", ""}}},
		{"", "It happened on Tuesday.", []dt{{"on Tuesday", ""}}},
		// "last night"; "next Wednesday" written on a Tuesday is a week on;
		// the new year; the end of last year; a deadline ahead under a past
		// verb; "is to", "to be introduced"; "used" the law; a plan that
		// "had been due".
		{"2018-11-20", "The minister resigned last night. MPs will question her next Wednesday. Councils will publish plans in the new year. Debt rose at the end of last year. The line opens by the end of next year.",
			[]dt{{"last night", "2018-11-19"}, {"next Wednesday", "2018-11-28"}, {"in the new year", "2019"}, {"at the end of last year", "2017"},
				{"by the end of next year", "2019"}}},
		// A year's end glued to it; a decade spelt out, but not an age;
		// two days before their month; "a couple of" years.
		{"2024-11-21", "The line opens by end-2026. Prices last rose like this in the Seventies, when she was in her twenties. Staff will strike on 10 and 11 December. The rule changed a couple of years ago.",
			[]dt{{"by end-2026", "2026"}, {"the Seventies", "1970s"}, {"on 10 and 11 December", "2024-12-10/2024-12-11"}, {"a couple of years ago", "2022"}}},
		// Years before 1500 after "in" or "until", and before 1900 after a
		// name and "of"; a count after "in" or "of" is no year.
		{"2024-05-01", "The town was founded in 1471 by refugees. Under the Water Law of 1884, rights follow the land. The disease spread in 1200 homes. A total of 1884 people came.",
			[]dt{{"in 1471", "1471"}, {"Law of 1884", "1884"}}},
		// Two months joined by a hyphen are a span; "during" a month.
		{"2024-06-20", "Exports rose in January-May; profit fell in the October-December quarter. Inspectors visited 300 firms during May.",
			[]dt{{"in January-May", "2024-01/2024-05"}, {"in the October-December quarter", "2023-10/2023-12"}, {"during May", "2024-05"}}},
		// The new year as a limit, and the one just begun.
		{"2024-11-21", "The scheme is paused until the new year.", []dt{{"until the new year", "2025"}}},
		{"2025-01-06", "Talks will resume in the new year.", []dt{{"in the new year", "2025"}}},
		// The morning of publication; a year long past after "in"; the
		// decade ahead and this one; the end of a season, and a season
		// as a time limit.
		{"2025-01-10", "The bill passed this morning. The club was founded in 1877. Costs will rise over the next decade and peak later this decade. The work will be done by the end of the summer, and prices will fall by spring.",
			[]dt{{"this morning", "2025-01-10"}, {"in 1877", "1877"}, {"over the next decade", "2025/2035"}, {"later this decade", "2020s"},
				{"by the end of the summer", "2025-08"}, {"by spring", "2025-03/2025-05"}}},
		// A year past this century after "until" or "by" (round, as
		// counts seldom are), one long past after "since at least", and
		// after "an", which only a year reads as; a count after "by" is
		// none.
		{"2024-05-01", "Seas could rise a metre by 2100 and go on rising until 2130. Floods have struck since at least 1607. The museum sold an 1874 portrait. Fees rose by 1500 last month.",
			[]dt{{"by 2100", "2100"}, {"until 2130", "2130"}, {"since at least 1607", "1607"}, {"an 1874", "1874"}, {"last month", "2024-04"}}},
		// "from" a month gives when something starts: a month up to half
		// a year ahead is ahead, even under a past verb; one far behind
		// under a future verb is next year's.
		{"2026-03-11", "The crossing opened to cars on Tuesday, with trucks allowed to use it from June. The council voted to freeze rates from July 1.",
			[]dt{{"on Tuesday", "2026-03-10"}, {"from June", "2026-06"}, {"from July 1", "2026-07-01"}}},
		{"2026-12-15", "The canal will allow more ships to cross from January, its operator said on Monday.",
			[]dt{{"from January", "2027-01"}, {"on Monday", "2026-12-14"}}},
		// A month named for what happens in it: "since" looks back,
		// "before" an event later in the year looks ahead, and "May" is a
		// month only so after "the".
		{"2024-06-05", "Prices have risen since the July election. The treasurer handed down the last budget before the October election. The May elections decided it.",
			[]dt{{"since the July election", "2023-07"}, {"before the October election", "2024-10"}, {"The May elections", "2024-05"}}},
		// A day after a past verb, though "and will" follows it.
		{"2024-05-08", "The zones came into force on Monday and will last for two weeks.",
			[]dt{{"on Monday", "2024-05-06"}}},
		// "that year", "later that year", "the same year": the year of the
		// date before; "a year later", the month a year on.
		{"2024-08-10", "The site was listed in March 2010. A fire destroyed it later that year. The plant opened in March 2019. A year later it closed.",
			[]dt{{"in March 2010", "2010-03"}, {"later that year", "2010"}, {"in March 2019", "2019-03"}, {"A year later", "2020-03"}}},
		{"2024-08-10", "Voters approved it in 2022. That year, turnout fell. The junta took power in July 2023 and expelled the envoy by the end of that year.",
			[]dt{{"in 2022", "2022"}, {"That year", "2022"}, {"in July 2023", "2023-07"}, {"by the end of that year", "2023-12"}}},
		// A season after "in" alone, or with its year.
		{"2024-08-10", "The levy starts in autumn 2026. The cull will start in spring.",
			[]dt{{"in autumn 2026", "2026-09/2026-11"}, {"in spring", "2025-03/2025-05"}}},
		// A quarter named by its last month.
		{"2024-08-10", "Rents rose 4% in the June quarter, after falling in the December quarter.",
			[]dt{{"in the June quarter", "2024-04/2024-06"}, {"in the December quarter", "2023-10/2023-12"}}},
		// A period that ended at a month: twelve months, or three.
		{"2022-08-10", "Shoplifting rose 20% in the year to March. Waits grew in the three months to June.",
			[]dt{{"in the year to March", "2021-04/2022-03"}, {"in the three months to June", "2022-04/2022-06"}}},
		// "this winter" in March: the one just ended when the sentence
		// looks back, the coming one when it looks ahead.
		// What is next is ahead, whatever the verb.
		{"2025-07-22", "He said rates remained high, leaving room for a further cut at the bank's next meeting in September.",
			[]dt{{"in September", "2025-09"}}},
		// What "was expected by" a day is a deadline ahead.
		{"2023-06-07", "The ministry said laboratory results were expected by Friday.",
			[]dt{{"by Friday", "2023-06-09"}}},
		// The present perfect tells of now, not of the day: a march the
		// union "has called" is ahead.
		{"2024-04-16", "The court will hear the matter again next Tuesday, while the union has called a march to Parliament on Thursday.",
			[]dt{{"next Tuesday", "2024-04-23"}, {"on Thursday", "2024-04-18"}}},
		// A subject, the day, then its verb in the past.
		{"2019-05-22", "The council on Tuesday approved a plan that will cut bin collections. Commissioner Margaret Halloran on Tuesday confirmed the commission would hold public hearings.",
			[]dt{{"on Tuesday", "2019-05-21"}, {"on Tuesday", "2019-05-21"}}},
		// "was fined and ordered to pay": a passive shared across "and"
		// is past, however "to pay" looks ahead.
		{"2019-05-22", "Shahid Akram, 44, was fined £4,000 and ordered to pay £2,150 in costs at Bradford Magistrates' Court on Tuesday.",
			[]dt{{"on Tuesday", "2019-05-21"}}},
		// "Since the weekend" is the one before; a warning "for the
		// weekend" is for the one ahead.
		{"2024-12-11", "Thousands have been without power since the weekend. The Met Office has issued a warning for the weekend.",
			[]dt{{"since the weekend", "2024-12-07/2024-12-08"}, {"for the weekend", "2024-12-14/2024-12-15"}}},
		// A weekend the sentence only expects is the one ahead.
		{"2025-11-21", "The prime minister said his government would \"respect the timetable\" and resign this weekend. Two people died in a crash on the coast this weekend.",
			[]dt{{"this weekend", "2025-11-22/2025-11-23"}, {"this weekend", "2025-11-15/2025-11-16"}}},
		{"2024-03-15", "Herders lost a third of their animals this winter. Farmers will plant wheat this winter.",
			[]dt{{"this winter", "2023-12/2024-02"}, {"this winter", "2024-12/2025-02"}}},
		{"2018-08-14", "The court asked the authorities to explain, by September 10, why they failed. The minister is to present the reform on Thursday.",
			[]dt{{"by September 10", "2018-09-10"}, {"on Thursday", "2018-08-16"}}},
		// An event announced is ahead; a timetable in the present; "had
		// hoped to"; a second infinitive under "agreed"; "the last
		// chance" is no past; "on Monday last week".
		{"2018-11-20", "The union announced a protest outside the press club on Friday. The hearing continues on Thursday. She had hoped to win the by-election on November 25.",
			[]dt{{"on Friday", "2018-11-23"}, {"on Thursday", "2018-11-22"}, {"November 25", "2018-11-25"}}},
		{"2017-10-18", "The sides agreed to hold military talks soon, and to hold Red Cross talks in November, according to a statement. The budget on 22 November is seen as the last chance to change course. The general was sacked on Monday last week.",
			[]dt{{"in November", "2017-11"}, {"22 November", "2017-11-22"}, {"on Monday last week", "2017-10-09"}}},
		{"2018-07-06", "Laws to be introduced on Tuesday will change that. The Treasury used the same law in December. The paper had been due to be published in March.",
			[]dt{{"on Tuesday", "2018-07-10"}, {"in December", "2017-12"}, {"in March", "2018-03"}}},
		// A weekday takes its tense from its own clause, not from a later
		// one, nor from the verb that reports it.
		// "June" and "July" are no abbreviations; a month opening a sentence
		// takes its preposition; an event called for is ahead, a call made
		// on the day is not.
		{"2022-10-27", "In July, the government asked the IMF for a loan. Since March, prices have doubled.",
			[]dt{{"In July", "2022-07"}, {"Since March", "2022-03"}}},
		// A month with "next year"; "agreed to" looks ahead, but "since"
		// still looks back.
		{"2019-09-09", "A general election is due by May next year. The two sides agreed to meet in Washington in early October.",
			[]dt{{"by May next year", "2020-05"}, {"early October", "2019-10"}}},
		// What follows "agreed … to" is ahead, the day of agreeing is not;
		// a month's possessive.
		{"2018-06-23", "The Koreas agreed on Friday to hold reunions of separated families in August.",
			[]dt{{"on Friday", "2018-06-22"}, {"in August", "2018-08"}}},
		{"2023-04-15", "Inflation is the biggest worry ahead of October's election.",
			[]dt{{"of October", "2023-10"}}},
		// The day of agreeing, before "and agreed to", is past; a
		// who-clause in the past stays past whatever "would" follows.
		{"2023-05-17", "The two leaders met at the White House on Tuesday and agreed to keep talking.",
			[]dt{{"on Tuesday", "2023-05-16"}}},
		{"2021-03-10", "Sophie Marchetti, who took over in September, told investors the company would change.",
			[]dt{{"in September", "2020-09"}}},
		// A deadline stays ahead under a past verb.
		{"2022-01-22", "The central bank has asked lenders to keep higher provisions until March.",
			[]dt{{"until March", "2022-03"}}},
		// A time clause in the present under "would" looks ahead.
		{"2020-12-16", "The presidency said it would present a compromise when ministers meet again on Friday.",
			[]dt{{"on Friday", "2020-12-18"}}},
		{"2025-10-23", "Iran has agreed to allow inspectors back for the first time since June.",
			[]dt{{"since June", "2025-06"}}},
		{"2019-05-02", "Supporters have called for fresh protests across the country on Saturday. The president called for calm on Tuesday.",
			[]dt{{"on Saturday", "2019-05-04"}, {"on Tuesday", "2019-04-30"}}},
		{"2025-03-14", "Parliament on Thursday approved a pilot that will let staff work four days.",
			[]dt{{"on Thursday", "2025-03-13"}}},
		{"2025-03-14", "Officials said the committee will meet on Tuesday, after a vote that failed.",
			[]dt{{"on Tuesday", "2025-03-18"}}},
		{"2025-03-14", "Schools will remain closed until Monday. The bill will be debated on Wednesday.",
			[]dt{{"until Monday", "2025-03-17"}, {"on Wednesday", "2025-03-19"}}},
		{"2026-09-16", "The election will be held on October 17. The count was held on Tuesday.",
			[]dt{{"October 17", "2026-10-17"}, {"on Tuesday", "2026-09-15"}}},
		{"2024-12-19", "Companies have until mid-February to appeal. Prices peaked in late-June.",
			[]dt{{"until mid-February", "2025-02"}, {"in late-June", "2024-06"}}},
		// A span of months; "later this week" is the working week.
		{"2025-04-17", "The team observed the planet four times between December and February.",
			[]dt{{"between December and February", "2024-12/2025-02"}}},
		// A modal word in another clause does not make a month ahead.
		{"2025-03-14", "The European Commission said in December that member states could take exceptional measures. Analysts said a cut in September was the most likely outcome.",
			[]dt{{"in December", "2024-12"}, {"in September", "2025-09"}}},
		// A plan looks ahead, in the past tense too.
		{"2024-11-30", "A spokesperson said the airline planned to resume flights to Paris in January.",
			[]dt{{"in January", "2025-01"}}},
		{"2025-09-01", "The UN said it would appeal for funds later this week.",
			[]dt{{"later this week", "2025-09-01/2025-09-05"}}},
		// Seasons; a plan and an expectation look ahead.
		{"2025-09-19", "Axiom hopes to deliver the suits next spring. The flight remains planned for April. It was hot last summer.",
			[]dt{{"next spring", "2026-03/2026-05"}, {"April", "2026-04"}, {"last summer", "2025-06/2025-08"}}},
		{"2025-07-31", "Most analysts surveyed by the bank expect one more cut before December.",
			[]dt{{"December", "2025-12"}}},
		{"2025-03-14", "The talks, which began on Monday, will resume on Friday.",
			[]dt{{"on Monday", "2025-03-10"}, {"on Friday", "2025-03-14"}}},
		// A day named without a year, and no tense to go by, is the one
		// nearest publication; "a stated cause" tells no tense.
		{"2025-11-19", "The ordinance, which takes effect Jan. 1, bars evictions without a stated cause.",
			[]dt{{"Jan. 1", "2026-01-01"}}},
		// A clause that looks ahead; a plan that is a noun; "later this
		// month" is the month (as 19 of 22 labels have it).
		{"2026-03-25", "Prosecutors indicted him on Tuesday, escalating a fight ahead of local elections in June. The rules, which take effect on Dec. 1, extend controls introduced in April.",
			[]dt{{"on Tuesday", "2026-03-24"}, {"in June", "2026-06"}, {"Dec. 1", "2026-12-01"}, {"in April", "2025-04"}}},
		{"2026-07-02", "Farmers blocked roads on Wednesday in protest against a government plan to close farms. Talks resume later this month.",
			[]dt{{"on Wednesday", "2026-07-01"}, {"later this month", "2026-07"}}},
		// Dates counted from another: from the date before ("two days
		// later", "the following year", "earlier in the day"), from a date
		// in the sentence or from publication ("comes a week after"); not
		// a length of time ("for four years after"), nor a schedule in the
		// present ("a booster a year later"), nor across a clause of its own ("so that it takes effect 90 days after").
		{"2017-11-14", "The general was sacked on Monday last week. He crossed into Mozambique two days later. The suspension comes a week after troops broke up protests. He was banned for four years after a test. A booster is given a year later.",
			[]dt{{"on Monday last week", "2017-11-06"}, {"two days later", "2017-11-08"}, {"a week after", "2017-11-07"}}},
		{"2018-01-29", "Lawmakers created the fund in 2008 and widened it the following year. The assembly voted on Thursday so that it takes effect 90 days after its publication. It was signed yesterday, three weeks after MPs passed it. The minister spoke earlier in the day.",
			[]dt{{"in 2008", "2008"}, {"the following year", "2009"}, {"on Thursday", "2018-01-25"}, {"yesterday", "2018-01-28"}, {"three weeks after", "2018-01-07"}, {"earlier in the day", "2018-01-28"}}},
		// Parts of a month or a year; years from one to another; "the
		// year before" counted from the date before it.
		{"2019-02-05", "Bills go out from the first week of April and camps open in the last week of April. Talks must end before the end of February. Growth slowed in the fourth quarter. Sales will rise in the second half of 2019 and the first half of next year.",
			[]dt{{"from the first week of April", "2019-04-01/2019-04-07"}, {"in the last week of April", "2019-04-24/2019-04-30"}, {"before the end of February", "2019-02"},
				{"in the fourth quarter", "2018-10/2018-12"}, {"in the second half of 2019", "2019-07/2019-12"}, {"the first half of next year", "2020-01/2020-06"}}},
		{"2019-02-05", "Rents rose between 2009 and 2012. Crime rose 12 per cent in 2018, up from 9 per cent the year before and 15 per cent in 2010.",
			[]dt{{"between 2009 and 2012", "2009/2012"}, {"in 2018", "2018"}, {"the year before", "2017"}, {"in 2010", "2010"}}},
		// "earlier this week" runs to the time of writing; what "is
		// expected" on a day is ahead; "a year ago" is a month; years that
		// do not follow each other are two.
		{"2025-03-05", "The minister said earlier this week that rents would be capped. A vote is expected on Thursday. Rents were lower a year ago. Surveys in 2015 and 2017 showed support.",
			[]dt{{"earlier this week", "2025-03-03/2025-03-05"}, {"on Thursday", "2025-03-06"}, {"a year ago", "2024-03"}, {"in 2015", "2015"}, {"2017", "2017"}}},
		// A deadline in what someone was asked to do; a timetable in the
		// present; the first months of a year; a span of days.
		{"2025-03-12", "The Speaker on Tuesday asked them to respond by Friday. Cambodia hosts an investment forum in April. Prices rose 4% in the first two months of this year. The poll was taken between March 3 and March 5.",
			[]dt{{"on Tuesday", "2025-03-11"}, {"by Friday", "2025-03-14"}, {"in April", "2025-04"}, {"in the first two months of this year", "2025-01/2025-02"},
				{"between March 3 and March 5", "2025-03-03/2025-03-05"}}},
		// The same day a year back, in a comparison in the present, after a
		// month named in between.
		{"2025-01-08", "Tuesday's figure beats the high set last January, and is 20 per cent higher than on the same day last year.",
			[]dt{{"Tuesday's", "2025-01-07"}, {"last January", "2024-01"}, {"the same day last year", "2024-01-07"}}},
		// A span of days written day first; a span of months.
		{"2025-08-27", "The cap will apply between 1 October and 31 December, and bills will rise from January to March.",
			[]dt{{"between 1 October and 31 December", "2025-10-01/2025-12-31"}, {"from January to March", "2026-01/2026-03"}}},
		// The same month a year back; the last months of a year.
		{"2025-03-13", "The waiting list fell to 7.4 million in January, down from 7.6 million in the same month last year. Prices spiked in late 2022.",
			[]dt{{"in January", "2025-01"}, {"the same month last year", "2024-01"}, {"in late 2022", "2022"}}},
		// Holidays on fixed days; a day something is set for.
		{"2019-12-10", "Unions vowed on Tuesday to strike into the Christmas holidays. The government must act before Christmas. A quake struck on New Year's Day last year. A general strike was called for Dec. 4 next year, and a rally for Jan. 6.",
			[]dt{{"on Tuesday", "2019-12-10"}, {"into the Christmas holidays", "2019-12"}, {"before Christmas", "2019-12-25"}, {"on New Year's Day last year", "2018-01-01"},
				{"for Dec. 4 next year", "2020-12-04"}, {"for Jan. 6", "2020-01-06"}}},
		// A season after a word of limit or start is the coming one, even
		// told in the past; "since spring" the last to have begun.
		{"2024-09-12", "The council said the homes must be rebuilt before winter. Flights were cut until at least the spring. Farmers have lost 1200 ewes since spring. Clubs may use the pitches from the summer of 2026.",
			[]dt{{"before winter", "2024-12/2025-02"}, {"until at least the spring", "2025-03/2025-05"}, {"since spring", "2024-03/2024-05"}, {"from the summer of 2026", "2026-06/2026-08"}}},
		// Years joined by "to" after "for", "over" or "covering" are a span
		// whatever their distance; "in 2018 until 2040" is a time and a
		// limit.
		{"2024-05-10", "Pay rose for 2014 to 2016, covering 2011 to 2013. The deal was extended in 2018 until 2040.",
			[]dt{{"for 2014 to 2016", "2014/2016"}, {"covering 2011 to 2013", "2011/2013"}, {"in 2018", "2018"}, {"until 2040", "2040"}}},
		// A span of months whose second is "this year", or carries no year
		// and falls before the first: the later one.
		{"2024-05-10", "Complaints rose between July 2016 and March this year. Prices fell between July 2016 and March.",
			[]dt{{"between July 2016 and March this year", "2016-07/2024-03"}, {"between July 2016 and March", "2016-07/2017-03"}}},
		// A verb of timetable in the present after a plural subject looks
		// ahead to its day; a past one does not.
		{"2023-07-12", "Estimates hearings continue on Thursday. Talks resume on Monday. The hearings began on Monday.",
			[]dt{{"on Thursday", "2023-07-13"}, {"on Monday", "2023-07-17"}, {"on Monday", "2023-07-10"}}},
		// Holidays that move: Easter and the days it sets, Thanksgiving and
		// the sales after it, Monday holidays, and their weekends. A weekday
		// a word makes part of a name is no day ("Super Tuesday"), nor is
		// a holiday naming an agreement.
		{"2024-05-10", "Shops will close on Good Friday and reopen on Easter Monday. Traffic was heavy over the Easter long weekend. Sales on Black Friday rose, and fires broke out over the August bank holiday. The Good Friday Agreement was signed in 1998, long before Super Tuesday. The market opens every Friday, and the holiday falls on the fourth Friday after Easter. Smoke filled the sky over Labor Day weekend in 2020.",
			[]dt{{"on Good Friday", "2025-04-18"}, {"on Easter Monday", "2025-04-21"}, {"over the Easter long weekend", "2024-03-29/2024-04-01"},
				{"on Black Friday", "2023-11-24"}, {"over the August bank holiday", "2023-08-28"}, {"in 1998", "1998"}, {"over Labor Day weekend in 2020", "2020-09-05/2020-09-07"}}},
		// A decade written with its part: "the mid-1990s".
		{"2026-03-31", "The railways were privatised in the mid-1990s.",
			[]dt{{"the mid-1990s", "1990s"}}},
		// The weekend something lasts until; a season "in the".
		{"2026-06-24", "The cuts could last until the weekend. The government will set out plans in the autumn.",
			[]dt{{"until the weekend", "2026-06-27/2026-06-28"}, {"in the autumn", "2026-09/2026-11"}}},
		// The day something is set for; a deadline counted in days.
		{"2026-02-11", "The union called a general strike for Thursday. Lawmakers have 30 days to override it, and the council must meet within 21 days.",
			[]dt{{"for Thursday", "2026-02-12"}, {"have 30 days to", "2026-03-13"}, {"within 21 days", "2026-03-04"}}},
		// A possessive; the weekend; what someone said would happen.
		{"2025-11-04", "Parties rejected next year's budget. Rain fell over the weekend. He said he had set aside funds and would visit on Wednesday.",
			[]dt{{"next year", "2026"}, {"over the weekend", "2025-11-01/2025-11-02"}, {"on Wednesday", "2025-11-05"}}},
		// "since" a month looks back, whatever else the sentence does; what
		// can or must happen looks ahead.
		{"2026-02-04", "Salcedo, who has been under house arrest since March, will be held in Quito. The decision can be challenged within 28 days.",
			[]dt{{"since March", "2025-03"}, {"within 28 days", "2026-03-04"}}},
		// "through" a day looks ahead, even from a past verb; a part of the
		// day ahead, on the day of writing, is that day.
		{"2026-09-30", "Forecasters warned of rain through Friday. The storm will weaken on Wednesday night, and talks resume on Wednesday.",
			[]dt{{"through Friday", "2026-10-02"}, {"on Wednesday night", "2026-09-30"}, {"on Wednesday", "2026-09-30"}}},
		// A season's possessive.
		{"2026-03-18", "Sixty-nine percent of pupils reached the standard in last summer's national tests.",
			[]dt{{"last summer", "2025-06/2025-08"}}},
		// "over the next N years" counts from the year of publication, and
		// lies ahead; "over the past decade".
		{"2020-03-02", "Fees will rise over the next four years. They doubled over the past decade.",
			[]dt{{"over the next four years", "2020/2024"}, {"over the past decade", "2010/2020"}}},
		// Seasons south of the equator; the last to have ended; a season's
		// year written out; "this winter" in January.
		{"2019-01-23", "Victorians sweltered through the heat last summer, a Herald Sun report to the Bureau of Meteorology in Melbourne, Australia, said.",
			[]dt{{"last summer", "2017-12/2018-02"}}},
		{"2024-01-10", "Heating bills rose this winter. Prices peaked in the summer of 2022.",
			[]dt{{"this winter", "2023-12/2024-02"}, {"in the summer of 2022", "2022-06/2022-08"}}},
		// What could happen looks ahead.
		{"2026-09-10", "Officials said the ash cloud was drifting south-west and could reach the coast by Friday. He could not attend on Monday.",
			[]dt{{"by Friday", "2026-09-11"}, {"on Monday", "2026-09-07"}}},
		// A weekday ahead, written on that weekday, is the same day; "this
		// week" looking back is the whole working week.
		{"2026-05-18", "She told supporters on Sunday night that she would start talks on Monday. Carmakers announced more job cuts this week.",
			[]dt{{"on Sunday night", "2026-05-17"}, {"on Monday", "2026-05-18"}, {"this week", "2026-05-18/2026-05-22"}}},
		// "a decade ago"; "by mid-2027" is that year.
		{"2024-06-12", "The plant will open by mid-2027; a decade ago it was a field, and two decades ago a farm.",
			[]dt{{"by mid-2027", "2027"}, {"a decade ago", "2014"}, {"two decades ago", "2004"}}},
		// "over the summer" and "by the spring" are seasons too; "in March
		// of last year".
		{"2024-03-10", "Crowds at the Melbourne beaches in Australia fell over the summer. The council will decide by the spring. The House voted in March of last year.",
			[]dt{{"over the summer", "2023-12/2024-02"}, {"by the spring", "2024-09/2024-11"}, {"in March of last year", "2023-03"}}},
		// "over summer", "into the autumn" without the article or with
		// "into"; "Between January and June" at a sentence's start.
		{"2025-07-10", "Ferry crossings in Scotland fell over summer. The dispute could run into the autumn. Between January and June, 40 sailings were cancelled.",
			[]dt{{"over summer", "2025-06/2025-08"}, {"into the autumn", "2025-09/2025-11"}, {"Between January and June", "2025-01/2025-06"}}},
		// Financial years start in the month the country's do: April in
		// Britain, July in Australia; a season or a school year is two
		// years. "The year before" a financial year is the one before it.
		{"2024-06-01", "Leeds council in England spent £3m in 2024-25, up from £2m in 2023/24, and will cut it by 2026-27. Spending rises again in the next financial year.",
			[]dt{{"in 2024-25", "2024-04/2025-03"}, {"in 2023/24", "2023-04/2024-03"}, {"by 2026-27", "2026-04/2027-03"}, {"in the next financial year", "2025-04/2026-03"}}},
		{"2025-03-10", "Police in Queensland, Australia, arrested 312 protesters last financial year, up from 118 the year before. Fees were frozen for the 2023-24 season.",
			[]dt{{"last financial year", "2023-07/2024-06"}, {"the year before", "2022-07/2023-06"}, {"for the 2023-24 season", "2023/2024"}}},
		{"2023-06-14", "MPs in Britain claimed £2m in the last two financial years. The 2024-2029 plan follows the 1939-45 war.",
			[]dt{{"in the last two financial years", "2021-04/2023-03"}, {"2024-2029", "2024/2029"}, {"the 1939-45", "1939/1945"}}},
		// A comparison reaches back: "the biggest gain in 33 years" is no
		// date 33 years ahead.
		{"2024-03-15", "Wages rose 5.28%, the biggest gain in 33 years. Exports hit their highest level in a decade.",
			[]dt{{"biggest gain in 33 years", "1991"}, {"highest level in a decade", "2014"}}},
		// A meeting "starting Monday" is ahead even in the past tense; the
		// second half of the year; the end of the decade.
		{"2024-03-14", "The bank said it would hold a meeting starting Monday. Sales fell in the second half of the year. It aims to quit coal by the end of the decade.",
			[]dt{{"starting Monday", "2024-03-18"}, {"in the second half of the year", "2024-07/2024-12"}, {"by the end of the decade", "2029"}}},
		// A day takes the tense of the verb it hangs on, whatever else the
		// clause says; not after "be".
		{"2022-08-19", "Refuse workers walked out on Thursday and are due to remain on strike until 30 August. Under rules announced Monday by the city, rentals will be capped.",
			[]dt{{"on Thursday", "2022-08-18"}, {"until 30 August", "2022-08-30"}, {"Monday", "2022-08-15"}}},
		{"2024-10-23", "The government sworn in on Sunday must act fast. The next cabinet will be sworn in on Sunday.",
			[]dt{{"on Sunday", "2024-10-20"}, {"on Sunday", "2024-10-27"}}},
		// A weekday picks the year of the day it names ("June 9" alone,
		// after a past verb, would be last year's); a count whose "later"
		// opens a date of its own is no count.
		{"2024-05-29", "Results cannot be published until voting has closed on Sunday, June 9. Guards will strike for a week later this month. The vote was held on Tuesday 5 March.",
			[]dt{{"on Sunday, June 9", "2024-06-09"}, {"later this month", "2024-05"}, {"on Tuesday 5 March", "2024-03-05"}}},
		// A limit looks ahead unless its own clause is past; "till", a
		// time or "at least" may come between "until" and the day.
		// "should" looks ahead as "must" does; "offered to" as "agreed
		// to".
		{"2023-11-22", "The company said heating should be restored by Thursday evening. The council offered on Monday to review the plan by Friday.",
			[]dt{{"by Thursday evening", "2023-11-23"}, {"on Monday", "2023-11-20"}, {"by Friday", "2023-11-24"}}},
		{"2023-09-13", "The collector directed that all schools remain closed till Saturday. Banks had until Monday to change notes. The strike is due to last until 6 p.m. on Friday. Classes have been suspended until at least Wednesday. The outage lasted until Tuesday afternoon.",
			[]dt{{"till Saturday", "2023-09-16"}, {"had until Monday", "2023-09-11"}, {"until 6 p.m. on Friday", "2023-09-15"}, {"until at least Wednesday", "2023-09-13"}, {"until Tuesday afternoon", "2023-09-12"}}},
		// "At the start of the year" is its January; "since the start of
		// the year" the year so far.
		{"2020-04-16", "The prison held 1,200 inmates at the start of the year. Prices have risen since the start of the year.",
			[]dt{{"at the start of the year", "2020-01"}, {"since the start of the year", "2020"}}},
		// A quotation of two sentences: the day takes its own sentence's
		// time; "the government's plans to cut" is a noun, no plan of the
		// clause's.
		{"2019-03-21", "\"I lost a whole day of sales on Wednesday. My cheese will go bad if I cannot cross,\" she said.", []dt{{"on Wednesday", "2019-03-20"}}},
		{"2024-11-20", "Students marched through The Hague on Tuesday against the government's plans to cut funding.", []dt{{"on Tuesday", "2024-11-19"}}},
		// "Throughout" a season, as "during" it; the end of the century.
		{"2023-03-01", "Birds were kept indoors throughout the winter. The glacier will be gone by the end of the century.",
			[]dt{{"throughout the winter", "2022-12/2023-02"}, {"by the end of the century", "2100"}}},
	}
	for _, tt := range tests {
		e := extractText(tt.pub, tt.in)
		got := []dt{}
		for _, x := range e.Dates {
			got = append(got, dt{x.Text, x.Resolved})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Extract(%q, published %s).Dates (-want +got):\n%s", tt.in, tt.pub, diff)
		}
	}
}

// TestStateReporter checks that a state politics reporter's byline is the
// outlet's journalist, not the state's, and no commentator.
func TestStateReporter(t *testing.T) {
	a := article.Article{Title: "T", Outlet: "Herald Sun", Paragraphs: []string{
		"Daniel Kourakis, State Politics Reporter",
		"More than 3200 Victorian motorists had their details sent to strangers after a printing blunder in Victoria.",
		"Shadow attorney-general Michael O'Brien said the error was \"a disgrace\".",
	}}
	// And the labelled article the case comes from, where a quoted
	// speaker names the state later.
	file := "../eval/testdata/set13/3807-heraldsun-fines-victoria-letters-data-breach.txt"
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	whole, err := article.Parse(file, b)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range []article.Article{a, whole} {
		for _, p := range Extract(x).People {
			if p.Name == "Daniel Kourakis" && (p.Affiliation != "Herald Sun" || p.Expert) {
				t.Errorf("Daniel Kourakis: affiliation %q, expert %v; want Herald Sun, no expert", p.Affiliation, p.Expert)
			}
		}
	}
}

// TestThanksgivingAtHome checks that Thanksgiving is the holiday of the
// country the outlet is published in.
func TestThanksgivingAtHome(t *testing.T) {
	for outlet, want := range map[string]string{"The Globe and Mail": "2024-10-14", "The Test Times": "2024-11-28"} {
		a := article.Article{Title: "T", Outlet: outlet, Paragraphs: []string{"Postal workers could strike before Thanksgiving, the union said."}}
		a.Published, _ = time.Parse(article.DateLayout, "2024-09-02")
		var got []string
		for _, d := range Extract(a).Dates {
			got = append(got, d.Text+" = "+d.Resolved)
		}
		if w := []string{"before Thanksgiving = " + want}; !slices.Equal(got, w) {
			t.Errorf("outlet %q: dates %q, want %q", outlet, got, w)
		}
	}
}

func TestTimeline(t *testing.T) {
	e := extractText("2024-10-23", "The treaty was first signed in 1961.", "On Tuesday, officials met. A vote is due next month.")
	var got []string
	for _, ev := range e.Timeline {
		f := ""
		if ev.Future {
			f = " (future)"
		}
		got = append(got, ev.Date+f)
	}
	want := []string{"1961", "2024-10-22", "2024-11 (future)"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Timeline (-want +got):\n%s", diff)
	}
}

// A comparison that reaches back ("the biggest gain in 33 years") is a
// date of the text, not a date on the timeline.
func TestComparisonOffTimeline(t *testing.T) {
	e := extractText("2024-03-15", "Wages rose 5.28%, the biggest gain in 33 years. The union struck in 2019.")
	var got []string
	for _, ev := range e.Timeline {
		got = append(got, ev.Date)
	}
	if diff := cmp.Diff([]string{"2019"}, got); diff != "" {
		t.Errorf("Timeline (-want +got):\n%s", diff)
	}
}

func TestQuotesAndClaims(t *testing.T) {
	e := extractText("2024-10-23",
		`South Korea's National Security Council called for the "immediate withdrawal" of troops.`,
		`"It is a consistent position," said a defense ministry spokesman.`,
		`Rahul Verma, a fellow with the Centre for Policy Research, said: "They've got a foot in the door."`,
		`“If they have more than a few, they’re not purely defensive.”`,
		`U.S. officials have not confirmed these deployments. North Korea could gain battlefield experience. Seoul sent aid in 2023.`,
	)
	type q struct{ Text, Speaker string }
	var gotQ []q
	for _, x := range e.Quotes {
		gotQ = append(gotQ, q{x.Text, x.Speaker})
	}
	wantQ := []q{
		{"immediate withdrawal", "National Security Council"},
		{"It is a consistent position", "a defense ministry spokesman"},
		{"They've got a foot in the door.", "Rahul Verma"},
		{"If they have more than a few, they’re not purely defensive.", "Rahul Verma"},
	}
	if diff := cmp.Diff(wantQ, gotQ); diff != "" {
		t.Errorf("Quotes (-want +got):\n%s", diff)
	}
	var certainty []string
	for _, c := range e.Claims {
		certainty = append(certainty, c.Certainty)
	}
	wantC := []string{"attributed", "attributed", "opinion", "opinion", "unconfirmed", "hedged", "asserted"}
	if diff := cmp.Diff(wantC, certainty); diff != "" {
		t.Errorf("Claims certainty (-want +got):\n%s", diff)
	}
}

// TestSingleQuotes reads quotations in single marks, as British papers
// write them, without taking an apostrophe for one.
func TestSingleQuotes(t *testing.T) {
	e := extractText("2019-05-02",
		`'They broke down the door,' Mr Rojas said. 'This is a regime that is afraid.'`,
		`'The regime is running out of people,' said Carolina Peña, an analyst at the International Crisis Group.`,
		`The minister called the two men ‘traitors paid by Washington’ on state television.`,
		`The Independent Workers' Union, which brought the case, said the drivers' pay would rise in the '90s style.`,
		`"Nobody said 'no'," said Mr Rojas.`,
	)
	type q struct{ Text, Speaker string }
	var got []q
	for _, x := range e.Quotes {
		got = append(got, q{x.Text, x.Speaker})
	}
	want := []q{
		{"They broke down the door", "Mr Rojas"},
		{"This is a regime that is afraid.", "Mr Rojas"},
		{"The regime is running out of people", "Carolina Peña"},
		{"traitors paid by Washington", "The minister"},
		{"Nobody said 'no'", "Mr Rojas"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Quotes (-want +got):\n%s", diff)
	}
}

func TestLabels(t *testing.T) {
	e := extractText("2024-10-23",
		"South Korea is considering sending weapons to Ukraine after reports of North Korean troops in Russia.",
		"The foreign ministry said in a statement that it rejected the deployment.",
		"Western nations have long urged Seoul to supply arms, and it has been hesitant for years.",
		"Earlier this year, North Korea and Russia signed a mutual defense treaty.",
		"Mason Richey, a professor at Hankuk University, said Seoul felt compelled to act.",
		"A poll published last month found 60% of respondents opposed arming Ukraine.",
		"Parliament is expected to vote on the plan next month.",
	)
	want := []string{"summary", "official_statement", "background", "agreement_or_law", "expert_view", "public_opinion", "what_next"}
	checkLabels(t, e, want)
	var titles []string
	for _, s := range e.Sections {
		titles = append(titles, s.Title)
	}
	wantT := []string{"What's happening", "Background", "The 2024 treaty", "Public opinion", "What experts say", "What's next"}
	if diff := cmp.Diff(wantT, titles); diff != "" {
		t.Errorf("section titles (-want +got):\n%s", diff)
	}
}

// labelsAt checks the labels of the paragraphs want names.
func labelsAt(t *testing.T, e *Explainer, want map[int]string) {
	t.Helper()
	for _, p := range slices.Sorted(maps.Keys(want)) {
		if got := e.Paragraphs[p].Label; got != want[p] {
			t.Errorf("paragraph %d label = %q (cues %q), want %s", p, got, e.Paragraphs[p].Cues, want[p])
		}
	}
}

// checkLabels compares the paragraph labels of e with want.
func checkLabels(t *testing.T, e *Explainer, want []string) {
	t.Helper()
	var got []string
	for _, p := range e.Paragraphs {
		got = append(got, p.Label)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("paragraph labels (-want +got):\n%s", diff)
	}
}

func TestNamesAreNotCues(t *testing.T) {
	e := extractText("2016-05-05",
		"The United States will lift trade sanctions on Sudan, officials said.",
		"In 1997, President Bill Clinton imposed a trade embargo against Sudan.",
	)
	if got := e.Paragraphs[1].Label; got == "agreement_or_law" {
		t.Errorf("paragraph with %q labelled %s: the name Bill is no bill", e.Paragraphs[1].Text, got)
	}
}

// The speaker of a sentence: after an inverted verb, a name of initials
// behind a title; before a verb in the passive, nobody ("the ministers are
// accused of…" is said of them, not by them); for "they", the people named
// before it.
func TestSpeakers(t *testing.T) {
	e := extractText("2025-05-09",
		"“We treat people in corridors,” said Dr. R. K. Mehta, the superintendent of the hospital.",
		"The ministers are accused of diverting funds from an emergency fund.",
		"President Lucía Herrera hailed the vote. A company spokesman declined to comment on the talks.",
		"While U.S. and NATO officials have not confirmed the deployments, they have condemned the cooperation.",
		"Analysts at consultancy Eurasia Group said the Senate would pass the bill.",
		"At least 110 people died over the weekend, the prime minister's office said.",
		"Labour’s shadow health secretary, Martin Hale, called the cap “a self-inflicted wound”.",
		"The electoral commission said Mr Kimani won 54.3% of the vote.",
		"Sen. Dean Hollis (R-Nev.) called on China to act.",
	)
	type q struct{ Text, Attribution, Certainty string }
	var got []q
	for _, c := range e.Claims {
		got = append(got, q{c.Text, c.Attribution, c.Certainty})
	}
	want := []q{
		{"“We treat people in corridors,” said Dr. R. K. Mehta, the superintendent of the hospital.", "R. K. Mehta", "attributed"},
		{"The ministers are accused of diverting funds from an emergency fund.", "The Test Times", "unconfirmed"},
		{"President Lucía Herrera hailed the vote.", "Lucía Herrera", "opinion"},
		{"A company spokesman declined to comment on the talks.", "A company spokesman", "attributed"},
		{"While U.S. and NATO officials have not confirmed the deployments, they have condemned the cooperation.", "U.S. and NATO officials", "unconfirmed"},
		{"Analysts at consultancy Eurasia Group said the Senate would pass the bill.", "Analysts at consultancy Eurasia Group", "opinion"},
		{"At least 110 people died over the weekend, the prime minister's office said.", "the prime minister's office", "attributed"},
		{"Labour’s shadow health secretary, Martin Hale, called the cap “a self-inflicted wound”.", "Martin Hale", "opinion"},
		{"The electoral commission said Mr Kimani won 54.3% of the vote.", "The electoral commission", "attributed"},
		{"Sen. Dean Hollis (R-Nev.) called on China to act.", "Dean Hollis", "opinion"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Claims (-want +got):\n%s", diff)
	}
}

// TestVoicesAndVotes labels the voice of a campaign group, a study's
// finding and an expert named before two appositives as expert views, and
// a vote on a motion as an event, not a poll.
func TestVoicesAndVotes(t *testing.T) {
	e := extractText("2025-06-11",
		"The Senate voted on Tuesday to return the case to the House.",
		"Eighteen senators backed the motion and five opposed it.",
		"Amnesty International said the process had ignored clear evidence of abuse.",
		"A new study found that pupils on four-day schedules made smaller gains.",
		"Sarah Bell, an economist at the Resolution Foundation, a think tank, said young people were bearing the brunt.",
	)
	want := []string{"summary", "event", "expert_view", "expert_view", "expert_view"}
	checkLabels(t, e, want)
	if a := e.Claims[len(e.Claims)-1].Attribution; a != "Sarah Bell" {
		t.Errorf("last claim attributed to %q, want Sarah Bell", a)
	}
}

// TestSecondParagraph reads the paragraph after the lede as more of the
// news, unless it says more strongly what else it is.
func TestSecondParagraph(t *testing.T) {
	e := extractText("2025-07-31",
		"Chile's central bank kept its benchmark rate at 5% on Wednesday.",
		"The board voted unanimously to hold the rate, having lowered it since July 2023. Inflation stood at 4.1% in June.",
		"A Cadem poll published on Sunday found that 58% of Chileans think the economy is getting worse.",
	)
	want := []string{"summary", "event", "public_opinion"}
	checkLabels(t, e, want)
}

// TestAgreements labels a paragraph whose subject is a truce or a deal as
// an agreement and titles the section from it; a projection decades ahead
// is no "what's next", a law firm no law; a participle and its adverbial
// ("announced on Saturday after Rovers' last game") name no speaker.
func TestAgreements(t *testing.T) {
	e := extractText("2025-12-16",
		"Sudan's army and the Rapid Support Forces agreed on Monday to a 10-day truce in El Obeid.",
		"The truce, brokered by Saudi Arabia in talks in Jeddah, is due to start at midnight on Wednesday.",
		"A law firm, Harlow Legal, said it had registered more than 12,000 customers for a class action.",
		"The deal, announced on Saturday after Dunmore Rovers' final home game, must still be approved by the league.",
		"The world produces about 460 million tonnes of plastic a year. Production is on course to triple by 2060.",
	)
	labelsAt(t, e, map[int]string{0: "summary", 1: "agreement_or_law", 3: "agreement_or_law", 4: "background"})
	if got := e.Paragraphs[2].Label; got == "agreement_or_law" {
		t.Errorf("paragraph 2 label = %q (cues %q): a law firm is no law", got, e.Paragraphs[2].Cues)
	}
	var titles []string
	for _, s := range e.Sections {
		titles = append(titles, s.Title)
	}
	if !slices.Contains(titles, "The 2025 truce") {
		t.Errorf("section titles %q, want one to be The 2025 truce", titles)
	}
	for _, c := range e.Claims {
		if strings.HasPrefix(c.Text, "The deal") && c.Attribution != "The Test Times" {
			t.Errorf("claim %q attributed to %q, want the outlet", c.Text, c.Attribution)
		}
	}
}

// TestOutletCountry reads an outlet's home country from whole words of its
// name only: "The Midwest Ledger" is not DW's.
func TestOutletCountry(t *testing.T) {
	a := article.Article{Title: "T", Outlet: "The Midwest Ledger", Paragraphs: []string{"Attorney General Douglas Pryor said his office was reviewing the decision."}}
	a.Published, _ = time.Parse(article.DateLayout, "2026-02-20")
	e := Extract(a)
	if len(e.People) != 1 || e.People[0].Affiliation == "Germany" {
		t.Errorf("People = %+v, want Douglas Pryor not in Germany", e.People)
	}
}

// TestSeasonAbroad reads a season in the hemisphere of the country a
// story from abroad names, not its outlet's, and in its outlet's when the
// story names that country or names no other more than once.
func TestSeasonAbroad(t *testing.T) {
	for _, tt := range []struct {
		outlet, text, want string
	}{
		{"VOA", "Rain this summer has damaged dinosaur footprints in Bolivia. Scientists in Bolivia want a roof built.", "2023-12/2024-02"},
		{"RNZ", "The smelter will close this winter, its Australian owners said. Australia's firms own it.", "2024-06/2024-08"},
		{"VOA", "Rain this summer has damaged dinosaur footprints in Bolivia.", "2024-06/2024-08"},
	} {
		a := article.Article{Title: "T", Outlet: tt.outlet, Paragraphs: []string{tt.text}}
		a.Published, _ = time.Parse(article.DateLayout, "2024-03-20")
		var got []string
		for _, d := range Extract(a).Dates {
			got = append(got, d.Resolved)
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%s: %q: dates %q, want [%s]", tt.outlet, tt.text, got, tt.want)
		}
	}
}

// TestOutletHome gives an official named without a country the country
// of an outlet known by its short name or its web name.
func TestOutletHome(t *testing.T) {
	for outlet, want := range map[string]string{"RNZ": "New Zealand", "Inquirer.net": "Philippines", "The Philadelphia Inquirer": "United States", "Dhaka Tribune": "Bangladesh"} {
		a := article.Article{Title: "T", Outlet: outlet, Paragraphs: []string{"Health Minister Mere Tapsell said the hospital would stay open."}}
		a.Published, _ = time.Parse(article.DateLayout, "2025-03-10")
		e := Extract(a)
		if len(e.People) != 1 || e.People[0].Affiliation != want {
			t.Errorf("%s: People = %+v, want the minister of %s", outlet, e.People, want)
		}
	}
}

// TestParagraphLabels checks the labels of chosen paragraphs of short
// articles, each made to show one reading rule.
func TestParagraphLabels(t *testing.T) {
	tests := []struct {
		pub   string
		paras []string
		want  map[int]string
	}{
		// What the rules already require, "under federal rules", is the
		// law's.
		{"2024-01-01", []string{
			"Bird flu was found at a second egg farm in Ohio on Monday, state officials said.",
			"The farm held about 1.3 million hens.",
			"Under federal rules, every bird on an infected premises must be destroyed, and the Department of Agriculture compensates owners for the birds.",
		}, map[int]string{2: "agreement_or_law"}},
		// The owner of a small business speaks for the public; so does
		// someone with a job at no body named, and an age.
		{"2022-03-01", []string{
			"The minimum wage will rise to $21.20 an hour on 1 April.",
			"Mere Parata, who runs a cafe in central Wellington and employs 14 people, said her takings had dropped by about a third. \"I want to pay my staff more,\" she said.",
			"Josephine Whitlock-Barnes, 47, who runs two holiday cottages near Hawes, said guests regularly complained about the connection.",
			"Amelie Durand, 44, a marketing director who travels between London and Paris twice a month, said she would welcome a second operator.",
		}, map[int]string{1: "public_opinion", 2: "public_opinion", 3: "public_opinion"}},
		// A line of up to 12 words with no stop is a crosshead or a link
		// inside the story, and a byline first; a first line of words in
		// lower case is the standfirst.
		{"2023-12-05", []string{
			"Eleanor Pryce and Sam Okonjo, BBC News Somewhere",
			"A landslide buried part of a village on Monday, killing at least 12 people.",
			"A slope that had been warning for years",
			"Residents said cracks had appeared in the hillside months ago.",
		}, map[int]string{0: "other", 1: "summary", 2: "other"}},
		{"2023-12-05", []string{
			"Combined carrier would challenge Vietnam Airlines and VietJet on busy domestic routes",
			"Two airlines agreed on Monday to merge.",
		}, map[int]string{0: "summary"}},
		// A paragraph that gives a poll's figures is public opinion, though
		// the words between "poll" and "found" hide the phrase.
		{"2024-12-19", []string{
			"Household bills will rise by 21% after the regulator approved the plan.",
			"Water companies discharged sewage for 3.6 million hours last year.",
			"A YouGov poll earlier this month found that 82% of Britons wanted the industry returned to public ownership.",
		}, map[int]string{2: "public_opinion"}},
		// A member of the public with a trade, after an age and before a
		// place, gives the public's mood.
		{"2022-04-20", []string{
			"Wimbledon has banned Russian and Belarusian players from this year's tournament.",
			"The club said it had no choice.",
			"Sue Talbot, a 62-year-old debenture holder from Surrey, said she understood the club's position but would find it uncomfortable to watch.",
		}, map[int]string{2: "public_opinion"}},
		// A ministry whose name lists its portfolios with commas speaks
		// through its spokesperson.
		{"2024-05-02", []string{
			"Farmers burned peat on the moors on Monday, campaigners said.",
			"The fires spread across 200 hectares.",
			"A spokesperson for the Department for Environment, Food and Rural Affairs said it had already banned burning on protected deep peat.",
		}, map[int]string{2: "official_statement"}},
		// What new rules provide, opening the paragraph, though told in
		// the future and with a date.
		{"2024-05-02", []string{
			"The state will overhaul planning in 50 suburbs.",
			"Neighbours say the towers will block the sun.",
			"Under new rules, apartment projects that meet design standards will be fast-tracked from July, and neighbours will lose the right to appeal.",
		}, map[int]string{2: "agreement_or_law"}},
		// What a plan provides is the agreement's, though told in the
		// future.
		{"2024-05-02", []string{
			"Mongolia will tax goat herds to protect its grasslands.",
			"Herders say the grass is thinning.",
			"Under the plan, families with more than 200 goats will pay a yearly tax for each extra animal.",
			"Herders will meet officials next month.",
		}, map[int]string{2: "agreement_or_law"}},
		// A member of the public's words are the public's, though the
		// clause that says who they are looks back.
		{"2024-05-02", []string{
			"The council approved two towers in Camberwell on Monday.",
			"The towers will have 400 flats.",
			"Planners say the city needs homes.",
			"Sue Barton, a mother of two who has rented in the suburb since 2019, said rents were too high.",
		}, map[int]string{3: "public_opinion"}},
		// A body's account of years long past is background.
		{"2025-05-02", []string{
			"The dam burst on Monday.",
			"Rescuers searched the valley.",
			"The Water Board said the dam was built in 1998 and last repaired in 2009.",
			"Residents are angry.",
			"They want answers.",
		}, map[int]string{2: "background"}},
		// Early on, what a body did, with no quotation, is the news.
		{"2024-05-02", []string{
			"Peru declared a health emergency over dengue.",
			"The Ministry of Health announced the emergency on Wednesday. It covers 13 of the country's 25 regions.",
			"Doctors say clinics are full.",
		}, map[int]string{1: "event"}},
		// A shop's or a café's owner speaks for the public, as a trader
		// does.
		{"2024-05-02", []string{
			"The council raised business rates on Monday.",
			"The new rates start in July.",
			"Planners say the money will fund roads.",
			"Richmond cafe owner Dimitri Kallis, 41, said he was disappointed. \"Why take that away from the next family?\" he said.",
		}, map[int]string{3: "public_opinion"}},
		// What a rule makes people or firms, told in the future, is the
		// rule's: an exemption, a duty, a fine; a meeting ahead is what
		// comes next.
		{"2024-05-02", []string{
			"The state will ban machetes from Monday.",
			"Shop owners say the ban is overdue.",
			"Farmers and gardeners will be exempt, but anyone else carrying a blade will face fines of up to $47,000.",
			"Retailers will have to lock the blades away. Sellers will not be allowed to sell them to children.",
			"Police will meet retailers next week.",
		}, map[int]string{2: "agreement_or_law", 3: "agreement_or_law", 4: "what_next"}},
		// An official's account of a plan is a statement; a lede that looks
		// ahead is the summary.
		{"2024-12-19", []string{
			"When voters go to the polls next month, prices will be on their minds.",
			"Household bills rose by 21% after the regulator approved the plan.",
			"The Environment Secretary, Steve Reed, said the government would bring in a new law early next year.",
		}, map[int]string{0: "summary", 2: "official_statement"}},
		// The words of a quotation weigh less than who speaks.
		{"2026-02-20", []string{
			"The state's highest court ruled 4-3 on Thursday that the law was void.",
			"The ruling was welcomed by cities.",
			"Writing for the majority, Justice Miriam Castellanos said the legislature “cannot strip cities of powers by tucking a preemption clause into a budget bill”.",
		}, map[int]string{2: "official_statement"}},
		// What someone from the street says is the public's mood, what
		// they would do no official's plan.
		{"2019-08-13", []string{
			"Ransomware has shut the council's systems for a week.",
			"Council chief executive Martin Hollis said on Tuesday there was no evidence data had been stolen.",
			"Belmont resident Gary Munro was trying to pay his rates bill when the system went down.",
			"“I rang three times and they could not tell me if my details would be safe,” he said.",
		}, map[int]string{3: "public_opinion"}},
		// What a relative says is news; when a law takes effect is what
		// comes next.
		{"2025-10-21", []string{
			"Gov. Elena Ruiz signed a law on Monday requiring AI political ads to say so.",
			"Her daughter, Kaisa Ruiz, said the governor had campaigned for it for years.",
			"The law requires a clear disclosure on any ad that uses AI images.",
			"The law takes effect on Jan. 1, and guidance is due by the end of November.",
		}, map[int]string{1: "event", 3: "what_next"}},
		// An official speaking outweighs a past told in a perfect tense.
		{"2020-10-30", []string{
			"A royal commission into the bushfires has recommended new emergency powers.",
			"The commission made 80 recommendations.",
			"The fires killed 33 people and destroyed more than 3,000 homes.",
			"Fire Service Commissioner Rob Mallory told the ABC the report confirmed what firefighters had been saying for years.",
		}, map[int]string{3: "official_statement"}},
		// A think tank's or a charity's findings are its voice.
		{"2016-10-14", []string{
			"Ethiopia has cut off mobile internet in much of the country.",
			"The government declared a state of emergency on Sunday.",
			"Officials say the emergency will last six months.",
			"A report from the Brookings Institution earlier this month found that internet shutdowns cost countries at least $2.4 billion last year.",
		}, map[int]string{3: "expert_view"}},
		// A body the text calls a thinktank; a coalition of civil society
		// groups; a campaign word before "Council".
		{"2018-11-14", []string{
			"Romania's parliament passed a law on NGOs on Tuesday.",
			"The law was drafted by the governing party.",
			"Protesters gathered outside parliament.",
			"The Romanian Academic Society, a Bucharest thinktank, said in a report that the rules were excessive.",
			"The Civil Society Situation Room, a coalition of more than 70 civil society groups, said the vote was rushed.",
			"Dana Whitcomb, water program director at the Iowa Environmental Council, said the wells should be tested.",
		}, map[int]string{3: "expert_view", 4: "expert_view", 5: "expert_view"}},
		// A party known by name speaks for itself.
		{"2017-05-16", []string{
			"Hospital waiting times have become the biggest battleground of the campaign in Wales.",
			"New figures show almost 460,000 patients are waiting for treatment.",
			"The figures were published on Monday.",
			"Labour said the Tories were “trying to fight the wrong election” and insisted waiting times had started to fall.",
		}, map[int]string{3: "official_statement"}},
		// A company named once by its one-word name, and again later, speaks
		// for itself.
		{"2026-05-20", []string{
			"The Supreme Court ruled on Wednesday that riders are workers.",
			"The court rejected an appeal by the delivery company Rapido.",
			"The ruling follows a 2021 decision against another platform.",
			"Rapido said it was “disappointed” and would study the judgment.",
		}, map[int]string{3: "official_statement"}},
		// "NAME called the strike irresponsible and said…": the subject of
		// the first verb speaks.
		{"2026-07-15", []string{
			"A rail strike cancelled half of France's fast trains on Tuesday.",
			"The national rail operator said only one in two trains was running.",
			"Rail strikes have been frequent since a 2018 reform.",
			"Transport Minister Claire Lefèvre called the strike “irresponsible” and said the government would not withdraw the plan.",
		}, map[int]string{3: "official_statement"}},
		// What someone the article gives no role says is part of the news;
		// "NAME is the first…" is a description, not a byline.
		{"2026-01-31", []string{
			"Elif Demir won her first Grand Slam title on Saturday.",
			"Demir broke serve in the final game and collapsed onto the court.",
			"“I was dreaming of this since I was seven years old,” Demir said in an on-court interview.",
			"Demir is the first Turkish player to win a Grand Slam singles title.",
		}, map[int]string{2: "event", 3: "background"}},
		// A deadline within this month still looks ahead.
		{"2025-09-18", []string{
			"A federal judge on Wednesday blocked deportation flights to third countries.",
			"The judge said the policy likely violated federal law.",
			"The department said it would appeal the ruling.",
			"The government has asked an appeals court to rule on the case by the end of the month.",
		}, map[int]string{3: "what_next"}},
		// Rules as a subject are an agreement; a survey of economists is no
		// public opinion.
		{"2025-10-15", []string{
			"China's commerce ministry said on Tuesday that it would require licences for exports of rare earth magnets.",
			"China produces about 90% of the world's processed rare earths.",
			"The rules extend controls and cover magnets made outside China using Chinese technology.",
			"Most economists surveyed by the central bank expect the first cut in March.",
		}, map[int]string{2: "agreement_or_law", 3: "what_next"}},
		// A foundation speaks as a campaign group; "former" before a title
		// says who someone was, not when the paragraph happened; a month two
		// years back is the past.
		{"2026-07-01", []string{
			"A court on Tuesday sentenced a former vice president to eight years in prison.",
			"The Australian Conservation Foundation said the ruling was overdue.",
			"Eleven other defendants, including two former ministers, were also convicted.",
			"The government withdrew a finance bill in June 2024 that would have raised taxes on bread.",
			"Interior Minister Joseph Kiprono said police had acted with restraint.",
			"The president is due to address the nation on Thursday.",
		}, map[int]string{1: "expert_view", 2: "event", 3: "background"}},
		// The subject of a sentence speaks through a later "but said" or ",
		// calling"; a company described as a utility speaks for itself; a
		// supporters' group and a shrimper are the public.
		{"2026-09-30", []string{
			"Hurricane Delia made landfall in Louisiana early Wednesday.",
			"The storm flooded towns across the state.",
			"Professor Graham Ashworth, a cardiologist at Imperial College London who was not involved, called the results “impressive,” but said diets were hard to change.",
			"Prime Minister Raghav Mehra congratulated the winners in a post on X, calling the result “a vote for development.”",
			"Entergy, the region's largest utility, said it had 9,000 workers ready to restore power.",
			"“The board sold its best players,” said Mark Fenwick, chairman of the Harrowgate United Supporters' Trust.",
			"“The roads were already flooded,” said Marcus Thibodeaux, 58, a shrimper in Dulac.",
			"The season ends on Nov. 30.",
		}, map[int]string{2: "expert_view", 3: "official_statement", 4: "official_statement", 5: "public_opinion", 6: "public_opinion"}},
		// Unnamed researchers and prosecutors speak as their roles do; a
		// body whose name holds "Law" is no law; laws as a subject are.
		{"2026-10-14", []string{
			"Parliament passed new surveillance laws on Tuesday.",
			"Journalists condemned them.",
			"Many researchers suspect that the powers will scare off whistleblowers.",
			"Prosecutors said he steered contracts worth $12 million to three companies.",
			"The Law Council of Australia said it was concerned that the laws did not require police to seek a judge's approval. Its president, Luke Harrington, said a warrant should be needed “every time”.",
			"The laws, which passed the Senate with the support of the Coalition, allow police to obtain metadata.",
			"The laws will come into force on January 1.",
		}, map[int]string{2: "expert_view", 3: "official_statement", 4: "official_statement", 5: "agreement_or_law"}},
		// A campaign group's statement is an expert voice's; asking for
		// comment is reporting.
		{"2026-06-25", []string{
			"A UN convoy reached the besieged city on Tuesday.",
			"The trucks carried food for 40,000 people.",
			"Paramilitary forces have surrounded the city since February.",
			"Aid groups have accused both sides of blocking supplies. Doctors Without Borders said in a statement that access was possible.",
			"The army did not respond to a request for comment.",
			"The UN hopes to send a second convoy next week.",
		}, map[int]string{3: "expert_view", 4: "event"}},
		// Subheadings are no part of the story; an industry's lobby speaks
		// for it, not as a campaign group.
		{"2026-04-09", []string{
			"EU lawmakers on Wednesday approved rules banning infinite feeds for children.",
			"What does the law do?",
			"The law requires platforms to switch off autoplay by default.",
			"The companies' view",
			"DigitalEurope, a lobby group for technology companies, said the law was vague.",
			"The law must still be approved by member states in June.",
		}, map[int]string{1: "other", 3: "other", 4: "official_statement"}},
		// A role set off by a comma before the name of the subject who
		// "called … and said".
		{"2026-05-28", []string{
			"G7 leaders agreed on Wednesday to cap the price of Russian gas.",
			"The cap will take effect in September.",
			"The final statement made no mention of tariffs.",
			"Russia's foreign ministry spokeswoman, Irina Volkova, called the price cap “economic banditry” and said Moscow would find other buyers.",
			"The G7 capped the price of Russian oil in December 2022.",
		}, map[int]string{3: "official_statement"}},
		// When a law takes effect is what comes next, but not when a clause
		// only adds it.
		{"2026-06-30", []string{
			"The council voted on Monday to freeze rents for two years.",
			"The ordinance, which takes effect Jan. 1, covers about 41,000 units and bars evictions without cause.",
			"Landlords said they would sue.",
			"The ordinance takes effect in 30 days.",
		}, map[int]string{1: "agreement_or_law", 3: "what_next"}},
		// A family's statement is news, not an official's; agreements
		// signed are an agreement.
		{"2026-05-14", []string{
			"A teenager has been charged with murder after a man named Liam Hartley was stabbed on Saturday.",
			"The two countries signed 11 agreements covering fishing, energy and digital trade.",
			"Police are still appealing for witnesses.",
			"In a statement released through police, Mr Hartley's family said he was a loving dad.",
			"A vigil is planned for Saturday.",
		}, map[int]string{1: "agreement_or_law", 3: "event"}},
		// What a coach says after a match is part of the news.
		{"2026-04-16", []string{
			"Fiji won the Pacific Nations Cup on Wednesday, beating New Zealand 27-24.",
			"Winger Josua Vakaloloma scored two tries.",
			"The tournament began in 1982.",
			"New Zealand's coach, Graeme Holloway, said his team had lost control of the second half.",
			"Fiji will play Ireland on Nov. 8.",
		}, map[int]string{3: "event"}},
		// A poll of economists is no public opinion.
		{"2026-01-22", []string{
			"Inflation fell to 2.9% in December.",
			"The fall was larger than expected: a poll of economists by Reuters pointed to a rate of 3.1%.",
			"The ONS said air fares fell.",
		}, map[int]string{1: "event"}},
		// A figure a body gives and a country's stance are context.
		{"2025-06-18", []string{
			"Logging in the Amazon fell by a third in May, satellite data showed on Tuesday.",
			"Officials credited more patrols.",
			"Farmers disputed the figures.",
			"About 8.4 million hectares are protected, according to the World Wildlife Fund.",
			"Brazil has pledged to end illegal deforestation by 2030. Clearing peaked at more than 27,000 square kilometres in 2004.",
		}, map[int]string{3: "background", 4: "background"}},
		// "since" a date tells of a span that reaches today.
		{"2025-07-31", []string{
			"Chile's central bank kept its benchmark interest rate at 5% on Wednesday, pausing a cycle of cuts.",
			"The board voted unanimously to hold the rate, having lowered it by a total of 625 basis points since July 2023. Annual inflation stood at 4.1% in June.",
		}, map[int]string{1: "event"}},
	}
	for _, tt := range tests {
		labelsAt(t, extractText(tt.pub, tt.paras...), tt.want)
	}
}

// A title only Britain has, in an American outlet's story on another
// country that never names Britain, is that country's; in a British
// outlet's it stays Britain's.
func TestTitleCountryAbroad(t *testing.T) {
	for _, tt := range []struct{ outlet, want string }{{"VOA Learning English", "Philippines"}, {"BBC News", "United Kingdom"}} {
		a := article.Article{Title: "T", Outlet: tt.outlet, Paragraphs: []string{"Environment Secretary Rosario Dimaculangan told reporters in Manila that the Philippines earns too little from nickel."}}
		a.Published, _ = time.Parse(article.DateLayout, "2025-02-13")
		e := Extract(a)
		if len(e.People) != 1 || e.People[0].Affiliation != tt.want {
			t.Errorf("%s: People = %+v, want Rosario Dimaculangan of %s", tt.outlet, e.People, tt.want)
		}
	}
}

// The country a story is about is read from its lede after the byline and
// caption a copied page opens with, not from the outlet's own country.
func TestLedeAfterByline(t *testing.T) {
	a := article.Article{Title: "T", Outlet: "BBC News", Paragraphs: []string{"By Anil Varghese", "BBC South Asia correspondent",
		"Image caption: Supporters celebrated outside the party's office in Ahmedabad on Monday",
		"India's governing Bharatiya Janata Party has won the western state of Gujarat again. The narrow margin has handed Prime Minister Devendra Solanki a warning.",
		"The party won 99 of the 182 seats in the state assembly."}}
	a.Published, _ = time.Parse(article.DateLayout, "2017-12-19")
	e := Extract(a)
	for _, p := range e.People {
		if p.Name == "Devendra Solanki" && p.Affiliation != "India" {
			t.Errorf("Devendra Solanki's affiliation = %q, want India", p.Affiliation)
		}
	}
}

// A paragraph cut short after "who chairs the" ends the clause early:
// reading on from it must not run past the paragraph.
func TestCutWhoClause(t *testing.T) {
	for _, in := range []string{"Bernd Lange, who chairs the", "Park, 61, who leads the", "Rania Haddad, who heads the group's"} {
		extractText("2024-10-23", "A court ruled on Tuesday.", in)
	}
}

// TestOutletState: a state's paper on a story that names its state gives
// the state's ministers to it, and its Premier also when the story is the
// federal government's too.
func TestOutletState(t *testing.T) {
	for _, tt := range []struct {
		paras []string
		name  string
	}{
		{[]string{"Train drivers across Victoria will strike on Friday.", "Public Transport Minister Gina Harlow said the offer was fair."}, "Gina Harlow"},
		{[]string{"Victorians will pay more for the rail loop, the budget office says.", "The federal government has committed $2 billion.", "Premier Tom Dwyer said the project would go ahead."}, "Tom Dwyer"},
	} {
		a := article.Article{Title: "T", Outlet: "Herald Sun", Paragraphs: tt.paras}
		a.Published, _ = time.Parse(article.DateLayout, "2024-09-01")
		e := Extract(a)
		found := false
		for _, p := range e.People {
			if p.Name == tt.name {
				found = true
				if p.Affiliation != "Victoria" {
					t.Errorf("%s: affiliation %q, want Victoria", p.Name, p.Affiliation)
				}
			}
		}
		if !found {
			t.Errorf("%q not found in %+v", tt.name, e.People)
		}
	}
}

// TestMayorTown: a mayor serves the town the story is about, when the
// sentence names none: the town of the headline, ahead of a city named
// after it; the dateline's town; a town named as one; a capital.
func TestMayorTown(t *testing.T) {
	for _, tt := range []struct {
		title string
		paras []string
		name  string
		want  string
	}{
		{"Footbridge collapses during festival in Ashford Falls", []string{"A footbridge collapsed on Saturday in Ashford Falls, Tennessee, injuring 14.",
			"Four people were taken to hospitals in Nashville.", "Mayor Linda Carver said the city would commission a review."}, "Linda Carver", "Ashford Falls"},
		// The dateline's town, after a byline.
		{"Mayor survives recall", []string{"By TRAVIS OKEKE Associated Press", "SILVER CREEK, Colo. (AP) — The mayor of this mountain town survived a recall election Tuesday.",
			"Voters rejected removing Mayor Ellen Marchetti."}, "Ellen Marchetti", "Silver Creek"},
		// A town named as one: after "mayor of", or by an appositive,
		// not the prefecture it is in.
		{"Mayor's race contested", []string{"A candidate who lost the race for mayor of Harlan Springs, Missouri, by 17 votes filed a contest.", "Incumbent Mayor Dale Huxley received 4,112 votes."}, "Dale Huxley", "Harlan Springs"},
		{"City recalls mayor", []string{"Residents of Sakuradai, a city of about 78,000 people in Shizuoka prefecture, voted on Sunday to remove their mayor.", "Mayor Hiroshi Tsukamoto, 66, lost his post."}, "Hiroshi Tsukamoto", "Sakuradai"},
		// A country's capital has a mayor too.
		{"Metro opens", []string{"Ecuador's capital, Quito, opened its first metro line on Friday.", "Mayor Esteban Cordero called the opening historic."}, "Esteban Cordero", "Quito"},
	} {
		a := article.Article{Title: tt.title, Outlet: "ICARO Media Group", Paragraphs: tt.paras}
		a.Published, _ = time.Parse(article.DateLayout, "2024-09-01")
		found := false
		for _, p := range Extract(a).People {
			if p.Name == tt.name {
				found = true
				if p.Affiliation != tt.want {
					t.Errorf("%s: affiliation %q, want %q", p.Name, p.Affiliation, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%q not found", tt.name)
		}
	}
}
