#pragma once

#include "Error.h"
#include "quarterly/ReportData.h"
#include "quarterly/ReportText.h"

#include <QJsonObject>

namespace wushe::quarterly {

// A report as submitted: figures, flags, text, unit, quarter and revision. The
// same JSON is stored in quarterly_report.content and sent upward in a package.
struct SubmittedReport
{
    ReportData data;
    ReportText text;
    int revision = 1;
    QString submittedAt; // ISO UTC timestamp
};

namespace ReportJson {

QJsonObject toJson(const SubmittedReport& report);
Result<SubmittedReport> fromJson(const QJsonObject& object);
// Compact JSON with sorted keys (QJsonObject sorts them): equal content, equal bytes.
QByteArray canonical(const QJsonObject& object);
QString digest(const QJsonObject& object); // SHA-256 hex of canonical()

} // namespace ReportJson

} // namespace wushe::quarterly
