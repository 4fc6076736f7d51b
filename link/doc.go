// Package link turns entity mentions into real-world entities. Within one
// document it merges a name's short forms (حفتر → خليفة حفتر) and spelling
// variants (فايز/فائز, سيرجي/سيرغي, تشاووش/تشاوش), moves honorifics into
// Entity.Title (المشير, الدكتور) and attaches the office stated next to the
// name to Entity.Role (قائد الجيش الوطني الليبي), including coordinated
// forms (وزيرا خارجية ودفاع روسيا سيرجي لافروف وسيرجي شويجو).
//
// Entity ids derive from Key of the canonical name and the type, so the
// same person spelled differently in two articles gets the same id.
package link
