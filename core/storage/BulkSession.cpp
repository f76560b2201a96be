#include "storage/BulkSession.h"

#include "storage/OrgUnitRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SqliteHandle.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace wushe::storage {

namespace {

// Sessions by connection. Qt connections belong to one thread, so one map per thread.
QHash<sqlite3*, BulkSession*>& sessions()
{
    thread_local QHash<sqlite3*, BulkSession*> map;
    return map;
}

} // namespace

BulkSession::BulkSession(const QSqlDatabase& db) : m_db(db), m_handle(sqliteHandle(db))
{
    if (m_handle)
        sessions().insert(m_handle, this);
}

BulkSession::~BulkSession()
{
    if (m_handle && sessions().value(m_handle) == this)
        sessions().remove(m_handle);
    for (const auto& statement : std::as_const(m_statements))
        sqlite3_finalize(statement->statement);
}

BulkSession* BulkSession::of(const QSqlDatabase& db)
{
    if (sessions().isEmpty()) // the common case: no import running
        return nullptr;
    return sessions().value(sqliteHandle(db));
}

Result<BulkSession::Statement*> BulkSession::statement(const QString& sql)
{
    if (const auto it = m_statements.constFind(sql); it != m_statements.cend())
        return it->get();
    auto prepared = std::make_shared<Statement>();
    if (sqlite3_prepare_v3(m_handle, sql.toUtf8().constData(), -1, SQLITE_PREPARE_PERSISTENT, &prepared->statement, nullptr)
        != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
        sqlite3_finalize(prepared->statement);
        return fail(QStringLiteral("db.sql"),
                    QCoreApplication::translate("Sql", "数据库操作失败（%1）：%2").arg(sql.left(80), message));
    }
    for (int i = 1, n = sqlite3_bind_parameter_count(prepared->statement); i <= n; ++i) {
        const char* name = sqlite3_bind_parameter_name(prepared->statement, i);
        prepared->names.append(QString::fromUtf8(name));
    }
    Statement* raw = prepared.get();
    m_statements.insert(sql, std::move(prepared));
    return raw;
}

Result<bool> BulkSession::isVillage(const QString& code)
{
    if (!m_unitsLoaded) {
        auto units = OrgUnitRepository(m_db).all();
        if (!units)
            return std::unexpected(units.error());
        for (const OrgUnit& unit : std::as_const(*units))
            m_villages.insert(unit.code, unit.level == OrgLevel::Village);
        m_unitsLoaded = true;
    }
    return m_villages.value(code, false);
}

Result<void> BulkSession::expectPeople(const QStringList& idNumbers)
{
    auto live = PersonRepository::liveIdNumbers(m_db, idNumbers);
    if (!live)
        return std::unexpected(live.error());
    for (const QString& id : idNumbers)
        m_checked.insert(id);
    m_live.unite(*live);
    return {};
}

bool BulkSession::hasNoLivePerson(const QString& idNumber) const
{
    return m_checked.contains(idNumber) && !m_live.contains(idNumber);
}

void BulkSession::notePerson(const QString& idNumber)
{
    m_live.insert(idNumber);
}

} // namespace wushe::storage
