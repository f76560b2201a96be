#pragma once

#include "domain/EnumTable.h"
#include "domain/RecordMeta.h"
#include "quarterly/Quarter.h"
#include "quarterly/ReportText.h"

#include <QByteArray>

namespace wushe::quarterly {

enum class ReportStatus { Draft, Reviewed, Submitted };

inline constexpr EnumTable<ReportStatus, 3> kReportStatuses{
    "QuarterlyReport",
    {{{ReportStatus::Draft, "draft", QT_TRANSLATE_NOOP("QuarterlyReport", "草稿")},
      {ReportStatus::Reviewed, "reviewed", QT_TRANSLATE_NOOP("QuarterlyReport", "已审核")},
      {ReportStatus::Submitted, "submitted", QT_TRANSLATE_NOOP("QuarterlyReport", "已报送")}}}};

// One revision of a unit's report for a quarter (a row of quarterly_report).
// meta.orgCode is the reporting unit.
struct StoredReport
{
    RecordMeta meta;
    Quarter quarter;
    int revision = 1;
    ReportStatus status = ReportStatus::Draft;
    bool imported = false; // a county's package read by its city
    ReportText text;
    QString reviewedAt;
    QString submittedAt;
    QString receivedAt;
    QByteArray content; // JSON as submitted; empty before
    QString digest;
};

} // namespace wushe::quarterly
