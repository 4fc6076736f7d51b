package sqlite

import marsad "github.com/marsad/marsad"

// filterSQL returns a WHERE condition (never empty) on the documents table
// aliased d, and its arguments. A date bound excludes undated documents;
// To is inclusive, whether a date or a time.
func filterSQL(f marsad.Filter, d string) (string, []any) {
	where := "1"
	var args []any
	add := func(cond string, v any) {
		where += " AND " + cond
		args = append(args, v)
	}
	if f.Outlet != "" {
		add(d+".outlet = ?", f.Outlet)
	}
	if f.From != "" {
		add(d+".published >= ?", f.From)
	}
	if f.To != "" {
		add(d+".published <= ?", f.To+"~")
		where += " AND " + d + ".published != ''"
	}
	if f.Story != "" {
		add(d+".story = ?", f.Story)
	}
	if f.Entity != "" {
		add(d+".rowid IN (SELECT doc FROM mentions WHERE entity = ?)", f.Entity)
	}
	return where, args
}
