// Catch2 main for the core tests: a QCoreApplication (no GUI) and the zh_CN
// locale the application runs in, so number and date formatting match production.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    return Catch::Session().run(argc, argv);
}
