#pragma once

#include "Error.h"
#include "quarterly/ReportData.h"
#include "quarterly/ReportText.h"
#include "report/PageDecoration.h"

#include <QString>

class QTextDocument;

namespace wushe::report {

// The printed quarterly report (official A4 layout): 表号/制表机关 block, title,
// targets missed, one bordered table per section (本季度/上季度/环比, header rows
// repeated on every page), the per-township table, bar charts, the four narrative
// sections and the signature block with room for the unit's seal.
class QuarterlyReportDocument
{
public:
    struct Options
    {
        QString statusLabel; // 草稿/已审核/已报送 (第n版), printed under the title
    };

    // 大荔县2024年第1季度“五社联动”工作进展情况报告
    static QString title(const quarterly::ReportData& data);
    static void build(QTextDocument& document, const quarterly::ReportData& data, const quarterly::ReportText& text,
                      const Options& options);
    static PageDecoration decoration(const quarterly::ReportData& data, const quarterly::ReportText& text);
    // Builds and writes the PDF atomically; returns the page count.
    static Result<int> writePdf(const QString& path, const quarterly::ReportData& data, const quarterly::ReportText& text,
                                const Options& options);
};

} // namespace wushe::report
