# Run on the Windows CI runner after "python tools/bundle.py package": installs
# the installer silently for this user (no administrator rights), checks the
# Start menu entry, the .osbpress association and that the installed
# programs run, then uninstalls and checks that the drafts folder survived and
# the association went. Any failed check throws, which fails the job.
$ErrorActionPreference = 'Stop'
$name = "OSB Bas$([char]0x0131)n"  # written out so no code page can mangle the dotless i
$setup = Get-ChildItem dist\OSB-Basin-*-Windows-Kurulum.exe | Select-Object -First 1
$app = Join-Path $env:LOCALAPPDATA "Programs\$name"
$data = Join-Path $env:LOCALAPPDATA $name

Start-Process -Wait -FilePath $setup.FullName -ArgumentList '/VERYSILENT', '/SUPPRESSMSGBOXES', '/NORESTART', '/LOG=install.log'
if (-not (Test-Path "$app\osbpress-app.exe")) { Get-Content install.log; throw "not installed in $app" }
$version = & "$app\osbpress.exe" --version
Write-Output "installed: $version"
if ($LASTEXITCODE -ne 0) { throw "the installed osbpress.exe failed" }
$menu = Join-Path ([Environment]::GetFolderPath('Programs')) "$name.lnk"
if (-not (Test-Path $menu)) { throw "no Start menu entry at $menu" }

$progId = (Get-ItemProperty 'HKCU:\Software\Classes\.osbpress').'(default)'
if ($progId -ne 'OSBBasin.Bulten') { throw ".osbpress is associated with '$progId'" }
$open = (Get-ItemProperty "HKCU:\Software\Classes\$progId\shell\open\command").'(default)'
if ($open -ne "`"$app\osbpress-app.exe`" `"%1`"") { throw "open command is '$open'" }

# A draft of the officer's, to survive the uninstall.
New-Item -ItemType Directory -Force -Path "$data\yedekler", "$data\Cache" | Out-Null
Set-Content -Path "$data\taslaklar.sqlite3" -Value 'draft'
Start-Process -Wait -FilePath "$app\unins000.exe" -ArgumentList '/VERYSILENT', '/SUPPRESSMSGBOXES', '/NORESTART'
# The uninstaller hands over to a copy of itself in TEMP; give that copy time to finish.
for ($i = 0; $i -lt 60 -and (Test-Path "$app\osbpress-app.exe"); $i++) { Start-Sleep -Seconds 1 }
if (Test-Path "$app\osbpress-app.exe") { throw "the program is still in $app after uninstalling" }
if (-not (Test-Path "$data\taslaklar.sqlite3")) { throw "uninstalling removed the drafts" }
if (Test-Path "$data\Cache") { throw "uninstalling left the cache" }
if (Test-Path "HKCU:\Software\Classes\OSBBasin.Bulten") { throw "uninstalling left the association" }
Write-Output "installer checked: installs per user, associates .osbpress, uninstalls keeping the drafts"
