; Inno Setup script for Clearance on Windows. UNTESTED until a Windows build machine exists.
; Build on Windows:  py packaging\render_icon.py build\icons
;                    pyinstaller --noconfirm --workpath build\pyinstaller --distpath dist packaging\clearance.spec
;                    iscc packaging\windows\clearance.iss     -> dist\clearance-0.1.0-setup.exe
#define AppName "Clearance"
#define AppVersion "0.1.0"
#define Bundle "..\..\dist\clearance"

[Setup]
AppId={{6E0C3C52-4F0B-4B8E-9C7A-2E3F1D0C5A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Clearance maintainers
DefaultDirName={autopf}\Clearance
DefaultGroupName=Clearance
OutputDir=..\..\dist
OutputBaseFilename=clearance-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\clearance.ico
UninstallDisplayIcon={app}\clearance.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog

[Files]
Source: "{#Bundle}\clearance.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Bundle}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Clearance"; Filename: "{app}\clearance.exe"; Parameters: "gui"; IconFilename: "{app}\clearance.exe"
Name: "{group}\Clearance self-test"; Filename: "{app}\clearance.exe"; Parameters: "--self-test"
Name: "{autodesktop}\Clearance"; Filename: "{app}\clearance.exe"; Parameters: "gui"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
Filename: "{app}\clearance.exe"; Parameters: "gui"; Description: "Start Clearance"; Flags: nowait postinstall skipifsilent
