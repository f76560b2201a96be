# `cpack -G DEB` from the build directory makes a .deb for Debian, 统信UOS and 麒麟 Kylin.
set(CPACK_PACKAGE_NAME "wushe")
set(CPACK_PACKAGE_VENDOR "Wushe developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "五社联动工作台 — county civil-affairs workbench")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Wushe developers <dev@wushe.local>")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-translations-l10n, fonts-wqy-microhei | fonts-noto-cjk")
# Excel export/import (linked, so shlibdeps finds them as well; named for builds without it).
string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", libxlsxwriter4, libminizip1")
include(CPack)
