; The Windows installer of Pressdesk, built on Linux by packaging/windows/build.sh:
;   makensis -DVERSION=0.1.0 -DSTAGE=<folder with pressdesk.exe> -DOUT=<setup.exe> pressdesk.nsi
;
; Per user, without administrator rights (office PCs are locked down): the program goes to
; %LOCALAPPDATA%\Programs\Pressdesk, the shortcut to the user's Start menu, the .pressdesk
; file type and the uninstaller entry under HKCU. Uninstalling removes exactly these and
; leaves the user's releases, archive and settings alone. /S installs and uninstalls
; silently. 64-bit (Target amd64-unicode), as the program is.

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!include "MUI2.nsh"

!define APP "Pressdesk"
!define APP_ID "kz.pressdesk.Pressdesk"
!define PROG_ID "Pressdesk.Release"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"

Name "${APP}"
OutFile "${OUT}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\${APP}" "InstallDir"
BrandingText "${APP} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} ${VERSION} setup"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "© 2026 The Pressdesk developers"

!define MUI_ICON "${STAGE}\pressdesk.ico"
!define MUI_UNICON "${STAGE}\pressdesk.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\pressdesk.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
; Russian for Russian and Kazakh systems (NSIS has no Kazakh translation), English else.
!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_LANGUAGE "English"

Section "Pressdesk"
    SetOutPath "$INSTDIR"
    File "${STAGE}\pressdesk.exe"
    SetOutPath "$INSTDIR\dictionaries"
    File "${STAGE}\dictionaries\*.txt"
    SetOutPath "$INSTDIR"
    WriteUninstaller "$INSTDIR\uninstall.exe"

    CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\pressdesk.exe" "" "$INSTDIR\pressdesk.exe" 0

    ; The .pressdesk file type: its icon, and a double-click opens it in Pressdesk.
    WriteRegStr HKCU "Software\Classes\.pressdesk" "" "${PROG_ID}"
    WriteRegStr HKCU "Software\Classes\.pressdesk" "Content Type" "application/x-pressdesk+ron"
    WriteRegStr HKCU "Software\Classes\${PROG_ID}" "" "Pressdesk press release"
    WriteRegStr HKCU "Software\Classes\${PROG_ID}\DefaultIcon" "" "$INSTDIR\pressdesk.exe,0"
    WriteRegStr HKCU "Software\Classes\${PROG_ID}\shell\open\command" "" '"$INSTDIR\pressdesk.exe" "%1"'

    WriteRegStr HKCU "Software\${APP}" "InstallDir" "$INSTDIR"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "The Pressdesk developers"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\pressdesk.exe,0"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
    WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1

    ; Explorer shows the new file type's icon without a restart.
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
    Delete "$INSTDIR\pressdesk.exe"
    Delete "$INSTDIR\dictionaries\*.txt"
    RMDir "$INSTDIR\dictionaries"
    Delete "$INSTDIR\uninstall.exe"
    RMDir "$INSTDIR"
    Delete "$SMPROGRAMS\${APP}.lnk"

    ; The file type only while it is still ours (another program may have taken it).
    ReadRegStr $0 HKCU "Software\Classes\.pressdesk" ""
    StrCmp $0 "${PROG_ID}" 0 +2
    DeleteRegKey HKCU "Software\Classes\.pressdesk"
    DeleteRegKey HKCU "Software\Classes\${PROG_ID}"
    DeleteRegKey HKCU "${UNINSTALL_KEY}"
    DeleteRegKey HKCU "Software\${APP}"
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
