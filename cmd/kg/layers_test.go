package main

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/kg-analyst/kg/"

// layers ranks the top folders, lowest first: a package imports only from
// its own layer or lower ones (README, Architecture).
var layers = map[string]int{"schema": 0, "seeds": 1, "graph": 2, "queries": 3, "cmd": 4}

// kgImports reads the imports of every package of the module, by import
// path relative to the module; those of its test files (in-package and
// external) count as the package's own when withTests is set.
func kgImports(t *testing.T, withTests bool) map[string][]string {
	t.Helper()
	root := filepath.Join("..", "..")
	out := map[string][]string{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || !withTests && strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		pkg, _ := filepath.Rel(root, filepath.Dir(path))
		pkg = filepath.ToSlash(pkg)
		for _, im := range f.Imports {
			p, _ := strconv.Unquote(im.Path.Value)
			out[pkg] = append(out[pkg], p)
		}
		if _, ok := out[pkg]; !ok {
			out[pkg] = nil
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestLayers checks that no package imports from a layer above its own,
// in its code or in its tests: a test sits with the layer whose code it
// exercises, and what tests of several layers share lives as low as it can
// (graph/storetest).
func TestLayers(t *testing.T) {
	imports := kgImports(t, true)
	if len(imports) < 10 {
		t.Fatalf("read only %d packages; is the test run from cmd/kg?", len(imports))
	}
	for pkg, ims := range imports {
		own, ok := layers[strings.Split(pkg, "/")[0]]
		if !ok {
			if _, err := os.Stat(filepath.Join("..", "..", pkg)); err == nil && pkg != "." {
				t.Errorf("package %s is in no layer: put it under %v", pkg, layerNames())
			}
			continue
		}
		for _, im := range ims {
			rel, ok := strings.CutPrefix(im, module)
			if !ok {
				continue
			}
			if their := layers[strings.Split(rel, "/")[0]]; their > own {
				t.Errorf("%s imports %s, a layer above its own", pkg, rel)
			}
		}
	}
}

// TestTextLayerKnowsNoStore checks that nothing seeds/extract depends on,
// directly or through kg's own packages, is a store, a database driver or
// a JavaScript engine: the text layer knows no store.
func TestTextLayerKnowsNoStore(t *testing.T) {
	imports := kgImports(t, false)
	forbidden := []string{"github.com/cayleygraph/cayley", "bolt", "database/sql", "github.com/lib/pq", "goja", "hidal-go"}
	seen := map[string]bool{}
	var visit func(pkg string)
	visit = func(pkg string) {
		if seen[pkg] {
			return
		}
		seen[pkg] = true
		for _, im := range imports[pkg] {
			if rel, ok := strings.CutPrefix(im, module); ok {
				visit(rel)
				continue
			}
			for _, f := range forbidden {
				if strings.Contains(im, f) {
					t.Errorf("seeds/extract depends on %s (through %s)", im, pkg)
				}
			}
		}
	}
	visit("seeds/extract")
	if !seen["schema"] {
		t.Fatal("seeds/extract does not reach schema: the import graph was not read")
	}
}

func layerNames() []string {
	var out []string
	for l := range layers {
		out = append(out, l)
	}
	sort.Slice(out, func(i, j int) bool { return layers[out[i]] < layers[out[j]] })
	return out
}
