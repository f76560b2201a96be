// wushe: the desktop workbench. Opens --db FILE, else the last database, else
// asks to create one for a jurisdiction or open a file.
#include "AppFont.h"
#include "DatabaseChooserDialog.h"
#include "MainWindow.h"
#include "org/DivisionCatalog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

namespace {

// Chinese is the source language; English (or another) is loaded by translation
// when asked for with --lang or by the system locale.
void installTranslations(QApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const bool chinese = locale.language() == QLocale::Chinese;
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(chinese ? QLocale(QLocale::Chinese, QLocale::China) : locale, QStringLiteral("qtbase"),
                           QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    if (chinese)
        return;
    auto* translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("wushe"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Wushe"));
    QApplication::setApplicationName(QStringLiteral("wushe"));
    QApplication::setApplicationDisplayName(QStringLiteral("五社联动工作台"));
    QApplication::setApplicationVersion(QStringLiteral(WUSHE_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("数据库文件"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("界面语言，例如 en 或 zh_CN"), QStringLiteral("LANG")});
    parser.process(app);

    installTranslations(app, parser.value(QStringLiteral("lang")));
    wushe::ui::applyChineseFont(app);

    auto catalog = wushe::org::DivisionCatalog::loadBundled();
    if (!catalog) {
        QMessageBox::critical(nullptr, QObject::tr("五社联动工作台"), catalog.error().toString());
        return 1;
    }
    const wushe::SystemClock clock;
    wushe::ui::MainWindow window(*catalog, clock);

    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("lastDatabase")).toString();
        if (!last.isEmpty() && QFileInfo::exists(last))
            path = last;
    }
    // Until a database opens: ask, and explain what went wrong with the last try.
    while (true) {
        if (path.isEmpty()) {
            wushe::ui::DatabaseChooserDialog chooser(*catalog);
            if (chooser.exec() != QDialog::Accepted)
                return 0;
            path = chooser.chosenPath();
        }
        auto opened = window.openDatabase(path);
        if (opened)
            break;
        QMessageBox::critical(nullptr, QObject::tr("无法打开数据库"), opened.error().toString());
        path.clear();
    }
    window.show();
    return app.exec();
}
