package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
)

// The plan of a staged load (pgStage) is read from the catalog: every
// index of Cayley's two tables is built again from its own definition
// (pg_get_indexdef) on the staging table, every key from its own
// (pg_get_constraintdef), so that what kg, a later Cayley or a database
// administrator added to the schema comes back too; what the plan cannot
// make again (an exclusion constraint, a foreign key from another table)
// leaves the load to one transaction, and what it misses the comparison of
// pgStageShape finds.

// pgStageIndexes lists the indexes of Cayley's tables: the table, the
// index, whether unique, its definition from USING on, and the constraint
// it backs with its kind ("p", "u", "x"), if any. The largest first: they
// are built two at a time, each when a session is free.
const pgStageIndexes = `SELECT t.relname::text, c.relname::text, i.indisunique,
	substring(pg_get_indexdef(i.indexrelid) from ' USING .*$'),
	coalesce(con.conname::text, ''), coalesce(con.contype::text, '')
FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x')
WHERE i.indrelid IN ('quads'::regclass, 'nodes'::regclass)
ORDER BY t.relname, i.indnatts DESC, c.relname`

// pgStageForeignKeys lists the foreign keys from or to Cayley's tables,
// and whether each is one the plan makes again: from quads to nodes.
const pgStageForeignKeys = `SELECT conname::text, pg_get_constraintdef(oid),
	conrelid = 'quads'::regclass AND confrelid = 'nodes'::regclass
FROM pg_constraint WHERE contype = 'f' AND (conrelid IN ('quads'::regclass, 'nodes'::regclass)
	OR confrelid IN ('quads'::regclass, 'nodes'::regclass))
ORDER BY conname`

// pgStageAdoption returns the statements that give the staging tables
// (named by $1 and $2, for nodes and quads) the owner, the privileges
// granted to others, the column defaults and the sequences of Cayley's
// tables, in that order: a grant made after the owner is set is the
// owner's, as Cayley's were.
const pgStageAdoption = `WITH t AS (SELECT c.oid, c.relowner, c.relacl, CASE c.relname WHEN 'nodes' THEN $1 ELSE $2 END AS stage
	FROM pg_class c WHERE c.oid IN ('nodes'::regclass, 'quads'::regclass))
SELECT stmt FROM (
SELECT 1 AS step, 0::bigint AS n, format('ALTER TABLE %s OWNER TO %I', t.stage, pg_get_userbyid(t.relowner)) AS stmt FROM t
UNION ALL
SELECT 2, a.n, format('GRANT %s ON %s TO %s%s', a.privilege_type, t.stage,
	CASE a.grantee WHEN 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END,
	CASE WHEN a.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END)
FROM t, aclexplode(t.relacl) WITH ORDINALITY AS a(grantor, grantee, privilege_type, is_grantable, n)
WHERE a.grantee <> t.relowner
UNION ALL
SELECT 3, 0, format('ALTER TABLE %s ALTER COLUMN %I SET DEFAULT %s', t.stage, a.attname, pg_get_expr(d.adbin, d.adrelid))
FROM t JOIN pg_attrdef d ON d.adrelid = t.oid JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
WHERE a.attgenerated = '' AND NOT a.attisdropped
UNION ALL
SELECT 4, 0, format('ALTER SEQUENCE %s OWNED BY %s.%I', s.oid::regclass, t.stage, a.attname)
FROM t JOIN pg_depend d ON d.refobjid = t.oid AND d.refclassid = 'pg_class'::regclass
JOIN pg_class s ON s.oid = d.objid AND d.classid = 'pg_class'::regclass AND s.relkind = 'S'
JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
WHERE d.deptype = 'a') AS steps ORDER BY step, n`

// makePlan reads the plan of s from the catalog; errPgStageRefused when
// the tables have what it cannot make again.
func (s *pgStage) makePlan(ctx context.Context) (pgStagePlan, error) {
	p := pgStagePlan{rename: []string{
		fmt.Sprintf("ALTER TABLE %s RENAME TO quads", s.quads),
		fmt.Sprintf("ALTER TABLE %s RENAME TO nodes", s.nodes),
	}}
	if err := s.planIndexes(ctx, &p); err != nil {
		return p, err
	}
	if err := s.planForeignKeys(ctx, &p); err != nil {
		return p, err
	}
	rows, err := s.conns[0].Query(ctx, pgStageAdoption, s.nodes, s.quads)
	if err != nil {
		return p, err
	}
	p.adopt, err = pgx.CollectRows(rows, pgx.RowTo[string])
	return p, err
}

// planIndexes plans the indexes of both tables and the keys they back.
func (s *pgStage) planIndexes(ctx context.Context, p *pgStagePlan) error {
	rows, err := s.conns[0].Query(ctx, pgStageIndexes)
	if err != nil {
		return err
	}
	var table, index, body, con, kind string
	var unique bool
	_, err = pgx.ForEachRow(rows, []any{&table, &index, &unique, &body, &con, &kind}, func() error {
		stage := map[string]string{"nodes": s.nodes, "quads": s.quads}[table]
		if kind == "x" || !s.fits(index, con) {
			return errPgStageRefused
		}
		create := "CREATE INDEX "
		if unique {
			create = "CREATE UNIQUE INDEX "
		}
		build := create + quote(s.name(index)) + " ON " + stage + body
		var key string
		if con == "" {
			p.rename = append(p.rename, fmt.Sprintf("ALTER INDEX %s RENAME TO %s", quote(s.name(index)), quote(index)))
		} else {
			kinds := map[string]string{"p": "PRIMARY KEY", "u": "UNIQUE"}
			key = fmt.Sprintf("ALTER TABLE %s ADD CONSTRAINT %s %s USING INDEX %s", stage, quote(s.name(con)), kinds[kind], quote(s.name(index)))
			p.rename = append(p.rename, fmt.Sprintf("ALTER TABLE %s RENAME CONSTRAINT %s TO %s", table, quote(s.name(con)), quote(con)))
		}
		switch {
		case table == "nodes":
			p.nodeKeys = append(p.nodeKeys, build)
			if key != "" {
				p.nodeKeys = append(p.nodeKeys, key)
			}
		case key != "":
			p.quadBuilds = append(p.quadBuilds, build)
			p.quadKeys = append(p.quadKeys, key)
		default:
			p.quadBuilds = append(p.quadBuilds, build)
		}
		return nil
	})
	return err
}

