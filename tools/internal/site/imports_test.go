package site

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestOnlySiteImportsHugo keeps Hugo an implementation detail of this
// package: nothing else in the module may import it.
func TestOnlySiteImportsHugo(t *testing.T) {
	tools, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	here, _ := filepath.Abs(".")
	err = filepath.WalkDir(tools, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || filepath.Dir(path) == here {
			return err
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if strings.HasPrefix(p, "github.com/gohugoio/hugo") {
				t.Errorf("%s imports %s; only tools/internal/site may import Hugo", path, p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
