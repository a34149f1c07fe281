package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/explainer-dev/explainer/tools/internal/content"
)

// TestServe previews a project: the explainer and its data page are
// served (the JSON highlighted), editing source.txt shows on the page, and
// the built site in public/ is left as it was.
func TestServe(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("stopped with SIGINT")
	}
	dir := newProject(t)
	runOK(t, "build", "--quiet", "--source", dir)
	before := treeHash(t, filepath.Join(dir, "public"))

	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	cmd, stderr := selfCommand(t, "serve", "--source", dir, "--port", fmt.Sprint(port))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		cmd.Process.Signal(syscall.SIGINT)
		cmd.Wait()
	}()

	bundles, err := content.Bundles(dir)
	if err != nil || len(bundles) != 1 {
		t.Fatalf("bundles %q, %v; want one", bundles, err)
	}
	base := fmt.Sprintf("http://127.0.0.1:%d/explainers/%s/", port, filepath.Base(bundles[0]))
	get := func(url string) string {
		resp, err := http.Get(url)
		if err != nil {
			return ""
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK {
			return ""
		}
		return string(body)
	}
	waitFor := func(what string, ok func() bool) {
		t.Helper()
		for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
			if ok() {
				return
			}
		}
		t.Fatalf("%s: gave up after 60 s\n%s", what, stderr)
	}
	waitFor("the explainer page", func() bool { return strings.Contains(get(base), "The 2024 treaty") })
	if data := get(base + "data.html"); !strings.Contains(data, `class="nt"`) && !strings.Contains(data, "class=nt") {
		t.Error("the data page served has no highlighted JSON")
	}

	// An editor adds a paragraph to the article.
	src := filepath.Join(bundles[0], content.SourceFile)
	text, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	const added = "Analysts in Tokyo said the debate was being watched closely across the region."
	writeFile(t, src, string(text)+added+"\n")
	waitFor("the edit on the article page", func() bool { return strings.Contains(get(base+"article.html"), added) })

	if after := treeHash(t, filepath.Join(dir, "public")); after != before {
		t.Error("serve changed public/")
	}
}
