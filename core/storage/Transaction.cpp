#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace wushe::storage {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery begin(m_db);
    // IMMEDIATE takes the write lock now, so a busy database fails here, before any work.
    m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active) {
        m_error = Error{QStringLiteral("db.begin"),
                        QCoreApplication::translate("Transaction", "无法开始写入事务：%1")
                            .arg(begin.lastError().text())};
    }
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return std::unexpected(m_error);
    QSqlQuery commitQuery(m_db);
    if (!commitQuery.exec(QStringLiteral("COMMIT"))) {
        return fail(QStringLiteral("db.commit"),
                    QCoreApplication::translate("Transaction", "保存失败，已撤销全部更改：%1")
                        .arg(commitQuery.lastError().text()));
    }
    m_active = false;
    return {};
}

} // namespace wushe::storage
