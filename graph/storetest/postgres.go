package storetest

import (
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"testing"
	"time"
)

// EnvPostgres names a PostgreSQL server for the tests that need one: a URL
// such as postgres://postgres@127.0.0.1:54329/postgres?sslmode=disable.
// .ci/run starts a server and sets it.
const EnvPostgres = "KG_TEST_POSTGRES"

// PostgresURL returns the server EnvPostgres names, or skips tb, saying
// that it would have run purpose there.
func PostgresURL(tb testing.TB, purpose string) string {
	tb.Helper()
	u := os.Getenv(EnvPostgres)
	if u == "" {
		tb.Skipf("%s not set: give it a PostgreSQL URL (postgres://user@host:port/db?sslmode=disable) to %s; .ci/run starts a server and sets it", EnvPostgres, purpose)
	}
	return u
}

// FreshDatabase creates a database on the server at u and returns its URL;
// it is dropped when the test ends.
func FreshDatabase(tb testing.TB, u string) string {
	tb.Helper()
	admin, err := sql.Open("postgres", u)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { admin.Close() })
	name := fmt.Sprintf("kg_test_%d", time.Now().UnixNano())
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		tb.Fatalf("create database on %s: %v", EnvPostgres, err)
	}
	tb.Cleanup(func() {
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			tb.Errorf("drop database %s: %v", name, err)
		}
	})
	pu, err := url.Parse(u)
	if err != nil {
		tb.Fatalf("%s: %v", EnvPostgres, err)
	}
	pu.Path = "/" + name
	return pu.String()
}
