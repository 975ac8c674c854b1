#!/bin/bash
# Breakwise post-remove for the deb and rpm packages (electron-builder's `afterRemove`).
#
# Undoes only what after-install.sh did: the /usr/bin link, the AppArmor profile and the
# all-users autostart file (only if this package installed it). /etc/breakwise and the policies
# in it belong to the administrator and are never touched.
#
# The script also runs on upgrade — dpkg passes "upgrade", rpm passes 1 — when nothing must be
# removed: the new version's after-install has run (rpm) or is about to (dpkg).

ROOT="$BREAKWISE_ROOT"
INSTALL_DIR='/opt/${sanitizedProductName}'
EXECUTABLE='${executable}'
AUTOSTART_FILE="$ROOT/etc/xdg/autostart/breakwise.desktop"
INSTALLED_BY='X-Breakwise-Installed-By=package'

case "$1" in
    remove | purge | 0 | '') ;;
    *) exit 0 ;;
esac

if [ -z "$ROOT" ]; then
    if type update-alternatives >/dev/null 2>&1; then
        update-alternatives --remove "$EXECUTABLE" "$INSTALL_DIR/$EXECUTABLE" || true
    else
        rm -f "/usr/bin/$EXECUTABLE"
    fi
    if [ -f "/etc/apparmor.d/$EXECUTABLE" ]; then
        if apparmor_status --enabled >/dev/null 2>&1 && ! { [ -x /usr/bin/ischroot ] && /usr/bin/ischroot; }; then
            apparmor_parser --remove "/etc/apparmor.d/$EXECUTABLE" || true
        fi
        rm -f "/etc/apparmor.d/$EXECUTABLE"
    fi
fi

if [ -f "$AUTOSTART_FILE" ] && grep -qx "$INSTALLED_BY" "$AUTOSTART_FILE"; then
    rm -f "$AUTOSTART_FILE"
fi
exit 0
