#include "exchange/UnitResolver.h"

#include "exchange/ValueNormalizer.h"
#include "storage/OrgUnitRepository.h"

#include <QCoreApplication>

namespace wushe::exchange {

namespace {

// 村民委员会 / 村委会 → 村, 居民委员会 / 居委会 → 社区: how the same village is also written.
QString shortForm(const QString& key)
{
    for (const auto& [suffix, replacement] : {std::pair{QStringLiteral("村民委员会"), QStringLiteral("村")},
                                              std::pair{QStringLiteral("村委会"), QStringLiteral("村")},
                                              std::pair{QStringLiteral("社区居民委员会"), QStringLiteral("社区")},
                                              std::pair{QStringLiteral("社区居委会"), QStringLiteral("社区")},
                                              std::pair{QStringLiteral("居民委员会"), QStringLiteral("社区")},
                                              std::pair{QStringLiteral("居委会"), QStringLiteral("社区")}})
        if (key.endsWith(suffix))
            return key.left(key.size() - suffix.size()) + replacement;
    return key;
}

} // namespace

Result<UnitResolver> UnitResolver::load(const QSqlDatabase& db)
{
    auto units = storage::OrgUnitRepository(db).all();
    if (!units)
        return std::unexpected(units.error());
    UnitResolver resolver;
    resolver.m_units = *units;
    for (int i = 0; i < resolver.m_units.size(); ++i) {
        const OrgUnit& unit = resolver.m_units.at(i);
        resolver.m_byCode.insert(unit.code, i);
        resolver.m_byName[shortForm(ValueNormalizer::matchKey(unit.name))].append(i);
    }
    return resolver;
}

const OrgUnit* UnitResolver::find(const QString& code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.cend() ? nullptr : &m_units.at(*it);
}

QString UnitResolver::name(const QString& code) const
{
    const OrgUnit* unit = find(code);
    return unit ? unit->name : QString();
}

QString UnitResolver::townshipName(const QString& code) const
{
    const OrgUnit* unit = find(code);
    while (unit && unit->level == OrgLevel::Village)
        unit = find(unit->parentCode);
    return unit && unit->level == OrgLevel::Township ? unit->name : QString();
}

Result<QString> UnitResolver::resolve(const QString& code, const QString& name, const QString& township) const
{
    if (!code.isEmpty()) {
        if (!find(code))
            return fail(QStringLiteral("exchange.unit_code"),
                        QCoreApplication::translate("UnitResolver", "区划代码“%1”不在本数据库的辖区内").arg(code));
        return code;
    }
    if (name.isEmpty())
        return fail(QStringLiteral("exchange.required"), QCoreApplication::translate("UnitResolver", "缺少村（社区）"));
    const QList<int> named = m_byName.value(shortForm(ValueNormalizer::matchKey(name)));
    QList<int> candidates;
    const QString townshipKey = shortForm(ValueNormalizer::matchKey(township));
    for (int index : named) {
        if (!township.isEmpty() && ValueNormalizer::matchKey(townshipName(m_units.at(index).code)) != townshipKey)
            continue;
        candidates.append(index);
    }
    if (candidates.size() > 1) { // a village and a township of the same name: the village
        QList<int> villages;
        for (int index : candidates)
            if (m_units.at(index).level == OrgLevel::Village)
                villages.append(index);
        if (!villages.isEmpty())
            candidates = villages;
    }
    if (candidates.isEmpty())
        return fail(QStringLiteral("exchange.unknown_village"),
                    township.isEmpty()
                        ? QCoreApplication::translate("UnitResolver", "辖区内没有名为“%1”的村（社区）").arg(name)
                        : QCoreApplication::translate("UnitResolver", "%1没有名为“%2”的村（社区）").arg(township, name));
    if (candidates.size() > 1)
        return fail(QStringLiteral("exchange.ambiguous_village"),
                    QCoreApplication::translate("UnitResolver", "辖区内有%1个名为“%2”的村（社区），请填写乡镇（街道）或区划代码")
                        .arg(candidates.size())
                        .arg(name));
    return m_units.at(candidates.first()).code;
}

} // namespace wushe::exchange
