package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/explainer-dev/explainer/tools/internal/article"
)

// command is one subcommand of explainer.
type command struct {
	name    string
	args    string // the synopsis after the name
	summary string
	run     func(ctx context.Context, env *env, args []string) error
	flags   func(fs *flag.FlagSet) // declares the flags; nil for none
}

// env is what a running command may touch.
type env struct {
	stdout, stderr io.Writer
	flags          *flag.FlagSet
	limits         article.Limits // what readArticle accepts; zero fields take the defaults
}

var commands = []*command{cmdBuild, cmdAdd, cmdExtract, cmdServe, cmdBundle, cmdEval, cmdBench, cmdVersion}

// errHelp ends a run that printed help: exit status 0.
var errHelp = errors.New("help requested")

// usageError is a mistake in the command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return usageError{fmt.Sprintf(format, args...)}
}

// run is the whole program: it parses args and runs one subcommand.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		usage(stderr)
		return usagef("no command given")
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help", "help":
		usage(stdout)
		return nil
	}
	for _, c := range commands {
		if c.name != name {
			continue
		}
		fs := flag.NewFlagSet("explainer "+c.name, flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		if c.flags != nil {
			c.flags(fs)
		}
		if err := fs.Parse(args[1:]); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				commandUsage(stdout, c, fs)
				return errHelp
			}
			return usagef("%s: %v", c.name, err)
		}
		return c.run(ctx, &env{stdout: stdout, stderr: stderr, flags: fs}, fs.Args())
	}
	usage(stderr)
	return usagef("unknown command %q", name)
}

func usage(w io.Writer) {
	fmt.Fprint(w, "Usage: explainer <command> [flags] [args]\n\nCommands:\n")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, "\nRun 'explainer <command> --help' for a command's flags.\n")
}

func commandUsage(w io.Writer, c *command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "Usage: explainer %s %s\n\n%s\n", c.name, c.args, c.summary)
	var flags strings.Builder
	fs.SetOutput(&flags)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
	if flags.Len() > 0 {
		fmt.Fprintf(w, "\nFlags:\n%s", flags.String())
	}
}
