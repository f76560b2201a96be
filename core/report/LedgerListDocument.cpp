#include "report/LedgerListDocument.h"

#include "report/LedgerColumns.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace wushe::report {

namespace {


// Rows are read in pages like the screen does: the list never needs a whole
// ledger in one query result.
constexpr int kChunk = 2000;

} // namespace

QString registerStart(const QString& title, const QStringList& conditions, const QStringList& headers)
{
    QString html = QStringLiteral("<h2 align='center'>%1</h2>").arg(title.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(conditions.join(QStringLiteral("　")));
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%' style='border-collapse:collapse'>"
                           "<thead><tr><th>%1</th>")
                .arg(QCoreApplication::translate("LedgerListDocument", "序号"));
    for (const QString& header : headers)
        html += QStringLiteral("<th>%1</th>").arg(header.toHtmlEscaped());
    html += QStringLiteral("</tr></thead><tbody>");
    return html;
}

void applyPrintFont(QTextDocument& document, qreal pointSize)
{
    QFont font;
    font.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC")});
    font.setPointSizeF(pointSize);
    document.setDefaultFont(font);
}

QString LedgerListDocument::title(const Options& options)
{
    return QCoreApplication::translate("LedgerListDocument", "%1%2").arg(options.unitName, kLedgers.label(options.filter.ledger));
}

Result<qint64> LedgerListDocument::build(QTextDocument& document, const QSqlDatabase& db, const Options& options)
{
    const storage::LedgerQuery query(db);
    auto total = query.count(options.filter);
    if (!total)
        return std::unexpected(total.error());
    const QList<LedgerColumn> columns = ledgerColumns(options.filter.ledger);

    QString html;
    html.reserve(int(*total) * 300 + 2000);
    QStringList conditions;
    if (!options.filter.search.isEmpty())
        conditions << QCoreApplication::translate("LedgerListDocument", "搜索“%1”").arg(options.filter.search.toHtmlEscaped());
    if (options.filter.overdueOnly)
        conditions << QCoreApplication::translate("LedgerListDocument", "只列逾期");
    conditions << QCoreApplication::translate("LedgerListDocument", "截至 %1").arg(options.filter.asOf.toString(Qt::ISODate));
    conditions << QCoreApplication::translate("LedgerListDocument", "共 %1 条").arg(*total);
    QStringList headers;
    for (LedgerColumn column : columns)
        headers << ledgerColumnHeader(options.filter.ledger, column);
    html += registerStart(title(options), conditions, headers);
    qint64 number = 0;
    for (qint64 offset = 0; offset < *total; offset += kChunk) {
        auto rows = query.page(options.filter, options.sort, options.order, offset, kChunk);
        if (!rows)
            return std::unexpected(rows.error());
        for (const storage::LedgerRow& row : *rows) {
            html += QStringLiteral("<tr><td align='right'>%1</td>").arg(++number);
            for (LedgerColumn column : columns)
                html += QStringLiteral("<td>%1</td>").arg(ledgerCellText(row, column, options.revealSensitive).toHtmlEscaped());
            html += QStringLiteral("</tr>");
        }
        if (rows->isEmpty())
            break;
    }
    html += QStringLiteral("</tbody></table>");
    applyPrintFont(document, 9);
    document.setHtml(html);
    return number;
}

} // namespace wushe::report
