#include "report/QuarterlyWorkbook.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace wushe::report {

using quarterly::Figure;
using quarterly::ValueKind;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("QuarterlyWorkbook", text);
}

struct Formats
{
    lxw_format* header = nullptr;
    lxw_format* count = nullptr;
    lxw_format* money = nullptr;
    lxw_format* hours = nullptr;
    lxw_format* percent = nullptr;
    lxw_format* text = nullptr;
};

// Every cell write is checked: the first failure is kept and reported.
class Sheet
{
public:
    Sheet(lxw_worksheet* sheet, lxw_error& error) : m_sheet(sheet), m_error(error) {}

    void text(int row, int column, const QString& value, lxw_format* format = nullptr)
    {
        const QByteArray utf8 = value.toUtf8();
        check(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), utf8.constData(), format));
    }
    void number(int row, int column, double value, lxw_format* format)
    {
        check(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, format));
    }
    void blank(int row, int column, lxw_format* format)
    {
        check(worksheet_write_blank(m_sheet, lxw_row_t(row), lxw_col_t(column), format));
    }
    void width(int first, int last, double width, lxw_format* format = nullptr)
    {
        check(worksheet_set_column(m_sheet, lxw_col_t(first), lxw_col_t(last), width, format));
    }

private:
    void check(lxw_error error)
    {
        if (error != LXW_NO_ERROR && m_error == LXW_NO_ERROR)
            m_error = error;
    }
    lxw_worksheet* m_sheet;
    lxw_error& m_error;
};

// The value as the spreadsheet stores it: yuan, hours, fractions for percentages.
double cellValue(ValueKind kind, qint64 value)
{
    switch (kind) {
    case ValueKind::Count: return double(value);
    case ValueKind::Money: return double(value) / 100.0;
    case ValueKind::Minutes: return double(value) / 60.0;
    case ValueKind::Ratio: return double(value) / 10000.0;
    }
    return double(value);
}

lxw_format* formatOf(const Formats& formats, ValueKind kind)
{
    switch (kind) {
    case ValueKind::Count: return formats.count;
    case ValueKind::Money: return formats.money;
    case ValueKind::Minutes: return formats.hours;
    case ValueKind::Ratio: return formats.percent;
    }
    return formats.count;
}

lxw_worksheet* addSheet(lxw_workbook* workbook, const QString& name)
{
    return workbook_add_worksheet(workbook, name.left(31).toUtf8().constData());
}

} // namespace

