//go:build !unix

package main

import "os"

// procUsage reports the CPU seconds; peak memory is unknown here.
func procUsage(ps *os.ProcessState) (maxRSS int64, cpu float64) {
	return 0, (ps.UserTime() + ps.SystemTime()).Seconds()
}

// selfCPU is unknown here.
func selfCPU() float64 { return 0 }

// settleDisk does nothing here.
func settleDisk() {}
