#include "storage/WriteStatement.h"

#include "storage/BulkSession.h"
#include "storage/SqliteHandle.h"
#include "storage/WriteGate.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>
#include <optional>

#include <sqlite3.h>

namespace wushe::storage {

namespace {

Error sqlError(sqlite3* handle, const QString& what)
{
    return Error{QStringLiteral("db.sql"), QCoreApplication::translate("Sql", "数据库操作失败（%1）：%2")
                                               .arg(what, handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QStringLiteral("no SQLite connection"))};
}

// Null in the sense of Qt's SQL drivers: no value, a null string or byte array, an invalid date.
bool isNull(const QVariant& value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString: return static_cast<const QString*>(value.constData())->isNull();
    case QMetaType::QByteArray: return static_cast<const QByteArray*>(value.constData())->isNull();
    case QMetaType::QDate: return !value.toDate().isValid();
    case QMetaType::QTime: return !value.toTime().isValid();
    case QMetaType::QDateTime: return !value.toDateTime().isValid();
    default: return false;
    }
}

// Binds one value the way QSQLITE does. Text is bound SQLITE_STATIC from `keep`,
// which outlives the step.
int bindValue(sqlite3_stmt* statement, int index, const QVariant& value, QList<QString>& keep)
{
    if (!value.isValid() || isNull(value))
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray* bytes = static_cast<const QByteArray*>(value.constData());
        return sqlite3_bind_blob(statement, index, bytes->constData(), int(bytes->size()), SQLITE_STATIC);
    }
    case QMetaType::Int:
    case QMetaType::Bool: return sqlite3_bind_int(statement, index, value.toInt());
    case QMetaType::Double: return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong: return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::QString: {
        const QString* text = static_cast<const QString*>(value.constData());
        return sqlite3_bind_text16(statement, index, text->utf16(), int(text->size() * sizeof(QChar)), SQLITE_STATIC);
    }
    case QMetaType::QDateTime: keep.append(value.toDateTime().toString(Qt::ISODateWithMs)); break;
    case QMetaType::QTime: keep.append(value.toTime().toString(QStringLiteral("hh:mm:ss.zzz"))); break;
    default: keep.append(value.toString()); break;
    }
    const QString& text = keep.last();
    return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * sizeof(QChar)), SQLITE_STATIC);
}

struct Finalizer
{
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};

} // namespace

Result<PreparedWrite> prepareWrite(sqlite3* handle, const QString& sql, unsigned flags)
{
    PreparedWrite prepared;
    if (sqlite3_prepare_v3(handle, sql.toUtf8().constData(), -1, flags, &prepared.statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(prepared.statement);
        return std::unexpected(sqlError(handle, sql.left(80)));
    }
    for (int i = 1, n = sqlite3_bind_parameter_count(prepared.statement); i <= n; ++i)
        prepared.names.append(QString::fromUtf8(sqlite3_bind_parameter_name(prepared.statement, i)));
    return prepared;
}

Result<qint64> execWrite(const QSqlDatabase& db, const QString& sql, const QVariantMap& binds, const QString& what)
{
    BulkSession* session = BulkSession::of(db);
    sqlite3* handle = session ? session->handle() : sqliteHandle(db);
    if (!handle)
        return std::unexpected(sqlError(nullptr, what));
    if (auto allowed = WriteGate::check(handle); !allowed)
        return std::unexpected(allowed.error());
    PreparedWrite once;
    std::unique_ptr<sqlite3_stmt, Finalizer> owned;
    const PreparedWrite* statement = &once;
    if (session) {
        auto cached = session->statement(sql);
        if (!cached)
            return std::unexpected(cached.error());
        statement = *cached;
    } else {
        auto prepared = prepareWrite(handle, sql);
        if (!prepared)
            return std::unexpected(prepared.error());
        once = std::move(*prepared);
        owned.reset(once.statement);
    }
    sqlite3_stmt* stmt = statement->statement;
    QList<QString> keep;
    for (int i = 0; i < statement->names.size(); ++i) {
        static const QVariant none;
        const auto it = binds.constFind(statement->names.at(i));
        const QVariant& value = it == binds.cend() ? none : *it;
        if (bindValue(stmt, i + 1, value, keep) != SQLITE_OK)
            return std::unexpected(sqlError(handle, what));
    }
    const int stepped = sqlite3_step(stmt);
    std::optional<Error> error;
    if (stepped != SQLITE_DONE && stepped != SQLITE_ROW)
        error = sqlError(handle, what);
    const qint64 changed = sqlite3_changes64(handle);
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt); // the bound text belongs to `binds` and `keep`
    if (error)
        return std::unexpected(*error);
    return changed;
}

} // namespace wushe::storage
