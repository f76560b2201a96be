#include "storage/Database.h"

#include "storage/Migrator.h"
#include "storage/Sql.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace wushe::storage {

namespace {


QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("wushe-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Opens a QSQLITE connection; the caller owns the name and must remove it.
Result<QSqlDatabase> connect(const QString& name, const QString& path, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        return fail(QStringLiteral("db.open"),
                    QCoreApplication::translate("Database", "无法打开数据库文件 %1：%2").arg(path, db.lastError().text()));
    }
    return db;
}

void disconnect(const QString& name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<QStringList> runIntegrityCheck(const QSqlDatabase& db, Database::IntegrityCheck check)
{
    QSqlQuery query(db);
    const QString pragma = check == Database::IntegrityCheck::Full ? QStringLiteral("PRAGMA integrity_check(20)")
                                                                   : QStringLiteral("PRAGMA quick_check(20)");
    if (!query.exec(pragma)) {
        return fail(QStringLiteral("db.damaged"),
                    QCoreApplication::translate("Database", "数据库文件已损坏或不是数据库文件：%1").arg(query.lastError().databaseText()));
    }
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

// What opening a file needs to know, read on a read-only connection.
struct FileFacts
{
    bool needsWrite = false; // older schema or not yet in WAL mode: opening will write
};

// Everything about an existing file is checked on a read-only connection, so a
// refused file is never written to. With IntegrityCheck::Deferred the O(size)
// integrity check is skipped here (the caller runs Database::verify later) unless
// opening would write to the file: then it runs now, before any write.
Result<FileFacts> checkExistingFile(const QString& path, Database::IntegrityCheck check)
{
    // Reading a WAL-mode file creates -wal/-shm beside it; a refused file must not
    // leave them behind.
    const QStringList sideFiles{path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    QStringList absentBefore;
    for (const QString& side : sideFiles)
        if (!QFileInfo::exists(side))
            absentBefore << side;
    const QString name = nextConnectionName();
    Result<FileFacts> verdict = [&]() -> Result<FileFacts> {
        auto db = connect(name, path, true);
        if (!db)
            return std::unexpected(db.error());
        // Cheap identity checks first; they also catch a file that is not SQLite at all.
        const auto version = scalarInt(*db, QStringLiteral("PRAGMA user_version"));
        const auto appId = scalarInt(*db, QStringLiteral("PRAGMA application_id"));
        const auto tables = scalarInt(*db, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        if (!version || !appId || !tables) {
            const Error& error = !version ? version.error() : !appId ? appId.error() : tables.error();
            return fail(QStringLiteral("db.damaged"),
                        QCoreApplication::translate("Database", "数据库文件已损坏或不是数据库文件，未做任何修改：%1")
                            .arg(error.message));
        }
        if (*tables > 0 && *appId != Database::kApplicationId) {
            return fail(QStringLiteral("db.foreign_file"),
                        QCoreApplication::translate("Database", "%1 不是五社联动工作台的数据库，未打开。").arg(path));
        }
        if (*version > Migrator::latestVersion()) {
            return fail(QStringLiteral("db.too_new"),
                        QCoreApplication::translate("Database", "此数据库由较新版本的程序写入（结构版本 %1，本程序只支持到 %2），为避免损坏未打开。请升级程序。")
                            .arg(*version)
                            .arg(Migrator::latestVersion()));
        }
        QSqlQuery mode(*db);
        const bool wal = mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next()
                         && mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
        FileFacts facts{*version < Migrator::latestVersion() || !wal};
        if (check == Database::IntegrityCheck::Deferred && !facts.needsWrite)
            return facts;
        auto problems = runIntegrityCheck(*db, check == Database::IntegrityCheck::Quick ? check
                                                                                         : Database::IntegrityCheck::Full);
        if (!problems)
            return std::unexpected(problems.error());
        if (!problems->isEmpty()) {
            return fail(QStringLiteral("db.damaged"),
                        QCoreApplication::translate("Database", "数据库文件已损坏，未做任何修改。请从备份恢复。完整性检查：%1")
                            .arg(problems->mid(0, 3).join(QStringLiteral("；"))));
        }
        return facts;
    }();
    disconnect(name);
    if (!verdict)
        for (const QString& side : absentBefore)
            QFile::remove(side);
    return verdict;
}

Result<void> configureConnection(const QSqlDatabase& db)
{
    // foreign_keys is per connection; WAL lets readers go on while a township saves.
    // A 32 MiB page cache keeps a county's indexes (ledgers, visit(subject_id, visit_on)) in memory.
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                               "PRAGMA cache_size = -32768"}) {
        if (auto ok = execSql(db, QString::fromLatin1(pragma)); !ok)
            return ok;
    }
    return {};
}

} // namespace

struct Database::State
{
    QString connectionName;
    QString path;
    int version = 0;
    bool verified = false;
    ~State()
    {
        // A file not yet known to be sound is never written to, not even statistics.
        if (connectionName.isEmpty() || !verified)
            return;
        {
            // Keeps the planner's statistics current for the queries this session ran
            // (cheap: bounded by analysis_limit, and only for tables that need it).
            QSqlQuery optimize(QSqlDatabase::database(connectionName, false));
            optimize.exec(QStringLiteral("PRAGMA analysis_limit = 1000"));
            optimize.exec(QStringLiteral("PRAGMA optimize"));
        }
        disconnect(connectionName);
    }
};

Database::Database(std::unique_ptr<State> state) : m_state(std::move(state)) {}
Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;
Database::~Database() = default;

Result<Database> Database::open(const QString& path, Options options)
{
    const QFileInfo file(path);
    const bool exists = file.exists() && file.size() > 0;
    if (!exists && options.ifMissing == IfMissing::Fail)
        return fail(QStringLiteral("db.not_found"), QCoreApplication::translate("Database", "找不到数据库文件：%1").arg(path));
    if (file.exists() && !file.isFile())
        return fail(QStringLiteral("db.open"), QCoreApplication::translate("Database", "%1 不是文件").arg(path));
    bool verified = !exists; // a new file is sound by construction
    if (exists) {
        auto facts = checkExistingFile(path, options.check);
        if (!facts)
            return std::unexpected(facts.error());
        verified = options.check != IntegrityCheck::Deferred || facts->needsWrite;
    }

    auto state = std::make_unique<State>();
    state->path = file.absoluteFilePath();
    state->connectionName = nextConnectionName();
    state->verified = verified;
    auto db = connect(state->connectionName, path, false);
    if (!db)
        return std::unexpected(db.error());
    if (auto ok = configureConnection(*db); !ok)
        return std::unexpected(ok.error());
    auto version = Migrator(*db).migrate();
    if (!version)
        return std::unexpected(version.error());
    state->version = *version;
    return Database(std::move(state));
}

Result<void> Database::verify(const QString& path, IntegrityCheck check)
{
    auto facts = checkExistingFile(path, check == IntegrityCheck::Deferred ? IntegrityCheck::Full : check);
    if (!facts)
        return std::unexpected(facts.error());
    return {};
}

bool Database::isVerified() const
{
    return m_state->verified;
}

void Database::setVerified()
{
    m_state->verified = true;
}

QSqlDatabase Database::sql() const
{
    return QSqlDatabase::database(m_state->connectionName, false);
}

QString Database::path() const
{
    return m_state->path;
}

int Database::schemaVersion() const
{
    return m_state->version;
}

Result<QStringList> Database::integrityCheck(IntegrityCheck check) const
{
    return runIntegrityCheck(sql(), check);
}

QString Database::meta(const QString& key) const
{
    QSqlQuery query(sql());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = :key"));
    query.bindValue(QStringLiteral(":key"), key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

Result<void> Database::setMeta(const QString& key, const QString& value)
{
    QSqlQuery query(sql());
    if (auto ok = prepare(query, QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, :value) "
                                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        !ok)
        return ok;
    query.bindValue(QStringLiteral(":key"), key);
    query.bindValue(QStringLiteral(":value"), value);
    return exec(query, QStringLiteral("set meta ") + key);
}

} // namespace wushe::storage
