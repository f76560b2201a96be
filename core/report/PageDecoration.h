#pragma once

#include <QDate>
#include <QString>

namespace wushe::report {

// What every printed page carries besides the body: a title line on top and the
// form footer (填报单位 / 填表人 / 日期) with "第 n 页 共 m 页" at the bottom.
struct PageDecoration
{
    QString title;
    QString reportingUnit; // 填报单位
    QString preparedBy;    // 填表人; blank prints a line to sign on
    QDate date;
};

} // namespace wushe::report
