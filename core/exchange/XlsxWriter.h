#pragma once

#include "Error.h"
#include "exchange/OutCell.h"
#include "exchange/SheetColumn.h"

#include <QList>
#include <QString>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace wushe::exchange {

// An .xlsx file written with libxlsxwriter in constant-memory mode (rows go to
// disk as they are written: ~5 MB for 100,000 rows). Each sheet has a title row
// (merged across the columns), one header row, frozen panes below the header and
// an autofilter on it. Codes (ID numbers, phones) are text, dates real Excel
// dates, money numbers with two decimals. The workbook is written next to `path`
// under a temporary name and renamed by commit(): a failed or abandoned export
// leaves no partial file.
class XlsxWriter
{
public:
    explicit XlsxWriter(QString path);
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter&) = delete;
    XlsxWriter& operator=(const XlsxWriter&) = delete;

    // Starts a sheet (the previous one is finished); an empty title writes no title row.
    Result<void> addSheet(const QString& name, const QString& title, const QList<SheetColumn>& columns);
    Result<void> writeRow(const QList<OutCell>& cells);
    // Closes the workbook and renames it to the path.
    Result<void> commit();

private:
    Result<void> open();
    Result<void> check(int error, const char* what);
    void finishSheet();

    QString m_path;
    QString m_partial;
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_title = nullptr;
    lxw_format* m_header = nullptr;
    lxw_format* m_text = nullptr;
    lxw_format* m_date = nullptr;
    lxw_format* m_money = nullptr;
    int m_columns = 0;
    int m_headerRow = 0;
    int m_row = 0;
    bool m_committed = false;
};

} // namespace wushe::exchange
