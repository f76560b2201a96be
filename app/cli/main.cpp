// wushe-cli: everything the GUI does, for scripts. Commands, arguments, output
// lines and exit codes are a contract (README.md): extend, never change silently.
#include "Cli.h"
#include "exchange/ExchangeCatalog.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>

namespace {

struct Command
{
    const char* name;
    const char* summary;
    int (*run)(wushe::cli::Cli&, const QStringList&);
};

const Command kCommands[] = {
    {"init", QT_TRANSLATE_NOOP("main", "为一个市、县（区）或乡镇（街道）新建数据库"), wushe::cli::runInit},
    {"demo", QT_TRANSLATE_NOOP("main", "新建数据库并填入可重现的演示数据"), wushe::cli::runDemo},
    {"check", QT_TRANSLATE_NOOP("main", "结构版本、完整性检查和各表行数"), wushe::cli::runCheck},
    {"units", QT_TRANSLATE_NOOP("main", "以TSV列出辖区的区划树"), wushe::cli::runUnits},
    {"schema", QT_TRANSLATE_NOOP("main", "打印数据库结构（供审阅）"), wushe::cli::runSchema},
    {"id-check", QT_TRANSLATE_NOOP("main", "校验公民身份号码"), wushe::cli::runIdCheck},
    {"ledger", QT_TRANSLATE_NOOP("main", "列出台账（TSV）或写出 PDF 名册"), wushe::cli::runLedger},
    {"due", QT_TRANSLATE_NOOP("main", "列出到期和逾期未探访、未复核的台账对象"), wushe::cli::runDue},
    {"export", QT_TRANSLATE_NOOP("main", "把台账或名册导出为 Excel（.xlsx）或 CSV"), wushe::cli::runExport},
    {"import", QT_TRANSLATE_NOOP("main", "从 Excel（.xlsx）或 CSV 导入台账或名册"), wushe::cli::runImport},
    {"report", QT_TRANSLATE_NOOP("main", "季度工作进展情况报告：指标、PDF、Excel、报送和上报数据包"), wushe::cli::runReport},
    {"pilot", QT_TRANSLATE_NOOP("main", "指定并列出试点乡镇"), wushe::cli::runPilot},
    {"rollup", QT_TRANSLATE_NOOP("main", "导入下级报送的数据包并查看报送情况"), wushe::cli::runRollup},
    {"log", QT_TRANSLATE_NOOP("main", "列出更改记录（谁在何时改了哪一行的哪些字段）"), wushe::cli::runLog},
};

void printUsage(QTextStream& stream)
{
    stream << "wushe-cli <command> [options]\n\n";
    for (const Command& command : kCommands)
        stream << "  " << QString::fromLatin1(command.name).leftJustified(10) << ' '
               << QCoreApplication::translate("main", command.summary) << '\n';
    stream << "\n" << QCoreApplication::translate("main", "export/import 的台账和名册（--ledger）：%1")
                          .arg(wushe::exchange::ExchangeCatalog::names().join(QStringLiteral(", ")))
           << '\n';
    stream << QCoreApplication::translate("main", "每个命令的选项：wushe-cli <command> --help") << '\n'
           << QCoreApplication::translate("main", "退出码：0 成功，1 输入被拒绝，2 用法错误") << '\n';
    stream.flush();
}

} // namespace

// stderr carries our errors for scripts; Qt's own chatter (platform notes,
// XDG_RUNTIME_DIR warnings) stays out of it unless WUSHE_VERBOSE is set.
void quietQtMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg || qEnvironmentVariableIsSet("WUSHE_VERBOSE"))
        fprintf(stderr, "%s\n", qPrintable(message));
}

int main(int argc, char* argv[])
{
    qInstallMessageHandler(quietQtMessages);
    // A GUI application without windows: printouts lay out text with fonts, which
    // needs one; offscreen when there is no display (servers, CI).
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wushe-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WUSHE_VERSION));
    wushe::cli::Cli cli;

    QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        cli.err() << QCoreApplication::translate("main", "用法错误：缺少命令 [usage]") << "\n\n";
        printUsage(cli.err());
        return wushe::cli::Usage;
    }
    const QString name = arguments.at(1);
    if (name == u"--help" || name == u"-h" || name == u"help") {
        printUsage(cli.out());
        return wushe::cli::Ok;
    }
    if (name == u"--version") {
        cli.out() << "wushe-cli " << WUSHE_VERSION << '\n';
        return wushe::cli::Ok;
    }
    for (const Command& command : kCommands) {
        if (name == QLatin1String(command.name)) {
            arguments.removeFirst(); // the parser wants the command in the program's place
            return command.run(cli, arguments);
        }
    }
    cli.err() << QCoreApplication::translate("main", "用法错误：未知命令“%1” [usage]").arg(name) << "\n\n";
    printUsage(cli.err());
    return wushe::cli::Usage;
}
