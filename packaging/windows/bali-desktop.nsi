; Windows installer for the one-folder bundle (NSIS 3). Build the bundle on Windows with
; packaging/build, then:   makensis packaging\windows\bali-desktop.nsi
; (Debian's makensis compiles it too: tests/test_packaging.py does, over a stand-in folder.)
; Installs for the current user or all users, adds a Start-menu entry and an uninstaller.
; The uninstaller removes the program only: the officer's data (database, backups, logs,
; settings in %LOCALAPPDATA%\bali-desktop) is never touched.
Unicode true
!include "MUI2.nsh"

!ifndef DIST
  !define DIST "..\..\dist\bali-desktop"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\bali-desktop-setup.exe"
!endif
!ifndef VERSION
  !define VERSION "0.0.0"
!endif

Name "Bali Desktop"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Bali Desktop"
InstallDirRegKey HKCU "Software\Bali Desktop" "InstallDir"
RequestExecutionLevel user
SetCompressor /SOLID lzma
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "Bali Desktop"
VIAddVersionKey "FileDescription" "Bali Desktop installer"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "MIT licence"

!define MUI_ICON "..\icons\bali-desktop.ico"
!define MUI_UNICON "..\icons\bali-desktop.ico"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Indonesian"

Section "Bali Desktop" main
  SetOutPath "$INSTDIR"
  File /r "${DIST}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\Bali Desktop"
  CreateShortcut "$SMPROGRAMS\Bali Desktop\Bali Desktop.lnk" "$INSTDIR\bali-desktop.exe"
  CreateShortcut "$SMPROGRAMS\Bali Desktop\Uninstall Bali Desktop.lnk" "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\Bali Desktop" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\BaliDesktop" "DisplayName" "Bali Desktop"
  WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\BaliDesktop" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\BaliDesktop" "DisplayVersion" "${VERSION}"
SectionEnd

Section "Uninstall"
  ; the program's own files only; %LOCALAPPDATA%\bali-desktop (the user's data) stays
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\bali-desktop.exe"
  Delete "$INSTDIR\bali-desktop-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\Bali Desktop\Bali Desktop.lnk"
  Delete "$SMPROGRAMS\Bali Desktop\Uninstall Bali Desktop.lnk"
  RMDir "$SMPROGRAMS\Bali Desktop"
  DeleteRegKey HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\BaliDesktop"
  DeleteRegKey HKCU "Software\Bali Desktop"
SectionEnd
