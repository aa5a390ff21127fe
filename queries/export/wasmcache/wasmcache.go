// Package wasmcache decides where go-graphviz keeps Graphviz compiled from
// WebAssembly to native code, before go-graphviz does it.
//
// go-graphviz (v0.2.10) compiles its WebAssembly in a package init, in
// every program that links it, and caches the native code in
// $TMPDIR/go-graphviz, a directory it creates world-readable and reuses
// whoever made it: on a shared host whoever creates /tmp/go-graphviz first
// controls native code kg runs, and with $TMPDIR full or one corrupt entry
// the init panics and no kg command starts. Without a cache the compilation
// takes seconds at every start.
//
// Go initialises packages in the order of their import paths once their
// imports are initialised, so this package, which imports only the standard
// library and sorts before go-graphviz's own dependency wazero, is
// initialised before go-graphviz. Its init points TMPDIR at a private
// per-user directory ($XDG_CACHE_HOME/kg, or ~/.cache/kg: created 0700,
// owned by the user, not a link) with room to spare, or, when there is
// none, at a path where no cache can be made, so that Graphviz is compiled
// in memory. A start that died during go-graphviz's init (a corrupt entry)
// is noticed by the next one, which empties the cache; so is a cache whose
// files changed since kg last started with it (unless another kg is
// starting at that moment and may be writing it). Restore puts TMPDIR
// back; package export calls it from its init, which runs after
// go-graphviz's.
package wasmcache

import (
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// minFree is the room the cache's file system must have: the compiled code
// is about 10 MB, and a full disk makes go-graphviz panic.
const minFree = 64 << 20

// noCache is a TMPDIR under which no directory can be made: go-graphviz
// then compiles in memory.
const noCache = "/dev/null/kg-no-cache"

// cacheSub is the directory go-graphviz makes under TMPDIR.
const cacheSub = "go-graphviz"

// manifestName is the file listing the cache's files (name, size, time)
// as they were after the last start that got through go-graphviz's init;
// a cache that differs from it is emptied before go-graphviz reads it.
const manifestName = "graphviz-cache.ok"

// startPrefix names the file that marks a start in progress; the process
// id follows.
const startPrefix = "graphviz-start-"

// saved is TMPDIR as kg was started with it, and this start's marker.
var saved struct {
	tmpdir  string
	had     bool
	marker  string
	chosen  string
	restore bool
}

func init() {
	saved.tmpdir, saved.had = os.LookupEnv("TMPDIR")
	saved.chosen = choose()
	saved.restore = true
	os.Setenv("TMPDIR", saved.chosen)
}

// Restore gives TMPDIR back its value and marks this start as one that got
// through go-graphviz's init.
func Restore() {
	if !saved.restore {
		return
	}
	saved.restore = false
	if saved.marker != "" {
		writeManifest(saved.chosen, snapshot(saved.chosen))
		os.Remove(saved.marker)
	}
	if saved.had {
		os.Setenv("TMPDIR", saved.tmpdir)
	} else {
		os.Unsetenv("TMPDIR")
	}
}

// choose returns the private cache directory, ready, or noCache.
func choose() string {
	dir := cacheDir()
	if dir == "" || !private(dir) || !roomy(dir) {
		return noCache
	}
	// Another kg starting now may be writing the cache: then it is left
	// alone, or that start would fail.
	if dead, live := starts(dir); live == 0 {
		cur := snapshot(dir)
		if dead > 0 || cur != "" && cur != readManifest(dir) {
			os.RemoveAll(filepath.Join(dir, cacheSub)) // a start died in it, or it changed
		}
	}
	marker := filepath.Join(dir, startPrefix+strconv.Itoa(os.Getpid()))
	f, err := os.OpenFile(marker, os.O_WRONLY|os.O_CREATE, 0o600)
	if err != nil {
		return noCache
	}
	f.Close()
	saved.marker = marker
	return dir
}

// cacheDir is $XDG_CACHE_HOME/kg, or ~/.cache/kg; "" when neither is
// known.
func cacheDir() string {
	base := os.Getenv("XDG_CACHE_HOME")
	if !filepath.IsAbs(base) {
		home := os.Getenv("HOME")
		if !filepath.IsAbs(home) {
			return ""
		}
		base = filepath.Join(home, ".cache")
	}
	return filepath.Join(base, "kg")
}

// private makes dir if needed and reports whether it is a directory of the
// user's, not a link, that no one else may enter.
func private(dir string) bool {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return false
	}
	fi, err := os.Lstat(dir)
	if err != nil || !fi.IsDir() {
		return false
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok || int(st.Uid) != os.Getuid() {
		return false
	}
	if fi.Mode().Perm()&0o077 != 0 {
		return os.Chmod(dir, 0o700) == nil
	}
	return true
}

// roomy reports whether dir's file system has minFree bytes free.
func roomy(dir string) bool {
	var fs syscall.Statfs_t
	if err := syscall.Statfs(dir, &fs); err != nil {
		return false
	}
	return int64(fs.Bavail)*int64(fs.Bsize) >= minFree
}

// starts counts the marks of other kg starts in dir: those of processes
// that died (most likely in go-graphviz's init, on a corrupt cache entry;
// their marks are removed) and those of processes still running.
func starts(dir string) (dead, live int) {
	markers, _ := filepath.Glob(filepath.Join(dir, startPrefix+"*"))
	for _, m := range markers {
		pid, err := strconv.Atoi(strings.TrimPrefix(filepath.Base(m), startPrefix))
		if err != nil || pid == os.Getpid() {
			continue
		}
		if err := syscall.Kill(pid, 0); err == syscall.ESRCH {
			os.Remove(m)
			dead++
		} else {
			live++
		}
	}
	return dead, live
}

// snapshot lists the files of the cache, each with its size and time of
// change; "" when there are none.
func snapshot(dir string) string {
	var b strings.Builder
	root := filepath.Join(dir, cacheSub)
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		fi, err := d.Info()
		if err != nil {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		b.WriteString(rel + " " + strconv.FormatInt(fi.Size(), 10) + " " +
			strconv.FormatInt(fi.ModTime().UnixNano(), 10) + " " + fi.Mode().String() + "\n")
		return nil
	})
	return b.String()
}

func readManifest(dir string) string {
	data, _ := os.ReadFile(filepath.Join(dir, manifestName))
	return string(data)
}

// writeManifest replaces the manifest with list, atomically.
func writeManifest(dir, list string) {
	tmp := filepath.Join(dir, manifestName+"."+strconv.Itoa(os.Getpid()))
	if err := os.WriteFile(tmp, []byte(list), 0o600); err != nil {
		os.Remove(tmp)
		return
	}
	if err := os.Rename(tmp, filepath.Join(dir, manifestName)); err != nil {
		os.Remove(tmp)
	}
}
