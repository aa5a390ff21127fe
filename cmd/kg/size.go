package main

import (
	"strconv"
	"strings"
)

// sizeUnits are the suffixes parseSize accepts, longest first.
var sizeUnits = []struct {
	suffix string
	bytes  int64
}{
	{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"TiB", 1 << 40},
	{"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"TB", 1e12},
	{"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"T", 1 << 40},
	{"B", 1},
}

// parseSize reads a size flag such as 256MiB, 4MB, 1G or 1048576 (bytes).
// "none" or -1 lifts the bound (a negative result).
func parseSize(flag, s string) (int64, error) {
	t := strings.TrimSpace(s)
	if t == "none" || t == "-1" {
		return -1, nil
	}
	mult := int64(1)
	for _, u := range sizeUnits {
		if rest, ok := strings.CutSuffix(t, u.suffix); ok {
			t, mult = strings.TrimSpace(rest), u.bytes
			break
		}
	}
	n, err := strconv.ParseFloat(t, 64)
	if err != nil || n <= 0 || n*float64(mult) > 1<<62 {
		return 0, usagef("%s %q: want a size such as 256MiB, 4MB or 1GiB (or none)", flag, s)
	}
	return int64(n * float64(mult)), nil
}