// planForeignKeys plans the foreign keys from quads to nodes, made after
// the quads table's primary key.
func (s *pgStage) planForeignKeys(ctx context.Context, p *pgStagePlan) error {
	rows, err := s.conns[0].Query(ctx, pgStageForeignKeys)
	if err != nil {
		return err
	}
	var con, def string
	var ours bool
	_, err = pgx.ForEachRow(rows, []any{&con, &def, &ours}, func() error {
		ref := strings.Index(def, " REFERENCES ")
		if !ours || ref < 0 || !s.fits(con) {
			return errPgStageRefused
		}
		cols := strings.Index(def[ref:], "(")
		if cols < 0 {
			return errPgStageRefused
		}
		def = def[:ref] + " REFERENCES " + s.nodes + def[ref+cols:]
		p.quadKeys = append(p.quadKeys, fmt.Sprintf("ALTER TABLE %s ADD CONSTRAINT %s %s", s.quads, quote(s.name(con)), def))
		p.rename = append(p.rename, fmt.Sprintf("ALTER TABLE quads RENAME CONSTRAINT %s TO %s", quote(s.name(con)), quote(con)))
		return nil
	})
	return err
}

// fits reports whether the staging names of names fit PostgreSQL's 63
// bytes.
func (s *pgStage) fits(names ...string) bool {
	for _, n := range names {
		if n != "" && len(s.name(n)) > 63 {
			return false
		}
	}
	return true
}

// pgStageShape describes Cayley's two tables, one line per property, in
// order: everything a swap must keep as it was (owner, privileges,
// options, columns with their types and defaults, indexes, constraints,
// triggers, policies, rules, owned sequences, publications, comments).
const pgStageShape = `WITH t AS (SELECT oid FROM pg_class WHERE oid IN ('quads'::regclass, 'nodes'::regclass))
SELECT 'table ' || ROW(c.relname, c.relnamespace::regnamespace, pg_get_userbyid(c.relowner), c.relacl, c.reloptions,
	c.relpersistence, c.relkind, c.reltablespace, c.relrowsecurity, c.relforcerowsecurity, c.relreplident,
	c.relhassubclass, c.relispartition, obj_description(c.oid, 'pg_class'))::text
FROM t JOIN pg_class c USING (oid)
UNION ALL
SELECT 'column ' || ROW(t.oid::regclass, row_number() OVER (PARTITION BY t.oid ORDER BY a.attnum), a.attname,
	format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity,
	a.attgenerated, a.attcollation, a.attstorage, a.attacl, col_description(t.oid, a.attnum))::text
FROM t JOIN pg_attribute a ON a.attrelid = t.oid LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE a.attnum > 0 AND NOT a.attisdropped
UNION ALL
SELECT 'index ' || ROW(pg_get_indexdef(i.indexrelid), c.reltablespace, pg_get_userbyid(c.relowner),
	obj_description(c.oid, 'pg_class'))::text
FROM t JOIN pg_index i ON i.indrelid = t.oid JOIN pg_class c ON c.oid = i.indexrelid
UNION ALL
SELECT 'constraint ' || ROW(con.conrelid::regclass, con.conname, pg_get_constraintdef(con.oid),
	con.confrelid::regclass, obj_description(con.oid, 'pg_constraint'))::text
FROM pg_constraint con WHERE con.conrelid IN (SELECT oid FROM t) OR con.confrelid IN (SELECT oid FROM t)
UNION ALL
SELECT 'trigger ' || pg_get_triggerdef(g.oid) FROM t JOIN pg_trigger g ON g.tgrelid = t.oid WHERE NOT g.tgisinternal
UNION ALL
SELECT 'policy ' || ROW(p.polrelid::regclass, p.polname)::text FROM t JOIN pg_policy p ON p.polrelid = t.oid
UNION ALL
SELECT 'rule ' || ROW(r.ev_class::regclass, r.rulename)::text FROM t JOIN pg_rewrite r ON r.ev_class = t.oid
UNION ALL
SELECT 'sequence ' || ROW(s.oid::regclass, d.refobjid::regclass, d.refobjsubid, pg_get_userbyid(s.relowner))::text
FROM t JOIN pg_depend d ON d.refobjid = t.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'a'
JOIN pg_class s ON s.oid = d.objid AND d.classid = 'pg_class'::regclass AND s.relkind = 'S'
UNION ALL
SELECT 'publication ' || ROW(p.pubname, r.prrelid::regclass)::text
FROM t JOIN pg_publication_rel r ON r.prrelid = t.oid JOIN pg_publication p ON p.oid = r.prpubid
ORDER BY 1`

// pgStageShapeOf returns pgStageShape's lines in tx.
func pgStageShapeOf(ctx context.Context, tx pgx.Tx) ([]string, error) {
	rows, err := tx.Query(ctx, pgStageShape)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowTo[string])
}
