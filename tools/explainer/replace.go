package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// replaceDirInTwoSteps moves dst aside, then dir into its place, for file
// systems that cannot swap two folders in one step.
func replaceDirInTwoSteps(dir, dst string) error {
	if _, err := os.Stat(dst); errors.Is(err, fs.ErrNotExist) {
		return os.Rename(dir, dst)
	}
	old := dir + ".old"
	if err := os.Rename(dst, old); err != nil {
		return err
	}
	if err := os.Rename(dir, dst); err != nil {
		return err
	}
	return removeAll(old)
}

// removeAll is os.RemoveAll with the folders two levels down removed
// concurrently: a site holds thousands of page folders, and on disks where
// each unlink waits on the device, several at a time finish sooner.
func removeAll(dir string) error {
	var paths []string
	top, _ := os.ReadDir(dir)
	for _, e := range top {
		p := filepath.Join(dir, e.Name())
		if !e.IsDir() {
			continue
		}
		sub, _ := os.ReadDir(p)
		for _, s := range sub {
			paths = append(paths, filepath.Join(p, s.Name()))
		}
	}
	work := make(chan string)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range work {
				os.RemoveAll(p) // errors show in the final RemoveAll
			}
		}()
	}
	for _, p := range paths {
		work <- p
	}
	close(work)
	wg.Wait()
	return os.RemoveAll(dir)
}
