#pragma once

#include "quarterly/Quarter.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace wushe::quarterly {

// The eight sections of figures (domain.md §5 items 1–8).
enum class Section { System = 1, Training, Services, Organizations, Volunteers, Charity, Ledgers, Purchased };
QString sectionLabel(Section section); // "一、四级服务体系建设" …
QString sectionKey(Section section);   // "system" …

// Every value is an integer: counts, money in fen, minutes; a ratio is in
// hundredths of a percent (5234 = 52.34 %) and is recomputed from its numerator
// and denominator figures whenever figures are added up (city roll-up).
enum class ValueKind { Count, Money, Minutes, Ratio };

struct Figure
{
    QString key;   // stable, e.g. "ledgers.elderly" (scripts and packages match on it)
    QString label; // Chinese
    Section section = Section::System;
    ValueKind kind = ValueKind::Count;
    qint64 thisQuarter = 0;
    qint64 lastQuarter = 0;
    // This quarter's value per township (county report), per village (township
    // report) or per county (city roll-up); empty where a breakdown makes no sense.
    QMap<QString, qint64> byUnit;
    QString numerator;   // ratio figures only: the keys they are computed from
    QString denominator;
};

// A target missed: station staff < 3, pilot-township coverage <= 50 %, a community
// below its organization target, people not visited within their interval.
struct Flag
{
    QString key;      // "station.understaffed", "pilot.coverage", "orgs.below_target", "ledgers.overdue"
    QString unitCode; // the station's, township's or community's division (or the jurisdiction)
    QString unitName;
    QString message;  // Chinese
};

struct ReportData
{
    QString unitCode;
    QString unitName;
    Quarter quarter;
    QList<Figure> figures;
    QList<Flag> flags;
    // The breakdown's columns in code order: code → name.
    QList<std::pair<QString, QString>> breakdownUnits;

    const Figure* find(const QString& key) const;
    Figure* find(const QString& key);
};

// "+12.5%", "-3.0%", "—" when last quarter was 0.
QString changeText(qint64 thisQuarter, qint64 lastQuarter);
// A value as printed: counts plain, money in yuan ("1234.50"), minutes as hours
// with one decimal, ratios as "52.34%".
QString formatValue(ValueKind kind, qint64 value);

} // namespace wushe::quarterly
