package storetest

import (
	"os"
	"testing"
)

// EnvBenchBig, set to 1, runs the benchmarks on generated graphs of
// BigSizes quads; they take long (the 5M-quad graph loads for minutes), so
// without it they skip.
const EnvBenchBig = "KG_BENCH_BIG"

// BigSizes are the sizes of the generated graphs the big benchmarks measure
// on, in quads, so that a cost's growth shows between them.
var BigSizes = []int{500_000, 5_000_000}

// BigSeed is the seed of the generated graphs the big benchmarks use.
const BigSeed = 1

// SkipUnlessBig skips tb unless EnvBenchBig is 1.
func SkipUnlessBig(tb testing.TB) {
	tb.Helper()
	if os.Getenv(EnvBenchBig) != "1" {
		tb.Skipf("%s not 1: the benchmarks on generated graphs of %v quads take long; set it to run them", EnvBenchBig, BigSizes)
	}
}
