package main

import (
	"errors"
	"fmt"
	"io/fs"

	"github.com/urfave/cli/v2"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/write"
	"github.com/kg-analyst/kg/seeds"
	"github.com/kg-analyst/kg/seeds/extract"
)

// storeFlags pick the store; every command that touches one has them.
func storeFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "db", EnvVars: []string{"KG_DB"}, Usage: "store `PATH` (directory for bolt, URL for postgres)", Value: graph.DefaultPath},
		&cli.StringFlag{Name: "backend", EnvVars: []string{"KG_BACKEND"}, Usage: fmt.Sprintf("Cayley `BACKEND`: one of %v", graph.Backends), Value: graph.DefaultBackend},
	}
}

func storeConfig(c *cli.Context) graph.Config {
	cfg := graph.Config{Backend: c.String("backend"), Path: c.String("db")}
	if cfg.Backend != "bolt" && !c.IsSet("db") {
		cfg.Path = "" // kg.db is bolt's default, not a URL
	}
	return cfg
}

// openStore opens the store. A read command on a store that does not exist
// yet builds it from the embedded seeds first and says so.
func openStore(c *cli.Context, buildIfNew bool) (*graph.Store, error) {
	st, err := graph.Open(c.Context, storeConfig(c))
	if err != nil {
		return nil, err
	}
	if buildIfNew && st.Created() {
		fmt.Fprintf(c.App.ErrWriter, "kg: %s is new; building it from the embedded seeds\n", st.Describe())
		if _, err := buildSeeds(c, st); err != nil {
			st.Close()
			return nil, err
		}
	}
	return st, nil
}

// openReadStore opens the store for a command that only reads it. A bolt
// store is opened read-only, under a shared lock, so readers and a kg serve
// use it at once; one that does not exist yet is built first.
func openReadStore(c *cli.Context) (*graph.Store, error) {
	cfg := storeConfig(c)
	if cfg.Backend != graph.DefaultBackend {
		return openStore(c, true)
	}
	cfg.ReadOnly = true
	st, err := graph.Open(c.Context, cfg)
	if errors.Is(err, fs.ErrNotExist) {
		return openStore(c, true)
	}
	return st, err
}

// buildSeeds writes the embedded seed documents to the store: the curated
// annotation on top of what the extractor finds in the same articles.
func buildSeeds(c *cli.Context, st *graph.Store) (graph.Change, error) {
	set, err := seeds.Embedded()
	if err != nil {
		return graph.Change{}, fmt.Errorf("load seeds: %w", err)
	}
	docs, err := extract.SeedDocuments(c.Context, set)
	if err != nil {
		return graph.Change{}, fmt.Errorf("load seeds: %w", err)
	}
	return write.Write(c.Context, st, docs)
}
