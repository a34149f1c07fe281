//go:build unix

package main

import (
	"os"
	"runtime"
	"syscall"
	"time"
)

// procUsage reads a finished process's peak resident memory, in bytes, and
// the CPU seconds it used, user and system.
func procUsage(ps *os.ProcessState) (maxRSS int64, cpu float64) {
	ru, ok := ps.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0, 0
	}
	maxRSS = ru.Maxrss * 1024 // kilobytes on Linux and the BSDs
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		maxRSS = ru.Maxrss // bytes there
	}
	return maxRSS, (ps.UserTime() + ps.SystemTime()).Seconds()
}

// selfCPU is the CPU seconds this process has used so far, user and system.
func selfCPU() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// settleDisk writes out what the kernel holds unwritten, so that a timed
// build does not pay for flushing the files written before it.
func settleDisk() { syscall.Sync() }
