// Package structure splits a raw news document (plain text or HTML) into
// its title, body paragraphs, reader comments, page furniture and the
// source it states, each with code-point offsets into the analysed text.
//
// Plain text is classified line by line with rules written from the
// layouts of the outlets Arab readers use most (Youm7, Al-Masry Al-Youm,
// Masrawy, Al Jazeera, Al Arabiya, Sky News Arabia, Asharq Al-Awsat, the
// Arabic services of BBC, CNN, RT, France 24 and Reuters, and Hespress).
// A line no rule recognises is body, so an unknown layout degrades to
// "everything is body" and nothing is lost.
//
// HTML goes through go-trafilatura for the title, body and metadata; the
// reader comments are read from the page's comment markup, and the
// extracted blocks are rebuilt into the analysed text (title, a blank line,
// body paragraphs separated by blank lines, then the comments). When
// trafilatura finds nothing the tags are stripped and the plain-text rules
// run on what is left.
package structure
