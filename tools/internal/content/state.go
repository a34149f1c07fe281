package content

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"syscall"
)

// stateFile records what the tool last wrote into a bundle. Its name starts
// with a dot, so Hugo neither reads nor publishes it.
const stateFile = ".explainer-state.json"

// state holds SHA-256 digests (hex) of a bundle's files as the tool wrote
// them. Comparing them with the files tells what an editor changed and
// whether the explainer must be extracted again.
type state struct {
	Source    string `json:"source"`    // source.txt that explainer.json was extracted from
	Added     string `json:"added"`     // source.txt as add last wrote it
	Extractor string `json:"extractor"` // Config.Extractor that extracted it
	Explainer string `json:"explainer"` // explainer.json as written
	Index     string `json:"index"`     // index.md as last generated
}

func hash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// readState returns the bundle's state, or the zero state when it has none
// or it cannot be read: then every file counts as changed.
func readState(dir string) state {
	var st state
	data, err := os.ReadFile(filepath.Join(dir, stateFile))
	if err == nil {
		_ = json.Unmarshal(data, &st)
	}
	return st
}

// Written reports whether data is the explainer.json that the tool last
// wrote into the bundle dir: then it is JSON as Encode writes it, and need
// not be checked again. An explainer.json edited since is not.
func Written(dir string, data []byte) bool {
	st := readState(dir)
	return st.Explainer != "" && st.Explainer == hash(data)
}

func encodeState(st state) []byte {
	data, _ := json.Marshal(st)
	return append(indent(data), '\n')
}

func writeState(dir string, st state) error {
	return WriteFile(filepath.Join(dir, stateFile), encodeState(st))
}

// TempPattern is an os.MkdirTemp / os.CreateTemp pattern for a temporary
// file or folder named after what it will become. The name starts with a
// dot, which Hugo ignores, and carries the process id, so RemoveStale can
// tell the leftovers of a killed run from those of a running one.
func TempPattern(name string) string {
	return fmt.Sprintf(".%s.tmp-%d-*", name, os.Getpid())
}

var tempName = regexp.MustCompile(`^\..*\.tmp-(\d+)-\d+$`)

// RemoveStale removes from dir the temporary files and folders made with
// TempPattern by processes that no longer run: what a killed run left.
func RemoveStale(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil // nothing to clean
	}
	for _, e := range entries {
		m := tempName.FindStringSubmatch(e.Name())
		if m == nil {
			continue
		}
		pid, err := strconv.Atoi(m[1])
		if err != nil || pid == os.Getpid() || running(pid) {
			continue
		}
		if err := os.RemoveAll(filepath.Join(dir, e.Name())); err != nil {
			return err
		}
	}
	return nil
}

// running reports whether a process with the id exists.
func running(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || err == syscall.EPERM
}
