package schema

import "testing"

func TestStripTitles(t *testing.T) {
	tests := []struct{ in, want string }{
		{"us president trump", "trump"},
		{"supreme leader ayatollah ali khamenei", "ali khamenei"},
		{"mr trump", "trump"},
		{"quds force", "quds force"},
		{"the president", "president"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := StripTitles(tt.in); got != tt.want {
			t.Errorf("StripTitles(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
