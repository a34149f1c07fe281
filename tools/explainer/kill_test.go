package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/explainer-dev/explainer/tools/internal/content"
)

// TestMain lets the test binary stand in for the explainer command, so
// that tests can run it as a process and kill it.
func TestMain(m *testing.M) {
	if os.Getenv("EXPLAINER_TEST_MAIN") == "1" {
		main()
	}
	os.Exit(m.Run())
}

// selfCommand returns the explainer command as a process of its own.
func selfCommand(t *testing.T, args ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), "EXPLAINER_TEST_MAIN=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	return cmd, &stderr
}

// bigProject returns a built project with n explainers, and a changed
// layout so that the next build makes a different site.
func bigProject(t *testing.T, n int) string {
	t.Helper()
	dir := newProject(t)
	for i := range n {
		bundle := filepath.Join(content.Dir(dir), fmt.Sprintf("story-%04d", i))
		if err := os.MkdirAll(bundle, 0o755); err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(bundle, content.SourceFile), fmt.Sprintf("Story %d\nTest Wire\nDate: 2024-10-23\n****\nOfficials met on Tuesday, for the %dth time.\nThe treaty was signed earlier this year.\n", i, i))
	}
	runOK(t, "build", "--quiet", "--source", dir)
	footer := filepath.Join(dir, "layouts", "_partials", "footer.html")
	data, err := os.ReadFile(footer)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, footer, string(data)+"<p>A changed footer.</p>\n")
	return dir
}

// waitForTemp waits until the build's temporary site folder beside public/
// holds explainer pages: Hugo is midway.
func waitForTemp(t *testing.T, dir string, cmd *exec.Cmd) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if pages, _ := filepath.Glob(filepath.Join(dir, ".public.tmp-*", "explainers", "story-*")); len(pages) > 0 {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	cmd.Process.Kill()
	t.Fatal("the build never started writing the site")
}

func TestKillMidway(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGKILL on Windows")
	}
	for _, sig := range []syscall.Signal{syscall.SIGKILL, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := bigProject(t, 300)
			contentBefore := treeHash(t, filepath.Join(dir, "content"))
			publicBefore := treeHash(t, filepath.Join(dir, "public"))

			cmd, stderr := selfCommand(t, "build", "--source", dir)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			waitForTemp(t, dir, cmd)
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			err := cmd.Wait()
			status := cmd.ProcessState.Sys().(syscall.WaitStatus)
			switch sig {
			case syscall.SIGKILL:
				if !status.Signaled() || status.Signal() != syscall.SIGKILL {
					t.Fatalf("build ended with %v before it could be killed; stderr:\n%s", err, stderr)
				}
			case syscall.SIGINT:
				if status.ExitStatus() != 1 {
					t.Errorf("interrupted build exit status = %d, want 1", status.ExitStatus())
				}
				if got := stderr.String(); !strings.HasSuffix(got, "explainer: interrupted: the site was left as it was\n") || strings.Contains(got, "goroutine") || strings.Contains(got, "panic") {
					t.Errorf("interrupted build stderr = %q, want it to end with one line saying so", got)
				}
			}

			if treeHash(t, filepath.Join(dir, "content")) != contentBefore {
				t.Error("content/ changed")
			}
			if treeHash(t, filepath.Join(dir, "public")) != publicBefore {
				t.Error("public/ changed")
			}
			// Anything left behind is a temporary folder of the build,
			// beside public/ and hidden from Hugo by its leading dot.
			leftovers, _ := filepath.Glob(filepath.Join(dir, "*"))
			for _, l := range leftovers {
				switch name := filepath.Base(l); {
				case name == "hugo.toml", name == "layouts", name == "assets", name == "content", name == "public", name == ".hugo_build.lock":
				case strings.HasPrefix(name, ".public.tmp-"):
					t.Logf("left behind for the next build to remove: %s", name)
				default:
					t.Errorf("left behind: %s", l)
				}
			}
			if hidden, _ := filepath.Glob(filepath.Join(content.Dir(dir), ".*")); len(hidden) > 0 {
				t.Errorf("left behind in content/: %q", hidden)
			}
			if visible, _ := filepath.Glob(filepath.Join(content.Dir(dir), "*", "*")); len(visible) != 300*4 {
				t.Errorf("content/explainers holds %d files, want 1200 (four per bundle)", len(visible))
			}

			// The next build cleans up and succeeds.
			runOK(t, "build", "--quiet", "--source", dir)
			if stale, _ := filepath.Glob(filepath.Join(dir, ".public.tmp-*")); len(stale) > 0 {
				t.Errorf("the next build left %q", stale)
			}
			if page, _ := os.ReadFile(filepath.Join(dir, "public", "index.html")); !bytes.Contains(page, []byte("A changed footer.")) {
				t.Error("the next build did not publish the changed site")
			}
		})
	}
}
