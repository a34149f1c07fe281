package main

import "golang.org/x/sys/unix"

// replaceDir moves dir to dst, replacing what was there. The two folders
// swap in one step, so dst is never missing, not even for a moment.
func replaceDir(dir, dst string) error {
	err := unix.Renameat2(unix.AT_FDCWD, dir, unix.AT_FDCWD, dst, unix.RENAME_EXCHANGE)
	if err != nil {
		return replaceDirInTwoSteps(dir, dst)
	}
	return removeAll(dir) // now the previous folder
}
