package main

import (
	"sort"
	"strings"

	"github.com/urfave/cli/v2"
	"github.com/xrash/smetrics"
)

// flagUsageError turns urfave/cli's flag parsing errors into usage errors
// (exit 2) that name the command and, for an unknown flag, suggest the
// nearest flags it has, instead of printing the whole help.
func flagUsageError(cmd *cli.Command) cli.OnUsageErrorFunc {
	return func(c *cli.Context, err error, _ bool) error {
		const undefined = "flag provided but not defined: "
		msg := err.Error()
		if !strings.HasPrefix(msg, undefined) {
			return usagef("%s: %v (kg %s --help lists the flags)", cmd.Name, err, cmd.Name)
		}
		typed := strings.TrimLeft(strings.TrimPrefix(msg, undefined), "-")
		near := nearestFlags(cmd, typed)
		if len(near) == 0 {
			return usagef("%s: unknown flag %s (kg %s --help lists the flags)", cmd.Name, dashed(typed), cmd.Name)
		}
		return usagef("%s: unknown flag %s; did you mean %s?", cmd.Name, dashed(typed), strings.Join(near, " or "))
	}
}

// nearestFlags returns the flags of cmd within two edits of typed, or that
// typed begins, nearest first.
func nearestFlags(cmd *cli.Command, typed string) []string {
	type cand struct {
		name string
		dist int
	}
	var cands []cand
	for _, f := range cmd.Flags {
		for _, n := range f.Names() {
			d := smetrics.WagnerFischer(typed, n, 1, 1, 1)
			if len(typed) >= 3 && strings.HasPrefix(n, typed) {
				d = min(d, 1)
			}
			if d <= 2 && d < len(n) {
				cands = append(cands, cand{dashed(n), d})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].dist < cands[j].dist })
	var out []string
	for _, c := range cands {
		if len(out) < 3 && c.dist == cands[0].dist {
			out = append(out, c.name)
		}
	}
	return out
}

// dashed writes a flag name as typed: -d, --depth.
func dashed(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// withFlagErrors sets every command's flag error handler.
func withFlagErrors(cmds []*cli.Command) []*cli.Command {
	for _, c := range cmds {
		c.OnUsageError = flagUsageError(c)
	}
	return cmds
}
