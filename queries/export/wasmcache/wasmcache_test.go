package wasmcache

import (
	"os"
	"path/filepath"
	"testing"
)

// choose accepts only a private directory of the user's.
func TestChoose(t *testing.T) {
	for _, tc := range []struct {
		name    string
		prepare func(t *testing.T, base string) // base is XDG_CACHE_HOME
		private bool
	}{
		{"new", func(*testing.T, string) {}, true},
		{"too open, made private", func(t *testing.T, base string) {
			os.MkdirAll(filepath.Join(base, "kg"), 0o700)
			os.Chmod(filepath.Join(base, "kg"), 0o777)
		}, true},
		{"a link", func(t *testing.T, base string) {
			other := t.TempDir()
			os.MkdirAll(base, 0o700)
			if err := os.Symlink(other, filepath.Join(base, "kg")); err != nil {
				t.Fatal(err)
			}
		}, false},
		{"a file", func(t *testing.T, base string) {
			os.MkdirAll(base, 0o700)
			os.WriteFile(filepath.Join(base, "kg"), nil, 0o600)
		}, false},
		{"someone else's", func(t *testing.T, base string) {
			if os.Getuid() != 0 {
				t.Skip("only root can give a directory away")
			}
			os.MkdirAll(filepath.Join(base, "kg"), 0o700)
			os.Chown(filepath.Join(base, "kg"), 65534, 65534)
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			base := filepath.Join(t.TempDir(), "cache")
			t.Setenv("XDG_CACHE_HOME", base)
			tc.prepare(t, base)
			got := choose()
			defer func() { os.Remove(saved.marker); saved.marker = "" }()
			want := noCache
			if tc.private {
				want = filepath.Join(base, "kg")
			}
			if got != want {
				t.Fatalf("choose() = %q, want %q", got, want)
			}
			if tc.private {
				fi, err := os.Stat(got)
				if err != nil || fi.Mode().Perm() != 0o700 {
					t.Errorf("mode %v, %v; want 0700", fi.Mode(), err)
				}
			}
		})
	}
}

// A cache whose files changed since kg last started is emptied, and so is
// one left by a start that died.
func TestDistrustedCacheEmptied(t *testing.T) {
	base := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", base)
	dir := filepath.Join(base, "kg")
	entry := filepath.Join(dir, cacheSub, "v1", "entry")
	os.MkdirAll(filepath.Dir(entry), 0o700)
	os.WriteFile(entry, []byte("compiled"), 0o600)
	os.Chmod(dir, 0o700)
	writeManifest(dir, snapshot(dir))

	choose() // unchanged: kept
	os.Remove(saved.marker)
	if _, err := os.Stat(entry); err != nil {
		t.Fatalf("an unchanged cache was emptied: %v", err)
	}

	os.WriteFile(entry, []byte("tampered"), 0o600)
	choose()
	os.Remove(saved.marker)
	if _, err := os.Stat(entry); err == nil {
		t.Fatal("a changed cache was kept")
	}

	os.MkdirAll(filepath.Dir(entry), 0o700)
	os.WriteFile(entry, []byte("compiled"), 0o600)
	writeManifest(dir, snapshot(dir))
	os.WriteFile(filepath.Join(dir, startPrefix+"999999999"), nil, 0o600) // a start that died
	choose()
	os.Remove(saved.marker)
	if _, err := os.Stat(entry); err == nil {
		t.Fatal("the cache of a start that died was kept")
	}
}
