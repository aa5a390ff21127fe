package main

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// writeOutput writes data to path through createOutput and commits it.
func writeOutput(t *testing.T, path, data string) {
	t.Helper()
	out, err := createOutput(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.WriteString(out, data); err != nil {
		t.Fatal(err)
	}
	if err := out.Commit(); err != nil {
		t.Fatal(err)
	}
}

func TestOutputKeepsModes(t *testing.T) {
	dir := t.TempDir()
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)

	fresh := filepath.Join(dir, "new.nq")
	writeOutput(t, fresh, "x")
	secret := filepath.Join(dir, "secret.nq")
	if err := os.WriteFile(secret, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	writeOutput(t, secret, "new")
	shared := filepath.Join(dir, "shared.nq")
	if err := os.WriteFile(shared, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	os.Chmod(shared, 0o664)
	writeOutput(t, shared, "new")

	for path, want := range map[string]fs.FileMode{fresh: 0o640, secret: 0o600, shared: 0o664} {
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode() != want {
			t.Errorf("%s: mode %v, want %v", filepath.Base(path), fi.Mode(), want)
		}
	}
	if data, _ := os.ReadFile(secret); string(data) != "new" {
		t.Errorf("secret.nq holds %q", data)
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".*.tmp"))
	if len(leftovers) != 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}

// A symbolic link stays a link; its target gets the export, even when it
// does not exist yet.
func TestOutputThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	for _, exists := range []bool{true, false} {
		target := filepath.Join(dir, "target.nq")
		link := filepath.Join(dir, "link.nq")
		os.Remove(target)
		os.Remove(link)
		if exists {
			os.WriteFile(target, []byte("old"), 0o600)
		}
		if err := os.Symlink("target.nq", link); err != nil {
			t.Fatal(err)
		}
		writeOutput(t, link, "new")
		if fi, err := os.Lstat(link); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			t.Errorf("exists=%v: the link was replaced: %v %v", exists, fi.Mode(), err)
		}
		if data, _ := os.ReadFile(target); string(data) != "new" {
			t.Errorf("exists=%v: target holds %q", exists, data)
		}
	}
}

// A FIFO (as a device) is written directly, never replaced.
func TestOutputToFIFO(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	got := make(chan string)
	go func() {
		data, _ := os.ReadFile(fifo)
		got <- string(data)
	}()
	writeOutput(t, fifo, "through the pipe")
	if s := <-got; s != "through the pipe" {
		t.Errorf("read %q from the FIFO", s)
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&fs.ModeNamedPipe == 0 {
		t.Errorf("the FIFO was replaced: %v %v", fi.Mode(), err)
	}
}

// A failed export leaves the file as it was.
func TestOutputAbortKeepsFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keep.nq")
	os.WriteFile(path, []byte("old"), 0o600)
	out, err := createOutput(path)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(out, "half")
	out.Abort()
	if data, _ := os.ReadFile(path); string(data) != "old" {
		t.Errorf("file holds %q after an abort", data)
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*.tmp")); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}
