package main

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// outFile is an output file written as careful tools write them: a regular
// file (or a new one) is written to a temporary file beside it and renamed
// into place by Commit, so a failed write leaves it as it was; the
// temporary file has the existing file's mode, or for a new file the mode
// the umask leaves of 0666. A symbolic link is followed and its target
// written. Anything else (a device such as /dev/stdout or /dev/full, a FIFO)
// is opened and written directly, never replaced.
type outFile struct {
	*os.File
	target string // the file the temporary one replaces; "" when written directly
}

// createOutput opens path for writing as outFile describes.
func createOutput(path string) (*outFile, error) {
	fi, err := os.Stat(path) // through links, /proc's magic ones (/dev/stdout) included
	switch {
	case errors.Is(err, fs.ErrNotExist):
		target, err := resolveLinks(path) // a dangling link is written through
		if err != nil {
			return nil, err
		}
		return createBeside(target, 0o666, nil) // the umask applies
	case err != nil:
		return nil, err
	case fi.IsDir():
		return nil, fmt.Errorf("%s is a directory", path)
	case !fi.Mode().IsRegular():
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return nil, err
		}
		return &outFile{File: f}, nil
	}
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return nil, err
	}
	return createBeside(target, 0o600, fi)
}

// createBeside creates a temporary file beside target with perm, then gives
// it the mode (and, where allowed, the owner) of the existing file old.
func createBeside(target string, perm fs.FileMode, old fs.FileInfo) (*outFile, error) {
	var f *os.File
	for {
		suffix := make([]byte, 6)
		rand.Read(suffix)
		name := filepath.Join(filepath.Dir(target), "."+filepath.Base(target)+"."+hex.EncodeToString(suffix)+".tmp")
		var err error
		f, err = os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		break
	}
	if old != nil {
		keepOwner(f, old)
		if err := f.Chmod(old.Mode().Perm() | old.Mode()&(fs.ModeSetuid|fs.ModeSetgid|fs.ModeSticky)); err != nil {
			f.Close()
			os.Remove(f.Name())
			return nil, err
		}
	}
	return &outFile{File: f, target: target}, nil
}

// resolveLinks follows symbolic links from path to the path they end on,
// which does not exist yet.
func resolveLinks(path string) (string, error) {
	for range 40 {
		fi, err := os.Lstat(path)
		if errors.Is(err, fs.ErrNotExist) {
			return path, nil
		}
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		link, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(link) {
			link = filepath.Join(filepath.Dir(path), link)
		}
		path = link
	}
	return "", fmt.Errorf("%s: too many levels of symbolic links", path)
}

// Commit finishes the file: it closes it and, for a regular file, renames
// the temporary file into place.
func (o *outFile) Commit() error {
	if o.target == "" {
		return o.Close()
	}
	if err := o.Sync(); err != nil {
		o.Abort()
		return err
	}
	if err := o.Close(); err != nil {
		os.Remove(o.Name())
		return err
	}
	if err := os.Rename(o.Name(), o.target); err != nil {
		os.Remove(o.Name())
		return err
	}
	return nil
}

// Abort gives up: it closes the file and removes the temporary one, leaving
// the target as it was.
func (o *outFile) Abort() {
	o.Close()
	if o.target != "" {
		os.Remove(o.Name())
	}
}

// keepOwner gives f the owner and group of old where the system allows it
// (root may; others keep their own), so that rewriting another user's file
// as root does not hand it to root.
func keepOwner(f *os.File, old fs.FileInfo) {
	if st, ok := old.Sys().(*syscall.Stat_t); ok {
		f.Chown(int(st.Uid), int(st.Gid)) // best effort: see above
	}
}
