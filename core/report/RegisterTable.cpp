#include "report/RegisterTable.h"

#include <QCoreApplication>

namespace wushe::report {

RegisterTable startRegister(const QString& heading, const QStringList& conditions, const QStringList& headers)
{
    RegisterTable table;
    table.heading = heading;
    table.caption = conditions.join(QStringLiteral("　"));
    table.headers << QCoreApplication::translate("LedgerListDocument", "序号") << headers;
    table.rightAligned.insert(0);
    table.noWrap.insert(0);
    return table;
}

} // namespace wushe::report
