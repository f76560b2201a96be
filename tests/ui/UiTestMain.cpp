// Catch2 main for widget tests: a QApplication, offscreen when there is no display
// (catch_discover_tests runs the binary at build time on headless machines).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "AppFont.h"

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // QSettings and documents go to a test location
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WusheTest"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    wushe::ui::applyChineseFont(app);
    return Catch::Session().run(argc, argv);
}
