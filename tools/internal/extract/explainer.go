package extract

// Schema names the JSON form of Explainer.
const Schema = "explainer/v1"

// Explainer is a news article turned into a structured, sourced explainer.
// Its JSON form (schema "explainer/v1") is a contract other tools rely on:
// fields may be added, never renamed.
type Explainer struct {
	Schema        string         `json:"schema"`
	Slug          string         `json:"slug"`
	Title         string         `json:"title"`
	Source        Origin         `json:"source"`
	KeyPoints     []Item         `json:"key_points"`
	Paragraphs    []Paragraph    `json:"paragraphs"`
	Sections      []Section      `json:"sections"`
	People        []Person       `json:"people"`
	Organizations []Organization `json:"organizations"`
	Places        []Place        `json:"places"`
	Numbers       []Number       `json:"numbers"`
	Dates         []Date         `json:"dates"`
	Timeline      []Event        `json:"timeline"`
	Quotes        []Quote        `json:"quotes"`
	Claims        []Claim        `json:"claims"`
}

// Origin describes the article an explainer was made from.
type Origin struct {
	Outlet    string `json:"outlet"`
	URL       string `json:"url"`
	Published string `json:"published"` // YYYY-MM-DD or ""
	Author    string `json:"author,omitempty"`
}

// Source points at the text an item came from: a paragraph, a sentence in
// it, and the byte offsets [Start, End) into the paragraph's text.
type Source struct {
	Paragraph int `json:"paragraph"`
	Sentence  int `json:"sentence"`
	Start     int `json:"start"`
	End       int `json:"end"`
}

// Item is a line of text with its source.
type Item struct {
	Text   string `json:"text"`
	Source Source `json:"source"`
}

// Paragraph is a body paragraph with its topic label.
type Paragraph struct {
	Index      int      `json:"index"`
	Text       string   `json:"text"`
	Label      string   `json:"label"`
	Confidence float64  `json:"confidence"`
	Cues       []string `json:"cues"`
	// Sentences labels each sentence, for paragraphs that mix topics.
	Sentences []SentenceLabel `json:"sentences,omitempty"`
}

// SentenceLabel is the topic label of one sentence of a paragraph.
type SentenceLabel struct {
	Index int    `json:"index"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Label string `json:"label"`
}

// Section is a titled part of the explainer page.
type Section struct {
	ID    string `json:"id"`
	Kind  string `json:"kind"`
	Title string `json:"title"`
	Items []Item `json:"items"`
}

// Person is a named person in the article.
type Person struct {
	Name        string   `json:"name"`
	Role        string   `json:"role"`
	Affiliation string   `json:"affiliation"`
	Expert      bool     `json:"expert"`
	Mentions    []Source `json:"mentions"`
	// Aliases are the other forms the name takes: "Kim Jong-Un", "Bennett".
	Aliases []string `json:"aliases,omitempty"`
}

// Organization is a named organisation.
type Organization struct {
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Aliases  []string `json:"aliases"`
	Mentions []Source `json:"mentions"`
}

// Place is a named place.
type Place struct {
	Name string `json:"name"`
	// Kind is country, capital or region; Country is the country a capital
	// belongs to.
	Kind     string   `json:"kind,omitempty"`
	Country  string   `json:"country,omitempty"`
	Aliases  []string `json:"aliases"`
	Mentions []Source `json:"mentions"`
}

// Number is a quantity as written and what it counts.
type Number struct {
	Text        string  `json:"text"`
	Value       float64 `json:"value"`
	Counts      string  `json:"counts"`
	Approximate bool    `json:"approximate"`
	Source      Source  `json:"source"`
}

// Date is a date expression and what it resolves to against the
// publication date: YYYY, YYYY-MM, YYYY-MM-DD, or "" when it cannot be.
type Date struct {
	Text        string `json:"text"`
	Resolved    string `json:"resolved"`
	Granularity string `json:"granularity"`
	Source      Source `json:"source"`
	// Future marks a date the article looks ahead to.
	Future bool `json:"future,omitempty"`
}

// Event is a dated line of the timeline.
type Event struct {
	Date   string `json:"date"`
	Label  string `json:"label"`
	Future bool   `json:"future"`
	Source Source `json:"source"`
}

// Quote is a quotation and who said it.
type Quote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
	Source  Source `json:"source"`
}

// Claim is a statement with who makes it and how certain the text is of it.
type Claim struct {
	Text        string `json:"text"`
	Attribution string `json:"attribution"`
	Certainty   string `json:"certainty"`
	Source      Source `json:"source"`
}
