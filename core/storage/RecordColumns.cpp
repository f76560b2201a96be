#include "storage/RecordColumns.h"

#include "storage/Sql.h"
#include "storage/WriteStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

#include <algorithm>
#include <array>

namespace wushe::storage::RecordColumns {

QString names(const QString& tableAlias)
{
    static const QStringList columns{QStringLiteral("id"),         QStringLiteral("org_code"),
                                     QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                     QStringLiteral("updated_by"), QStringLiteral("version"),
                                     QStringLiteral("deleted")};
    if (tableAlias.isEmpty())
        return columns.join(QStringLiteral(", "));
    QStringList qualified;
    for (const QString& column : columns)
        qualified << tableAlias + u'.' + column;
    return qualified.join(QStringLiteral(", "));
}

QString placeholders()
{
    return QStringLiteral(":id, :org_code, :created_at, :updated_at, :updated_by, :version, :deleted");
}

namespace {
// A null QString would bind as SQL NULL; text columns are NOT NULL DEFAULT ''.
QVariant notNullText(const QVariant& value)
{
    return value.typeId() == QMetaType::QString && value.toString().isNull() ? QVariant(QStringLiteral("")) : value;
}

// `binds` into `values` (replacing what is there), as bindAll() binds them.
void addTexts(QVariantMap& values, const QVariantMap& binds)
{
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        values.insert(it.key(), notNullText(it.value()));
}
} // namespace

void bindAll(QSqlQuery& query, const QVariantMap& binds)
{
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        query.bindValue(it.key(), notNullText(it.value()));
}

QString timestamp(const QDateTime& utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

void stampNew(RecordMeta& meta, const WriteContext& context)
{
    if (meta.id.isEmpty())
        meta.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    meta.createdAt = context.now();
    meta.updatedAt = meta.createdAt;
    meta.updatedBy = context.user;
    meta.version = 1;
    meta.deleted = false;
}

void bind(QSqlQuery& query, const RecordMeta& meta)
{
    query.bindValue(QStringLiteral(":id"), meta.id);
    query.bindValue(QStringLiteral(":org_code"), meta.orgCode);
    query.bindValue(QStringLiteral(":created_at"), timestamp(meta.createdAt));
    query.bindValue(QStringLiteral(":updated_at"), timestamp(meta.updatedAt));
    query.bindValue(QStringLiteral(":updated_by"), meta.updatedBy);
    query.bindValue(QStringLiteral(":version"), meta.version);
    query.bindValue(QStringLiteral(":deleted"), meta.deleted ? 1 : 0);
}

QDateTime parseTimestamp(const QString& text)
{
    // "2024-06-15T01:00:00.000Z" as timestamp() writes it, read digit by digit: Qt's
    // parser costs microseconds, and an export of a whole ledger reads four per row.
    static constexpr std::array<qsizetype, 17> kDigits{0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22};
    const auto isDigit = [&](qsizetype i) { return text.at(i) >= u'0' && text.at(i) <= u'9'; };
    const bool canonical = text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' &&
                           text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z' &&
                           std::all_of(kDigits.cbegin(), kDigits.cend(), isDigit);
    if (!canonical)
        return QDateTime::fromString(text, Qt::ISODateWithMs);
    const auto number = [&](qsizetype from, qsizetype length) {
        int value = 0;
        for (qsizetype i = from; i < from + length; ++i)
            value = value * 10 + (text.at(i).unicode() - u'0');
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
    if (!date.isValid() || !time.isValid())
        return QDateTime::fromString(text, Qt::ISODateWithMs);
    return QDateTime(date, time, Qt::UTC);
}

RecordMeta read(const QSqlQuery& query, int first)
{
    RecordMeta meta;
    meta.id = query.value(first).toString();
    meta.orgCode = query.value(first + 1).toString();
    meta.createdAt = parseTimestamp(query.value(first + 2).toString());
    meta.updatedAt = parseTimestamp(query.value(first + 3).toString());
    meta.updatedBy = query.value(first + 4).toString();
    meta.version = query.value(first + 5).toInt();
    meta.deleted = query.value(first + 6).toInt() != 0;
    return meta;
}

Result<void> update(const QSqlDatabase& db, const QString& table, RecordMeta& meta,
                    const QString& assignments, const QVariantMap& binds, const WriteContext& context)
{
    const QDateTime now = context.now();
    const QString sql = QStringLiteral("UPDATE %1 SET %2%3updated_at = :updated_at, updated_by = :updated_by, "
                                       "version = version + 1 WHERE id = :id AND version = :version AND deleted = 0")
                            .arg(table, assignments, assignments.isEmpty() ? QString() : QStringLiteral(", "));
    QVariantMap values;
    addTexts(values, binds);
    values.insert(QStringLiteral(":updated_at"), timestamp(now));
    values.insert(QStringLiteral(":updated_by"), context.user);
    values.insert(QStringLiteral(":id"), meta.id);
    values.insert(QStringLiteral(":version"), meta.version);
    auto changed = execWrite(db, sql, values, QStringLiteral("update ") + table);
    if (!changed)
        return std::unexpected(changed.error());
    if (*changed != 1) {
        return fail(QStringLiteral("db.conflict"),
                    QCoreApplication::translate("RecordColumns", "这条记录已被其他人修改或删除，请重新打开后再保存"));
    }
    meta.updatedAt = now;
    meta.updatedBy = context.user;
    meta.version += 1;
    return {};
}

Result<void> markDeleted(const QSqlDatabase& db, const QString& table, RecordMeta& meta, const WriteContext& context)
{
    if (auto ok = update(db, table, meta, QStringLiteral("deleted = 1"), {}, context); !ok)
        return ok;
    meta.deleted = true;
    return {};
}

namespace {
QString joinEach(const QString& columns, const QString& pattern)
{
    QStringList parts;
    for (const QString& column : columns.split(u',', Qt::SkipEmptyParts))
        parts << pattern.arg(column.trimmed());
    return parts.join(QStringLiteral(", "));
}
} // namespace

QString assignments(const QString& columns)
{
    return joinEach(columns, QStringLiteral("%1 = :%1"));
}

Result<void> insert(const QSqlDatabase& db, const QString& table, const QString& columns, const RecordMeta& meta,
                    const QVariantMap& binds)
{
    // The statement text is built once per table and column list (imports insert 100,000s of rows).
    thread_local QHash<QString, QString> statements;
    const QString key = table + u'\n' + columns;
    auto sql = statements.constFind(key);
    if (sql == statements.cend())
        sql = statements.insert(key, QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (%4, %5)")
                                         .arg(table, names(), columns, placeholders(), joinEach(columns, QStringLiteral(":%1"))));
    const QString created = timestamp(meta.createdAt);
    QVariantMap values{{QStringLiteral(":id"), meta.id},
                       {QStringLiteral(":org_code"), meta.orgCode},
                       {QStringLiteral(":created_at"), created},
                       {QStringLiteral(":updated_at"), meta.updatedAt == meta.createdAt ? created : timestamp(meta.updatedAt)},
                       {QStringLiteral(":updated_by"), meta.updatedBy},
                       {QStringLiteral(":version"), meta.version},
                       {QStringLiteral(":deleted"), meta.deleted ? 1 : 0}};
    addTexts(values, binds);
    auto done = execWrite(db, *sql, values, QStringLiteral("insert ") + table);
    if (!done)
        return std::unexpected(done.error());
    return {};
}

} // namespace wushe::storage::RecordColumns
