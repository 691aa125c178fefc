package app

import (
	"context"
	"io/fs"
	"net/http"
	"path/filepath"

	"github.com/rs/zerolog"
	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/logger"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"
	"github.com/wailsapp/wails/v2/pkg/options/windows"
)

// Options are what the shell needs from the rest of the program.
type Options struct {
	UI        fs.FS        // the built frontend
	API       http.Handler // the JSON API, mounted in the window's asset server
	DataDir   string
	Minimized bool // started at login: stay in the tray until the icon is clicked
	IconPNG   []byte
	IconICO   []byte
	Tooltip   func() string // the state in words for the tray icon
	Sync      SyncControls  // the tray's sync items; nil leaves them disabled
	Shell     *Shell
	Autostart *Autostart
	Log       zerolog.Logger
	// OnShutdown runs after the window's loop has ended, before Run returns.
	OnShutdown func()
}

// Run shows the tray and the window and blocks until the app quits. It must be called on the
// main goroutine.
func Run(o Options) error {
	icon := o.IconPNG
	if isWindows {
		icon = o.IconICO
	}
	startTray(&Tray{Icon: icon, Tooltip: o.Tooltip, Sync: o.Sync, Shell: o.Shell, Autostart: o.Autostart, Log: o.Log.With().Str("part", "tray").Logger()})

	wlog := o.Log.With().Str("part", "window").Logger()
	return wails.Run(&options.App{
		Title:              "Joblink",
		Width:              1100,
		Height:             720,
		MinWidth:           800,
		MinHeight:          560,
		StartHidden:        o.Minimized,
		HideWindowOnClose:  true,
		BackgroundColour:   &options.RGBA{R: 246, G: 247, B: 249, A: 255},
		AssetServer:        &assetserver.Options{Assets: o.UI, Handler: o.API},
		Logger:             wailsLogger{wlog},
		LogLevel:           logger.WARNING,
		LogLevelProduction: logger.WARNING,
		OnStartup: func(ctx context.Context) {
			o.Shell.startup(ctx)
		},
		OnDomReady: func(ctx context.Context) {
			wlog.Info().Bool("hidden", o.Minimized).Msg("window ready")
		},
		OnShutdown: func(ctx context.Context) {
			stopTray()
			if o.OnShutdown != nil {
				o.OnShutdown()
			}
		},
		Linux: &linux.Options{Icon: o.IconPNG, ProgramName: "joblink", WebviewGpuPolicy: linux.WebviewGpuPolicyNever},
		Windows: &windows.Options{
			WebviewUserDataPath: filepath.Join(o.DataDir, "webview"),
			Theme:               windows.SystemDefault,
		},
	})
}
