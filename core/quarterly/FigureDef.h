#pragma once

#include "quarterly/ReportData.h"

#include <QList>
#include <QString>

namespace wushe::quarterly {

// How one figure is computed: an aggregate over `from` where `where` holds, with
// {F} and {T} standing for the quarter's first and last day (ISO dates). Rows
// count by the division in `org` (the township breakdown groups on its prefix).
// Stock figures ("as of the quarter's end") test their record's own date against
// {T}; flow figures ("this quarter") test it against {F}..{T}. Tombstones are
// excluded by the conditions themselves (every joined table says deleted = 0).
struct FigureDef
{
    QString key;
    QString label;
    Section section = Section::System;
    ValueKind kind = ValueKind::Count;
    QString from;
    QString org;
    QString value; // aggregate, e.g. count(*), sum(a.people_served)
    QString where;
    // Drill-down: the records behind the figure (id, a line of text, a date).
    QString drillId;
    QString drillText;
    QString drillDate;
    QString drillFilter; // a part's own condition (see part()), added to `where` for its records
    bool breakdown = true;
    // Ratio figures: value = numerator / denominator, in hundredths of a percent.
    QString numerator;
    QString denominator;
    // Computed by a rule object instead of SQL (station standard).
    bool stationStandard = false;

    bool isRatio() const { return !numerator.isEmpty(); }
    bool hasDrill() const { return !drillId.isEmpty(); }
    // The figure it defines, with no values yet.
    Figure blank() const;
};

// Every figure of the report in printing order.
const QList<FigureDef>& figureCatalog();
const FigureDef* findFigureDef(const QString& key);

} // namespace wushe::quarterly
