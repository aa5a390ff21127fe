package main

import (
	"strings"

	"github.com/urfave/cli/v2"
)

// interspersed reorders a command line so flags may follow positional
// arguments, as people type them ("kg links Soleimani --depth 2"): urfave/cli
// stops reading flags at the first argument. Flags written before the
// command name move after it, so "kg --db x links A" works too. Everything
// after "--" stays as it is.
func interspersed(app *cli.App, args []string) []string {
	if len(args) < 2 {
		return args
	}
	i := 1
	for i < len(args) && args[i] != "--" && app.Command(args[i]) == nil {
		i++
	}
	if i >= len(args) || args[i] == "--" {
		return args
	}
	cmd := app.Command(args[i])
	before := args[1:i]
	// Flags written before the command take their value from the next word
	// unless they are boolean.
	before = regroup(cmd, before)
	flags, positional := split(cmd, args[i+1:])
	out := append([]string{args[0], args[i]}, before...)
	out = append(out, flags...)
	if len(positional) > 0 {
		out = append(out, "--")
		out = append(out, positional...)
	}
	return out
}

// split separates flags (with their values) from positional arguments.
func split(cmd *cli.Command, args []string) (flags, positional []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			return flags, append(positional, args[i+1:]...)
		case a == "-" || !strings.HasPrefix(a, "-"):
			positional = append(positional, a)
		default:
			flags = append(flags, a)
			if takesValue(cmd, a) && !strings.Contains(a, "=") && i+1 < len(args) {
				i++
				flags = append(flags, args[i])
			}
		}
	}
	return flags, positional
}

func regroup(cmd *cli.Command, before []string) []string {
	flags, positional := split(cmd, before)
	return append(flags, positional...)
}

// takesValue reports whether the flag named in arg ("--depth", "-n") reads
// the next word as its value.
func takesValue(cmd *cli.Command, arg string) bool {
	name := strings.TrimLeft(arg, "-")
	if k := strings.IndexByte(name, '='); k >= 0 {
		name = name[:k]
	}
	for _, f := range cmd.Flags {
		for _, n := range f.Names() {
			if n != name {
				continue
			}
			if _, isBool := f.(*cli.BoolFlag); isBool {
				return false
			}
			return true
		}
	}
	return false
}
