package export

import (
	"net/url"
	"testing"
)

// TestPlainRelativePath checks the short cut absoluteIRI takes for plain
// relative paths gives what resolving them against RelativeBase gives.
func TestPlainRelativePath(t *testing.T) {
	for _, s := range []string{
		"/en/larry_fine_1902", "alice", "a/b", "/film/performance/actor", "/m/0abc-d.e~f", "/a$b&c+d,e;f=g@h",
		"/", "a/", "/a/./b", "/a/../b", "..", ".", "./a", "//host/x", "/a//b", "/a b", "/a%20b", "/a?b", "/a#b",
		"/a:b", "/a!b", "/a'b", "/a(b)", "/a*b", "/é", "a\\b", "",
	} {
		ref, err := url.Parse(s)
		if err != nil {
			if plainRelativePath(s) {
				t.Errorf("plainRelativePath(%q) = true for a path url.Parse rejects", s)
			}
			continue
		}
		if got, want := absoluteIRI(s), relativeBase.ResolveReference(ref).String(); got != want {
			t.Errorf("absoluteIRI(%q) = %q, want %q", s, got, want)
		}
	}
	if !plainRelativePath("/en/larry_fine_1902") || !plainRelativePath("alice") {
		t.Error("the short cut is not taken for plain paths; the test above does not check it")
	}
}
