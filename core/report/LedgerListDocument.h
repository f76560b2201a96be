#pragma once

#include "Error.h"
#include "storage/LedgerQuery.h"

#include <QSqlDatabase>

class QTextDocument;

namespace wushe::report {

// The printable ledger list (花名册): every row of the current filter in the
// current order, A4 landscape, the header row repeated on every page.
class LedgerListDocument
{
public:
    struct Options
    {
        storage::LedgerFilter filter;
        storage::LedgerSort sort = storage::LedgerSort::Name;
        Qt::SortOrder order = Qt::AscendingOrder;
        bool revealSensitive = false; // full ID numbers and phones
        QString unitName;             // e.g. 大荔县 or 许庄镇
    };

    // Fills `document`; returns the number of rows listed.
    static Result<qint64> build(QTextDocument& document, const QSqlDatabase& db, const Options& options);
    static QString title(const Options& options);
};

// The start of a printed register: the title, the conditions line ("截至 … 共 n 条")
// and the table with its header row (序号 then `headers`) in <thead>, so it repeats
// on every page. The caller appends the rows and "</tbody></table>".
QString registerStart(const QString& title, const QStringList& conditions, const QStringList& headers);

// The font printouts use: WenQuanYi Micro Hei first because its PDF text layer
// extracts correctly (platform notes, pitfall 4).
void applyPrintFont(QTextDocument& document, qreal pointSize);

} // namespace wushe::report
