#include "Cli.h"

#include "storage/OrgUnitRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdio>

namespace wushe::cli {

Cli::Cli() : m_out(stdout), m_err(stderr)
{
    const QDate fixed = QDate::fromString(qEnvironmentVariable("WUSHE_TODAY"), Qt::ISODate);
    if (fixed.isValid())
        m_clock = std::make_unique<FixedClock>(QDateTime(fixed, QTime(9, 0)));
    else
        m_clock = std::make_unique<SystemClock>();
}

int Cli::refuse(const Error& error)
{
    m_err << QCoreApplication::translate("Cli", "错误：") << error.message << " [" << error.key << "]\n";
    m_err.flush();
    return Refused;
}

int Cli::usage(const QString& message, const QCommandLineParser& parser)
{
    m_err << QCoreApplication::translate("Cli", "用法错误：") << message << " [usage]\n\n" << parser.helpText();
    m_err.flush();
    return Usage;
}

bool Cli::parse(QCommandLineParser& parser, const QStringList& arguments, int& exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        exitCode = usage(parser.errorText(), parser);
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        m_out.flush();
        exitCode = Ok;
        return false;
    }
    return true;
}

bool Cli::required(const QCommandLineParser& parser, const QString& option, QString& value, int& exitCode)
{
    value = parser.value(option).trimmed();
    if (!value.isEmpty())
        return true;
    exitCode = usage(QCoreApplication::translate("Cli", "缺少 --%1").arg(option), parser);
    return false;
}

QCommandLineOption Cli::dbOption()
{
    return {QStringLiteral("db"), QCoreApplication::translate("Cli", "数据库文件"), QStringLiteral("FILE")};
}

std::optional<storage::Database> Cli::openExisting(const QCommandLineParser& parser, int& exitCode,
                                                   storage::Database::IntegrityCheck check)
{
    QString path;
    if (!required(parser, QStringLiteral("db"), path, exitCode))
        return std::nullopt;
    auto db = storage::Database::open(path, {storage::Database::IfMissing::Fail, check});
    if (!db) {
        exitCode = refuse(db.error());
        return std::nullopt;
    }
    return std::move(*db);
}

QCommandLineOption Cli::unitOption(const QString& description)
{
    return {QStringLiteral("unit"), description, QStringLiteral("CODE")};
}

QCommandLineOption Cli::dateOption(const QString& description)
{
    return {QStringLiteral("date"), description, QStringLiteral("YYYY-MM-DD")};
}

bool Cli::isDivisionCode(const QString& text)
{
    static const QRegularExpression code(QStringLiteral("^\\d{12}$"));
    return code.match(text).hasMatch();
}

bool Cli::dateValue(const QCommandLineParser& parser, QDate& day, int& exitCode)
{
    day = clock().today();
    if (!parser.isSet(QStringLiteral("date")))
        return true;
    day = QDate::fromString(parser.value(QStringLiteral("date")).trimmed(), Qt::ISODate);
    if (day.isValid())
        return true;
    exitCode = usage(QCoreApplication::translate("Cli", "--date 应为 YYYY-MM-DD 格式的日期：%1")
                         .arg(parser.value(QStringLiteral("date"))),
                     parser);
    return false;
}

bool Cli::unitValue(const QCommandLineParser& parser, const storage::Database& db, QString& unit, int& exitCode)
{
    unit = parser.value(QStringLiteral("unit")).trimmed();
    if (!parser.isSet(QStringLiteral("unit")))
        return true;
    if (!isDivisionCode(unit)) {
        exitCode = usage(QCoreApplication::translate("Cli", "--unit 应为12位区划代码：%1").arg(unit), parser);
        return false;
    }
    auto found = storage::OrgUnitRepository(db.sql()).find(unit);
    if (!found) {
        exitCode = refuse(found.error());
        return false;
    }
    if (!*found) {
        exitCode = refuse({QStringLiteral("unit.unknown"),
                           QCoreApplication::translate("Cli", "区划%1不在本数据库的辖区内").arg(unit)});
        return false;
    }
    return true;
}

QCommandLineOption Cli::operatorOption()
{
    return {QStringLiteral("operator"), QCoreApplication::translate("Cli", "修改人（写入更改记录和“填表人”，默认：登录名）"),
            QStringLiteral("NAME")};
}

ops::Operator Cli::operatorOf(const QCommandLineParser& parser) const
{
    QString name = parser.isSet(QStringLiteral("operator")) ? parser.value(QStringLiteral("operator")).trimmed() : QString();
    if (name.isEmpty())
        name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME"); // Windows
    if (name.isEmpty())
        name = QStringLiteral("wushe-cli");
    return {name, name, {}, {}};
}

storage::WriteContext Cli::readContext() const
{
    return {QStringLiteral("wushe-cli"), m_clock.get()};
}

} // namespace wushe::cli
