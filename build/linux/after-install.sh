#!/bin/bash
# Breakwise post-install for the deb and rpm packages (electron-builder's `afterInstall`).
#
# A custom script replaces electron-builder's own, so its steps are repeated first (the
# /usr/bin link, the Chromium sandbox helper, desktop and MIME databases). Then:
#
#   1. /etc/breakwise/policies/managed and /recommended are created, owned by root, mode 0755,
#      so configuration management only has to drop JSON files into them. Folders that already
#      exist are left exactly as the administrator made them.
#   2. Package scripts cannot take arguments, so starting Breakwise at login for every user is
#      chosen with a file instead: if /etc/breakwise/autostart-all-users exists when the package
#      is installed, /etc/xdg/autostart/breakwise.desktop is installed too.
#
# BREAKWISE_ROOT (empty by default) prefixes every path, for staging an image and for the tests;
# when it is set, the steps that change the running system (alternatives, AppArmor, databases)
# are skipped. `${executable}` and `${sanitizedProductName}` are filled in by electron-builder.

ROOT="$BREAKWISE_ROOT"
INSTALL_DIR='/opt/${sanitizedProductName}'
EXECUTABLE='${executable}'
POLICY_DIR="$ROOT/etc/breakwise/policies"
AUTOSTART_MARKER="$ROOT/etc/breakwise/autostart-all-users"
AUTOSTART_FILE="$ROOT/etc/xdg/autostart/breakwise.desktop"
# after-remove.sh deletes the autostart file only if it carries this line.
INSTALLED_BY='X-Breakwise-Installed-By=package'

integrate_with_system() {
    if type update-alternatives >/dev/null 2>&1; then
        if [ -L "/usr/bin/$EXECUTABLE" ] && [ -e "/usr/bin/$EXECUTABLE" ] && [ "$(readlink "/usr/bin/$EXECUTABLE")" != "/etc/alternatives/$EXECUTABLE" ]; then
            rm -f "/usr/bin/$EXECUTABLE"
        fi
        update-alternatives --install "/usr/bin/$EXECUTABLE" "$EXECUTABLE" "$INSTALL_DIR/$EXECUTABLE" 100 || ln -sf "$INSTALL_DIR/$EXECUTABLE" "/usr/bin/$EXECUTABLE"
    else
        ln -sf "$INSTALL_DIR/$EXECUTABLE" "/usr/bin/$EXECUTABLE"
    fi
    # Chromium needs the SUID sandbox helper only where unprivileged user namespaces are unavailable.
    if ! { [[ -L /proc/self/ns/user ]] && unshare --user true; } 2>/dev/null; then
        chmod 4755 "$INSTALL_DIR/chrome-sandbox" || true
    else
        chmod 0755 "$INSTALL_DIR/chrome-sandbox" || true
    fi
    if hash update-mime-database 2>/dev/null; then update-mime-database /usr/share/mime || true; fi
    if hash update-desktop-database 2>/dev/null; then update-desktop-database /usr/share/applications || true; fi
    # Ubuntu 24.04+ restricts unprivileged user namespaces through AppArmor; electron-builder ships a profile.
    if apparmor_status --enabled >/dev/null 2>&1 && apparmor_parser --skip-kernel-load --debug "$INSTALL_DIR/resources/apparmor-profile" >/dev/null 2>&1; then
        cp -f "$INSTALL_DIR/resources/apparmor-profile" "/etc/apparmor.d/$EXECUTABLE"
        if ! { [ -x /usr/bin/ischroot ] && /usr/bin/ischroot; }; then
            apparmor_parser --replace --write-cache --skip-read-cache "/etc/apparmor.d/$EXECUTABLE" || true
        fi
    fi
}

# Creates one folder root:root 0755; an existing one is not touched.
make_policy_dir() {
    [ -d "$1" ] && return 0
    mkdir -p "$1" && chmod 0755 "$1" || { echo "breakwise: could not create $1" >&2; return 1; }
    if [ "$(id -u)" -eq 0 ]; then chown root:root "$1"; fi
}

install_autostart() {
    [ -e "$AUTOSTART_MARKER" ] || return 0
    # Someone else's file of the same name is left alone.
    if [ -e "$AUTOSTART_FILE" ] && ! grep -qx "$INSTALLED_BY" "$AUTOSTART_FILE"; then
        echo "breakwise: $AUTOSTART_FILE exists and was not installed by this package; left unchanged" >&2
        return 0
    fi
    mkdir -p "$(dirname "$AUTOSTART_FILE")"
    cat >"$AUTOSTART_FILE" <<DESKTOP
[Desktop Entry]
Type=Application
Name=Breakwise
Comment=Ergonomic break reminders
Exec="$INSTALL_DIR/$EXECUTABLE"
Icon=$EXECUTABLE
Terminal=false
X-GNOME-Autostart-enabled=true
$INSTALLED_BY
DESKTOP
    chmod 0644 "$AUTOSTART_FILE"
}

if [ -z "$ROOT" ]; then integrate_with_system; fi

for dir in "$ROOT/etc/breakwise" "$POLICY_DIR" "$POLICY_DIR/managed" "$POLICY_DIR/recommended"; do
    make_policy_dir "$dir"
done

install_autostart
exit 0
