// Command kg builds a knowledge graph from news articles and answers who is
// linked to whom, how, and on what evidence. See the README for a session.
package main

import (
	"os"
)

func main() {
	ctx, stop := interruptContext(os.Stderr)
	code := Run(ctx, os.Args, os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
