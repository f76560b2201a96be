#include "exchange/NameIndex.h"

#include "exchange/ValueNormalizer.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace wushe::exchange {

Result<void> NameIndex::loadOnce(std::optional<NameIndex>& index, const QSqlDatabase& db, const QString& sql)
{
    if (index)
        return {};
    auto loaded = load(db, sql);
    if (!loaded)
        return std::unexpected(loaded.error());
    index = std::move(*loaded);
    return {};
}

QString NameIndex::stationsSql()
{
    return QStringLiteral("SELECT id, name, org_code FROM service_unit WHERE deleted = 0");
}

Result<NameIndex> NameIndex::load(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto ok = storage::prepare(query, sql); !ok)
        return std::unexpected(ok.error());
    if (auto ok = storage::exec(query, QStringLiteral("names")); !ok)
        return std::unexpected(ok.error());
    NameIndex index;
    while (query.next())
        index.insert(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
    return index;
}

Result<QString> NameIndex::idOf(const QString& name, const QString& what, const QString& nearCode) const
{
    if (name.isEmpty())
        return QString();
    QStringList ids = m_ids.value(ValueNormalizer::matchKey(name));
    if (ids.size() > 1 && !nearCode.isEmpty()) {
        const auto shared = [&](const QString& id) {
            const QString org = m_orgs.value(id);
            qsizetype n = 0;
            while (n < org.size() && n < nearCode.size() && org[n] == nearCode[n])
                ++n;
            return n;
        };
        qsizetype best = 0;
        for (const QString& id : std::as_const(ids))
            best = std::max(best, shared(id));
        QStringList closest;
        for (const QString& id : std::as_const(ids))
            if (shared(id) == best)
                closest << id;
        ids = closest;
    }
    if (ids.isEmpty())
        return fail(QStringLiteral("exchange.unknown_name"),
                    QCoreApplication::translate("NameIndex", "没有名为“%1”的%2").arg(name, what));
    if (ids.size() > 1)
        return fail(QStringLiteral("exchange.ambiguous_name"),
                    QCoreApplication::translate("NameIndex", "有%1个名为“%2”的%3").arg(ids.size()).arg(name, what));
    return ids.first();
}

bool NameIndex::contains(const QString& name) const
{
    return m_ids.contains(ValueNormalizer::matchKey(name));
}

void NameIndex::insert(const QString& id, const QString& name, const QString& orgCode)
{
    m_names.insert(id, name);
    m_orgs.insert(id, orgCode);
    m_ids[ValueNormalizer::matchKey(name)].append(id);
}

void NameIndex::remove(const QString& id)
{
    m_orgs.remove(id);
    const QString key = ValueNormalizer::matchKey(m_names.take(id));
    m_ids[key].removeAll(id);
    if (m_ids[key].isEmpty())
        m_ids.remove(key);
}

} // namespace wushe::exchange
