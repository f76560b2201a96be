#pragma once

#include "Error.h"

#include <QSqlDatabase>

namespace wushe::storage {

// RAII write transaction: BEGIN IMMEDIATE on construction, ROLLBACK on destruction
// unless commit() succeeded. A failed operation therefore leaves the database as it was.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when BEGIN failed (database locked, read-only file ...); see error().
    bool isActive() const { return m_active; }
    const Error& error() const { return m_error; }
    Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    Error m_error;
};

} // namespace wushe::storage

namespace wushe::storage {

// Runs `work` (returning Result<T>) inside a Transaction: commits when it
// succeeds, rolls everything back when it fails.
template <typename Work>
auto inTransaction(const QSqlDatabase& db, Work&& work) -> decltype(work())
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return std::unexpected(transaction.error());
    auto result = work();
    if (!result)
        return result;
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return result;
}

} // namespace wushe::storage
