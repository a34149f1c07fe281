package main

import (
	"os"
	"runtime/debug"
)

// extractionGCPercent is the garbage collector's target while articles are
// extracted: collect when the heap has grown by four times what is live,
// where Go's default (GOGC=100) collects when it has doubled. Extraction
// keeps a few megabytes live (the lexicons and the articles in hand) and
// allocates about 270 KB an article, all of it garbage once the article is
// written, so that the default collects every few articles. At 400 one
// core extracts about 9% more articles per CPU second
// (BenchmarkExtractInMemory), for a heap a few tens of megabytes larger.
// Hugo, which keeps hundreds of megabytes live, renders with the default.
const extractionGCPercent = 400

// extractionGC sets the collector for extraction and returns what sets it
// back. A GOGC the user set is left alone.
func extractionGC() (restore func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	old := debug.SetGCPercent(extractionGCPercent)
	return func() { debug.SetGCPercent(old) }
}
