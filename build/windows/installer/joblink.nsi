; Joblink installer for Windows (per-user: no administrator rights needed, like the data it keeps
; in %LOCALAPPDATA%\Joblink). Built by `make installer` with Debian's makensis.
; 64-bit installer for the 64-bit program (also what lets Wine's wine64 run it in make test).
Target amd64-unicode
!include FileFunc.nsh
!include Sections.nsh
!include LogicLib.nsh
!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\bin\joblink-setup.exe"
!endif

Name "Joblink"
OutFile "${OUTFILE}"
; The uninstaller is written into the installer at build time: sign it too (sign.sh's
; certificate, as for joblink.exe and the installer). %1 is the uninstaller's temporary file.
!uninstfinalize '../sign/sign.sh "%1"'
InstallDir "$LOCALAPPDATA\Programs\Joblink"
RequestExecutionLevel user
SetCompressor /SOLID lzma
Icon "..\icon.ico"
UninstallIcon "..\icon.ico"
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "Joblink"
VIAddVersionKey "FileDescription" "Joblink installer"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "Copyright (c) 2026 Joblink"

Page directory
Page instfiles
UninstPage uninstConfirm
UninstPage components
UninstPage instfiles

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Joblink"

Section "Joblink"
  SetOutPath "$INSTDIR"
  ; A running Joblink holds joblink.exe open: ask it to quit (it waits until it has stopped).
  IfFileExists "$INSTDIR\joblink.exe" 0 +2
    ExecWait '"$INSTDIR\joblink.exe" --quit'
  File "..\..\bin\joblink.exe"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\Joblink.lnk" "$INSTDIR\joblink.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Joblink"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Joblink"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\joblink.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "-un.Remove Joblink"
  ExecWait '"$INSTDIR\joblink.exe" --quit'
  Delete "$SMSTARTUP\Joblink.lnk"
  Delete "$SMPROGRAMS\Joblink.lnk"
  Delete "$INSTDIR\joblink.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; The data folder (%LOCALAPPDATA%\Joblink: mappings, history, backups) is kept unless the
  ; next section is ticked (or /REMOVEDATA is given to a silent uninstall).
SectionEnd

Section /o "un.Also delete Joblink's data (mappings, history, backups)" SecRemoveData
  RMDir /r "$LOCALAPPDATA\Joblink"
SectionEnd

Function un.onInit
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${SecRemoveData}
  ${EndIf}
FunctionEnd
