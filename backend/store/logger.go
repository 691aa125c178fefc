package store

import (
	"fmt"
	"strings"

	"github.com/rs/zerolog"
)

// badgerLogger bridges Badger's Logger interface to zerolog. Badger is
// chatty at INFO (compactions, replay progress), so its Infof goes to
// zerolog's debug level and its Debugf to trace; warnings and errors keep
// their level.
type badgerLogger struct {
	log zerolog.Logger
}

func (l badgerLogger) Errorf(format string, args ...interface{}) {
	msg := badgerMsg(format, args)
	l.log.Error().Msg(msg)
	if strings.HasPrefix(msg, unreadableValue) {
		valueUnreadable(msg)
	}
}

func (l badgerLogger) Warningf(format string, args ...interface{}) {
	l.log.Warn().Msg(badgerMsg(format, args))
}

func (l badgerLogger) Infof(format string, args ...interface{}) {
	if e := l.log.Debug(); e.Enabled() {
		e.Msg(badgerMsg(format, args))
	}
}

func (l badgerLogger) Debugf(format string, args ...interface{}) {
	if e := l.log.Trace(); e.Enabled() {
		e.Msg(badgerMsg(format, args))
	}
}

// badgerMsg formats a Badger log line without its trailing newline.
func badgerMsg(format string, args []interface{}) string {
	return strings.TrimRight(fmt.Sprintf(format, args...), "\r\n ")
}
