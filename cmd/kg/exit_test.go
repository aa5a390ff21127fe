package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestExitCodes checks what a script sees of a wrong command line (2), a
// failure such as an unknown entity (1) and success (0), with the message.
func TestExitCodes(t *testing.T) {
	tests := []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"links", "Soleimani", "--deph", "2"}, exitUsage, "unknown flag --deph; did you mean --depth?"},
		{[]string{"path", "Trump", "Iran", "--max-hop", "2"}, exitUsage, "did you mean --max-hops?"},
		{[]string{"links", "Soleimani", "--type", "Persn"}, exitUsage, `unknown type "Persn"`},
		{[]string{"links", "Soleimani", "-p", "lead"}, exitUsage, `unknown predicate "lead"`},
		{[]string{"links", "Quds Farce Brigade"}, exitError, `no entity named "Quds Farce Brigade"`},
		{[]string{"links", "Soleimani", "-p", "carried out"}, exitOK, ""},
		{[]string{"links", "embassy", "--limit", "1"}, exitOK, ""},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append([]string{"kg", "--backend", "memstore"}, tt.args...)
			code := Run(context.Background(), args, strings.NewReader(""), &stdout, &stderr)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stderr %q lacks %q", stderr.String(), tt.stderr)
			}
		})
	}
}
