#pragma once

#include "Error.h"
#include "storage/WriteStatement.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace wushe::storage {

// A bulk write on one connection — an import of thousands of rows — for as long as
// the object lives. The repositories' write statements (execWrite) are then prepared
// once instead of on every call, and what they look up for every row is answered
// from memory: whether a code is a village of the database, and whether an ID number
// the caller announced has a live person. The repositories find the session by their
// connection (BulkSession::of), so their code and SQL stay the same with or without one.
// It holds prepared statements: destroy it before the connection is closed. Rows it
// saw written and then rolled back are asked from the database again.
class BulkSession
{
public:
    explicit BulkSession(const QSqlDatabase& db);
    ~BulkSession();
    BulkSession(const BulkSession&) = delete;
    BulkSession& operator=(const BulkSession&) = delete;

    // The session alive on this connection in this thread, or nullptr.
    static BulkSession* of(const QSqlDatabase& db);

    // `sql` prepared on first use, then the same statement (reset, bindings kept).
    Result<const PreparedWrite*> statement(const QString& sql);

    // Whether `code` is a village (or community) of the database; the units are
    // read once. Units are not changed by the bulk writes.
    Result<bool> isVillage(const QString& code);

    // Looks up which of `idNumbers` have a live person, in one statement, so that
    // hasNoLivePerson() can answer for them without a query per row.
    Result<void> expectPeople(const QStringList& idNumbers);
    // True only when the ID number was announced and certainly has no live person
    // (false means: ask the database).
    bool hasNoLivePerson(const QString& idNumber) const;
    // A person with this ID number was written (added, or changed to it).
    void notePerson(const QString& idNumber);

    sqlite3* handle() const { return m_handle; }

private:
    QSqlDatabase m_db;
    sqlite3* m_handle = nullptr;
    QHash<QString, std::shared_ptr<PreparedWrite>> m_statements;
    QHash<QString, bool> m_villages; // code → is a village; empty until first asked
    bool m_unitsLoaded = false;
    QSet<QString> m_checked; // ID numbers looked up by expectPeople()
    QSet<QString> m_live;    // … of those, and everyone written since: may have a live person
};

} // namespace wushe::storage
