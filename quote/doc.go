// Package quote finds attributed statements in a document: direct quotes
// (in " ", « » or “ ”) and indirect speech (an أن/إن clause) introduced by
// a reporting verb (قال, أكد, أعلن, نقل عن, ...), a continuing participle
// (مشيرا إلى أن) or a source phrase (وفق, بحسب). Each statement gets its
// speaker, named (an entity) or unnamed (مصدر ليبي لم تسمه, شهود عيان),
// and the outlet it came through (نقلت وكالة X عن, في تصريح لوكالة X,
// لرويترز); الوكالة, القناة and الصحيفة resolve to the outlet last named.
// Extract also builds the document's attribution chain.
//
// It reads doc.Tokens, doc.Sentences, doc.Entities (linked by package link)
// and the structure spans; with no entities it still finds speakers from
// the words around the verb.
package quote
