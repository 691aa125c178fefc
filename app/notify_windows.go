package app

import (
	"fmt"
	"os"
	"os/exec"
	"syscall"
)

// toastScript shows a Windows toast notification. The text arrives in environment variables,
// never inside the script, so it cannot be read as PowerShell. The AppUserModelID is
// PowerShell's own, which Windows shows toasts for without a Start-menu registration.
const toastScript = `[Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, ContentType = WindowsRuntime] > $null
$t = [Windows.UI.Notifications.ToastNotificationManager]::GetTemplateContent([Windows.UI.Notifications.ToastTemplateType]::ToastText02)
$x = $t.GetElementsByTagName('text')
$x.Item(0).AppendChild($t.CreateTextNode($env:JOBLINK_TOAST_TITLE)) > $null
$x.Item(1).AppendChild($t.CreateTextNode($env:JOBLINK_TOAST_BODY)) > $null
$id = '{1AC14E77-02E7-4E5D-B744-2EB1AE5198B7}\WindowsPowerShell\v1.0\powershell.exe'
[Windows.UI.Notifications.ToastNotificationManager]::CreateToastNotifier($id).Show([Windows.UI.Notifications.ToastNotification]::new($t))`

// Notify shows a Windows toast notification.
func Notify(title, body string) error {
	cmd := exec.Command("powershell.exe", "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-Command", toastScript)
	cmd.Env = append(os.Environ(), "JOBLINK_TOAST_TITLE="+title, "JOBLINK_TOAST_BODY="+body)
	cmd.SysProcAttr = &syscall.SysProcAttr{HideWindow: true}
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("notification: %w", err)
	}
	return nil
}
