#pragma once

#include "Error.h"
#include "quarterly/ReportData.h"
#include "quarterly/ReportText.h"

namespace wushe::report {

// The report's tables as an .xlsx workbook: one sheet per section (指标, 本季度,
// 上季度, 环比), a sheet of the breakdown per township (or county), the targets
// missed and the narrative. Numbers are numbers: money in yuan with two
// decimals, ratios and changes as percentages, hours with one decimal.
// Self-contained on libxlsxwriter; written to a temporary file and renamed.
class QuarterlyWorkbook
{
public:
    static Result<void> write(const QString& path, const quarterly::ReportData& data, const quarterly::ReportText& text);
};

} // namespace wushe::report
