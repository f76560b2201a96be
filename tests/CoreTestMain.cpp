// Catch2 main for the core tests: a QGuiApplication (reports lay out text with
// fonts, which needs one; no widgets), offscreen when there is no display, and the
// zh_CN locale the application runs in.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QLocale>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    return Catch::Session().run(argc, argv);
}
