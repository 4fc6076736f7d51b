package marsad

import (
	"errors"
	"fmt"
)

// Error codes. Each maps to one HTTP status and one process exit code, in
// one place each (see internal/cli and web).
const (
	EINVALID  = "invalid"   // bad input: empty, too large, malformed
	ENOTFOUND = "not_found" // no such document, entity, file
	ECONFLICT = "conflict"  // already exists
	EUNAUTH   = "unauthorized"
	EINTERNAL = "internal"
)

// Error is a domain error with a stable code and a message safe to show users.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error with the given code.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of err, EINTERNAL for unknown errors and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-facing message of err.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
