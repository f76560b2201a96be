#pragma once

#include "Error.h"
#include "domain/OrgUnit.h"

#include <QHash>
#include <QList>

namespace wushe::org {

// Every Shaanxi division, province to village, from the bundled statistical
// code list (resources/data/shaanxi_divisions.csv, compressed in the binary).
class DivisionCatalog
{
public:
    static QString bundledPath() { return QStringLiteral(":/data/shaanxi_divisions.csv"); }
    static Result<DivisionCatalog> loadBundled();
    // CSV with header code,name,level,parent_code,kind,pilot_county.
    static Result<DivisionCatalog> parse(const QByteArray& csv);

    qsizetype size() const { return m_units.size(); }
    const QList<OrgUnit>& all() const { return m_units; }
    const OrgUnit* find(QStringView code) const;
    QList<OrgUnit> children(QStringView code) const;
    // Province → … → parent of `code` (not including it).
    QList<OrgUnit> ancestors(QStringView code) const;
    // The unit and everything below it, depth-first in code order, depth relative to it.
    QList<OrgUnit> subtree(QStringView code) const;

private:
    void appendSubtree(qsizetype index, int depth, QList<OrgUnit>& out) const;

    QList<OrgUnit> m_units;
    QHash<QString, qsizetype> m_indexByCode;
    QHash<QString, QList<qsizetype>> m_childIndexes;
};

} // namespace wushe::org
