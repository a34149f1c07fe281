package extract

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/explainer-dev/explainer/tools/internal/article"
)

// TestDump prints the explainer of $DUMP (dated $DUMPDATE); a development aid.
func TestDump(t *testing.T) {
	f := os.Getenv("DUMP")
	if f == "" {
		t.Skip("DUMP not set")
	}
	b, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Parse(f, b)
	if err != nil {
		t.Fatal(err)
	}
	if ds := os.Getenv("DUMPDATE"); ds != "" {
		a.Published, _ = article.ParseDate(ds)
	}
	out, _ := json.MarshalIndent(Extract(a), "", "  ")
	os.WriteFile(os.Getenv("DUMPOUT"), out, 0o644)
}
