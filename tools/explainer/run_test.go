package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestExitCodes(t *testing.T) {
	tests := []struct {
		args       []string
		code       int
		stdout     string
		stderrLine string
	}{
		{args: nil, code: 2, stderrLine: "explainer: no command given"},
		{args: []string{"frobnicate"}, code: 2, stderrLine: `explainer: unknown command "frobnicate"`},
		{args: []string{"--help"}, code: 0, stdout: "Commands:"},
		{args: []string{"build", "--help"}, code: 0, stdout: "Usage: explainer build"},
		{args: []string{"add", "--help"}, code: 0, stdout: "--date"},
		{args: []string{"extract", "--help"}, code: 0, stdout: "Usage: explainer extract"},
		{args: []string{"serve", "--help"}, code: 0, stdout: "--port"},
		{args: []string{"version", "--help"}, code: 0, stdout: "Usage: explainer version"},
		{args: []string{"version"}, code: 0, stdout: "explainer "},
		{args: []string{"build", "--nope"}, code: 2, stderrLine: "explainer: build: flag provided but not defined: -nope"},
		{args: []string{"extract"}, code: 2, stderrLine: "explainer: extract: want one FILE or -, got 0 arguments"},
		{args: []string{"extract", "testdata/missing.txt"}, code: 1, stderrLine: "explainer: testdata/missing.txt: no such file or directory"},
		{args: []string{"extract", "--date", "soon", "x.txt"}, code: 2, stderrLine: `explainer: extract: invalid value "soon" for flag -date: date "soon" is not a date like 2024-10-23`},
		{args: []string{"eval"}, code: 2, stderrLine: "explainer: eval: want a DIR with a manifest.json"},
		{args: []string{"eval", "testdata/none", "../internal/eval/testdata"}, code: 1, stderrLine: "explainer: testdata/none: reading manifest: open testdata/none/manifest.json: no such file or directory"},
		{args: []string{"build", "--source", "testdata"}, code: 1, stderrLine: "explainer: testdata: no hugo.toml here; run explainer in the project folder or pass --source"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), tt.args, &stdout, &stderr)
			var report bytes.Buffer
			code := exitCode(err, &report)
			if code != tt.code {
				t.Errorf("exit status = %d, want %d (err %v)", code, tt.code, err)
			}
			if !strings.Contains(stdout.String(), tt.stdout) {
				t.Errorf("stdout = %q, want it to contain %q", stdout.String(), tt.stdout)
			}
			if tt.stderrLine != "" && report.String() != tt.stderrLine+"\n" {
				t.Errorf("error line = %q, want %q", report.String(), tt.stderrLine+"\n")
			}
		})
	}
}

func TestExtractCommand(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/a.txt"
	writeFile(t, path, "Talks resume\nTest Wire\n****\nOfficials met on Tuesday.\n")
	out := runOK(t, "extract", "--date", "2024-10-23", path)
	for _, want := range []string{`"schema": "explainer/v1"`, `"slug": "talks-resume"`, `"published": "2024-10-23"`} {
		if !strings.Contains(out, want) {
			t.Errorf("extract output lacks %s:\n%s", want, out)
		}
	}
}
