; OSB Basın: the per-user Windows installer (Inno Setup 6).
;
; Build it with "python tools/bundle.py package" after "python tools/bundle.py
; build": that passes /DAppVersion= with osbpress.__version__, so the version
; lives in one place (tests/tools/test_windows_installer.py checks the call).
; PrivilegesRequired=lowest installs under %LOCALAPPDATA%\Programs and writes
; the .osbpress association under HKCU (HKA resolves to it): officers often
; have no administrator rights. The drafts live elsewhere
; (%LOCALAPPDATA%\OSB Basın, osbpress/paths.py), so uninstalling never touches
; them; it removes only the cache, which the app makes again, and says where
; the drafts are. This file is UTF-8 with a byte-order mark: without one Inno
; Setup reads it as ANSI and the ı of "Basın" is lost.

#ifndef AppVersion
  #error AppVersion is not set: build with "python tools/bundle.py package", which passes the package version
#endif

#define AppName "OSB Basın"
#define AppExe "osbpress-app.exe"
#define ProgId "OSBBasin.Bulten"
#define Bundle "..\..\dist\osbpress"

[Setup]
; The id ties upgrades and the uninstaller together: never change it.
AppId={{5C0E8F2A-7B3D-4E61-9A1F-0B6D2C84E7A3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=OSB-Basin-{#AppVersion}-Windows-Kurulum
SetupIconFile=..\..\resources\icons\osbpress.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
Name: "tr"; MessagesFile: "compiler:Languages\Turkish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
tr.DocumentName=OSB Basın bülteni
en.DocumentName=OSB Basın press release
tr.DraftsKept=Taslaklarınız ve yedekleriniz silinmedi; şu klasörde duruyor:%n%n%1%n%nProgramı yeniden kurarsanız oradan açılırlar. Artık gerekmiyorsa klasörü kendiniz silebilirsiniz.
en.DraftsKept=Your drafts and backups were not removed; they are in this folder:%n%n%1%n%nReinstall the program and they open from there. If you no longer need them, delete the folder yourself.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .osbpress files open in the app (ui/app.py takes the file as its argument)
; and show its icon; the keys go with the uninstaller.
Root: HKA; Subkey: "Software\Classes\.osbpress"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.osbpress\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:DocumentName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".osbpress"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Parsed fonts, compiled templates, prepared photos: the app makes them again.
Type: filesandordirs; Name: "{localappdata}\{#AppName}\Cache"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    Folder := ExpandConstant('{localappdata}\{#AppName}');
    if DirExists(Folder) then
      { Suppressible: a silent uninstall (/SUPPRESSMSGBOXES, as in CI) must not wait for a click. }
      SuppressibleMsgBox(FmtMessage(CustomMessage('DraftsKept'), [Folder]), mbInformation, MB_OK, IDOK);
  end;
end;
