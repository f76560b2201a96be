#include "storage/BulkSession.h"

#include "storage/OrgUnitRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SqliteHandle.h"

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

Result<const PreparedWrite*> BulkSession::statement(const QString& sql)
{
    if (const auto it = m_statements.constFind(sql); it != m_statements.cend())
        return it->get();
    auto prepared = prepareWrite(m_handle, sql, SQLITE_PREPARE_PERSISTENT);
    if (!prepared)
        return std::unexpected(prepared.error());
    auto kept = std::make_shared<PreparedWrite>(std::move(*prepared));
    const PreparedWrite* raw = kept.get();
    m_statements.insert(sql, std::move(kept));
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
