package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

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
// yet builds it from the embedded seeds first and says so; so does one on a
// bolt store whose first build did not finish (it was interrupted or
// killed), which is built again.
func openStore(c *cli.Context, buildIfNew bool) (*graph.Store, error) {
	cfg := storeConfig(c)
	st, err := graph.Open(c.Context, cfg)
	if err != nil {
		return nil, err
	}
	if !buildIfNew {
		return st, nil
	}
	marker := buildMarker(cfg)
	switch {
	case st.Created():
		fmt.Fprintf(c.App.ErrWriter, "kg: %s is new; building it from the embedded seeds\n", st.Describe())
	case firstBuildPending(cfg):
		fmt.Fprintf(c.App.ErrWriter, "kg: %s: its first build did not finish; building it again from the embedded seeds\n", st.Describe())
	default:
		return st, nil
	}
	if marker != "" {
		if err := os.WriteFile(marker, nil, 0o644); err != nil {
			st.Close()
			return nil, fmt.Errorf("mark the first build of %s: %w", st.Describe(), err)
		}
	}
	if _, err := buildSeeds(c, st); err != nil {
		st.Close()
		return nil, err
	}
	if marker != "" {
		os.Remove(marker)
	}
	return st, nil
}

// buildMarker is the file a bolt store holds while its first build runs,
// so that a build cut short (Ctrl-C, SIGKILL, a crash) is done again by the
// next command rather than leaving an empty graph; "" for other backends,
// whose new stores an interrupted build leaves empty and new.
func buildMarker(cfg graph.Config) string {
	if cfg.Backend != graph.DefaultBackend || cfg.Path == "" {
		return ""
	}
	return filepath.Join(cfg.Path, "kg-first-build")
}

// firstBuildPending reports whether a first build of the store was cut
// short.
func firstBuildPending(cfg graph.Config) bool {
	m := buildMarker(cfg)
	if m == "" {
		return false
	}
	_, err := os.Stat(m)
	return err == nil
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
	if errors.Is(err, fs.ErrNotExist) || err == nil && firstBuildPending(cfg) {
		if st != nil {
			st.Close()
		}
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
