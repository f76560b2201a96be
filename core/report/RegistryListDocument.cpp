#include "report/RegistryListDocument.h"

#include "report/LedgerListDocument.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace wushe::report {

namespace {

// Read in pages like the screen: never a whole registry in one query result.
constexpr int kChunk = 2000;

// Numbers right-aligned; numbers, dates and ID numbers never broken over two lines.
QString cellAttributes(const storage::RegistryColumn& column)
{
    using storage::CellFormat;
    QString attributes = column.numeric ? QStringLiteral(" align='right'") : QString();
    if (column.numeric || column.format == CellFormat::Date || column.format == CellFormat::MaskedId)
        attributes += QStringLiteral(" style='white-space:nowrap'");
    return attributes;
}

} // namespace

QString RegistryListDocument::title(const storage::RegistrySpec& spec, const QString& unitName)
{
    return unitName + spec.title;
}

Result<qint64> RegistryListDocument::build(QTextDocument& document, const storage::RegistryList& list,
                                           const storage::RegistryScope& scope, const QString& unitName)
{
    const storage::RegistrySpec& spec = list.spec();
    auto total = list.count(scope);
    if (!total)
        return std::unexpected(total.error());

    QString html;
    html.reserve(int(*total) * 200 + 2000);
    QStringList conditions;
    if (spec.hasPeriod() && (scope.from.isValid() || scope.to.isValid()))
        conditions << QCoreApplication::translate("RegistryListDocument", "期间 %1 至 %2")
                          .arg(scope.from.toString(Qt::ISODate), scope.to.toString(Qt::ISODate));
    conditions << QCoreApplication::translate("RegistryListDocument", "截至 %1").arg(scope.asOf.toString(Qt::ISODate));
    conditions << QCoreApplication::translate("RegistryListDocument", "共 %1 条").arg(*total);
    QStringList headers;
    for (const storage::RegistryColumn& column : spec.columns)
        headers << column.header;
    html += registerStart(title(spec, unitName), conditions, headers);
    qint64 number = 0;
    for (qint64 offset = 0; offset < *total; offset += kChunk) {
        auto rows = list.page(scope, offset, kChunk);
        if (!rows)
            return std::unexpected(rows.error());
        for (const storage::RegistryRow& row : *rows) {
            html += QStringLiteral("<tr><td align='right'>%1</td>").arg(++number);
            for (qsizetype i = 0; i < row.cells.size(); ++i)
                html += QStringLiteral("<td%1>%2</td>").arg(cellAttributes(spec.columns.value(i)),
                                                            row.cells.at(i).toHtmlEscaped());
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
