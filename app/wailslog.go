package app

import "github.com/rs/zerolog"

// wailsLogger passes Wails' own log lines into Joblink's log (and so through its redactor).
type wailsLogger struct{ log zerolog.Logger }

func (w wailsLogger) Print(m string)   { w.log.Info().Msg(m) }
func (w wailsLogger) Trace(m string)   { w.log.Trace().Msg(m) }
func (w wailsLogger) Debug(m string)   { w.log.Debug().Msg(m) }
func (w wailsLogger) Info(m string)    { w.log.Info().Msg(m) }
func (w wailsLogger) Warning(m string) { w.log.Warn().Msg(m) }
func (w wailsLogger) Error(m string)   { w.log.Error().Msg(m) }
func (w wailsLogger) Fatal(m string)   { w.log.Error().Str("severity", "fatal").Msg(m) }
