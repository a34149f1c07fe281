//go:build !linux

package main

// replaceDir moves dir to dst, replacing what was there.
func replaceDir(dir, dst string) error { return replaceDirInTwoSteps(dir, dst) }
