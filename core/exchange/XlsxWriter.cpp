#include "exchange/XlsxWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <xlsxwriter.h>

#include <cstdio>

namespace wushe::exchange {

namespace {

constexpr int kMaxRows = 1048576; // an Excel sheet's limit

Error writeError(const QString& detail)
{
    return Error{QStringLiteral("exchange.write"),
                 QCoreApplication::translate("XlsxWriter", "无法写入 Excel 文件：%1").arg(detail)};
}

} // namespace

XlsxWriter::XlsxWriter(QString path) : m_path(std::move(path)) {}

XlsxWriter::~XlsxWriter()
{
    if (m_workbook) {
        // libxlsxwriter has no "abandon": closing writes the file, which is then removed.
        workbook_close(m_workbook);
        m_workbook = nullptr;
    }
    if (!m_committed && !m_partial.isEmpty())
        QFile::remove(m_partial);
}

Result<void> XlsxWriter::check(int error, const char* what)
{
    if (error == LXW_NO_ERROR)
        return {};
    return std::unexpected(writeError(QStringLiteral("%1: %2").arg(QString::fromLatin1(what),
                                                                    QString::fromUtf8(lxw_strerror(lxw_error(error))))));
}

Result<void> XlsxWriter::open()
{
    const QFileInfo info(m_path);
    m_partial = info.absoluteDir().filePath(QStringLiteral(".%1.%2.partial")
                                                .arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    // Temporary row files go to the target's directory: /tmp may be small.
    const QByteArray tmpdir = QFile::encodeName(info.absolutePath());
    options.tmpdir = const_cast<char*>(tmpdir.constData());
    const QByteArray partial = QFile::encodeName(m_partial);
    m_workbook = workbook_new_opt(partial.constData(), &options);
    if (!m_workbook)
        return std::unexpected(writeError(QCoreApplication::translate("XlsxWriter", "不能创建 %1").arg(m_path)));
    m_title = workbook_add_format(m_workbook);
    format_set_bold(m_title);
    format_set_font_size(m_title, 14);
    format_set_align(m_title, LXW_ALIGN_LEFT);
    m_header = workbook_add_format(m_workbook);
    format_set_bold(m_header);
    format_set_bg_color(m_header, 0xDDEBF7);
    format_set_border(m_header, LXW_BORDER_THIN);
    format_set_text_wrap(m_header);
    m_text = workbook_add_format(m_workbook);
    format_set_num_format(m_text, "@"); // typed-over IDs stay text too
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd");
    m_money = workbook_add_format(m_workbook);
    format_set_num_format(m_money, "0.00");
    return {};
}

void XlsxWriter::finishSheet()
{
    if (!m_sheet)
        return;
    // The autofilter covers the header and every data row written.
    worksheet_autofilter(m_sheet, lxw_row_t(m_headerRow), 0, lxw_row_t(std::max(m_row - 1, m_headerRow)),
                         lxw_col_t(m_columns - 1));
    m_sheet = nullptr;
}

Result<void> XlsxWriter::addSheet(const QString& name, const QString& title, const QList<SheetColumn>& columns)
{
    if (columns.isEmpty())
        return std::unexpected(writeError(QStringLiteral("no columns")));
    if (!m_workbook)
        if (auto ok = open(); !ok)
            return ok;
    finishSheet();
    const QByteArray sheetName = name.left(31).toUtf8();
    m_sheet = workbook_add_worksheet(m_workbook, sheetName.constData());
    if (!m_sheet)
        return std::unexpected(writeError(QStringLiteral("worksheet %1").arg(name)));
    m_columns = int(columns.size());
    for (int c = 0; c < m_columns; ++c) {
        const SheetColumn& column = columns.at(c);
        if (auto ok = check(worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), column.width, nullptr), "set_column"); !ok)
            return ok;
    }
    m_row = 0;
    if (!title.isEmpty()) {
        const QByteArray text = title.toUtf8();
        if (auto ok = check(worksheet_set_row(m_sheet, 0, 24, nullptr), "set_row"); !ok)
            return ok;
        if (m_columns > 1) {
            if (auto ok = check(worksheet_merge_range(m_sheet, 0, 0, 0, lxw_col_t(m_columns - 1), text.constData(), m_title),
                                "merge_range");
                !ok)
                return ok;
        } else if (auto ok = check(worksheet_write_string(m_sheet, 0, 0, text.constData(), m_title), "title"); !ok) {
            return ok;
        }
        m_row = 1;
    }
    m_headerRow = m_row;
    for (int c = 0; c < m_columns; ++c) {
        const QByteArray text = columns.at(c).header.toUtf8();
        if (auto ok = check(worksheet_write_string(m_sheet, lxw_row_t(m_row), lxw_col_t(c), text.constData(), m_header),
                            "header");
            !ok)
            return ok;
    }
    ++m_row;
    worksheet_freeze_panes(m_sheet, lxw_row_t(m_row), 1); // header and the name column stay in view
    return {};
}

Result<void> XlsxWriter::writeRow(const QList<OutCell>& cells)
{
    if (!m_sheet)
        return std::unexpected(writeError(QStringLiteral("no sheet")));
    if (m_row >= kMaxRows)
        return fail(QStringLiteral("exchange.too_many_rows"),
                    QCoreApplication::translate("XlsxWriter", "超过 Excel 一个工作表的行数上限（%1 行）").arg(kMaxRows));
    const auto row = lxw_row_t(m_row);
    for (int c = 0; c < cells.size() && c < m_columns; ++c) {
        const OutCell& cell = cells.at(c);
        const auto col = lxw_col_t(c);
        int error = LXW_NO_ERROR;
        switch (cell.type) {
        case OutCell::Type::Empty: break;
        case OutCell::Type::Text:
            if (!cell.text.isEmpty())
                error = worksheet_write_string(m_sheet, row, col, cell.text.toUtf8().constData(), nullptr);
            break;
        case OutCell::Type::Code:
            if (!cell.text.isEmpty())
                error = worksheet_write_string(m_sheet, row, col, cell.text.toUtf8().constData(), m_text);
            break;
        case OutCell::Type::Date: {
            lxw_datetime datetime{cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0.0};
            error = worksheet_write_datetime(m_sheet, row, col, &datetime, m_date);
            break;
        }
        case OutCell::Type::Money: error = worksheet_write_number(m_sheet, row, col, double(cell.number) / 100.0, m_money); break;
        case OutCell::Type::Integer: error = worksheet_write_number(m_sheet, row, col, double(cell.number), nullptr); break;
        }
        if (auto ok = check(error, "write"); !ok)
            return ok;
    }
    ++m_row;
    return {};
}

Result<void> XlsxWriter::commit()
{
    if (!m_workbook)
        return std::unexpected(writeError(QStringLiteral("no sheet")));
    finishSheet();
    lxw_workbook* workbook = m_workbook;
    m_workbook = nullptr;
    if (auto ok = check(workbook_close(workbook), "close"); !ok)
        return ok;
    // rename(2) replaces an existing file atomically.
    if (std::rename(QFile::encodeName(m_partial).constData(), QFile::encodeName(m_path).constData()) != 0)
        return std::unexpected(writeError(QCoreApplication::translate("XlsxWriter", "不能改名为 %1").arg(m_path)));
    m_committed = true;
    return {};
}

} // namespace wushe::exchange
