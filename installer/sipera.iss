; Inno Setup 6 script: packs the PyInstaller folder dist\SIPERA\ into one installer.
;
; Build the folder first (installer\README.md), then on Windows:
;     "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" installer\sipera.iss
; or with an explicit version:
;     ISCC.exe /DAppVersion=0.1.0 installer\sipera.iss
; Output: dist\installer\SIPERA-<version>-setup.exe
;
; What it does:
; - per-user install, never asks for admin rights (PrivilegesRequired=lowest):
;   the program goes to %LOCALAPPDATA%\Programs\SIPERA, shortcuts to the user's Start menu;
; - Start-menu shortcut "SIPERA" -> SIPERA-GUI.exe (the window), "SIPERA - Baris Perintah"
;   -> a command prompt in the program folder for sipera.exe, and the uninstaller;
; - an upgrade first deletes the old {app}\_internal, so no stale module or Alembic migration
;   script from an older version survives next to the new ones;
; - user data (%LOCALAPPDATA%\SIPERA\SIPERA, see desktop_app/paths.py) is never touched, not even
;   by the uninstaller: village records must survive a reinstall.
;
; Requires Inno Setup 6.3 or newer (x64compatible, GetStringFileInfo).

#define AppName "SIPERA"
#define AppLongName "SIPERA - Sistem Pendataan Pekerja Rentan"
#define SourceDir "..\dist\SIPERA"
#define GuiExe "SIPERA-GUI.exe"
#define CliExe "sipera.exe"

#if !FileExists(AddBackslash(SourcePath) + SourceDir + "\" + GuiExe)
  #error dist\SIPERA\SIPERA-GUI.exe not found: build the bundle first (installer\README.md)
#endif

#ifndef AppVersion
  ; The spec writes desktop_app.__version__ into the executable's version resource.
  #define AppVersion GetStringFileInfo(AddBackslash(SourcePath) + SourceDir + "\" + GuiExe, "ProductVersion")
#endif

[Setup]
; AppId identifies the product for upgrades and uninstall: never change it.
AppId={{5D145E50-11EA-4492-A5C4-ED7A057B0127}
AppName={#AppName}
AppVerName={#AppName} {#AppVersion}
AppVersion={#AppVersion}
AppPublisher={#AppName}
AppComments={#AppLongName}
VersionInfoVersion={#AppVersion}
VersionInfoDescription={#AppLongName} - Setup
; Per-user, no admin: {autopf} resolves to {userpf} (%LOCALAPPDATA%\Programs).
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist\installer
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
; Close a running SIPERA before replacing its files.
CloseApplications=yes
RestartApplications=no
#if FileExists(AddBackslash(SourcePath) + "..\resources\icons\sipera.ico")
SetupIconFile=..\resources\icons\sipera.ico
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Indonesian is an unofficial Inno Setup translation: drop Indonesian.isl (from
; https://jrsoftware.org/files/istrans/) into the compiler's Languages folder to enable it.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Indonesian.isl")
Name: "indonesian"; MessagesFile: "compiler:Languages\Indonesian.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; onedir upgrades: remove the previous bundle so no stale file (old Qt plugin, old module, or a
; migration script that a newer version renamed) is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Comment: "{#AppLongName}"
Name: "{group}\{#AppName} - Baris Perintah"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#CliExe}"" --help"; WorkingDir: "{app}"; Comment: "sipera.exe di Command Prompt"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
