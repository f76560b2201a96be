#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

using namespace wushe::test;

namespace {

struct Finding
{
    QString file;
    int line = 0;
    QString text;
};

// Source files under `folder` (relative to the repository), with their text.
QList<std::pair<QString, QString>> sources(const QString& folder)
{
    QList<std::pair<QString, QString>> files;
    QDirIterator it(sourcePath(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        files.append({QDir(sourcePath({})).relativeFilePath(path), QString::fromUtf8(file.readAll())});
    }
    REQUIRE_FALSE(files.isEmpty());
    return files;
}

QList<Finding> matches(const QList<std::pair<QString, QString>>& files, const QRegularExpression& pattern,
                       const QStringList& allowed = {})
{
    QList<Finding> found;
    for (const auto& [file, text] : files) {
        if (allowed.contains(file))
            continue;
        const QStringList lines = text.split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = lines.at(i).trimmed();
            if (line.startsWith(QStringLiteral("//")))
                continue;
            if (pattern.match(line).hasMatch())
                found.append({file, i + 1, line});
        }
    }
    return found;
}

std::string describe(const QList<Finding>& found)
{
    QStringList lines;
    for (const Finding& f : found)
        lines << QStringLiteral("%1:%2: %3").arg(f.file).arg(f.line).arg(f.text);
    return lines.join(u'\n').toStdString();
}

} // namespace

// The runtime guard is storage::WriteGate (tests/core/ChangeLogTest.cpp); this
// test keeps the code honest where the gate cannot see: transactions opened and
// repositories written outside core/operations.
TEST_CASE("Only the operations layer opens write transactions", "[operations][guard]")
{
    QList<std::pair<QString, QString>> product;
    for (const QString& folder : {QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("core/exchange"),
                                  QStringLiteral("core/quarterly"), QStringLiteral("core/report"), QStringLiteral("core/org"),
                                  QStringLiteral("core/demo"), QStringLiteral("core/rules"), QStringLiteral("core/domain")})
        product += sources(folder);
    // Creating a database file writes reference data (divisions, meta) before any
    // operator or change log exists.
    const QStringList creatingTheFile{QStringLiteral("core/org/JurisdictionCreator.cpp")};
    const QRegularExpression transaction(QStringLiteral("\\bTransaction\\b|inTransaction\\s*\\(|storage/Transaction\\.h|"
                                                        "\\bWriteGate\\b|BEGIN IMMEDIATE|\"COMMIT\""));
    const auto found = matches(product, transaction, creatingTheFile);
    INFO(describe(found));
    CHECK(found.isEmpty());
}

TEST_CASE("The GUI and the CLI write only through the operations layer", "[operations][guard]")
{
    QList<std::pair<QString, QString>> front;
    front += sources(QStringLiteral("ui"));
    front += sources(QStringLiteral("app"));
    // Low-level writes (storage's free functions, not QTableWidget::insertRow), bulk
    // sessions, and the write methods of repositories, stores and the importer called
    // on a temporary or on a variable of such a type.
    const QRegularExpression lowLevel(QStringLiteral("execWrite\\s*\\(|BulkSession|RecordColumns::(insert|update|markDeleted)|"
                                                     "(?<![.>])\\b(insertRow|updateRow|tombstoneRow|syncLinks)\\s*\\("));
    const QRegularExpression onTemporary(QStringLiteral("(Repository|ReportStore|PilotTownships|Rollup)\\s*\\([^;]*\\)\\s*\\."
                                                        "(add|update|remove|addOrLink|designate|submit|saveText|markReviewed|"
                                                        "amend|openDraft|insertImported|importPackage)\\w*\\s*\\("));
    QList<Finding> found = matches(front, lowLevel) + matches(front, onTemporary);
    const QRegularExpression declaration(QStringLiteral("\\b(\\w+Repository|ReportStore|PilotTownships|Rollup|Importer)\\s+(\\w+)\\s*[({;]"));
    for (const auto& [file, text] : front) {
        auto it = declaration.globalMatch(text);
        while (it.hasNext()) {
            const QString variable = it.next().captured(2);
            const QRegularExpression call(QStringLiteral("\\b%1\\s*(\\.|->)\\s*(add|update|remove|addOrLink|designate|submit|saveText|"
                                                         "markReviewed|amend|openDraft|insertImported|importPackage|run)\\w*\\s*\\(")
                                              .arg(variable));
            found += matches({{file, text}}, call);
        }
    }
    INFO(describe(found));
    CHECK(found.isEmpty());
}
