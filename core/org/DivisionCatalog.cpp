#include "org/DivisionCatalog.h"

#include <QCoreApplication>
#include <QFile>

namespace wushe::org {

namespace {


bool isDivisionCode(QStringView code)
{
    if (code.size() != 12)
        return false;
    for (QChar c : code)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

Error rowError(int line, const char* column, const QString& why)
{
    return Error{QStringLiteral("divisions.parse"),
                 QCoreApplication::translate("DivisionCatalog", "区划表第%1行“%2”列：%3").arg(line).arg(QString::fromLatin1(column), why)};
}

} // namespace

Result<DivisionCatalog> DivisionCatalog::loadBundled()
{
    QFile file(bundledPath());
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("divisions.missing"), QCoreApplication::translate("DivisionCatalog", "程序内置的行政区划表缺失"));
    return parse(file.readAll());
}

Result<DivisionCatalog> DivisionCatalog::parse(const QByteArray& csv)
{
    DivisionCatalog catalog;
    const QList<QByteArray> lines = csv.split('\n');
    if (lines.isEmpty() || !lines.first().startsWith("code,name,level,parent_code,kind,pilot_county"))
        return fail(QStringLiteral("divisions.header"), QCoreApplication::translate("DivisionCatalog", "行政区划表的表头不正确"));
    catalog.m_units.reserve(lines.size());
    for (int i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty())
            continue;
        const int lineNumber = i + 1;
        const QStringList fields = line.split(u',');
        if (fields.size() != 6)
            return std::unexpected(rowError(lineNumber, "*", QCoreApplication::translate("DivisionCatalog", "应有6列，实际%1列").arg(fields.size())));
        OrgUnit unit;
        unit.code = fields[0];
        unit.name = fields[1];
        unit.parentCode = fields[3];
        unit.kind = fields[4];
        unit.pilotCounty = fields[5] == u"1";
        if (!isDivisionCode(unit.code))
            return std::unexpected(rowError(lineNumber, "code", QCoreApplication::translate("DivisionCatalog", "“%1”不是12位区划代码").arg(unit.code)));
        const auto level = kOrgLevels.fromKey(fields[2]);
        if (!level)
            return std::unexpected(rowError(lineNumber, "level", QCoreApplication::translate("DivisionCatalog", "未知级别“%1”").arg(fields[2])));
        unit.level = *level;
        if (!unit.parentCode.isEmpty() && !isDivisionCode(unit.parentCode))
            return std::unexpected(rowError(lineNumber, "parent_code", QCoreApplication::translate("DivisionCatalog", "“%1”不是12位区划代码").arg(unit.parentCode)));
        if (catalog.m_indexByCode.contains(unit.code))
            return std::unexpected(rowError(lineNumber, "code", QCoreApplication::translate("DivisionCatalog", "代码%1重复").arg(unit.code)));
        unit.areaType = areaTypeOfKind(unit.kind);
        catalog.m_indexByCode.insert(unit.code, catalog.m_units.size());
        catalog.m_units.append(unit);
    }
    for (qsizetype i = 0; i < catalog.m_units.size(); ++i) {
        const OrgUnit& unit = catalog.m_units.at(i);
        if (unit.parentCode.isEmpty())
            continue;
        if (!catalog.m_indexByCode.contains(unit.parentCode))
            return fail(QStringLiteral("divisions.parent"),
                        QCoreApplication::translate("DivisionCatalog", "%1 %2 的上级%3不在表中").arg(unit.code, unit.name, unit.parentCode));
        catalog.m_childIndexes[unit.parentCode].append(i);
    }
    for (auto& children : catalog.m_childIndexes) {
        std::sort(children.begin(), children.end(), [&catalog](qsizetype a, qsizetype b) {
            return catalog.m_units.at(a).code < catalog.m_units.at(b).code;
        });
    }
    return catalog;
}

const OrgUnit* DivisionCatalog::find(QStringView code) const
{
    const auto it = m_indexByCode.constFind(code.toString());
    return it == m_indexByCode.cend() ? nullptr : &m_units.at(*it);
}

QList<OrgUnit> DivisionCatalog::children(QStringView code) const
{
    QList<OrgUnit> result;
    for (qsizetype index : m_childIndexes.value(code.toString()))
        result.append(m_units.at(index));
    return result;
}

QList<OrgUnit> DivisionCatalog::ancestors(QStringView code) const
{
    QList<OrgUnit> chain;
    const OrgUnit* unit = find(code);
    while (unit && !unit->parentCode.isEmpty()) {
        unit = find(unit->parentCode);
        if (unit)
            chain.prepend(*unit);
    }
    return chain;
}

QList<OrgUnit> DivisionCatalog::subtree(QStringView code) const
{
    QList<OrgUnit> result;
    const auto it = m_indexByCode.constFind(code.toString());
    if (it != m_indexByCode.cend())
        appendSubtree(*it, 0, result);
    return result;
}

void DivisionCatalog::appendSubtree(qsizetype index, int depth, QList<OrgUnit>& out) const
{
    OrgUnit unit = m_units.at(index);
    unit.depth = depth;
    out.append(unit);
    for (qsizetype child : m_childIndexes.value(unit.code))
        appendSubtree(child, depth + 1, out);
}

} // namespace wushe::org
