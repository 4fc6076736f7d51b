package structure

import (
	"sort"

	"github.com/marsad/marsad"
)

// build turns the labelled lines into a Structure.
func (d *doc) build() marsad.Structure {
	st := marsad.Structure{Body: []marsad.Span{}, Comments: d.comments, Boilerplate: []marsad.Boilerplate{}}
	if st.Comments == nil {
		st.Comments = []marsad.Comment{}
	}
	for i, l := range d.ls {
		switch k := d.kinds[i]; k {
		case kindComment:
		case kindTitle:
			if st.Title == nil {
				st.Title = ptr(l.span())
			} else {
				st.Body = append(st.Body, l.span())
			}
		case "":
			d.addBody(&st, i)
		default:
			st.Boilerplate = append(st.Boilerplate, marsad.Boilerplate{Kind: k, Start: l.Start, End: l.End})
		}
	}
	sort.Slice(st.Boilerplate, func(a, b int) bool { return st.Boilerplate[a].Start < st.Boilerplate[b].Start })
	st.Source = d.source()
	return st
}

// addBody adds body line i, splitting off its dateline.
func (d *doc) addBody(st *marsad.Structure, i int) {
	l := d.ls[i]
	n, ok := d.split[i]
	if !ok {
		st.Body = append(st.Body, l.span())
		return
	}
	if p, ok := l.sub(0, n); ok {
		st.Boilerplate = append(st.Boilerplate, marsad.Boilerplate{Kind: marsad.BoilerDateline, Start: p.Start, End: p.End})
	}
	if r, ok := l.sub(n, len(l.Text)); ok {
		st.Body = append(st.Body, r.span())
	}
}

// source gathers what the furniture states: "المصدر:" lines name the
// outlet first, then the other lines in document order fill the gaps.
func (d *doc) source() marsad.Source {
	var s srcInfo
	for i, k := range d.kinds {
		if k == marsad.BoilerSource {
			s.merge(srcInfo{Outlet: d.info[i].Outlet})
		}
	}
	for i, k := range d.kinds {
		if k == marsad.BoilerDateline || d.split[i] > 0 {
			s.merge(srcInfo{Dateline: d.info[i].Dateline})
		}
	}
	for i := range d.kinds {
		if d.kinds[i] != kindComment {
			s.merge(d.info[i])
		}
	}
	return s.source()
}
