package extract

import (
	"os/exec"
	"strings"
	"testing"
)

// TestTestSetFrozen fails when a commit changes a file of the frozen test
// set (testdata/test) together with a rule file (rules/): the test set
// measures rules written without it. It asks git; outside a git checkout
// (a source archive) it skips, saying so.
func TestTestSetFrozen(t *testing.T) {
	git, err := exec.LookPath("git")
	if err != nil {
		t.Skip("git is not installed: cannot check that the test set is frozen")
	}
	if out, err := exec.Command(git, "rev-parse", "--is-inside-work-tree").Output(); err != nil || strings.TrimSpace(string(out)) != "true" {
		t.Skip("not in a git checkout: cannot check that the test set is frozen")
	}
	out, err := exec.Command(git, "log", "--format=%H", "--", "testdata/test").Output()
	if err != nil {
		t.Fatalf("git log testdata/test: %v", err)
	}
	commits := strings.Fields(string(out))
	if len(commits) == 0 {
		t.Skip("the test set is not committed yet")
	}
	for _, c := range commits {
		files, err := exec.Command(git, "show", "--format=", "--name-only", "--relative", c).Output()
		if err != nil {
			t.Fatalf("git show %s: %v", c, err)
		}
		for _, f := range strings.Fields(string(files)) {
			if strings.HasPrefix(f, "rules/") {
				t.Errorf("commit %.12s changes the frozen test set and the rule file %s together", c, f)
			}
		}
	}
}
