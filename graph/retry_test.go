package graph

import (
	"errors"
	"fmt"
	"testing"

	"github.com/lib/pq"
)

func TestRetryable(t *testing.T) {
	for _, c := range []struct {
		err  error
		want bool
	}{
		{&pq.Error{Code: "40P01"}, true},                                    // deadlock_detected
		{fmt.Errorf("write 3 changes: %w", &pq.Error{Code: "40001"}), true}, // serialization_failure
		{&pq.Error{Code: "23505"}, false},                                   // unique_violation: a real error
		{errors.New("deadlock"), false},
		{nil, false},
	} {
		if got := retryable(c.err); got != c.want {
			t.Errorf("retryable(%v) = %v, want %v", c.err, got, c.want)
		}
	}
}
