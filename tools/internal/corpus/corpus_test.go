package corpus

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/explainer-dev/explainer/tools/internal/article"
)

func TestVary(t *testing.T) {
	a := article.Article{
		Title:     "North Korea sends troops",
		Outlet:    "Test Wire",
		Published: time.Date(2024, 10, 23, 0, 0, 0, 0, time.UTC),
		Paragraphs: []string{
			"Officials in South Korea said on Tuesday that North Korea sent 1,500 troops in October 2024.",
			"Mason Richey, a professor, said South Korea must act.",
		},
	}
	v1, v2 := Vary(a, 1), Vary(a, 2)
	if !reflect.DeepEqual(v1, Vary(a, 1)) {
		t.Error("Vary(a, 1) differs between calls")
	}
	if reflect.DeepEqual(v1.Paragraphs, v2.Paragraphs) || v1.Title == v2.Title {
		t.Errorf("Vary(a, 1) and Vary(a, 2) are alike: %q", v1.Paragraphs)
	}
	if v1.Published.After(a.Published) || len(v1.Paragraphs) != len(a.Paragraphs) {
		t.Errorf("Vary(a, 1) = %+v: want as many paragraphs, dated no later", v1)
	}
	for k, p := range v1.Paragraphs {
		if ratio := float64(len(p)) / float64(len(a.Paragraphs[k])); ratio < 0.6 || ratio > 1.6 {
			t.Errorf("paragraph %d changed length too much: %q", k, p)
		}
	}
	if strings.Contains(v1.Paragraphs[0], "1,500") && strings.Contains(v2.Paragraphs[0], "1,500") {
		t.Error("numbers are not redrawn")
	}
}
