package main

import (
	"errors"
	"io/fs"
	"os"
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
	return os.RemoveAll(old)
}