Result<void> QuarterlyWorkbook::write(const QString& path, const quarterly::ReportData& data, const quarterly::ReportText& text)
{
    QTemporaryDir temporary;
    if (!temporary.isValid())
        return fail(QStringLiteral("xlsx.write"), tr("无法创建临时目录"));
    const QByteArray scratch = temporary.filePath(QStringLiteral("report.xlsx")).toLocal8Bit();
    lxw_workbook* workbook = workbook_new(scratch.constData());
    if (!workbook)
        return fail(QStringLiteral("xlsx.write"), tr("无法创建Excel工作簿"));
    lxw_error error = LXW_NO_ERROR;
    Formats formats;
    formats.header = workbook_add_format(workbook);
    format_set_bold(formats.header);
    format_set_border(formats.header, LXW_BORDER_THIN);
    format_set_bg_color(formats.header, 0xDDE4EE);
    const auto numberFormat = [workbook](const char* pattern) {
        lxw_format* format = workbook_add_format(workbook);
        format_set_num_format(format, pattern);
        format_set_border(format, LXW_BORDER_THIN);
        return format;
    };
    formats.count = numberFormat("#,##0");
    formats.money = numberFormat("#,##0.00");
    formats.hours = numberFormat("#,##0.0");
    formats.percent = numberFormat("0.00%");
    formats.text = workbook_add_format(workbook);
    format_set_border(formats.text, LXW_BORDER_THIN);
    format_set_text_wrap(formats.text);

    const QString caption = tr("%1%2").arg(data.unitName, data.quarter.label());
    for (int s = int(quarterly::Section::System); s <= int(quarterly::Section::Purchased); ++s) {
        Sheet sheet(addSheet(workbook, quarterly::sectionLabel(quarterly::Section(s))), error);
        sheet.width(0, 0, 46);
        sheet.width(1, 3, 14);
        sheet.width(4, 4, 34);
        sheet.text(0, 0, caption + QStringLiteral(" ") + quarterly::sectionLabel(quarterly::Section(s)));
        const QStringList headers{tr("指标"), tr("本季度"), tr("上季度"), tr("环比"), tr("指标代码")};
        for (int c = 0; c < headers.size(); ++c)
            sheet.text(1, c, headers.at(c), formats.header);
        int row = 2;
        for (const Figure& figure : data.figures) {
            if (int(figure.section) != s)
                continue;
            lxw_format* format = formatOf(formats, figure.kind);
            sheet.text(row, 0, figure.label, formats.text);
            sheet.number(row, 1, cellValue(figure.kind, figure.thisQuarter), format);
            sheet.number(row, 2, cellValue(figure.kind, figure.lastQuarter), format);
            if (figure.kind != ValueKind::Ratio && figure.lastQuarter != 0)
                sheet.number(row, 3, double(figure.thisQuarter - figure.lastQuarter) / double(figure.lastQuarter),
                             formats.percent);
            else
                sheet.blank(row, 3, formats.percent);
            sheet.text(row, 4, figure.key, formats.text);
            ++row;
        }
    }

    if (!data.breakdownUnits.isEmpty()) {
        Sheet sheet(addSheet(workbook, tr("分单位情况")), error);
        sheet.width(0, 0, 46);
        sheet.width(1, int(data.breakdownUnits.size()) + 1, 12);
        sheet.text(0, 0, tr("指标"), formats.header);
        int column = 1;
        for (const auto& [code, name] : data.breakdownUnits)
            sheet.text(0, column++, name, formats.header);
        sheet.text(0, column, tr("合计"), formats.header);
        int row = 1;
        for (const Figure& figure : data.figures) {
            if (figure.byUnit.isEmpty())
                continue;
            lxw_format* format = formatOf(formats, figure.kind);
            sheet.text(row, 0, figure.label, formats.text);
            column = 1;
            for (const auto& [code, name] : data.breakdownUnits) {
                if (figure.kind == ValueKind::Ratio && !figure.byUnit.contains(code))
                    sheet.blank(row, column++, format);
                else
                    sheet.number(row, column++, cellValue(figure.kind, figure.byUnit.value(code)), format);
            }
            sheet.number(row, column, cellValue(figure.kind, figure.thisQuarter), format);
            ++row;
        }
    }

    {
        Sheet sheet(addSheet(workbook, tr("需关注的问题")), error);
        sheet.width(0, 0, 16);
        sheet.width(1, 1, 24);
        sheet.width(2, 2, 60);
        const QStringList headers{tr("区划代码"), tr("单位"), tr("问题")};
        for (int c = 0; c < headers.size(); ++c)
            sheet.text(0, c, headers.at(c), formats.header);
        int row = 1;
        for (const quarterly::Flag& flag : data.flags) {
            sheet.text(row, 0, flag.unitCode, formats.text);
            sheet.text(row, 1, flag.unitName, formats.text);
            sheet.text(row, 2, flag.message, formats.text);
            ++row;
        }
    }

    {
        Sheet sheet(addSheet(workbook, tr("工作情况")), error);
        sheet.width(0, 0, 16);
        sheet.width(1, 1, 90);
        const QList<std::pair<QString, QString>> rows{
            {tr("填报单位"), text.reportingUnit.isEmpty() ? data.unitName : text.reportingUnit},
            {tr("单位负责人"), text.unitHead},
            {tr("审核人"), text.reviewer},
            {tr("填表人"), text.preparer},
            {tr("联系电话"), text.phone},
            {tr("报出日期"), text.reportDate.toString(Qt::ISODate)},
            {tr("经验做法"), text.practices},
            {tr("典型案例"), text.cases},
            {tr("存在问题"), text.problems},
            {tr("下季度计划"), text.nextPlan}};
        int row = 0;
        for (const auto& [label, value] : rows) {
            sheet.text(row, 0, label, formats.header);
            sheet.text(row, 1, value, formats.text);
            ++row;
        }
    }

    const lxw_error closed = workbook_close(workbook);
    if (error != LXW_NO_ERROR || closed != LXW_NO_ERROR)
        return fail(QStringLiteral("xlsx.write"),
                    tr("写Excel失败：%1").arg(QString::fromUtf8(lxw_strerror(error != LXW_NO_ERROR ? error : closed))));
    QFile made(QString::fromLocal8Bit(scratch));
    if (!made.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("xlsx.write"), tr("写Excel失败：%1").arg(made.errorString()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(made.readAll()) < 0 || !file.commit())
        return fail(QStringLiteral("xlsx.write"), tr("无法写入%1：%2").arg(path, file.errorString()));
    return {};
}

} // namespace wushe::report
